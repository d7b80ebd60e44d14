#pragma once

#include "ownertarget.h"
#include "salesteam.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace kehu {

class OwnerTargetRepository;
class Workspace;

/// Sales targets per owner and quarter, and what each owner achieved. Edits go through
/// SetOwnerTargetCommand (undoable); set() and remove() are what it calls.
class SalesTargets
{
public:
    explicit SalesTargets(Workspace &workspace) : m_workspace(workspace) {}

    /// Targets of one quarter ("2025Q4"), by owner.
    QList<OwnerTarget> forQuarter(const QString &quarter) const;
    /// Inserts or replaces the target of (owner, quarter).
    bool set(const OwnerTarget &target, QString *error = nullptr);
    bool remove(const QString &owner, const QString &quarter, QString *error = nullptr);

    /// Every owner named on a live customer, sorted.
    QStringList owners() const;
    /// Revenue and new customers per owner over [from, to] (see SalesTeamRepository).
    QList<OwnerActuals> actuals(const QDate &from, const QDate &to) const;

private:
    static QString targetJson(const OwnerTargetRepository &targets, const QString &owner, const QString &quarter);

    Workspace &m_workspace;
};

} // namespace kehu
