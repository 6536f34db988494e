#include "overlays/overlaysourcerules.h"

#include "overlays/htmlcontext.h"
#include "overlays/overlayplaceholders.h"

using namespace Qt::Literals::StringLiterals;

namespace {

// Elements that navigate, run script, embed other pages or load from elsewhere.
const QStringList &refusedElements()
{
    static const QStringList names{u"script"_s, u"base"_s, u"form"_s, u"iframe"_s, u"frame"_s, u"frameset"_s,
        u"object"_s, u"embed"_s, u"applet"_s, u"portal"_s, u"fencedframe"_s, u"link"_s, u"plaintext"_s};
    return names;
}

} // namespace

bool OverlaySourceRules::isUrlAttribute(const QString &name)
{
    static const QStringList names{u"src"_s, u"href"_s, u"srcset"_s, u"poster"_s, u"action"_s, u"formaction"_s,
        u"data"_s, u"background"_s, u"xlink:href"_s, u"ping"_s, u"cite"_s, u"longdesc"_s, u"manifest"_s, u"codebase"_s,
        u"icon"_s, u"lowsrc"_s, u"usemap"_s};
    return names.contains(name);
}

bool OverlaySourceRules::isActiveAttribute(const QString &name)
{
    return name.startsWith(u"on"_s) || name == u"srcdoc"_s;
}

int OverlaySourceRules::placeholderCount(const QString &source)
{
    int count = 0;
    OverlayPlaceholders::split(source, [&count](QStringView, QStringView name) { count += name.isNull() ? 0 : 1; });
    return count;
}

QString OverlaySourceRules::htmlProblem(const QString &html)
{
    QString problem;
    HtmlContext context;
    context.onStartTag = [&problem](const QString &tag) {
        if (problem.isEmpty() && refusedElements().contains(tag)) {
            problem = tr("<%1> is not allowed: an overlay may style and lay out, but not run scripts, navigate, "
                         "embed pages or load from elsewhere.")
                          .arg(tag);
        }
    };
    context.onAttribute = [&problem](const QString &tag, const QString &attribute) {
        if (!problem.isEmpty())
            return;
        if (attribute == u"http-equiv"_s) {
            problem = tr("<%1 http-equiv> is not allowed: it could send the page elsewhere.").arg(tag);
        } else if (isActiveAttribute(attribute) || attribute == u"formaction"_s) {
            problem = tr("the %1 attribute (on <%2>) is not allowed: overlays run no script of their own.")
                          .arg(attribute, tag);
        }
    };
    OverlayPlaceholders::split(html, [&](QStringView before, QStringView name) {
        context.advance(before);
        if (name.isNull() || !problem.isEmpty())
            return;
        const HtmlContext::Where where = context.where();
        if (where == HtmlContext::Where::Markup) {
            problem = tr("{{%1}} stands where a value could become markup (inside a tag, between attributes or "
                         "just after \"<\"); put it between tags or inside a quoted attribute value.")
                          .arg(name);
        } else if ((where == HtmlContext::Where::QuotedValue || where == HtmlContext::Where::UnquotedValue)
            && isActiveAttribute(context.attribute())) {
            problem = tr("{{%1}} cannot stand in the %2 attribute.").arg(name, context.attribute());
        }
    });
    return problem;
}
