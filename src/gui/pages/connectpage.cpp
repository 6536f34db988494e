#include "gui/pages/connectpage.h"

#include "gui/pages/servicecard.h"
#include "gui/widgets/card.h"
#include "gui/widgets/statusdot.h"
#include "secrets/secretstore.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

ConnectPage::ConnectPage(const GuiServices &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_intro(new QLabel(this))
    , m_howItWorks(new Card(this))
    , m_steps(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    struct Service {
        QString id;
        QString name;
        QColor brand;
    };
    const Service catalog[] = {
        {u"spotify"_s, u"Spotify"_s, QColor(0x1d, 0xb9, 0x54)},
        {u"soundcloud"_s, u"SoundCloud"_s, QColor(0xff, 0x55, 0x00)},
        {u"tidal"_s, u"TIDAL"_s, QColor(0x11, 0x11, 0x11)},
    };
    for (const Service &service : catalog) {
        auto *card = new ServiceCard(service.id, service.name, service.brand, this);
        m_cards.append(card);
        layout->addWidget(card);
    }

    m_steps->setWordWrap(true);
    m_steps->setTextFormat(Qt::RichText);
    m_howItWorks->body()->addWidget(m_steps);
    layout->addWidget(m_howItWorks);
    layout->addStretch(1);

    connect(&m_services.secrets, &SecretStore::availabilityChanged, this, &ConnectPage::refreshStates);
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
    card(u"spotify"_s)->setDescription(tr("Now playing, album colours and liked tracks from your Spotify account."));
    card(u"soundcloud"_s)->setDescription(tr("Liked tracks from SoundCloud, with downloads where artists allow them."));
    card(u"tidal"_s)->setDescription(tr("Liked tracks from your TIDAL collection."));
    m_howItWorks->setTitle(tr("How it works"));
    m_steps->setText(u"<ol style=\"margin-left:-20px\"><li>%1</li><li>%2</li><li>%3</li></ol>"_s.arg(
        tr("Click <b>Connect</b>."), tr("Authorize MelodyHue in your browser."),
        tr("Done: your credentials are stored in the system keychain and never shared.")));
    refreshStates();
}

void ConnectPage::refreshStates()
{
    const bool keychainMissing = m_services.secrets.availability() == SecretStore::Availability::Unavailable;
    for (ServiceCard *card : std::as_const(m_cards)) {
        if (keychainMissing)
            card->setState(StatusDot::Bad, tr("Secure storage unavailable"));
        else
            card->setState(StatusDot::Off, tr("Not connected"));
        card->setAction(tr("Coming soon"), false);
    }
}
