#pragma once

#include <QDateTime>
#include <QString>
#include <QVariant>

// Values as MelodyHue's tables keep them.

// A text column is NOT NULL: a null QString would be bound as NULL.
inline QVariant sqlText(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

// A time: UTC in ISO 8601 with milliseconds, which sorts as text;
// an empty text (never NULL) for none.
inline QString sqlTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("");
}

inline QDateTime timeFromSql(const QVariant &value)
{
    const QString text = value.toString();
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}
