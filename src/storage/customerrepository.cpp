#include "customerrepository.h"

#include "bulkinserter.h"
#include "contactnormalizer.h"
#include "database.h"
#include "enumkeys.h"
#include "namepinyin.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace kehu {

namespace {

constexpr QLatin1StringView
    kColumns("id, code, name, phone, email, company, industry, company_size, region, channel, owner, lifecycle, "
             "personality, customer_type, explicit_needs, implicit_needs, budget, preferences, tags, notes, "
             "created_at, updated_at, version");

/// Tags are stored as one text with a separator no one types inside a tag.
constexpr QChar kTagSeparator = u'\x1f';

Customer readCustomer(const QSqlQuery &q)
{
    Customer c;
    int i = 0;
    c.id = q.value(i++).toLongLong();
    c.code = q.value(i++).toString();
    c.name = q.value(i++).toString();
    c.phone = q.value(i++).toString();
    c.email = q.value(i++).toString();
    c.company = q.value(i++).toString();
    c.industry = q.value(i++).toString();
    c.companySize = q.value(i++).toString();
    c.region = q.value(i++).toString();
    c.channel = q.value(i++).toString();
    c.owner = q.value(i++).toString();
    c.lifecycle = lifecycleFromKey(q.value(i++).toString()).value_or(LifecycleStatus::Active);
    c.personality = personalityFromKey(q.value(i++).toString()).value_or(PersonalityType::Unknown);
    c.type = customerTypeFromKey(q.value(i++).toString()).value_or(CustomerType::EndCustomer);
    c.explicitNeeds = q.value(i++).toString();
    c.implicitNeeds = q.value(i++).toString();
    const QVariant budget = q.value(i++);
    if (!budget.isNull())
        c.budget = budget.toLongLong();
    c.preferences = q.value(i++).toString();
    const QString tags = q.value(i++).toString();
    if (!tags.isEmpty())
        c.tags = tags.split(kTagSeparator);
    c.notes = q.value(i++).toString();
    c.createdAt = QDateTime::fromString(q.value(i++).toString(), Qt::ISODate);
    c.updatedAt = QDateTime::fromString(q.value(i++).toString(), Qt::ISODate);
    c.version = q.value(i++).toInt();
    return c;
}

/// Qt binds a null QString as SQL NULL; the profile's text columns are NOT NULL ''.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

/// Binds the editable profile fields, in the order of kEditableColumns.
void bindProfile(QSqlQuery &q, const Customer &c)
{
    q.addBindValue(text(c.code));
    q.addBindValue(text(c.name));
    q.addBindValue(text(c.phone));
    q.addBindValue(text(ContactNormalizer::phone(c.phone)));
    q.addBindValue(text(c.email));
    q.addBindValue(text(ContactNormalizer::email(c.email)));
    q.addBindValue(text(ContactNormalizer::name(c.name)));
    q.addBindValue(text(c.company));
    q.addBindValue(text(c.industry));
    q.addBindValue(text(c.companySize));
    q.addBindValue(text(c.region));
    q.addBindValue(text(c.channel));
    q.addBindValue(text(c.owner));
    q.addBindValue(QString(toKey(c.lifecycle)));
    q.addBindValue(QString(toKey(c.personality)));
    q.addBindValue(QString(toKey(c.type)));
    q.addBindValue(text(c.explicitNeeds));
    q.addBindValue(text(c.implicitNeeds));
    q.addBindValue(c.budget ? QVariant::fromValue<qlonglong>(*c.budget) : QVariant(QMetaType::fromType<qlonglong>()));
    q.addBindValue(text(c.preferences));
    q.addBindValue(text(c.tags.join(kTagSeparator)));
    q.addBindValue(text(c.notes));
    q.addBindValue(text(NamePinyin::searchTerms(c.name)));
}

constexpr QLatin1StringView kEditableColumns(
    "code, name, phone, phone_norm, email, email_norm, name_norm, company, industry, company_size, region, "
    "channel, owner, lifecycle, personality, customer_type, explicit_needs, implicit_needs, budget, "
    "preferences, tags, notes, name_pinyin");
constexpr int kEditableCount = 23;

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

void setError(QString *error, const QSqlQuery &q)
{
    if (error)
        *error = q.lastError().text();
}

} // namespace

CustomerRepository::CustomerRepository(Database &database) : m_database(database) {}

CustomerRepository::~CustomerRepository() = default;

CustomerId CustomerRepository::insert(const Customer &customer, QString *error)
{
    if (!m_inserter) {
        QString placeholders = QStringLiteral("?");
        for (int i = 1; i < kEditableCount + 2; ++i)
            placeholders += QStringLiteral(", ?");
        m_inserter = std::make_unique<BulkInserter>(m_database, u"INSERT INTO customers (" + kEditableColumns
                                                                    + u", created_at, updated_at) VALUES ("
                                                                    + placeholders + u")");
    }
    BulkInserter &ins = *m_inserter;
    int i = 0;
    for (const QString &value :
         {customer.code, customer.name, customer.phone, ContactNormalizer::phone(customer.phone), customer.email,
          ContactNormalizer::email(customer.email), ContactNormalizer::name(customer.name), customer.company,
          customer.industry, customer.companySize, customer.region, customer.channel, customer.owner,
          QString(toKey(customer.lifecycle)), QString(toKey(customer.personality)), QString(toKey(customer.type)),
          customer.explicitNeeds, customer.implicitNeeds})
        ins.bindText(i++, value);
    if (customer.budget)
        ins.bindInt(i++, *customer.budget);
    else
        ins.bindNull(i++);
    for (const QString &value : {customer.preferences, customer.tags.join(kTagSeparator), customer.notes,
                                 NamePinyin::searchTerms(customer.name)})
        ins.bindText(i++, value);
    const QString now = nowIso();
    ins.bindText(i++, customer.createdAt.isValid() ? customer.createdAt.toUTC().toString(Qt::ISODate) : now);
    ins.bindText(i++, now);
    if (ins.step() != BulkInserter::Step::Inserted) {
        if (error)
            *error = ins.errorText();
        return 0;
    }
    return ins.lastInsertId();
}

CustomerId CustomerRepository::insertMinimal(const QString &code, const QString &name, QString *error)
{
    if (!m_minimalInserter) {
        m_minimalInserter = std::make_unique<BulkInserter>(
            m_database,
            QStringLiteral("INSERT INTO customers (code, name, name_norm, name_pinyin, created_at, updated_at) "
                           "VALUES (?, ?, ?, ?, ?, ?)"));
        m_now = nowIso();
    }
    BulkInserter &ins = *m_minimalInserter;
    ins.bindText(0, code);
    ins.bindText(1, name);
    ins.bindText(2, ContactNormalizer::name(name));
    ins.bindText(3, NamePinyin::searchTerms(name));
    ins.bindText(4, m_now);
    ins.bindText(5, m_now);
    if (ins.step() != BulkInserter::Step::Inserted) {
        if (error)
            *error = ins.errorText();
        return 0;
    }
    return ins.lastInsertId();
}

SaveResult CustomerRepository::update(const Customer &customer, QString *error)
{
    QString assignments;
    for (const QString &column : QString(kEditableColumns).split(QStringLiteral(", ")))
        assignments += column + u" = ?, ";
    QSqlQuery q(m_database.connection());
    q.prepare(u"UPDATE customers SET " + assignments
              + u"updated_at = ?, version = version + 1 WHERE id = ? AND version = ? AND deleted_at IS NULL");
    bindProfile(q, customer);
    q.addBindValue(nowIso());
    q.addBindValue(customer.id);
    q.addBindValue(customer.version);
    if (!q.exec()) {
        setError(error, q);
        return SaveResult::Failed;
    }
    if (q.numRowsAffected() == 1)
        return SaveResult::Saved;
    return findById(customer.id) ? SaveResult::Conflict : SaveResult::NotFound;
}

std::optional<Customer> CustomerRepository::findById(CustomerId id) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT " + kColumns + u" FROM customers WHERE id = ? AND deleted_at IS NULL");
    q.addBindValue(id);
    if (q.exec() && q.next())
        return readCustomer(q);
    return std::nullopt;
}

std::optional<Customer> CustomerRepository::findByCode(const QString &code) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT " + kColumns + u" FROM customers WHERE code = ? AND deleted_at IS NULL");
    q.addBindValue(code);
    if (q.exec() && q.next())
        return readCustomer(q);
    return std::nullopt;
}

QList<DuplicateCandidate> CustomerRepository::likelyDuplicates(const Customer &customer) const
{
    QList<DuplicateCandidate> found;
    auto collect = [&](QLatin1StringView column, const QString &value, DuplicateMatch match) {
        if (value.isEmpty())
            return;
        QSqlQuery q(m_database.connection());
        // "<> ''" lets SQLite use the partial phone and e-mail indexes (schema v1: WHERE x <> ''),
        // which it cannot prove from "= ?" alone: without it each lookup read the whole table
        // (an import of 50,000 new customers: 92 s, of which nearly all these scans).
        q.prepare(u"SELECT " + kColumns + u" FROM customers WHERE " + column + u" = ? AND " + column
                  + u" <> '' AND id <> ? AND deleted_at IS NULL ORDER BY id LIMIT 20");
        q.addBindValue(value);
        q.addBindValue(customer.id);
        if (!q.exec())
            return;
        while (q.next()) {
            Customer candidate = readCustomer(q);
            const bool seen = std::any_of(found.cbegin(), found.cend(),
                                          [&](const DuplicateCandidate &d) { return d.customer.id == candidate.id; });
            if (!seen)
                found.append({std::move(candidate), match});
        }
    };
    collect(QLatin1StringView("phone_norm"), ContactNormalizer::phone(customer.phone), DuplicateMatch::Phone);
    collect(QLatin1StringView("email_norm"), ContactNormalizer::email(customer.email), DuplicateMatch::Email);
    collect(QLatin1StringView("name_norm"), ContactNormalizer::name(customer.name), DuplicateMatch::Name);
    return found;
}

QHash<QString, CustomerId> CustomerRepository::codeIndex() const
{
    QHash<QString, CustomerId> index;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT code, id FROM customers WHERE deleted_at IS NULL")))
        return index;
    while (q.next())
        index.insert(q.value(0).toString(), q.value(1).toLongLong());
    return index;
}

qint64 CustomerRepository::count() const
{
    QSqlQuery q(m_database.connection());
    // All rows through the smallest index, minus the deleted ones through their partial index
    // (schema v4): no table scan (1M customers: 0.23 s before).
    if (q.exec(QStringLiteral("SELECT (SELECT count(*) FROM customers) - "
                              "(SELECT count(*) FROM customers WHERE deleted_at IS NOT NULL)"))
        && q.next())
        return q.value(0).toLongLong();
    return 0;
}

bool CustomerRepository::codeInUse(const QString &code) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM customers WHERE code = ?"));
    q.addBindValue(code);
    return q.exec() && q.next();
}

QString CustomerRepository::nextCode() const
{
    QString prefix = QStringLiteral("C");
    int width = 6;
    QSqlQuery q(m_database.connection());
    if (q.exec(QStringLiteral("SELECT code FROM customers ORDER BY id DESC LIMIT 1")) && q.next()) {
        const QString newest = q.value(0).toString();
        qsizetype digits = 0;
        while (digits < newest.size() && newest.at(newest.size() - 1 - digits).isDigit()
               && newest.at(newest.size() - 1 - digits).unicode() < 128)
            ++digits;
        if (digits > 0 && digits <= 12) {
            prefix = newest.left(newest.size() - digits);
            width = int(digits);
        }
    }
    // The highest code of that shape: a range over the unique index on code, read from its top.
    // Codes in the range with other characters where the digits are ("C00A123") are skipped.
    qint64 highest = 0;
    q.prepare(QStringLiteral("SELECT code FROM customers WHERE code > ? AND code <= ? AND length(code) = ? "
                             "ORDER BY code DESC LIMIT 64"));
    q.addBindValue(prefix);
    q.addBindValue(QString(prefix + QString(width, u'9')));
    q.addBindValue(int(prefix.size()) + width);
    if (q.exec()) {
        while (q.next()) {
            bool ok = false;
            const qint64 number = q.value(0).toString().mid(prefix.size()).toLongLong(&ok);
            if (ok && number >= 0) {
                highest = number;
                break;
            }
        }
    }
    QString code;
    for (qint64 n = highest + 1;; ++n) {
        code = prefix + QStringLiteral("%1").arg(n, width, 10, QLatin1Char('0'));
        if (!codeInUse(code))
            return code;
    }
}

const QStringList &CustomerRepository::historyTables()
{
    static const QStringList tables{QStringLiteral("purchases"), QStringLiteral("visits"), QStringLiteral("surveys"),
                                    QStringLiteral("followups"), QStringLiteral("churn_events")};
    return tables;
}

bool CustomerRepository::moveHistory(CustomerId from, CustomerId to, QString *error)
{
    QSqlQuery q(m_database.connection());
    // Plain positional placeholders: Qt binds in the order of the values, whatever numbers
    // "?NNN" placeholders carry (numbered ones re-keyed the kept customer's row instead).
    q.prepare(QStringLiteral("UPDATE purchases SET import_key = (import_key * 31 + id) & 4611686018427387903 "
                             "WHERE customer_id = ? AND EXISTS (SELECT 1 FROM purchases k WHERE k.customer_id = ? "
                             "AND k.purchased_on = purchases.purchased_on AND k.import_key = purchases.import_key)"));
    q.addBindValue(from);
    q.addBindValue(to);
    if (!q.exec()) {
        setError(error, q);
        return false;
    }
    for (const QString &table : historyTables()) {
        q.prepare(QStringLiteral("UPDATE %1 SET customer_id = ? WHERE customer_id = ?").arg(table));
        q.addBindValue(to);
        q.addBindValue(from);
        if (!q.exec()) {
            setError(error, q);
            return false;
        }
    }
    return true;
}

bool CustomerRepository::retireMerged(CustomerId id, QString *error)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE customers SET deleted_at = ?, version = version + 1 WHERE id = ?"));
    q.addBindValue(nowIso());
    q.addBindValue(id);
    if (!q.exec()) {
        setError(error, q);
        return false;
    }
    return true;
}

bool CustomerRepository::setDeleted(CustomerId id, bool deleted, QString *error)
{
    QSqlQuery q(m_database.connection());
    if (deleted) {
        q.prepare(QStringLiteral("UPDATE customers SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL"));
        q.addBindValue(nowIso());
    } else {
        q.prepare(QStringLiteral("UPDATE customers SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL"));
    }
    q.addBindValue(id);
    if (!q.exec()) {
        setError(error, q);
        return false;
    }
    if (q.numRowsAffected() != 1) {
        if (error)
            *error = QStringLiteral("no customer %1 to %2")
                         .arg(id)
                         .arg(deleted ? QStringLiteral("delete") : QStringLiteral("restore"));
        return false;
    }
    return true;
}

bool CustomerRepository::forEach(const std::function<bool(const Customer &)> &visit) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT " + kColumns + u" FROM customers WHERE deleted_at IS NULL ORDER BY id"))
        return false;
    while (q.next()) {
        if (!visit(readCustomer(q)))
            break;
    }
    return true;
}

} // namespace kehu
