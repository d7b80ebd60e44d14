#pragma once

#include <QSqlDatabase>
#include <QString>

namespace kehu {

/// The schema's history. Each step upgrades from one version to the next inside its own
/// transaction and records the version there (PRAGMA user_version; on PostgreSQL the
/// kehu_schema table), so a failed step leaves the previous
/// version intact. Released steps are never edited; new ones are appended.
namespace Migrations {

/// Marks a database as Kehu's (PRAGMA application_id): 'KEHU'.
constexpr int kApplicationId = 0x4B454855;

/// The schema version this build writes.
int currentVersion();

/// Upgrades `db` from its user_version to `targetVersion` (default: currentVersion()). False
/// with `error` set when a step failed; steps before it stay applied (each was committed on
/// its own). Tests use an earlier target to make databases of each released version.
bool migrate(QSqlDatabase &db, QString *error, int targetVersion = -1);

/// The schema version of `db`: 0 for an empty database, -1 when it cannot be read.
int storedVersion(const QSqlDatabase &db);

/// Runs `sql`, a script of statements separated by ';' at line ends, in the current transaction.
bool runScript(QSqlDatabase &db, const QString &sql, QString *error);

} // namespace Migrations

} // namespace kehu
