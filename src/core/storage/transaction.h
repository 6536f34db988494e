#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// One SQLite transaction, rolled back unless commit() succeeds. Every multi-row change in
// MelodyHue goes through one, and only once BEGIN has succeeded: a write that cannot start a
// transaction writes nothing.
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)

public:
    static Result<Transaction> begin(QSqlDatabase db);

    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    ~Transaction();

    Result<void> commit();

private:
    explicit Transaction(const QSqlDatabase &db);

    QSqlDatabase m_db;
    bool m_active = true;
};
