#pragma once

#include <QHash>
#include <QString>

class HtmlContext;

// Fills an overlay's {{placeholders}} with values that come from music services and players,
// which are hostile: each value is escaped for where it lands, as the browser's tokenizer sees
// that point (HTML text, an attribute value, a URL, CSS, a comment), so that it stays text and
// never becomes markup, style rules or script. Where a value could only become markup (inside a
// tag, just after "<"), and in event-handler and srcdoc attributes, nothing is written. At most
// OverlaySourceRules::maximumPlaceholders are filled, each value cut to its maximum length, so
// a page costs a bounded, linear amount to fill.
namespace TemplateFiller {

using Values = QHash<QString, QString>;

// `html` is a fragment of a page's body.
QString fillHtml(const QString &html, const Values &values);
// `css` is a style sheet, written inside a <style> element.
QString fillCss(const QString &css, const Values &values);

// The escapes themselves: for text and quoted attribute values; for an unquoted value; for CSS;
// for a comment.
QString escapeText(QStringView value);
QString escapeAttribute(QStringView value);
QString escapeCss(QStringView value);
QString escapeComment(QStringView value);
// The escape for a value at `context`'s point.
QString escapeFor(const HtmlContext &context, QStringView value);
// A URL at the start of a URL attribute: this server's own paths and web addresses only.
QString safeUrl(QStringView value);

} // namespace TemplateFiller
