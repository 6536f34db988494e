#include "gui/widgets/connectioncheckpanel.h"

#include "gui/widgets/statusdot.h"
#include "providers/connectiondoctor.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>

ConnectionCheckPanel::ConnectionCheckPanel(ServiceRegistry &registry, const QString &service, QWidget *parent)
    : QWidget(parent)
    , m_registry(registry)
    , m_service(service)
    , m_button(new QPushButton(this))
    , m_lines(new QVBoxLayout)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_button, 0, Qt::AlignLeft);
    m_lines->setSpacing(2);
    layout->addLayout(m_lines);
    connect(m_button, &QPushButton::clicked, this, &ConnectionCheckPanel::start);
    retranslate();
}

void ConnectionCheckPanel::start()
{
    QCoro::connect(run(), this, [] {});
}

QStringList ConnectionCheckPanel::lines() const
{
    return m_texts;
}

void ConnectionCheckPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ConnectionCheckPanel::retranslate()
{
    m_button->setText(m_running ? tr("Checking…") : tr("Check connection"));
    m_button->setToolTip(tr("Asks the service, with one or two requests, whether everything MelodyHue needs is "
                            "in place, and says what to fix."));
}

void ConnectionCheckPanel::clearLines()
{
    while (QLayoutItem *item = m_lines->takeAt(0)) {
        if (QLayout *row = item->layout()) {
            while (QLayoutItem *part = row->takeAt(0)) {
                delete part->widget();
                delete part;
            }
        }
        delete item;
    }
    m_texts.clear();
}

QCoro::Task<> ConnectionCheckPanel::run()
{
    if (m_running)
        co_return;
    m_running = true;
    m_button->setEnabled(false);
    retranslate();
    QPointer<ConnectionCheckPanel> self(this);
    const QList<ConnectionCheck> checks = co_await ConnectionDoctor::check(m_registry, m_service);
    if (!self)
        co_return;
    m_running = false;
    m_button->setEnabled(true);
    retranslate();
    clearLines();
    for (const ConnectionCheck &check : checks) {
        auto *row = new QHBoxLayout;
        row->setSpacing(6);
        auto *dot = new QLabel(this);
        StatusDot::paint(dot,
            check.outcome == ConnectionCheck::Outcome::Good          ? StatusDot::Good
                : check.outcome == ConnectionCheck::Outcome::Warning ? StatusDot::Warning
                : check.outcome == ConnectionCheck::Outcome::Bad     ? StatusDot::Bad
                                                                     : StatusDot::Off);
        auto *text = new QLabel(check.message, this);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        text->setAccessibleName(check.message);
        row->addWidget(dot, 0, Qt::AlignTop);
        row->addWidget(text, 1);
        m_lines->addLayout(row);
        m_texts.append(check.message);
    }
    Q_EMIT finished();
}
