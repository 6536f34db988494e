#include "gui/pages/connectpage.h"

#include "gui/pages/consentopener.h"
#include "gui/pages/servicecard.h"
#include "gui/widgets/card.h"
#include "gui/widgets/connectioncheckpanel.h"
#include "gui/widgets/messagebanner.h"
#include "gui/widgets/statusdot.h"
#include "providers/serviceaccount.h"
#include "providers/serviceregistry.h"
#include "secrets/secretstore.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

#include <QCoroTask>

using namespace Qt::Literals::StringLiterals;

ConnectPage::ConnectPage(const GuiServices &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_banner(new MessageBanner(this))
    , m_intro(new QLabel(this))
    , m_howItWorks(new Card(this))
    , m_steps(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_banner);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    for (const ServiceAccount *account : m_services.services.accounts()) {
        connect(account, &ServiceAccount::reconnectNeeded, this,
            [this](const QString &message) { m_banner->showMessage(MessageBanner::Kind::Error, message); });
        auto *card = new ServiceCard(account->id(), account->name(), account->service().logo(), this);
        connect(card, &ServiceCard::actionClicked, this, &ConnectPage::act);
        connect(card, &ServiceCard::secondaryClicked, this, &ConnectPage::disconnectService);
        connect(account, &ServiceAccount::problemChanged, this, [this, card, account] { refreshCard(card, *account); });
        if (account->service().isAvailable()) {
            auto *check = new ConnectionCheckPanel(m_services.services, account->id(), card);
            card->addDetails(check);
            m_checks.insert(account->id(), check);
        }
        m_cards.append(card);
        layout->addWidget(card);
    }

    m_steps->setWordWrap(true);
    m_steps->setTextFormat(Qt::RichText);
    m_howItWorks->body()->addWidget(m_steps);
    layout->addWidget(m_howItWorks);
    layout->addStretch(1);

    connect(&m_services.secrets, &SecretStore::availabilityChanged, this, &ConnectPage::refreshStates);
    connect(&m_services.services, &ServiceRegistry::servicesChanged, this, &ConnectPage::refreshStates);
    connect(&m_services.services, &ServiceRegistry::authorizationFinished, this,
        [this](const QString &serviceId, bool succeeded, const QString &message) {
            if (!succeeded) {
                m_banner->showMessage(MessageBanner::Kind::Error, message);
                return;
            }
            const ServiceAccount *account = m_services.services.account(serviceId);
            const QString name = account ? account->name() : serviceId;
            m_banner->showMessage(MessageBanner::Kind::Success,
                [name] { return ServiceRegistry::tr("%1 connected successfully!").arg(name); });
        });
    retranslate();
}

ServiceCard *ConnectPage::card(const QString &serviceId) const
{
    for (ServiceCard *card : m_cards) {
        if (card->serviceId() == serviceId)
            return card;
    }
    return nullptr;
}

void ConnectPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ConnectPage::retranslate()
{
    m_intro->setText(tr("Connect the music services you listen to. MelodyHue follows what plays "
                        "and keeps your liked tracks."));
    for (const ServiceAccount *account : m_services.services.accounts())
        card(account->id())->setDescription(account->service().description());
    m_howItWorks->setTitle(tr("How it works"));
    m_steps->setText(u"<ol style=\"margin-left:-20px\"><li>%1</li><li>%2</li><li>%3</li><li>%4</li></ol>"_s.arg(
        tr("Once per service: add your developer app’s Client ID in Settings (<b>Go to Settings</b> takes you "
           "there)."),
        tr("Click <b>Connect</b>."), tr("Authorize MelodyHue in your browser."),
        tr("Done: your credentials are stored in the system keychain and never shared.")));
    refreshStates();
}

void ConnectPage::refreshStates()
{
    for (ServiceCard *card : std::as_const(m_cards)) {
        if (const ServiceAccount *account = m_services.services.account(card->serviceId()))
            refreshCard(card, *account);
    }
}

void ConnectPage::refreshCard(ServiceCard *card, const ServiceAccount &account)
{
    const bool busy = m_busy.contains(account.id());
    if (account.state() == ServiceAccount::State::Unavailable) {
        card->setState(StatusDot::Off, tr("Not connected"));
        card->setAction(tr("Coming soon"), false);
        return;
    }
    if (m_services.secrets.availability() == SecretStore::Availability::Unavailable) {
        card->setState(StatusDot::Bad, tr("Secure storage unavailable"));
        card->setAction(tr("Connect"), false);
        return;
    }
    if (m_services.services.isAuthorizing(account.id())) {
        card->setState(StatusDot::Warning, tr("Waiting for your browser…"));
        card->setAction(tr("Cancel"), true);
        return;
    }
    if (ConnectionCheckPanel *check = m_checks.value(account.id()))
        check->setVisible(account.isConfigured());
    card->setSecondaryAction({});
    switch (account.state()) {
    case ServiceAccount::State::Connected:
        if (const auto end = account.authorizationEndingSoon()) {
            // One click renews it, before the six months end.
            card->setState(StatusDot::Warning,
                tr("Connected as %1 — reconnect %2 before %3: it asks you to agree again every six months")
                    .arg(account.accountName(), account.name(),
                        QLocale().toString(end->toLocalTime().date(), u"d MMMM"_s)));
            card->setAction(tr("Reconnect"), !busy);
            card->setSecondaryAction(tr("Disconnect"));
            return;
        }
        if (account.problemKind() != ServiceAccount::Problem::None) {
            const bool blocking = account.problemKind() == ServiceAccount::Problem::PremiumRequired
                || account.problemKind() == ServiceAccount::Problem::NotAllowlisted;
            card->setState(blocking ? StatusDot::Bad : StatusDot::Warning,
                tr("Connected as %1 — %2").arg(account.accountName(), account.problem()));
        } else {
            card->setState(StatusDot::Good, tr("Connected as %1").arg(account.accountName()));
        }
        card->setAction(tr("Disconnect"), !busy);
        return;
    case ServiceAccount::State::ReconnectNeeded:
        card->setState(StatusDot::Bad, tr("Reconnect needed"));
        card->setAction(tr("Reconnect"), !busy);
        return;
    default:
        break;
    }
    if (!account.isConfigured()) {
        card->setState(
            StatusDot::Off, tr("Not connected: first add your %1 app’s Client ID in Settings").arg(account.name()));
        card->setAction(tr("Go to Settings"), true);
        return;
    }
    card->setState(StatusDot::Off, tr("Not connected"));
    card->setAction(tr("Connect"), !busy);
}

void ConnectPage::act(const QString &serviceId)
{
    const ServiceAccount *account = m_services.services.account(serviceId);
    if (!account)
        return;
    if (m_services.services.isAuthorizing(serviceId)) {
        m_services.services.cancelAuthorization(serviceId);
    } else if (account->state() == ServiceAccount::State::Connected && !account->authorizationEndingSoon()) {
        disconnectService(serviceId);
    } else if (!account->isConfigured()) {
        Q_EMIT settingsRequested(serviceId);
    } else {
        connectService(serviceId);
    }
}

void ConnectPage::connectService(const QString &serviceId)
{
    m_busy.append(serviceId);
    m_banner->hide();
    refreshStates();
    QCoro::connect(ConsentOpener::open(m_services.services, serviceId), this,
        [this, serviceId](const ConsentOpener::Outcome &opened) {
            m_busy.removeAll(serviceId);
            if (opened.kind == ConsentOpener::Outcome::Kind::Failed)
                m_banner->showMessage(MessageBanner::Kind::Error, opened.message);
            else if (opened.kind == ConsentOpener::Outcome::Kind::OpenByHand)
                m_banner->showMessage(MessageBanner::Kind::Warning, opened.message);
            refreshStates();
        });
}

void ConnectPage::disconnectService(const QString &serviceId)
{
    const ServiceAccount *account = m_services.services.account(serviceId);
    if (!account)
        return;
    // Connecting again takes a trip through the browser: asked first, Cancel by default.
    auto *question = new QMessageBox(QMessageBox::Question, tr("Disconnect %1?").arg(account->name()),
        tr("MelodyHue forgets its tokens: what plays on your other devices and the sync of your liked tracks "
           "from %1 stop until you connect again. Your liked tracks already on your drives stay.")
            .arg(account->name()),
        QMessageBox::NoButton, this);
    question->setObjectName(u"disconnectQuestion"_s);
    question->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *disconnect = question->addButton(tr("Disconnect"), QMessageBox::DestructiveRole);
    question->setDefaultButton(question->addButton(QMessageBox::Cancel));
    connect(question, &QMessageBox::finished, this, [this, serviceId, question, disconnect] {
        if (question->clickedButton() == disconnect)
            disconnectNow(serviceId);
    });
    question->open();
}

void ConnectPage::disconnectNow(const QString &serviceId)
{
    ServiceAccount *account = m_services.services.account(serviceId);
    if (!account)
        return;
    m_busy.append(serviceId);
    refreshStates();
    QCoro::connect(account->disconnect(), this, [this, serviceId, name = account->name()](const Result<void> &done) {
        m_busy.removeAll(serviceId);
        if (done)
            m_banner->showMessage(MessageBanner::Kind::Success,
                [name] { return tr("%1 disconnected: MelodyHue forgot its tokens.").arg(name); });
        else
            m_banner->showMessage(MessageBanner::Kind::Error, done.errorMessage());
        refreshStates();
    });
}
