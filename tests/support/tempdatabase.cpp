#include "tempdatabase.h"

#include "customerrepository.h"
#include "workspace.h"

#include <gtest/gtest.h>

#include <QSqlQuery>

namespace kehu::test {

TempDatabase::TempDatabase()
{
    if (testServerUri().isEmpty()) {
        m_path = m_dir.filePath(QStringLiteral("kehu.sqlite"));
    } else {
        m_server = std::make_unique<ServerDatabase>();
        m_path = m_server->uri();
    }
    reopen();
}

TempDatabase::~TempDatabase()
{
    m_workspace.reset(); // before the server database is dropped
}

void TempDatabase::close()
{
    m_workspace.reset();
}

Database &TempDatabase::db()
{
    return m_workspace->database();
}

void TempDatabase::reopen()
{
    m_workspace.reset();
    auto result = Database::open(m_path);
    if (!result.database)
        qFatal("cannot create the test database: %s", qPrintable(result.message));
    m_workspace = std::make_unique<Workspace>(std::move(result.database));
}

CustomerId TempDatabase::addCustomer(const QString &code, const QString &name, const QString &phone,
                                     const QString &owner)
{
    Customer c;
    c.code = code;
    c.name = name;
    c.phone = phone;
    c.owner = owner;
    const CustomerId id = CustomerRepository(db()).insert(c);
    EXPECT_GT(id, 0) << "cannot add customer " << code.toStdString();
    return id;
}

QString testDataPath(const QString &relative)
{
    return QStringLiteral(KEHU_TEST_DATA_DIR "/") + relative;
}

bool refuseInserts(Database &db, const QString &table, const QString &message, const QString &when)
{
    const QString condition = when.isEmpty() ? QStringLiteral("true") : when;
    QSqlQuery q(db.connection());
    if (!db.isServer())
        return q.exec(QStringLiteral("CREATE TEMP TRIGGER refuse_%1 BEFORE INSERT ON %1 WHEN %3 BEGIN "
                                     "SELECT RAISE(ABORT, '%2'); END")
                          .arg(table, message, condition));
    return q.exec(QStringLiteral("CREATE FUNCTION refuse_%1() RETURNS trigger LANGUAGE plpgsql AS $$ "
                                 "BEGIN IF %3 THEN RAISE '%2'; END IF; RETURN NEW; END $$")
                      .arg(table, message, condition))
           && q.exec(
               QStringLiteral("CREATE TRIGGER refuse_%1 BEFORE INSERT ON %1 FOR EACH ROW EXECUTE FUNCTION refuse_%1()")
                   .arg(table));
}

} // namespace kehu::test
