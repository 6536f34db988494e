#include "util/plaintext.h"

using namespace Qt::Literals::StringLiterals;

namespace {

QString csvField(const QString &text)
{
    QString value = text;
    if (!value.isEmpty() && u"=+-@\t\r"_s.contains(value.front()))
        value.prepend(u'\'');
    if (value.contains(u'"') || value.contains(u',') || value.contains(u'\n') || value.contains(u'\r')
        || value.contains(u'\'')) {
        value.replace(u"\""_s, u"\"\""_s);
        return u'"' + value + u'"';
    }
    return value;
}

QString csvRow(const QStringList &fields)
{
    QStringList cells;
    cells.reserve(fields.size());
    for (const QString &field : fields)
        cells.append(csvField(field));
    return cells.join(u',') + u"\r\n"_s;
}

} // namespace

QString plainLine(const QString &text)
{
    QString line = text;
    for (QChar &c : line) {
        if (c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() <= 0x9f) || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            c = u' ';
    }
    return line.simplified();
}

QByteArray csvDocument(const QStringList &header, const QList<QStringList> &rows)
{
    QString text = csvRow(header);
    for (const QStringList &row : rows)
        text += csvRow(row);
    return "\xEF\xBB\xBF" + text.toUtf8();
}
