#include "customerrepository.h"

#include "bulkinserter.h"
#include "contactnormalizer.h"
#include "copyout.h"
#include "database.h"
#include "enumkeys.h"
#include "namepinyin.h"
#include "sqlrows.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <algorithm>

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
    c.budget = optionalMoney(q.value(i++));
    c.preferences = q.value(i++).toString();
    const QString tags = q.value(i++).toString();
    if (!tags.isEmpty())
        c.tags = tags.split(kTagSeparator);
    c.notes = q.value(i++).toString();
    c.createdAt = dateTimeOf(q.value(i++));
    c.updatedAt = dateTimeOf(q.value(i++));
    c.version = q.value(i++).toInt();
    return c;
}

/// Qt binds a null QString as SQL NULL; the profile's text columns are NOT NULL ''.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

/// The editable profile fields, in the order of kEditableColumns.
QVariantList profileValues(const Customer &c)
{
    return {text(c.code),
            text(c.name),
            text(c.phone),
            text(ContactNormalizer::phone(c.phone)),
            text(c.email),
            text(ContactNormalizer::email(c.email)),
            text(ContactNormalizer::name(c.name)),
            text(c.company),
            text(c.industry),
            text(c.companySize),
            text(c.region),
            text(c.channel),
            text(c.owner),
            QString(toKey(c.lifecycle)),
            QString(toKey(c.personality)),
            QString(toKey(c.type)),
            text(c.explicitNeeds),
            text(c.implicitNeeds),
            c.budget ? QVariant::fromValue<qlonglong>(*c.budget) : QVariant(QMetaType::fromType<qlonglong>()),
            text(c.preferences),
            text(c.tags.join(kTagSeparator)),
            text(c.notes),
            text(NamePinyin::searchTerms(c.name))};
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

/// Why inserting the customer with `code` failed, in words a person can act on.
QString insertError(const BulkInserter &inserter, const QString &code)
{
    if (inserter.failedOnUniqueKey())
        return QStringLiteral("The customer code \"%1\" is already used by another customer.").arg(code);
    return inserter.errorText();
}

/// Binds what insertMinimal() stores of a customer, from parameter `first` on: code, name,
/// normalised name, pinyin, created and updated.
void bindMinimal(BulkInserter &inserter, int first, const QString &code, const QString &name, const QString &now)
{
    inserter.bindText(first, code);
    inserter.bindText(first + 1, name);
    inserter.bindText(first + 2, ContactNormalizer::name(name));
    inserter.bindText(first + 3, NamePinyin::searchTerms(name));
    inserter.bindText(first + 4, now);
    inserter.bindText(first + 5, now);
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
    ins.bindInt(i++, customer.budget);
    for (const QString &value : {customer.preferences, customer.tags.join(kTagSeparator), customer.notes,
                                 NamePinyin::searchTerms(customer.name)})
        ins.bindText(i++, value);
    const QString now = nowIso();
    ins.bindText(i++, customer.createdAt.isValid() ? customer.createdAt.toUTC().toString(Qt::ISODate) : now);
    ins.bindText(i++, now);
    if (ins.step() != BulkInserter::Step::Inserted) {
        if (error)
            *error = insertError(ins, customer.code);
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
    bindMinimal(ins, 0, code, name, m_now);
    if (ins.step() != BulkInserter::Step::Inserted) {
        if (error)
            *error = insertError(ins, code);
        return 0;
    }
    return ins.lastInsertId();
}

std::vector<CustomerId> CustomerRepository::insertMinimal(const QStringList &codes, const QStringList &names,
                                                          QString *error)
{
    Q_ASSERT(codes.size() == names.size());
    std::vector<CustomerId> ids;
    ids.reserve(std::size_t(codes.size()));
    if (!m_database.isServer() || codes.isEmpty()) {
        for (qsizetype i = 0; i < codes.size(); ++i) {
            ids.push_back(insertMinimal(codes.at(i), names.at(i), error));
            if (ids.back() == 0)
                return {};
        }
        return ids;
    }
    // The ids from the sequence in one query, read as text (131,434 ids: 0.31 s as rows of
    // QVariants with the sequence looked up for each, a tenth of that this way).
    const std::optional<QString> sequence = selectOne(
        m_database.connection(), QStringLiteral("SELECT pg_get_serial_sequence('customers', 'id')"), {},
        [](const QSqlQuery &q) { return q.value(0).toString(); }, error);
    if (!sequence)
        return {};
    CopyOut reserve(m_database);
    if (!reserve.run(QStringLiteral("SELECT nextval('%1'::regclass) FROM generate_series(1, %2)")
                         .arg(*sequence)
                         .arg(codes.size()),
                     [&ids](QByteArrayView line) {
                         ids.push_back(line.toLongLong());
                         return true;
                     })) {
        if (error)
            *error = reserve.errorText();
        return {};
    }
    std::sort(ids.begin(), ids.end());
    const QString now = nowIso();
    BulkInserter copy(m_database, QStringLiteral("customers"),
                      {QStringLiteral("id"), QStringLiteral("code"), QStringLiteral("name"),
                       QStringLiteral("name_norm"), QStringLiteral("name_pinyin"), QStringLiteral("created_at"),
                       QStringLiteral("updated_at")});
    for (qsizetype i = 0; copy.isValid() && i < codes.size(); ++i) {
        copy.bindInt(0, ids[std::size_t(i)]);
        bindMinimal(copy, 1, codes.at(i), names.at(i), now);
        copy.step();
    }
    if (!copy.finish()) {
        if (error) {
            const qint64 row = copy.failedRow();
            *error = row > 0 && row <= codes.size()
                         ? QStringLiteral("customer %1: %2").arg(codes.at(row - 1), copy.errorText())
                         : copy.errorText();
        }
        return {};
    }
    return ids;
}

SaveResult CustomerRepository::update(const Customer &customer, QString *error)
{
    QString assignments;
    for (const QString &column : QString(kEditableColumns).split(QStringLiteral(", ")))
        assignments += column + u" = ?, ";
    QSqlQuery q(m_database.connection());
    if (!execQuery(q,
                   u"UPDATE customers SET " + assignments
                       + u"updated_at = ?, version = version + 1 WHERE id = ? AND version = ? AND deleted_at IS NULL",
                   profileValues(customer) << nowIso() << customer.id << customer.version, error))
        return SaveResult::Failed;
    if (q.numRowsAffected() == 1)
        return SaveResult::Saved;
    return findById(customer.id) ? SaveResult::Conflict : SaveResult::NotFound;
}

std::optional<Customer> CustomerRepository::findById(CustomerId id) const
{
    return selectOne(m_database.connection(),
                     u"SELECT " + kColumns + u" FROM customers WHERE id = ? AND deleted_at IS NULL", {id},
                     readCustomer);
}

std::optional<QString> CustomerRepository::ownerOf(CustomerId id) const
{
    return selectOne(m_database.connection(), QStringLiteral("SELECT owner FROM customers WHERE id = ?"), {id},
                     [](const QSqlQuery &q) { return q.value(0).toString(); });
}

std::optional<Customer> CustomerRepository::findByCode(const QString &code) const
{
    return selectOne(m_database.connection(),
                     u"SELECT " + kColumns + u" FROM customers WHERE code = ? AND deleted_at IS NULL", {code},
                     readCustomer);
}

QList<DuplicateCandidate> CustomerRepository::likelyDuplicates(const Customer &customer) const
{
    QList<DuplicateCandidate> found;
    auto collect = [&](QLatin1StringView column, const QString &value, DuplicateMatch match) {
        if (value.isEmpty())
            return;
        // "<> ''" lets SQLite use the partial phone and e-mail indexes (schema v1: WHERE x <> ''),
        // which it cannot prove from "= ?" alone: without it each lookup read the whole table
        // (an import of 50,000 new customers: 92 s, of which nearly all these scans).
        visitRows(m_database.connection(),
                  u"SELECT " + kColumns + u" FROM customers WHERE " + column + u" = ? AND " + column
                      + u" <> '' AND id <> ? AND deleted_at IS NULL ORDER BY id LIMIT 20",
                  {value, customer.id}, [&](const QSqlQuery &q) {
                      Customer candidate = readCustomer(q);
                      const bool seen = std::any_of(found.cbegin(), found.cend(), [&](const DuplicateCandidate &d) {
                          return d.customer.id == candidate.id;
                      });
                      if (!seen)
                          found.append({std::move(candidate), match});
                  });
    };
    collect(QLatin1StringView("phone_norm"), ContactNormalizer::phone(customer.phone), DuplicateMatch::Phone);
    collect(QLatin1StringView("email_norm"), ContactNormalizer::email(customer.email), DuplicateMatch::Email);
    collect(QLatin1StringView("name_norm"), ContactNormalizer::name(customer.name), DuplicateMatch::Name);
    return found;
}

QHash<QString, CustomerId> CustomerRepository::codeIndex() const
{
    QHash<QString, CustomerId> index;
    visitRows(m_database.connection(), QStringLiteral("SELECT code, id FROM customers WHERE deleted_at IS NULL"), {},
              [&index](const QSqlQuery &q) { index.insert(q.value(0).toString(), q.value(1).toLongLong()); });
    return index;
}

qint64 CustomerRepository::count() const
{
    // All rows through the smallest index, minus the deleted ones through their partial index
    // (schema v4): no table scan (1M customers: 0.23 s before).
    return selectOne(m_database.connection(),
                     QStringLiteral("SELECT (SELECT count(*) FROM customers) - "
                                    "(SELECT count(*) FROM customers WHERE deleted_at IS NOT NULL)"),
                     {}, [](const QSqlQuery &q) { return q.value(0).toLongLong(); })
        .value_or(0);
}

bool CustomerRepository::codeInUse(const QString &code) const
{
    QSqlQuery q(m_database.connection());
    return execQuery(q, QStringLiteral("SELECT 1 FROM customers WHERE code = ?"), {code}) && q.next();
}

QString CustomerRepository::nextCode() const
{
    QString prefix = QStringLiteral("C");
    int width = 6;
    const std::optional<QString> newestCode = selectOne(
        m_database.connection(), QStringLiteral("SELECT code FROM customers ORDER BY id DESC LIMIT 1"), {},
        [](const QSqlQuery &q) { return q.value(0).toString(); });
    if (newestCode) {
        const QString &newest = *newestCode;
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
    visitRows(m_database.connection(),
              QStringLiteral("SELECT code FROM customers WHERE code > ? AND code <= ? AND length(code) = ? "
                             "ORDER BY code DESC LIMIT 64"),
              {prefix, QString(prefix + QString(width, u'9')), int(prefix.size()) + width}, [&](const QSqlQuery &q) {
                  bool ok = false;
                  const qint64 number = q.value(0).toString().mid(prefix.size()).toLongLong(&ok);
                  if (!ok || number < 0)
                      return true; // not of that shape: read on
                  highest = number;
                  return false;
              });
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
    if (!execQuery(q,
                   QStringLiteral("UPDATE purchases SET import_key = (import_key * 31 + id) & 4611686018427387903 "
                                  "WHERE customer_id = ? AND EXISTS (SELECT 1 FROM purchases k WHERE k.customer_id = "
                                  "? AND k.purchased_on = purchases.purchased_on AND k.import_key = "
                                  "purchases.import_key)"),
                   {from, to}, error))
        return false;
    for (const QString &table : historyTables()) {
        if (!execQuery(q, QStringLiteral("UPDATE %1 SET customer_id = ? WHERE customer_id = ?").arg(table), {to, from},
                       error))
            return false;
    }
    return true;
}

bool CustomerRepository::retireMerged(CustomerId id, QString *error)
{
    QSqlQuery q(m_database.connection());
    return execQuery(q, QStringLiteral("UPDATE customers SET deleted_at = ?, version = version + 1 WHERE id = ?"),
                     {nowIso(), id}, error);
}

bool CustomerRepository::setDeleted(CustomerId id, bool deleted, QString *error)
{
    QSqlQuery q(m_database.connection());
    const QString sql = deleted
                            ? QStringLiteral("UPDATE customers SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL")
                            : QStringLiteral(
                                "UPDATE customers SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL");
    if (!execQuery(q, sql, deleted ? QVariantList{nowIso(), id} : QVariantList{id}, error))
        return false;
    if (q.numRowsAffected() != 1) {
        if (error)
            *error = QStringLiteral("no customer %1 to %2")
                         .arg(id)
                         .arg(deleted ? QStringLiteral("delete") : QStringLiteral("restore"));
        return false;
    }
    return true;
}

bool CustomerRepository::setOwner(const QList<CustomerId> &ids, const QString &owner, QString *error)
{
    if (ids.isEmpty())
        return true;
    const SqlDialect dialect = m_database.dialect();
    QSqlQuery q(m_database.connection());
    return execQuery(q,
                     u"UPDATE customers SET owner = ?, version = version + 1, updated_at = ? WHERE "
                         + dialect.inIdList(QStringLiteral("id")),
                     {owner, nowIso(), dialect.idListValue(ids)}, error);
}

bool CustomerRepository::forEach(const std::function<bool(const Customer &)> &visit) const
{
    return visitRows(m_database.connection(),
                     u"SELECT " + kColumns + u" FROM customers WHERE deleted_at IS NULL ORDER BY id", {},
                     [&visit](const QSqlQuery &q) { return visit(readCustomer(q)); });
}

} // namespace kehu
