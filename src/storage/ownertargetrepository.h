#pragma once

#include "money.h"
#include "ownertarget.h"

#include <QList>
#include <QString>

namespace kehu {

class Database;

/// Sales targets per owner and quarter ("2025Q4"): revenue in minor units and a number of
/// new customers. Actuals come from the quarterly review's team figures.
class OwnerTargetRepository
{
public:
    using Target = OwnerTarget;

    explicit OwnerTargetRepository(Database &database) : m_database(database) {}

    /// Inserts or replaces the target of (owner, quarter).
    bool set(const Target &target, QString *error = nullptr);
    bool remove(const QString &owner, const QString &quarter);
    /// Targets of one quarter, by owner.
    QList<Target> forQuarter(const QString &quarter) const;

private:
    Database &m_database;
};

} // namespace kehu
