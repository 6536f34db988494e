// Where a value lands in an overlay's HTML, as the browser's tokenizer sees it, and what it is
// written as there: hostile titles stay text in every context, a context where a value could
// become markup gets nothing, and the rules that custom HTML must pass when it is saved.

#include "overlays/htmlcontext.h"
#include "overlays/overlaysourcerules.h"
#include "server/overlays/templatefiller.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Where = HtmlContext::Where;

Q_DECLARE_METATYPE(HtmlContext::Where)

namespace {

QString fill(const QString &html, const QString &title)
{
    return TemplateFiller::fillHtml(html, {{u"title"_s, title}});
}

} // namespace

class TestTemplateFiller : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theContext_followsTheTokenizer_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<Where>("where");
        QTest::addColumn<QString>("attribute");
        QTest::newRow("text") << u"<p>"_s << Where::Text << QString();
        QTest::newRow("just after <") << u"<p><"_s << Where::Markup << QString();
        QTest::newRow("just after </") << u"<p></"_s << Where::Markup << QString();
        QTest::newRow("a tag's name") << u"<di"_s << Where::Markup << QString();
        QTest::newRow("between attributes") << u"<div class=\"a\" "_s << Where::Markup << QString();
        QTest::newRow("right after a quoted value") << u"<div class=\"a\""_s << Where::Markup << QString();
        QTest::newRow("an attribute's name") << u"<div da"_s << Where::Markup << QString();
        QTest::newRow("a quoted value") << u"<img alt=\"x "_s << Where::QuotedValue << u"alt"_s;
        QTest::newRow("a single-quoted value") << u"<a HREF='"_s << Where::QuotedValue << u"href"_s;
        QTest::newRow("right after =") << u"<img src="_s << Where::UnquotedValue << u"src"_s;
        QTest::newRow("an unquoted value") << u"<img alt=ab"_s << Where::UnquotedValue << u"alt"_s;
        QTest::newRow("after an unquoted value") << u"<img alt=ab "_s << Where::Markup << QString();
        QTest::newRow("a comment") << u"<!-- "_s << Where::Comment << QString();
        QTest::newRow("after an empty comment <!-->") << u"<!--><style>"_s << Where::StyleSheet << QString();
        QTest::newRow("after <!--->") << u"<!---><div style=\""_s << Where::QuotedValue << u"style"_s;
        QTest::newRow("after a comment ending --!>") << u"<!-- a --!><p>"_s << Where::Text << QString();
        QTest::newRow("a comment with dashes inside") << u"<!-- a -- b - "_s << Where::Comment << QString();
        QTest::newRow("a style sheet") << u"<style>p{color:"_s << Where::StyleSheet << QString();
        QTest::newRow("after </style >") << u"<style>p{}</STYLE ><p>"_s << Where::Text << QString();
        QTest::newRow("a half-written </style") << u"<style>p{}</sty"_s << Where::Markup << QString();
        QTest::newRow("not the end of style") << u"<style>p{}</styles"_s << Where::StyleSheet << QString();
        QTest::newRow("a script") << u"<script>var a = '"_s << Where::Markup << QString();
        QTest::newRow("a title") << u"<title>"_s << Where::Text << QString();
        QTest::newRow("a textarea's end") << u"<textarea>a</textarea><b>"_s << Where::Text << QString();
        QTest::newRow("a bogus comment") << u"<!DOCTYPE "_s << Where::Markup << QString();
        QTest::newRow("after a bogus comment") << u"<? x ><i>"_s << Where::Text << QString();
        QTest::newRow("< then a space is text") << u"a < "_s << Where::Text << QString();
        QTest::newRow("a self-closing tag") << u"<br/><i title=\""_s << Where::QuotedValue << u"title"_s;
    }

    void theContext_followsTheTokenizer()
    {
        QFETCH(QString, before);
        QFETCH(Where, where);
        QFETCH(QString, attribute);
        HtmlContext context;
        context.advance(before);
        QCOMPARE(context.where(), where);
        if (!attribute.isEmpty())
            QCOMPARE(context.attribute(), attribute);
    }

    void aHostileTitle_staysAValueInEveryContext_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("expected");
        const QString refresh = u"meta http-equiv=refresh content=0;url=http://evil.example/"_s;
        QTest::newRow("after < nothing is written") << u"<{{title}}>"_s << refresh << u"<>"_s;
        QTest::newRow("after </ nothing is written") << u"</{{title}}>"_s << refresh << u"</>"_s;
        QTest::newRow("text") << u"<p>{{title}}</p>"_s << u"<b>&\"'`"_s << u"<p>&lt;b&gt;&amp;&quot;&#39;&#96;</p>"_s;
        QTest::newRow("style after <!-->")
            << u"<!--><style>p{color:{{title}}}</style>"_s << u"red}body{background:red"_s
            << u"<!--><style>p{color:red\\7d body\\7b background\\3a red}</style>"_s;
        QTest::newRow("style attribute after <!-->")
            << u"<!--><p style=\"color:{{title}}\"></p>"_s << u"red;background:url(x)"_s
            << u"<!--><p style=\"color:red\\3b background\\3a url\\28 x\\29 \"></p>"_s;
        QTest::newRow("an unquoted URL takes no scheme but the web's")
            << u"<a href={{title}}>"_s << u"javascript:alert(1)"_s << u"<a href=about&#x3a;invalid>"_s;
        QTest::newRow("a quoted URL too")
            << u"<img src=\"{{title}}\">"_s << u" JAVASCRIPT:alert(1)"_s << u"<img src=\"about:invalid\">"_s;
        QTest::newRow("later in a URL, percent-encoded") << u"<a href=\"/x?q={{title}}\">"_s << u"\" onmouseover=\"x"_s
                                                         << u"<a href=\"/x?q=%22%20onmouseover%3D%22x\">"_s;
        QTest::newRow("srcdoc gets nothing") << u"<iframe srcdoc=\"{{title}}\"></iframe>"_s << u"<script>x</script>"_s
                                             << u"<iframe srcdoc=\"\"></iframe>"_s;
        QTest::newRow("an event handler gets nothing")
            << u"<b onclick=\"f('{{title}}')\">"_s << u"');alert(1);('"_s << u"<b onclick=\"f('')\">"_s;
        QTest::newRow("an unquoted value cannot add an attribute")
            << u"<p class={{title}}>"_s << u"x onclick=alert(1)"_s
            << u"<p class=x&#x20;onclick&#x3d;alert&#x28;1&#x29;>"_s;
        QTest::newRow("a comment cannot be closed")
            << u"<!-- {{title}}->"_s << u"-><script>"_s << u"<!-- &#45;&gt;&lt;script&gt;->"_s;
        QTest::newRow("a title element") << u"<title>{{title}}</title>"_s << u"</title><script>"_s
                                         << u"<title>&lt;/title&gt;&lt;script&gt;</title>"_s;
    }

    void aHostileTitle_staysAValueInEveryContext()
    {
        QFETCH(QString, html);
        QFETCH(QString, title);
        QFETCH(QString, expected);
        QCOMPARE(fill(html, title), expected);
    }

    void whatIsWritten_isReadOnByTheContext()
    {
        // An unquoted value that is empty leaves the next attribute's name where it was; one that
        // is not ends where the browser ends it. Either way the next placeholder is escaped for
        // where the browser will be.
        QCOMPARE(
            fill(u"<img alt={{title}} title=\"{{title}}\">"_s, u"a\"b"_s), u"<img alt=a&#x22;b title=\"a&quot;b\">"_s);
        QCOMPARE(fill(u"<img alt={{title}} title=\"{{title}}\">"_s, QString()), u"<img alt= title=\"\">"_s);
    }

    void aPagesCost_isBounded()
    {
        QString html;
        for (int i = 0; i < 28'000; ++i)
            html += u"<i>{{title}}</i>"_s;
        const QString title(5000, u'<');
        const QString filled = fill(html, title);
        // 64 values of at most 1,000 characters, each "&lt;" at most: the rest of the page is the
        // template's own markup.
        const qsizetype markup = html.size() - 28'000 * qsizetype(u"{{title}}"_s.size());
        QVERIFY2(filled.size()
                <= markup + OverlaySourceRules::maximumPlaceholders * OverlaySourceRules::maximumValueLength * 4,
            qPrintable(QString::number(filled.size())));
        QCOMPARE(filled.count(u"&lt;"_s), OverlaySourceRules::maximumPlaceholders * 1000);
    }

    void customHtml_isCheckedWhenSaved_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("said");
        QTest::newRow("a placeholder after <") << u"<{{title}}>"_s << u"{{title}}"_s;
        QTest::newRow("a placeholder between attributes") << u"<div {{title}}>"_s << u"{{title}}"_s;
        QTest::newRow("a placeholder in a script") << u"<script>var t = '{{title}}'</script>"_s << u"<script>"_s;
        QTest::newRow("meta http-equiv") << u"<meta http-equiv=\"refresh\" content=\"0;url=https://x.example\">"_s
                                         << u"http-equiv"_s;
        QTest::newRow("META HTTP-EQUIV, unquoted") << u"<META HTTP-EQUIV=refresh CONTENT=0>"_s << u"http-equiv"_s;
        QTest::newRow("a form") << u"<form action=\"https://x.example\"><button>go</button></form>"_s << u"<form>"_s;
        QTest::newRow("an iframe") << u"<iframe src=\"https://x.example\"></iframe>"_s << u"<iframe>"_s;
        QTest::newRow("a base") << u"<base href=\"https://x.example/\">"_s << u"<base>"_s;
        QTest::newRow("a link") << u"<link rel=\"prefetch\" href=\"https://x.example/\">"_s << u"<link>"_s;
        QTest::newRow("an event handler") << u"<img src=\"/cover\" onerror=\"x()\">"_s << u"onerror"_s;
        QTest::newRow("srcdoc") << u"<iframe srcdoc=\"{{title}}\"></iframe>"_s << u"<iframe>"_s;
        QTest::newRow("srcdoc elsewhere") << u"<div srcdoc=\"{{title}}\"></div>"_s << u"srcdoc"_s;
        QTest::newRow("formaction") << u"<button formaction=\"https://x.example\">x</button>"_s << u"formaction"_s;
    }

    void customHtml_isCheckedWhenSaved()
    {
        QFETCH(QString, html);
        QFETCH(QString, said);
        const QString problem = OverlaySourceRules::htmlProblem(html);
        QVERIFY2(problem.contains(said), qPrintable(problem));
    }

    void customHtmlThatOnlyStylesAndLaysOut_isAccepted()
    {
        for (const QString &html : {u"<div class=\"bar\" style=\"color:{{text_color}}\"><img src={{cover_url}} "
                                    "alt=\"\"><span data-mh=\"title\">{{title}}</span></div>"_s,
                 u"<!-- {{title}} --><svg viewBox=\"0 0 10 10\"><circle r=\"4\" fill=\"{{color}}\"/></svg>"_s,
                 u"<meta name=\"description\" content=\"{{title}}\"><p>{{album}}</p>"_s}) {
            const QString problem = OverlaySourceRules::htmlProblem(html);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
    }
};

QTEST_GUILESS_MAIN(TestTemplateFiller)
#include "tst_templatefiller.moc"
