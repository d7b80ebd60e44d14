#include "classificationrunner.h"
#include "demowriter.h"
#include "icons.h"
#include "kehutranslator.h"
#include "mainwindow.h"
#include "settingssession.h"
#include "workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTranslator>

namespace {

/// The demo database in the user's data folder, generated on first use in the interface's
/// language (one book per language: Chinese names under a Chinese interface, English otherwise).
QString demoDatabasePath(QString *error)
{
    const bool chinese = QLocale().language() == QLocale::Chinese;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    QString path = QDir(folder).filePath(chinese ? QStringLiteral("demo-zh_CN.kehu") : QStringLiteral("demo-en.kehu"));
    if (QFileInfo::exists(path))
        return path;
    auto result = kehu::Workspace::open(path);
    if (!result.workspace) {
        *error = result.message;
        return {};
    }
    kehu::Workspace &workspace = *result.workspace;
    // A history that ends today and is already classified, so every screen has scores.
    kehu::DemoBusiness::Options options;
    options.customers = 3000;
    options.endDate = QDate::currentDate();
    options.language = chinese ? kehu::DemoBusiness::Language::Chinese : kehu::DemoBusiness::Language::English;
    if (!kehu::DemoWriter(workspace).write(options, nullptr, error))
        return {};
    const auto classified = kehu::ClassificationRunner(workspace).run(options.endDate, QStringLiteral("demo"));
    if (classified.snapshotId == 0) {
        *error = classified.error;
        return {};
    }
    return path;
}

/// The language chosen in Settings, else the system's; it also sets how dates, numbers and
/// money are written. A change applies at the next start.
void installTranslators(QApplication &app)
{
    const QLocale locale = kehu::SettingsSession::interfaceLocale();
    QLocale::setDefault(locale);
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qtTranslator);
    auto *kehuTranslator = new kehu::KehuTranslator(&app);
    if (kehuTranslator->load(locale, QStringLiteral("kehu"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(kehuTranslator);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Kehu"));
    QApplication::setApplicationName(QStringLiteral("Kehu"));
    QApplication::setApplicationVersion(QStringLiteral(KEHU_VERSION));
    QApplication::setWindowIcon(kehu::Icons::application());
    QGuiApplication::setDesktopFileName(QStringLiteral("kehu")); // kehu.desktop: the icon on Wayland
    installTranslators(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Kehu customer book"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("demo"), QStringLiteral("Open the demo database (created on first use).")});
    parser.addPositionalArgument(
        QStringLiteral("database"),
        QStringLiteral("The book to open: a Kehu file, or a server address postgresql://user@host/database."));
    parser.process(app);

    kehu::MainWindow window;
    QString path = parser.positionalArguments().value(0);
    QString error;
    if (path.isEmpty() && parser.isSet(QStringLiteral("demo")))
        path = demoDatabasePath(&error);
    window.show();
    if (!path.isEmpty())
        window.openPath(path); // explains a file that is not Kehu's, too new or damaged
    else if (!error.isEmpty())
        QMessageBox::warning(&window, QObject::tr("Cannot open database"), error);
    return QApplication::exec();
}
