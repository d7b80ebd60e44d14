#include "saveconflict.h"

#include "customerfields.h"
#include "labels.h"

#include <QCoreApplication>
#include <QLocale>

namespace kehu {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kehu::SaveConflict", text);
}

QString quoted(const QString &text)
{
    return text.isEmpty() ? QCoreApplication::translate("kehu::SaveConflict", "(empty)") : u'\u201c' + text + u'\u201d';
}

} // namespace

QStringList SaveConflict::theirChanges() const
{
    return theirs ? changedCustomerFields(base, *theirs, currency) : QStringList{};
}

QString SaveConflict::message() const
{
    const QString label = Labels::label(Labels::Kind::CustomerField, field);
    if (!theirs)
        return tr("%1 was merged into another customer or deleted on another desk before your change was saved. "
                  "Your change (%2: %3) was not saved.")
            .arg(yours.name, label, quoted(customerFieldText(yours, field, currency)));
    QString text = tr("Someone else saved %1 first (at %2). Your change was not saved, and nothing of theirs was "
                      "overwritten.")
                       .arg(theirs->name, QLocale().toString(theirs->updatedAt.toLocalTime(), QLocale::ShortFormat));
    text += u"\n\n"
            + tr("%1 \u2014 yours: %2; in the book now: %3.")
                  .arg(label, quoted(customerFieldText(yours, field, currency)),
                       quoted(customerFieldText(*theirs, field, currency)));
    QStringList others;
    for (const QString &key : theirChanges()) {
        if (key != field)
            others << Labels::label(Labels::Kind::CustomerField, key) + u": "
                          + quoted(customerFieldText(*theirs, key, currency));
    }
    if (!others.isEmpty())
        text += u"\n" + tr("They also changed: %1.").arg(others.join(QStringLiteral("; ")));
    text += u"\n\n" + tr("Their version is shown now; make your change again if it still applies.");
    return text;
}

} // namespace kehu
