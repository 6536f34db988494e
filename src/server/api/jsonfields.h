#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QString>

// The API's optional fields: a value, or JSON null rather than an empty string or date.
inline QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// An instant in ISO 8601, UTC.
inline QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}
