#include "gui/widgets/card.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

Card::Card(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_body(new QVBoxLayout)
{
    setObjectName(u"card"_s);
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 14);
    layout->setSpacing(8);
    m_title->setObjectName(u"cardTitle"_s);
    m_title->setVisible(false);
    layout->addWidget(m_title);
    layout->addLayout(m_body);
}

void Card::setTitle(const QString &title)
{
    m_title->setText(title);
    m_title->setVisible(!title.isEmpty() && !m_flat);
}

void Card::setFlat()
{
    m_flat = true;
    setObjectName(u"flatCard"_s);
    setFrameShape(QFrame::NoFrame);
    layout()->setContentsMargins(0, 0, 0, 0);
    m_title->hide();
}
