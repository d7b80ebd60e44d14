#pragma once

#include "tempdatabase.h"

#include <QHash>
#include <QProcess>
#include <QProcessEnvironment>
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

/// Runs the built kehu-cli with `arguments` and waits for it (up to two minutes), with
/// `environment` added to this process's.
inline CliRun runCli(const QStringList &arguments, const QHash<QString, QString> &environment = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (auto it = environment.begin(); it != environment.end(); ++it)
        env.insert(it.key(), it.value());
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice()); // no terminal: never asks for a password
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
