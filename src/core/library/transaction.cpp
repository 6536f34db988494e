#include "library/transaction.h"

#include <QSqlError>

Transaction::Transaction(QSqlDatabase db)
    : m_db(db)
    , m_active(m_db.transaction())
{ }

Transaction::~Transaction()
{
    if (m_active)
        m_db.rollback();
}

Result<void> Transaction::commit()
{
    if (!m_active)
        return Error{tr("The database could not start a transaction: %1").arg(m_db.lastError().text())};
    m_active = false;
    if (!m_db.commit()) {
        const QString reason = m_db.lastError().text();
        m_db.rollback();
        return Error{tr("Saving to the database failed: %1").arg(reason)};
    }
    return {};
}
