#pragma once

#include <QSqlDatabase>

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

} // namespace kehu
