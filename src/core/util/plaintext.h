#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// Text as other programs read it, from anything a player or a service reports.

// One line: line breaks and other control characters become spaces, runs of spaces one.
QString plainLine(const QString &text);

// A CSV document (RFC 4180) with a header row, in UTF-8 with a byte order mark so that
// spreadsheets read the accents right. No cell is ever a formula: a spreadsheet runs a cell that
// starts with = + - or @, so such a cell starts with an apostrophe.
QByteArray csvDocument(const QStringList &header, const QList<QStringList> &rows);
