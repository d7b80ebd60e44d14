#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace kehu {

/// Scope guard for one transaction: rolls back unless commit() was called, so every
/// write that can fail half-way leaves the database as it was.
class Transaction
{
public:
    explicit Transaction(const QSqlDatabase &db) : m_db(db) { m_active = m_db.transaction(); }
    ~Transaction()
    {
        if (m_active)
            m_db.rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit()
    {
        if (!m_active)
            return false;
        m_active = false;
        return m_db.commit();
    }
    void rollback()
    {
        if (m_active)
            m_db.rollback();
        m_active = false;
    }

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

/// Scope guard for a savepoint inside the caller's transaction: rolls back to it unless
/// release() was called. On a server a failed statement aborts the whole transaction; rolled
/// back to a savepoint, the transaction goes on as if the failed steps had not been tried.
class Savepoint
{
public:
    Savepoint(const QSqlDatabase &db, const QString &name) : m_db(db), m_name(name)
    {
        m_active = QSqlQuery(m_db).exec(u"SAVEPOINT " + m_name);
    }
    ~Savepoint()
    {
        if (m_active) {
            QSqlQuery q(m_db);
            q.exec(u"ROLLBACK TO SAVEPOINT " + m_name);
            q.exec(u"RELEASE SAVEPOINT " + m_name);
        }
    }
    Savepoint(const Savepoint &) = delete;
    Savepoint &operator=(const Savepoint &) = delete;

    bool isActive() const { return m_active; }
    bool release()
    {
        if (!m_active)
            return false;
        m_active = false;
        return QSqlQuery(m_db).exec(u"RELEASE SAVEPOINT " + m_name);
    }

private:
    QSqlDatabase m_db;
    QString m_name;
    bool m_active = false;
};

} // namespace kehu
