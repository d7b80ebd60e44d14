#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace kehu {

/// Scope guard for one transaction: rolls back unless commit() was called, so every
/// write that can fail half-way leaves the database as it was.
///
/// A Transaction made while another is open on the same connection joins it (a service's
/// audited write around a repository call that has its own): its commit() leaves the
/// committing to the outer one, and a joined transaction that ends without commit() makes
/// the outer one roll back, so no half of a failed write is ever committed.
class Transaction
{
public:
    explicit Transaction(const QSqlDatabase &db) : m_db(db)
    {
        State &state = stateOf(m_db);
        if (state.depth > 0) {
            m_joined = true;
            m_active = true;
            ++state.depth;
            return;
        }
        m_active = m_db.transaction();
        if (m_active)
            state = State{1, false};
    }
    ~Transaction() { rollback(); }

    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }

    bool commit()
    {
        if (!m_active)
            return false;
        m_active = false;
        State &state = stateOf(m_db);
        if (m_joined) {
            --state.depth;
            return !state.failed;
        }
        const bool failed = state.failed;
        state = State{};
        if (failed) {
            m_db.rollback();
            return false;
        }
        return m_db.commit();
    }

    void rollback()
    {
        if (!m_active)
            return;
        m_active = false;
        State &state = stateOf(m_db);
        if (m_joined) {
            --state.depth;
            state.failed = true;
            return;
        }
        state = State{};
        m_db.rollback();
    }

private:
    struct State
    {
        int depth = 0;
        bool failed = false;
    };
    /// Per connection; a connection is used by one thread only (Database).
    static State &stateOf(const QSqlDatabase &db)
    {
        thread_local QHash<QString, State> states;
        return states[db.connectionName()];
    }

    QSqlDatabase m_db;
    bool m_active = false;
    bool m_joined = false;
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
