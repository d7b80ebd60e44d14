#pragma once

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

} // namespace kehu::test
