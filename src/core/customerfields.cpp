#include "customerfields.h"

#include "enumkeys.h"
#include "labels.h"
#include "moneyformatter.h"

namespace kehu {

QString customerFieldText(const Customer &c, QStringView key, const Currency &currency)
{
    const std::pair<QStringView, const QString *> texts[] = {
        {u"code", &c.code},
        {u"name", &c.name},
        {u"phone", &c.phone},
        {u"email", &c.email},
        {u"company", &c.company},
        {u"industry", &c.industry},
        {u"company_size", &c.companySize},
        {u"region", &c.region},
        {u"owner", &c.owner},
        {u"explicit_needs", &c.explicitNeeds},
        {u"implicit_needs", &c.implicitNeeds},
        {u"preferences", &c.preferences},
        {u"notes", &c.notes},
    };
    for (const auto &[name, text] : texts) {
        if (key == name)
            return *text;
    }
    if (key == u"channel")
        return Labels::channel(c.channel);
    if (key == u"lifecycle")
        return Labels::lifecycle(QString(toKey(c.lifecycle)));
    if (key == u"personality")
        return Labels::personality(QString(toKey(c.personality)));
    if (key == u"customer_type")
        return QString(toKey(c.type));
    if (key == u"budget")
        return c.budget ? MoneyFormatter::format(*c.budget, currency) : QString();
    if (key == u"tags")
        return c.tags.join(QStringLiteral(", "));
    return {};
}

QStringList changedCustomerFields(const Customer &a, const Customer &b, const Currency &currency)
{
    QStringList changed;
    for (const QString &key : Labels::keys(Labels::Kind::CustomerField)) {
        if (customerFieldText(a, key, currency) != customerFieldText(b, key, currency))
            changed << key;
    }
    return changed;
}

} // namespace kehu
