#pragma once

#include <QHash>
#include <QString>

// Fills an overlay's {{placeholders}} with values that come from music services, which are
// hostile: each value is escaped for where it lands (HTML text, an attribute, a URL, CSS,
// a script), so that it stays text and never becomes markup, style rules or script.
namespace TemplateFiller {

using Values = QHash<QString, QString>;

// `html` is a fragment of a page's body; its <style> and <script> elements are followed.
QString fillHtml(const QString &html, const Values &values);
// `css` is a style sheet, written inside a <style> element.
QString fillCss(const QString &css, const Values &values);

// The escapes themselves: for text and quoted attribute values; for an unquoted value.
QString escapeText(QStringView value);
QString escapeAttribute(QStringView value);
QString escapeCss(QStringView value);
QString escapeScript(QStringView value);
// A URL at the start of a URL attribute: this server's own paths and web addresses only.
QString safeUrl(QStringView value);

} // namespace TemplateFiller
