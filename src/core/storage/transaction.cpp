#include "storage/transaction.h"

#include <QSqlError>

Result<Transaction> Transaction::begin(QSqlDatabase db)
{
    if (!db.transaction())
        return Error{tr("The database could not start a transaction: %1").arg(db.lastError().text())};
    return Transaction(db);
}

Transaction::Transaction(const QSqlDatabase &db)
    : m_db(db)
{ }

Transaction::Transaction(Transaction &&other) noexcept
    : m_db(other.m_db)
    , m_active(std::exchange(other.m_active, false))
{ }

Transaction::~Transaction()
{
    if (m_active)
        m_db.rollback();
}

Result<void> Transaction::commit()
{
    if (!std::exchange(m_active, false))
        return Error{tr("The database transaction has already ended.")};
    if (!m_db.commit()) {
        const QString reason = m_db.lastError().text();
        m_db.rollback();
        return Error{tr("Saving to the database failed: %1").arg(reason)};
    }
    return {};
}
