#include "gui/pages/obssettings.h"

#include "gui/widgets/statusline.h"
#include "obs/obslink.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include <QCoroTask>

using namespace Qt::Literals::StringLiterals;

namespace {

// A password typed but not yet saved (the click on Try comes right after it) is saved first,
// so the try uses what the user sees.
QCoro::Task<Result<ObsLink::Scenes>> scenesWith(ObsLink &obs, QString password)
{
    if (!password.isEmpty()) {
        const Result<void> saved = co_await obs.configure(std::nullopt, password);
        if (!saved)
            co_return Result<ObsLink::Scenes>(saved.error());
    }
    co_return co_await obs.scenes();
}

} // namespace

ObsSettings::ObsSettings(const GuiServices &services, QWidget *parent)
    : Card(parent)
    , m_services(services)
    , m_intro(new QLabel(this))
    , m_addressLabel(new QLabel(this))
    , m_address(new QLineEdit(this))
    , m_passwordLabel(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_forget(new QPushButton(this))
    , m_test(new QPushButton(this))
    , m_status(new StatusLine(this))
{
    m_intro->setWordWrap(true);
    m_intro->setProperty("hint", true);
    body()->addWidget(m_intro);
    auto *form = new QFormLayout;
    form->addRow(m_addressLabel, m_address);
    auto *passwordRow = new QHBoxLayout;
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(ObsLink::maximumPasswordLength);
    passwordRow->addWidget(m_password, 1);
    passwordRow->addWidget(m_forget);
    form->addRow(m_passwordLabel, passwordRow);
    body()->addLayout(form);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_status, 1);
    body()->addLayout(testRow);
    m_addressLabel->setBuddy(m_address);
    m_passwordLabel->setBuddy(m_password);

    connect(m_address, &QLineEdit::editingFinished, this, &ObsSettings::saveAddress);
    connect(m_password, &QLineEdit::editingFinished, this, [this] {
        // Going to Try saves it there, before trying.
        if (!m_password->text().isEmpty() && !m_test->hasFocus())
            savePassword();
    });
    connect(m_forget, &QPushButton::clicked, this, [this] {
        m_password->clear();
        savePassword();
    });
    connect(m_test, &QPushButton::clicked, this, &ObsSettings::test);
    connect(&m_services.obs, &ObsLink::configurationChanged, this, &ObsSettings::load);
    load();
    retranslate();
}

QString ObsSettings::statusText() const
{
    return m_status->text();
}

void ObsSettings::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    Card::changeEvent(event);
}

void ObsSettings::retranslate()
{
    setTitle(tr("OBS"));
    m_intro->setText(tr("MelodyHue can add an overlay to OBS for you (Overlays → Add to OBS…), through the "
                        "WebSocket server built into OBS 28 and later. In OBS: Tools → WebSocket Server Settings → "
                        "Enable WebSocket server; Show Connect Info gives the port and the password."));
    m_addressLabel->setText(tr("Address:"));
    m_address->setToolTip(m_services.obs.addressFromEnvironment()
            ? tr("Set by the MELODYHUE_OBS_WEBSOCKET_URL environment variable.")
            : tr("ws://127.0.0.1:4455 when OBS runs on this computer with its default port."));
    m_passwordLabel->setText(tr("Password:"));
    m_address->setAccessibleName(tr("OBS address"));
    m_password->setAccessibleName(tr("OBS password"));
    m_forget->setText(tr("Forget"));
    m_forget->setToolTip(tr("Remove the password from the keychain (OBS without a password)."));
    m_test->setText(tr("Try the connection"));
    refreshPasswordState();
}

void ObsSettings::load()
{
    if (!m_address->hasFocus())
        m_address->setText(m_services.obs.address().toString());
    m_address->setEnabled(!m_services.obs.addressFromEnvironment());
    refreshPasswordState();
}

void ObsSettings::refreshPasswordState()
{
    const bool saved = m_services.obs.hasPassword();
    m_password->setPlaceholderText(saved ? tr("Saved in the keychain") : tr("None"));
    m_forget->setEnabled(saved);
}

void ObsSettings::saveAddress()
{
    const QString address = m_address->text().trimmed();
    if (address == m_services.obs.address().toString())
        return;
    QCoro::connect(m_services.obs.configure(address, std::nullopt), this, [this](const Result<void> &saved) {
        if (!saved)
            m_status->say(saved.errorMessage(), StatusLine::Kind::Error);
        else
            m_status->say([] { return tr("Saved."); });
    });
}

void ObsSettings::savePassword()
{
    const QString password = m_password->text();
    QCoro::connect(m_services.obs.configure(std::nullopt, password), this, [this, password](const Result<void> &saved) {
        if (!saved) {
            m_status->say(saved.errorMessage(), StatusLine::Kind::Error);
            return;
        }
        m_password->clear();
        refreshPasswordState();
        const bool forgotten = password.isEmpty();
        m_status->say([forgotten] {
            return forgotten ? tr("The password is forgotten.") : tr("The password is in the keychain.");
        });
    });
}

void ObsSettings::test()
{
    // The button stays enabled (and focused) while OBS is asked: a second click waits for the
    // same answer.
    if (std::exchange(m_testing, true))
        return;
    m_status->say([] { return tr("Asking OBS…"); });
    QCoro::connect(scenesWith(m_services.obs, m_password->text()), this, [this](const Result<ObsLink::Scenes> &scenes) {
        m_testing = false;
        if (!m_password->text().isEmpty() && scenes) {
            m_password->clear();
            refreshPasswordState();
        }
        if (!scenes) {
            m_status->say(scenes.errorMessage(), StatusLine::Kind::Error);
            Q_EMIT tried(false);
            return;
        }
        const ObsLink::Scenes &found = scenes.value();
        m_status->say(
            [found] {
                const QString connected = tr("Connected to OBS (obs-websocket %1). Its scenes: %2.")
                                              .arg(found.webSocketVersion, found.names.join(u", "_s));
                return found.hasBrowserSource ? connected : connected + u' ' + ObsLink::noBrowserSourceMessage();
            },
            found.hasBrowserSource ? StatusLine::Kind::Hint : StatusLine::Kind::Error);
        Q_EMIT tried(true);
    });
}
