#include "gui/widgets/copyfield.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

CopyField::CopyField(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_reveal(new QToolButton(this))
    , m_copy(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_reveal);
    layout->addWidget(m_copy);
    m_edit->setReadOnly(true);
    m_reveal->setCheckable(true);
    m_reveal->setVisible(false);
    m_copy->setObjectName(u"copyButton"_s);
    connect(m_reveal, &QToolButton::toggled, this, [this](bool shown) {
        m_edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        retranslate();
    });
    connect(m_copy, &QToolButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_edit->text());
        Q_EMIT copied();
    });
    retranslate();
}

void CopyField::setText(const QString &text)
{
    m_edit->setText(text);
    m_edit->setCursorPosition(0);
}

QString CopyField::text() const
{
    return m_edit->text();
}

void CopyField::setMasked(bool masked)
{
    m_reveal->setVisible(masked);
    m_reveal->setChecked(!masked);
    m_edit->setEchoMode(masked ? QLineEdit::Password : QLineEdit::Normal);
}

void CopyField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CopyField::setSubject(const QString &subject)
{
    m_subject = subject;
    retranslate();
}

void CopyField::retranslate()
{
    if (!m_subject.isEmpty()) {
        m_edit->setAccessibleName(m_subject);
        m_copy->setAccessibleName(tr("Copy %1").arg(m_subject));
    }
    m_reveal->setText(m_reveal->isChecked() ? tr("Hide") : tr("Show"));
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copy to the clipboard"));
}
