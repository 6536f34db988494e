#include "overlays/sourcelint.h"

#include "overlays/overlayplaceholders.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

// The line of each position, counted on from the last one asked: positions come in order.
class LineCounter
{
public:
    explicit LineCounter(const QString &text)
        : m_text(text)
    { }

    int at(qsizetype position)
    {
        position = std::min(position, m_text.size());
        if (position < m_position) {
            m_position = 0;
            m_line = 1;
        }
        m_line += int(QStringView(m_text).sliced(m_position, position - m_position).count(u'\n'));
        m_position = position;
        return m_line;
    }

private:
    const QString &m_text;
    qsizetype m_position = 0;
    int m_line = 1;
};

bool isVoid(const QString &tag)
{
    static const QStringList voids{u"area"_s, u"base"_s, u"br"_s, u"col"_s, u"embed"_s, u"hr"_s, u"img"_s, u"input"_s,
        u"link"_s, u"meta"_s, u"source"_s, u"track"_s, u"wbr"_s};
    return voids.contains(tag);
}

bool mayStayOpen(const QString &tag)
{
    static const QStringList optional{u"p"_s, u"li"_s, u"dt"_s, u"dd"_s, u"tr"_s, u"td"_s, u"th"_s, u"thead"_s,
        u"tbody"_s, u"tfoot"_s, u"option"_s, u"optgroup"_s, u"colgroup"_s, u"rb"_s, u"rt"_s, u"rp"_s, u"html"_s,
        u"head"_s, u"body"_s};
    return optional.contains(tag);
}

struct OpenTag {
    QString name;
    int line;
};

} // namespace

void SourceLint::placeholders(const QString &text, QList<Warning> &warnings)
{
    static const QRegularExpression pattern(u"\\{\\{([^{}]*)(\\}\\})?"_s);
    LineCounter lines(text);
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const int line = lines.at(match.capturedStart());
        if (match.captured(2).isEmpty()) {
            warnings.append({line, tr("\"{{\" is not closed with \"}}\".")});
            continue;
        }
        const QString name = match.captured(1).trimmed();
        if (!OverlayPlaceholders::names().contains(name))
            warnings.append({line, tr("{{%1}} is not a placeholder: choose one from the list.").arg(name)});
    }
}

QList<SourceLint::Warning> SourceLint::html(const QString &text)
{
    QList<Warning> warnings;
    placeholders(text, warnings);
    // Tags and comments. A quoted attribute value stops at "<", so that an unclosed quote costs
    // a look up to the next tag, not to the end of the text.
    static const QRegularExpression tag(
        u"<!--.*?(-->|$)|<(/?)([A-Za-z][A-Za-z0-9-]*)((?:[^<>\"']|\"[^<\"]*\"|'[^<']*')*)>"_s,
        QRegularExpression::DotMatchesEverythingOption);
    QList<OpenTag> open;
    LineCounter lines(text);
    qsizetype from = 0;
    while (true) {
        const QRegularExpressionMatch match = tag.match(text, from);
        if (!match.hasMatch())
            break;
        from = match.capturedEnd();
        if (match.captured(0).startsWith(u"<!--"_s)) {
            if (match.captured(1).isEmpty())
                warnings.append({lines.at(match.capturedStart()), tr("This comment is not closed with \"-->\".")});
            continue;
        }
        const QString name = match.captured(3).toLower();
        const int line = lines.at(match.capturedStart());
        if (match.captured(2).isEmpty()) {
            if (isVoid(name) || match.captured(4).trimmed().endsWith(u'/'))
                continue;
            if (name == u"script"_s || name == u"style"_s) {
                const qsizetype end = text.indexOf(u"</"_s + name, from, Qt::CaseInsensitive);
                if (end < 0) {
                    warnings.append({line, tr("<%1> is not closed.").arg(name)});
                    break;
                }
                from = end;
            }
            open.append({name, line});
            continue;
        }
        const bool isOpen = std::any_of(
            open.cbegin(), open.cend(), [&name](const OpenTag &candidate) { return candidate.name == name; });
        if (!isOpen) {
            warnings.append({line, tr("</%1> closes nothing: no <%1> is open here.").arg(name)});
            continue;
        }
        // What was opened after it and not closed ends here.
        while (open.last().name != name) {
            const OpenTag left = open.takeLast();
            if (!mayStayOpen(left.name))
                warnings.append({left.line, tr("<%1> is not closed before </%2>.").arg(left.name, name)});
        }
        open.removeLast();
    }
    for (const OpenTag &left : std::as_const(open)) {
        if (!mayStayOpen(left.name))
            warnings.append({left.line, tr("<%1> is not closed.").arg(left.name)});
    }
    std::stable_sort(
        warnings.begin(), warnings.end(), [](const Warning &a, const Warning &b) { return a.line < b.line; });
    return warnings;
}

QList<SourceLint::Warning> SourceLint::css(const QString &text)
{
    QList<Warning> warnings;
    placeholders(text, warnings);
    QList<int> open;
    LineCounter lines(text);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'/' && i + 1 < text.size() && text.at(i + 1) == u'*') {
            const qsizetype end = text.indexOf(u"*/"_s, i + 2);
            if (end < 0) {
                warnings.append({lines.at(i), tr("This comment is not closed with \"*/\".")});
                break;
            }
            i = end + 1;
        } else if (c == u'"' || c == u'\'') {
            const qsizetype end = text.indexOf(c, i + 1);
            if (end < 0)
                break;
            i = end;
        } else if (c == u'{' && !(i + 1 < text.size() && text.at(i + 1) == u'{')
            && !(i > 0 && text.at(i - 1) == u'{')) {
            open.append(lines.at(i));
        } else if (c == u'}' && !(i + 1 < text.size() && text.at(i + 1) == u'}')
            && !(i > 0 && text.at(i - 1) == u'}')) {
            if (open.isEmpty())
                warnings.append({lines.at(i), tr("This \"}\" closes nothing.")});
            else
                open.removeLast();
        }
    }
    for (const int line : std::as_const(open))
        warnings.append({line, tr("This \"{\" is not closed with \"}\".")});
    std::stable_sort(
        warnings.begin(), warnings.end(), [](const Warning &a, const Warning &b) { return a.line < b.line; });
    return warnings;
}
