#pragma once

#include "tempdatabase.h"

#include <QProcess>
#include <QString>
#include <QStringList>

namespace kehu::test {

/// Result of one kehu-cli run.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs the built kehu-cli with `arguments` and waits for it (up to two minutes).
inline CliRun runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(KEHU_CLI_PATH), arguments);
    process.waitForFinished(120000);
    CliRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

/// kehu-cli's arguments for importing the CDNOW sample (tests/data) as purchases, after the
/// book's --db.
inline QStringList cdnowImportArguments()
{
    return {QStringLiteral("import"),
            QStringLiteral("purchases"),
            testDataPath(QStringLiteral("lifetimes_CDNOW_sample.txt")),
            QStringLiteral("--no-header"),
            QStringLiteral("--separator"),
            QStringLiteral("whitespace"),
            QStringLiteral("--map"),
            QStringLiteral("1=customer_code,3=date,4=quantity,5=amount")};
}

} // namespace kehu::test
