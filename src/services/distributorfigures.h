#pragma once

#include "distributorscorecard.h"
#include "salesteam.h"

#include <QDate>
#include <QList>

namespace kehu {

class Workspace;

/// The distributors page's scorecard, straight from purchases, surveys and follow-ups.
class DistributorFigures
{
public:
    explicit DistributorFigures(Workspace &workspace) : m_workspace(workspace) {}

    /// Every distributor scored over [from, to] against [previousFrom, previousTo], by rank.
    QList<DistributorLine> scorecard(const QDate &from, const QDate &to, const QDate &previousFrom,
                                     const QDate &previousTo, const analytics::ScorecardWeights &weights = {}) const;

private:
    Workspace &m_workspace;
};

} // namespace kehu
