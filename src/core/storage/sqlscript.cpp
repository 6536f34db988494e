#include "storage/sqlscript.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

QStringList SqlScript::statements(const QString &script)
{
    // Our migrations keep one statement per ';'-terminated block and use no ';' inside
    // string literals or triggers, so a line-based split is enough.
    QStringList result;
    QString current;
    const auto lines = QStringView(script).split(u'\n');
    for (QStringView line : lines) {
        const QStringView trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u"--"))
            continue;
        current += line + u'\n';
        if (trimmed.endsWith(u';')) {
            result.append(current.trimmed());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        result.append(current.trimmed());
    return result;
}

Result<void> SqlScript::run(const QSqlDatabase &db, const QString &script)
{
    QSqlQuery query(db);
    for (const QString &statement : statements(script)) {
        if (!query.exec(statement)) {
            return Error{tr("A database update failed: %1 (in: %2)").arg(query.lastError().text(), statement.left(80))};
        }
    }
    return {};
}
