#include "gui/pages/servicecard.h"

#include "gui/widgets/statusdot.h"

#include <QGridLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

ServiceCard::ServiceCard(const QString &serviceId, const QString &name, const QString &logo, QWidget *parent)
    : QFrame(parent)
    , m_serviceId(serviceId)
    , m_dot(new QLabel(this))
    , m_logo(new QLabel(this))
    , m_name(new QLabel(name, this))
    , m_state(new QLabel(this))
    , m_description(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_secondary(new QPushButton(this))
{
    setObjectName(u"card"_s);
    setFrameShape(QFrame::StyledPanel);
    m_logo->setPixmap(QIcon(logo).pixmap(QSize(40, 40), devicePixelRatioF()));
    m_logo->setAccessibleName(name);
    m_name->setObjectName(u"cardTitle"_s);
    m_state->setObjectName(u"serviceState"_s);
    m_description->setWordWrap(true);
    m_description->setObjectName(u"hint"_s);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(16, 12, 16, 12);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(4);
    grid->addWidget(m_logo, 0, 0, 3, 1, Qt::AlignTop);
    grid->addWidget(m_name, 0, 1);
    // The state can be long ("Connected as … — the authorization ends on …"): it wraps.
    auto *state = new QHBoxLayout;
    state->setSpacing(4);
    state->addWidget(m_dot, 0, Qt::AlignTop);
    m_state->setWordWrap(true);
    state->addWidget(m_state, 1);
    grid->addLayout(state, 1, 1);
    grid->addWidget(m_description, 2, 1);
    auto *actions = new QVBoxLayout;
    actions->setSpacing(4);
    actions->addStretch(1);
    actions->addWidget(m_action);
    actions->addWidget(m_secondary);
    actions->addStretch(1);
    grid->addLayout(actions, 0, 2, 3, 1);
    grid->setColumnStretch(1, 1);
    m_action->setMinimumWidth(130);
    m_secondary->setFlat(true);
    m_secondary->hide();
    connect(m_action, &QPushButton::clicked, this, [this] { Q_EMIT actionClicked(m_serviceId); });
    connect(m_secondary, &QPushButton::clicked, this, [this] { Q_EMIT secondaryClicked(m_serviceId); });
}

void ServiceCard::setDescription(const QString &text)
{
    m_description->setText(text);
}

void ServiceCard::setState(int dotState, const QString &stateText)
{
    StatusDot::paint(m_dot, StatusDot::State(dotState));
    m_state->setText(stateText);
}

void ServiceCard::setAction(const QString &text, bool enabled)
{
    m_action->setText(text);
    m_action->setEnabled(enabled);
}

void ServiceCard::setSecondaryAction(const QString &text)
{
    m_secondary->setText(text);
    m_secondary->setVisible(!text.isEmpty());
}

void ServiceCard::addDetails(QWidget *details)
{
    auto *grid = static_cast<QGridLayout *>(layout());
    grid->addWidget(details, 3, 1, 1, 2);
}

QString ServiceCard::stateText() const
{
    return m_state->text();
}
