#include "fieldlimits.h"

#include "labels.h"

#include <QCoreApplication>
#include <QLocale>

namespace kehu::FieldLimits {

QString lengthProblem(qsizetype length, int limit)
{
    if (length <= limit)
        return {};
    return QCoreApplication::translate("kehu::FieldLimits", "%1 characters long; at most %2 are kept")
        .arg(QLocale().toString(qint64(length)), QLocale().toString(limit));
}

QString problem(const Customer &c)
{
    const std::pair<const char *, const QString *> shortFields[] = {
        {"code", &c.code},
        {"name", &c.name},
        {"phone", &c.phone},
        {"email", &c.email},
        {"company", &c.company},
        {"industry", &c.industry},
        {"company_size", &c.companySize},
        {"region", &c.region},
        {"channel", &c.channel},
        {"owner", &c.owner},
    };
    const std::pair<const char *, const QString *> longFields[] = {
        {"explicit_needs", &c.explicitNeeds},
        {"implicit_needs", &c.implicitNeeds},
        {"preferences", &c.preferences},
        {"notes", &c.notes},
    };
    const auto check = [](const char *key, const QString &value, int limit) {
        const QString why = lengthProblem(value.size(), limit);
        return why.isEmpty()
                   ? QString()
                   : Labels::label(Labels::Kind::CustomerField, QLatin1StringView(key).toString()) + u": " + why;
    };
    for (const auto &[key, value] : shortFields) {
        if (QString why = check(key, *value, kShortText); !why.isEmpty())
            return why;
    }
    for (const auto &[key, value] : longFields) {
        if (QString why = check(key, *value, kLongText); !why.isEmpty())
            return why;
    }
    if (c.tags.size() > kTags)
        return QCoreApplication::translate("kehu::FieldLimits", "%1 tags; at most %2 are kept")
            .arg(c.tags.size())
            .arg(kTags);
    for (const QString &tag : c.tags) {
        if (QString why = check("tags", tag, kShortText); !why.isEmpty())
            return why;
    }
    return {};
}

} // namespace kehu::FieldLimits
