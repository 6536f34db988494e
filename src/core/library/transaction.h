#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// One SQLite transaction: rolled back unless commit() succeeded. Every multi-row change in
// MelodyHue goes through one.
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)

public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();

    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    Result<void> commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};
