#include "privacycommand.h"

#include "customerbook.h"
#include "privacy.h"
#include "workspace.h"

#include <QBuffer>
#include <QFile>
#include <QSaveFile>

namespace kehu::cli {

namespace {

/// The customer --customer names by code; prints why not and returns 0.
CustomerId customerOf(Workspace &workspace, const QCommandLineParser &parser)
{
    const QString code = parser.value(QStringLiteral("customer"));
    const std::optional<Customer> customer = workspace.customers().findByCode(code);
    if (!customer) {
        err() << "kehu-cli privacy: no customer with the code '" << code << "' (or not within your reach)\n";
        return 0;
    }
    return customer->id;
}

int exportPerson(Workspace &workspace, const QCommandLineParser &parser, CustomerId id)
{
    const QString formatName = parser.value(QStringLiteral("format"));
    if (formatName != u"json" && formatName != u"csv") {
        err() << "kehu-cli privacy export: --format expects json or csv, got '" << formatName << "'\n";
        return UserError;
    }
    // Written whole or not at all: a refusal leaves an existing file as it was.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    if (!Privacy(workspace).exportPerson(
            id, buffer, formatName == u"json" ? Privacy::Format::Json : Privacy::Format::Csv, &error)) {
        err() << "kehu-cli privacy export: " << error << "\n";
        return UserError;
    }
    if (!parser.isSet(QStringLiteral("out"))) {
        QFile standardOutput;
        if (!standardOutput.open(stdout, QIODevice::WriteOnly))
            return InternalError;
        standardOutput.write(buffer.data());
        return Ok;
    }
    QSaveFile file(parser.value(QStringLiteral("out")));
    if (!file.open(QIODevice::WriteOnly) || file.write(buffer.data()) != buffer.data().size() || !file.commit()) {
        err() << "kehu-cli privacy export: " << file.fileName() << ": " << file.errorString() << "\n";
        return UserError;
    }
    return Ok;
}

} // namespace

int runPrivacy(const CommandArgs &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("what"), QStringLiteral("export, erase, consent or purge"));
    parser.addOption(
        {QStringLiteral("customer"), QStringLiteral("The person, by customer code."), QStringLiteral("code")});
    parser.addOption({QStringLiteral("format"), QStringLiteral("export: json or csv (default json)."),
                      QStringLiteral("format"), QStringLiteral("json")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("export: write to this file."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("yes"), QStringLiteral("erase: yes, erase them (it cannot be undone).")});
    parser.addOption({QStringLiteral("agree"), QStringLiteral("consent: they agree to marketing, from today.")});
    parser.addOption({QStringLiteral("withdraw"), QStringLiteral("consent: they no longer agree.")});
    if (const int code = parseCommand(
            parser, args,
            QStringLiteral("A person's data: 'export' everything the book holds about them, 'erase' their identity "
                           "on request (purchases stay, anonymous), 'consent' to marketing; 'purge' erases the "
                           "customers deleted longer ago than the retention period (30 days unless set)."));
        code >= 0)
        return code;
    const QString what = parser.positionalArguments().value(0);
    const bool needsCustomer = what == u"export" || what == u"erase" || what == u"consent";
    if (parser.positionalArguments().size() != 1 || (!needsCustomer && what != u"purge")
        || (needsCustomer && !parser.isSet(QStringLiteral("customer")))) {
        err() << "kehu-cli privacy: expected 'privacy export|erase|consent --customer CODE' or 'privacy purge'\n";
        return UserError;
    }
    if (what == u"erase" && !parser.isSet(QStringLiteral("yes"))) {
        err() << "kehu-cli privacy erase: erasing cannot be undone; add --yes to go ahead\n";
        return UserError;
    }
    if (what == u"consent" && parser.isSet(QStringLiteral("agree")) == parser.isSet(QStringLiteral("withdraw"))) {
        err() << "kehu-cli privacy consent: give --agree or --withdraw\n";
        return UserError;
    }
    const auto workspace = openWorkspace(parser, args, false);
    if (!workspace)
        return UserError;
    QString error;
    if (what == u"purge") {
        const int erased = Privacy(*workspace).eraseExpired(QDateTime::currentDateTimeUtc(), &error);
        if (erased < 0) {
            err() << "kehu-cli privacy purge: " << error << "\n";
            return InternalError;
        }
        out() << erased << " deleted customers erased\n";
        return Ok;
    }
    const CustomerId id = customerOf(*workspace, parser);
    if (id == 0)
        return UserError;
    if (what == u"export")
        return exportPerson(*workspace, parser, id);
    const bool done = what == u"erase"
                          ? Privacy(*workspace).erase(id, &error)
                          : Privacy(*workspace).setConsent(id, parser.isSet(QStringLiteral("agree")), &error);
    if (!done) {
        err() << "kehu-cli privacy " << what << ": " << error << "\n";
        return UserError;
    }
    out() << (what == u"erase" ? "erased " : "consent recorded for ") << parser.value(QStringLiteral("customer"))
          << "\n";
    return Ok;
}

} // namespace kehu::cli
