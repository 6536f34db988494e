#include "gui/overlays/sourceeditor.h"

#include "gui/overlays/sourcehighlighter.h"
#include "overlays/overlayplaceholders.h"
#include "overlays/sourcelint.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

QPlainTextEdit *codeEdit(QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setTabStopDistance(edit->fontMetrics().horizontalAdvance(u' ') * 2);
    edit->setMinimumHeight(220);
    return edit;
}

} // namespace

SourceEditor::SourceEditor(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_html(codeEdit(this))
    , m_css(codeEdit(this))
    , m_placeholdersTitle(new QLabel(this))
    , m_placeholders(new QListWidget(this))
    , m_bindings(new QLabel(this))
    , m_error(new QLabel(this))
    , m_warnings(new QLabel(this))
{
    m_html->setObjectName(u"html"_s);
    m_css->setObjectName(u"css"_s);
    new SourceHighlighter(SourceHighlighter::Language::Html, m_html->document());
    new SourceHighlighter(SourceHighlighter::Language::Css, m_css->document());
    m_tabs->addTab(m_html, u"HTML"_s);
    m_tabs->addTab(m_css, u"CSS"_s);

    auto *side = new QVBoxLayout;
    m_placeholdersTitle->setProperty("subheading", true);
    side->addWidget(m_placeholdersTitle);
    for (const QString &name : OverlayPlaceholders::names())
        m_placeholders->addItem(u"{{%1}}"_s.arg(name));
    m_placeholders->setMaximumWidth(170);
    m_placeholders->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    side->addWidget(m_placeholders, 1);

    auto *columns = new QHBoxLayout;
    columns->addWidget(m_tabs, 1);
    columns->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(columns, 1);
    m_bindings->setWordWrap(true);
    m_bindings->setTextFormat(Qt::PlainText);
    m_bindings->setProperty("hint", true);
    m_bindings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_bindings);
    m_error->setProperty("error", true);
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    m_warnings->setProperty("error", true);
    m_warnings->setProperty("warning", true);
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::PlainText);
    m_warnings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warnings->hide();
    layout->addWidget(m_warnings);

    // Checked a moment after the last key, not at each one.
    m_checkTimer.setSingleShot(true);
    m_checkTimer.setInterval(300);
    connect(&m_checkTimer, &QTimer::timeout, this, &SourceEditor::check);
    for (QPlainTextEdit *edit : {m_html, m_css})
        connect(edit, &QPlainTextEdit::textChanged, &m_checkTimer, qOverload<>(&QTimer::start));

    connect(m_html, &QPlainTextEdit::textChanged, this, &SourceEditor::changed);
    connect(m_css, &QPlainTextEdit::textChanged, this, &SourceEditor::changed);
    connect(m_placeholders, &QListWidget::itemActivated, this,
        [this](QListWidgetItem *item) { insertPlaceholder(item->text()); });
    retranslate();
}

void SourceEditor::setSources(const QString &html, const QString &css)
{
    const QSignalBlocker htmlBlocker(m_html);
    const QSignalBlocker cssBlocker(m_css);
    m_html->setPlainText(html);
    m_css->setPlainText(css);
    checkNow();
}

void SourceEditor::checkNow()
{
    m_checkTimer.stop();
    check();
}

void SourceEditor::check()
{
    m_warningLines.clear();
    const auto mark = [this](QPlainTextEdit *edit, const QString &language, const QList<SourceLint::Warning> &found) {
        QList<QTextEdit::ExtraSelection> marks;
        for (const SourceLint::Warning &warning : found) {
            m_warningLines.append(tr("%1, line %2: %3").arg(language).arg(warning.line).arg(warning.message));
            QTextEdit::ExtraSelection line;
            line.cursor = QTextCursor(edit->document()->findBlockByNumber(warning.line - 1));
            line.format.setBackground(QColor(0xe0, 0x9b, 0x1a, 70));
            line.format.setProperty(QTextFormat::FullWidthSelection, true);
            marks.append(line);
        }
        edit->setExtraSelections(marks);
    };
    mark(m_html, u"HTML"_s, SourceLint::html(m_html->toPlainText()));
    mark(m_css, u"CSS"_s, SourceLint::css(m_css->toPlainText()));
    constexpr qsizetype shown = 4;
    QStringList text = m_warningLines.mid(0, shown);
    if (m_warningLines.size() > shown)
        text.append(tr("And %1 more.").arg(m_warningLines.size() - shown));
    m_warnings->setText(text.join(u'\n'));
    m_warnings->setVisible(!m_warningLines.isEmpty());
}

QString SourceEditor::html() const
{
    return m_html->toPlainText();
}

QString SourceEditor::css() const
{
    return m_css->toPlainText();
}

void SourceEditor::setError(const QString &field, const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    if (field == u"html"_s)
        m_tabs->setCurrentWidget(m_html);
    else if (field == u"css"_s)
        m_tabs->setCurrentWidget(m_css);
}

void SourceEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SourceEditor::retranslate()
{
    m_placeholdersTitle->setText(tr("Placeholders"));
    m_placeholders->setToolTip(tr("Double-click to write it where the cursor is. Values are escaped for where they "
                                  "land: they stay text."));
    check();
    m_bindings->setText(tr("Live while the page is open: elements with data-mh=\"title\" (artists, album, elapsed, "
                           "duration, player, cover), the CSS variables --mh-color, --mh-text, --mh-vibrant, "
                           "--mh-muted, --mh-progress and --mh-cover, and the classes mh-playing, mh-paused and "
                           "mh-hidden on <html>. Scripts and files from other sites do not load in overlay pages."));
}

void SourceEditor::insertPlaceholder(const QString &text)
{
    auto *edit = m_tabs->currentWidget() == m_css ? m_css : m_html;
    edit->insertPlainText(text);
    edit->setFocus();
}
