#include "gui/pages/credentialscard.h"

#include "gui/widgets/connectioncheckpanel.h"
#include "gui/widgets/copyfield.h"
#include "gui/widgets/statusline.h"
#include "providers/serviceaccount.h"
#include "providers/serviceregistry.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <QCoroTask>

using namespace Qt::Literals::StringLiterals;

CredentialsCard::CredentialsCard(ServiceAccount &account, ServiceRegistry &registry, QWidget *parent)
    : QWidget(parent)
    , m_account(account)
    , m_registry(registry)
    , m_title(new QLabel(this))
    , m_steps(new QLabel(this))
    , m_note(new QLabel(this))
    , m_redirectLabel(new QLabel(this))
    , m_redirectUri(new CopyField(this))
    , m_clientIdLabel(new QLabel(this))
    , m_clientId(new QLineEdit(this))
    , m_clientIdError(new QLabel(this))
    , m_secretLabel(new QLabel(this))
    , m_secret(new QLineEdit(this))
    , m_forgetSecret(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_status(new StatusLine(this))
    , m_connectNow(new QPushButton(this))
    , m_check(new ConnectionCheckPanel(registry, account.id(), this))
{
    m_redirectUri->setObjectName(u"redirectUriField"_s);
    m_clientId->setObjectName(u"clientIdEdit"_s);
    m_clientIdError->setObjectName(u"clientIdError"_s);
    m_secret->setObjectName(u"clientSecretEdit"_s);
    m_forgetSecret->setObjectName(u"forgetSecretButton"_s);
    m_save->setObjectName(u"saveCredentialsButton"_s);
    m_status->setObjectName(u"credentialsStatus"_s);
    m_connectNow->setObjectName(u"connectNowButton"_s);

    m_title->setProperty("subheading", true);
    m_steps->setTextFormat(Qt::RichText);
    m_steps->setWordWrap(true);
    m_steps->setOpenExternalLinks(true);
    m_note->setWordWrap(true);
    m_note->setProperty("hint", true);
    m_clientIdError->setProperty("error", true);
    m_clientIdError->setWordWrap(true);
    m_clientIdError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_secret->setEchoMode(QLineEdit::Password);
    m_connectNow->hide();
    m_clientIdLabel->setBuddy(m_clientId);
    m_secretLabel->setBuddy(m_secret);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addWidget(m_steps);
    layout->addWidget(m_note);
    auto *form = new QFormLayout;
    form->setVerticalSpacing(6);
    form->addRow(m_redirectLabel, m_redirectUri);
    // The error right under its field, in the same cell (see settingspage.ui).
    auto *clientIdBlock = new QVBoxLayout;
    clientIdBlock->setSpacing(4);
    clientIdBlock->addWidget(m_clientId);
    clientIdBlock->addWidget(m_clientIdError);
    m_clientIdError->hide();
    form->addRow(m_clientIdLabel, clientIdBlock);
    auto *secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(m_forgetSecret);
    form->addRow(m_secretLabel, secretRow);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_save);
    saveRow->addWidget(m_status, 1);
    saveRow->addWidget(m_connectNow);
    form->addRow(QString(), saveRow);
    form->addRow(QString(), m_check);
    layout->addLayout(form);

    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString secret = m_secret->text().trimmed();
        save(secret.isEmpty() ? std::nullopt : std::optional<QString>(secret));
    });
    connect(m_clientId, &QLineEdit::returnPressed, m_save, &QPushButton::click);
    connect(m_forgetSecret, &QPushButton::clicked, this, [this] { save(QString()); });
    connect(m_connectNow, &QPushButton::clicked, this, [this] {
        m_connectNow->hide();
        Q_EMIT connectRequested(serviceId());
    });
    connect(&m_registry, &ServiceRegistry::servicesChanged, this, &CredentialsCard::refresh);
    retranslate();
}

QString CredentialsCard::serviceId() const
{
    return m_account.id();
}

void CredentialsCard::focusClientId()
{
    m_clientId->setFocus(Qt::OtherFocusReason);
    m_clientId->selectAll();
}

QString CredentialsCard::errorShown() const
{
    return m_clientIdError->isVisibleTo(this) ? m_clientIdError->text() : QString();
}

void CredentialsCard::save(std::optional<QString> secret)
{
    const auto normalized = m_account.service().normalizeClientId(m_clientId->text());
    if (!normalized) {
        showError(normalized.errorMessage());
        return;
    }
    m_clientId->setText(normalized.value());
    m_save->setEnabled(false);
    m_forgetSecret->setEnabled(false);
    showError(QString());
    QCoro::connect(
        m_account.setCredentials(normalized.value(), secret), this, [this, secret](const Result<void> &saved) {
            m_save->setEnabled(true);
            m_forgetSecret->setEnabled(true);
            if (!saved) {
                showError(saved.errorMessage());
                return;
            }
            m_secret->clear();
            const bool connected = m_account.state() == ServiceAccount::State::Connected;
            if (m_connectsWhenSaved) {
                showStatus({}, false);
                refresh();
                Q_EMIT connectRequested(serviceId());
                return;
            }
            const bool forgotten = secret && secret->isEmpty();
            showStatus(
                [forgotten, connected, name = m_account.name()] {
                    return forgotten ? tr("Saved; the client secret was removed from the keychain.")
                        : connected  ? tr("Saved.")
                                     : tr("Saved. %1 can be connected now.").arg(name);
                },
                !connected);
            refresh();
        });
}

void CredentialsCard::setConnectsWhenSaved(bool connects)
{
    m_connectsWhenSaved = connects;
    // The guide's own heading names the service.
    m_title->setVisible(!connects);
    retranslate();
}

void CredentialsCard::showError(const QString &message)
{
    m_clientIdError->setText(message);
    m_clientIdError->setVisible(!message.isEmpty());
    if (!message.isEmpty()) {
        showStatus({}, false);
        Q_EMIT attentionNeeded(m_clientIdError);
    }
}

void CredentialsCard::showStatus(std::function<QString()> message, bool offerConnect)
{
    m_status->say(std::move(message));
    m_connectNow->setVisible(offerConnect);
}

void CredentialsCard::refresh()
{
    if (!m_clientId->hasFocus())
        m_clientId->setText(m_account.clientId());
    m_secret->setPlaceholderText(m_account.hasClientSecret()
            ? tr("Kept in the system keychain; type a new one to replace it")
            : tr("Optional: MelodyHue uses PKCE"));
    m_forgetSecret->setVisible(m_account.hasClientSecret() && m_account.service().credentialsGuide().takesClientSecret
        && !m_connectsWhenSaved);
    const QString redirect = m_registry.redirectUri(serviceId());
    m_redirectUri->setText(redirect.isEmpty() ? tr("The local server is not running.") : redirect);

    const CredentialsGuide guide = m_account.service().credentialsGuide();
    const QString link
        = u"<a href=\"%1\">%2</a>"_s.arg(guide.dashboardUrl.toString(), guide.dashboardName.toHtmlEscaped());
    QString steps = u"<ol style=\"margin-left:-20px\">"_s;
    for (const QString &step : guide.steps) {
        const QString text = step.toHtmlEscaped();
        steps += u"<li>"_s + (text.contains(u"%1"_s) ? text.arg(link) : text) + u"</li>"_s;
    }
    m_steps->setText(steps + u"</ol>"_s);
    // In the guide, the check follows connecting rather than waiting for a click.
    m_check->setVisible(
        m_account.isConfigured() && (!m_connectsWhenSaved || m_account.state() == ServiceAccount::State::Connected));
}

void CredentialsCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CredentialsCard::retranslate()
{
    const CredentialsGuide guide = m_account.service().credentialsGuide();
    m_title->setText(m_account.name());
    m_note->setText(guide.note);
    m_note->setVisible(!guide.note.isEmpty());
    m_redirectLabel->setText(tr("Redirect URI:"));
    m_redirectUri->setSubject(tr("the redirect URI"));
    m_clientIdLabel->setText(tr("Client ID:"));
    m_clientId->setPlaceholderText(guide.clientIdPlaceholder);
    m_clientId->setAccessibleName(guide.clientIdLabel);
    m_secretLabel->setText(tr("Client secret:"));
    // The guide leaves the optional secret to Settings (MelodyHue uses PKCE).
    const bool secretShown = guide.takesClientSecret && !m_connectsWhenSaved;
    m_secretLabel->setVisible(secretShown);
    m_secret->setVisible(secretShown);
    m_forgetSecret->setText(tr("Forget secret"));
    m_save->setText(m_connectsWhenSaved ? tr("Connect") : tr("Save"));
    m_save->setProperty("primary", m_connectsWhenSaved);
    m_connectNow->setText(tr("Connect now"));
    refresh();
}
