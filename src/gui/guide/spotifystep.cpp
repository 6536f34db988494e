#include "gui/guide/spotifystep.h"

#include "gui/pages/consentopener.h"
#include "gui/pages/credentialscard.h"
#include "gui/widgets/connectioncheckpanel.h"
#include "gui/widgets/statusline.h"
#include "providers/serviceaccount.h"
#include "providers/serviceregistry.h"

#include <QVBoxLayout>

#include <QCoroTask>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString spotify = u"spotify"_s;

} // namespace

SpotifyStep::SpotifyStep(const GuiServices &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_credentials(new CredentialsCard(*services.services.account(spotify), services.services, this))
    , m_status(new StatusLine(this))
{
    m_credentials->setConnectsWhenSaved(true);
    m_status->setObjectName(u"guideSpotifyStatus"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_credentials);
    layout->addWidget(m_status);
    layout->addStretch(1);

    connect(m_credentials, &CredentialsCard::connectRequested, this, &SpotifyStep::connectService);
    connect(&m_services.services, &ServiceRegistry::servicesChanged, this, &SpotifyStep::refresh);
    connect(&m_services.services, &ServiceRegistry::authorizationFinished, this,
        [this](const QString &service, bool succeeded, const QString &message) {
            if (service != spotify)
                return;
            if (!succeeded) {
                m_status->say(message, StatusLine::Kind::Error);
                return;
            }
            refresh();
            // What the doctor finds (Premium, the allowlist, the day's quota) comes with it.
            m_credentials->checkPanel()->start();
        });
    refresh();
}

bool SpotifyStep::isComplete() const
{
    return m_services.services.account(spotify)->state() == ServiceAccount::State::Connected;
}

void SpotifyStep::connectService()
{
    m_status->say([] { return tr("Waiting for your browser… Allow MelodyHue there, then come back here."); });
    QCoro::connect(
        ConsentOpener::open(m_services.services, spotify), this, [this](const ConsentOpener::Outcome &opened) {
            if (opened.kind != ConsentOpener::Outcome::Kind::Opened)
                m_status->say(opened.message,
                    opened.kind == ConsentOpener::Outcome::Kind::Failed ? StatusLine::Kind::Error
                                                                        : StatusLine::Kind::Hint);
        });
}

void SpotifyStep::refresh()
{
    const ServiceAccount *account = m_services.services.account(spotify);
    if (account->state() == ServiceAccount::State::Connected) {
        m_status->say([name = account->accountName()] { return tr("Spotify is connected as %1.").arg(name); });
    } else if (account->state() == ServiceAccount::State::ReconnectNeeded) {
        m_status->say(
            [] { return tr("Spotify needs to be connected again: click Connect."); }, StatusLine::Kind::Error);
    }
    Q_EMIT completeChanged();
}
