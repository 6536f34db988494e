#include "gui/pages/settingspage.h"

#include "ui_settingspage.h"

#include "auth/apikey.h"
#include "gui/widgets/paintedpixmap.h"
#include "providers/serviceaccount.h"
#include "providers/serviceregistry.h"
#include "settings/settings.h"

#include <QColorDialog>
#include <QEvent>
#include <QMessageBox>
#include <QPointer>
#include <QScrollArea>
#include <QSignalBlocker>

#include <QCoroTask>

using namespace Qt::Literals::StringLiterals;

namespace {

QIcon colorIcon(const QColor &color, qreal devicePixelRatio)
{
    return QIcon(paintedPixmap(QSize(16, 16), devicePixelRatio, [&color](QPainter &painter) {
        painter.setPen(QColor(0, 0, 0, 80));
        painter.setBrush(color);
        painter.drawRoundedRect(QRectF(0.5, 0.5, 15, 15), 3, 3);
    }));
}

} // namespace

SettingsPage::SettingsPage(const GuiServices &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_ui(std::make_unique<Ui::SettingsPage>())
{
    m_ui->setupUi(this);
    m_ui->apiKeyField->setMasked(true);
    for (QLabel *error :
        {m_ui->appearanceError, m_ui->serverError, m_ui->musicError, m_ui->generalError, m_ui->credentialsError}) {
        error->setProperty("error", true);
        error->hide();
    }
    m_ui->credentialsStatus->setProperty("hint", true);
    m_ui->pollSpin->setRange(SettingsSchema::minimumPollIntervalSeconds, SettingsSchema::maximumPollIntervalSeconds);
    m_ui->syncSpin->setRange(SettingsSchema::minimumSyncIntervalMinutes, SettingsSchema::maximumSyncIntervalMinutes);
    m_ui->fileNameEdit->setMaxLength(SettingsSchema::maximumFileNameTemplateLength);
    for (QLabel *hint :
        {m_ui->defaultColorHint, m_ui->fileNameHint, m_ui->apiKeyNote, m_ui->serverStatusLabel, m_ui->credentialsIntro})
        hint->setProperty("hint", true);

    loadFromSettings();
    connectFields();
    connect(&m_services.settings, &Settings::changed, this, &SettingsPage::loadFromSettings);
    connect(&m_services.apiKey, &ApiKey::changed, this, &SettingsPage::refreshApiKey);
    connect(&m_services.services, &ServiceRegistry::servicesChanged, this, &SettingsPage::refreshCredentials);
    retranslate();
}

SettingsPage::~SettingsPage() = default;

void SettingsPage::connectFields()
{
    connect(m_ui->colorButton, &QPushButton::clicked, this, &SettingsPage::chooseColor);
    connect(m_ui->colorEdit, &QLineEdit::editingFinished, this, [this] {
        const QString text = m_ui->colorEdit->text().trimmed();
        save(SettingKey::DefaultOverlayColor, text.startsWith(u'#') ? text : u'#' + text);
    });
    connect(m_ui->colorStyleCombo, &QComboBox::activated, this,
        [this](int index) { save(SettingKey::ColorStyle, SettingsSchema::colorStyles().value(index)); });
    connect(m_ui->pollSpin, &QSpinBox::valueChanged, this,
        [this](int seconds) { save(SettingKey::PollIntervalSeconds, seconds); });
    connect(m_ui->syncSpin, &QSpinBox::valueChanged, this,
        [this](int minutes) { save(SettingKey::SyncIntervalMinutes, minutes); });
    connect(m_ui->fileNameEdit, &QLineEdit::editingFinished, this,
        [this] { save(SettingKey::FileNameTemplate, m_ui->fileNameEdit->text()); });
    connect(m_ui->languageCombo, &QComboBox::activated, this,
        [this](int index) { save(SettingKey::Language, SettingsSchema::languages().value(index)); });
    connect(m_ui->startAtLoginCheck, &QCheckBox::toggled, this,
        [this](bool checked) { save(SettingKey::StartAtLogin, checked); });
    connect(m_ui->applyPortButton, &QPushButton::clicked, this,
        [this] { Q_EMIT portChangeRequested(quint16(m_ui->portSpin->value())); });
    connect(m_ui->newKeyButton, &QPushButton::clicked, this, &SettingsPage::regenerateApiKey);
    connect(m_ui->saveCredentialsButton, &QPushButton::clicked, this, [this] {
        const QString secret = m_ui->clientSecretEdit->text().trimmed();
        saveCredentials(secret.isEmpty() ? std::nullopt : std::optional<QString>(secret));
    });
    connect(m_ui->clientIdEdit, &QLineEdit::returnPressed, m_ui->saveCredentialsButton, &QPushButton::click);
    connect(m_ui->forgetSecretButton, &QPushButton::clicked, this, [this] { saveCredentials(QString()); });
}

void SettingsPage::loadFromSettings()
{
    const Settings &settings = m_services.settings;
    const QList<QObject *> fields{m_ui->colorEdit, m_ui->colorStyleCombo, m_ui->pollSpin, m_ui->syncSpin,
        m_ui->fileNameEdit, m_ui->languageCombo, m_ui->startAtLoginCheck, m_ui->portSpin};
    std::vector<std::unique_ptr<QSignalBlocker>> blockers;
    for (QObject *field : fields)
        blockers.push_back(std::make_unique<QSignalBlocker>(field));

    const QColor color = settings.defaultOverlayColor();
    m_ui->colorEdit->setText(color.name());
    m_ui->colorButton->setIcon(colorIcon(color, devicePixelRatioF()));
    m_ui->colorStyleCombo->setCurrentIndex(int(settings.colorStyle()));
    m_ui->pollSpin->setValue(settings.pollIntervalSeconds());
    m_ui->syncSpin->setValue(settings.syncIntervalMinutes());
    if (!m_ui->fileNameEdit->hasFocus())
        m_ui->fileNameEdit->setText(settings.fileNameTemplate());
    m_ui->languageCombo->setCurrentIndex(int(SettingsSchema::languages().indexOf(settings.language())));
    m_ui->startAtLoginCheck->setChecked(settings.startAtLogin());
    if (!m_ui->portSpin->hasFocus() && !m_baseUrl.isValid())
        m_ui->portSpin->setValue(settings.serverPort());
}

void SettingsPage::save(SettingKey key, const QJsonValue &value)
{
    const auto saved = m_services.settings.set(key, value);
    showError(key, saved.errorMessage());
    if (!saved)
        loadFromSettings();
}

QLabel *SettingsPage::errorLabel(SettingKey key) const
{
    switch (key) {
    case SettingKey::DefaultOverlayColor:
    case SettingKey::ColorStyle:
        return m_ui->appearanceError;
    case SettingKey::ServerPort:
        return m_ui->serverError;
    case SettingKey::PollIntervalSeconds:
    case SettingKey::SyncIntervalMinutes:
    case SettingKey::FileNameTemplate:
        return m_ui->musicError;
    case SettingKey::Language:
    case SettingKey::StartAtLogin:
        return m_ui->generalError;
    }
    return m_ui->generalError;
}

void SettingsPage::showError(SettingKey key, const QString &message)
{
    QLabel *label = errorLabel(key);
    label->setText(message);
    label->setVisible(!message.isEmpty());
    if (!message.isEmpty())
        bringIntoView(label);
}

void SettingsPage::bringIntoView(QWidget *message)
{
    // The user may be looking at another part of the page.
    for (QWidget *parent = parentWidget(); parent; parent = parent->parentWidget()) {
        if (auto *area = qobject_cast<QScrollArea *>(parent)) {
            area->ensureWidgetVisible(message);
            return;
        }
    }
}

QString SettingsPage::errorShown(SettingKey key) const
{
    const QLabel *label = errorLabel(key);
    return label->isVisibleTo(this) ? label->text() : QString();
}

void SettingsPage::chooseColor()
{
    const QColor chosen
        = QColorDialog::getColor(m_services.settings.defaultOverlayColor(), this, tr("Default overlay colour"));
    if (chosen.isValid())
        save(SettingKey::DefaultOverlayColor, chosen.name());
}

void SettingsPage::regenerateApiKey()
{
    const auto answer = QMessageBox::question(this, tr("Create a new API key?"),
        tr("Programs that use the current key will be refused until you give them the new one."));
    if (answer != QMessageBox::Yes)
        return;
    m_ui->newKeyButton->setEnabled(false);
    QCoro::connect(m_services.apiKey.regenerate(), this, [this](const Result<void> &result) {
        m_ui->newKeyButton->setEnabled(true);
        showError(SettingKey::ServerPort, result.errorMessage());
    });
}

void SettingsPage::saveCredentials(std::optional<QString> secret)
{
    ServiceAccount *spotify = m_services.services.account(u"spotify"_s);
    const auto normalized = spotify->service().normalizeClientId(m_ui->clientIdEdit->text());
    if (!normalized) {
        showCredentialsMessage(normalized.errorMessage(), true);
        return;
    }
    const QString clientId = normalized.value();
    m_ui->clientIdEdit->setText(clientId);
    m_ui->saveCredentialsButton->setEnabled(false);
    m_ui->forgetSecretButton->setEnabled(false);
    QCoro::connect(spotify->setCredentials(clientId, secret), this, [this, secret](const Result<void> &saved) {
        m_ui->saveCredentialsButton->setEnabled(true);
        m_ui->forgetSecretButton->setEnabled(true);
        if (!saved) {
            showCredentialsMessage(saved.errorMessage(), true);
            return;
        }
        m_ui->clientSecretEdit->clear();
        showCredentialsMessage(secret && secret->isEmpty()
                ? tr("Saved; the client secret was removed from the keychain.")
                : tr("Saved. You can connect Spotify on the Connect page."),
            false);
        refreshCredentials();
    });
}

void SettingsPage::showCredentialsMessage(const QString &message, bool isError)
{
    m_ui->credentialsError->setText(isError ? message : QString());
    m_ui->credentialsError->setVisible(isError);
    m_ui->credentialsStatus->setText(isError ? QString() : message);
    if (isError)
        bringIntoView(m_ui->credentialsError);
}

void SettingsPage::refreshCredentials()
{
    const ServiceAccount *spotify = m_services.services.account(u"spotify"_s);
    if (!m_ui->clientIdEdit->hasFocus())
        m_ui->clientIdEdit->setText(spotify->clientId());
    m_ui->clientSecretEdit->setPlaceholderText(spotify->hasClientSecret()
            ? tr("Kept in the system keychain; type a new one to replace it")
            : tr("Optional: MelodyHue uses PKCE"));
    m_ui->forgetSecretButton->setVisible(spotify->hasClientSecret());
    const QString redirect = m_services.services.redirectUri(u"spotify"_s);
    m_ui->redirectUriField->setText(redirect.isEmpty() ? tr("The local server is not running.") : redirect);
}

void SettingsPage::refreshApiKey()
{
    const ApiKey &key = m_services.apiKey;
    m_ui->apiKeyField->setText(key.value());
    m_ui->newKeyButton->setEnabled(key.isReady() && key.source() != ApiKey::Source::Environment);
    switch (key.source()) {
    case ApiKey::Source::None:
        m_ui->apiKeyNote->setText(tr("Reading the key from the system keychain…"));
        break;
    case ApiKey::Source::Environment:
        m_ui->apiKeyNote->setText(tr("Set by the MELODYHUE_API_KEY environment variable."));
        break;
    case ApiKey::Source::Keychain:
        m_ui->apiKeyNote->setText(tr("Programs send it as \"Authorization: Bearer <key>\" to change settings. "
                                     "It is kept in the system keychain."));
        break;
    case ApiKey::Source::Session:
        m_ui->apiKeyNote->setText(tr("No system keychain is available, so this key only lasts until "
                                     "MelodyHue quits."));
        break;
    }
}

void SettingsPage::setServerStatus(const QUrl &baseUrl, const QString &problem)
{
    m_baseUrl = baseUrl;
    m_serverProblem = problem;
    if (baseUrl.isValid() && !m_ui->portSpin->hasFocus()) {
        const QSignalBlocker blocker(m_ui->portSpin);
        m_ui->portSpin->setValue(baseUrl.port());
    }
    refreshServerStatus();
}

void SettingsPage::refreshServerStatus()
{
    if (!m_serverProblem.isEmpty())
        m_ui->serverStatusLabel->setText(m_serverProblem);
    else if (m_baseUrl.isValid())
        m_ui->serverStatusLabel->setText(tr("Serving on %1.").arg(m_baseUrl.toString()));
    else
        m_ui->serverStatusLabel->setText(tr("Not serving."));
}

void SettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

void SettingsPage::retranslate()
{
    m_ui->fileNameHint->setText(tr("How synced files are named. Use {artists}, {title}, {album}, "
                                   "{track_number} and {service}; \"/\" makes sub-folders."));
    m_ui->credentialsIntro->setText(
        tr("Spotify lets each person connect through their own developer app, so every MelodyHue user makes one, "
           "once:")
        + u"<ol style=\"margin-left:-20px\"><li>%1</li><li>%2</li><li>%3</li></ol>"_s.arg(
            tr("Open <a href=\"https://developer.spotify.com/dashboard\">developer.spotify.com/dashboard</a>, "
               "sign in and create an app (any name; tick <i>Web API</i>)."),
            tr("In the app's settings, add the redirect URI below, exactly as shown."),
            tr("Copy the app's Client ID here and save. The Client Secret is optional."))
        + tr("While the app is in development mode, add your Spotify account under its <i>User Management</i>."));
    refreshCredentials();
    refreshApiKey();
    refreshServerStatus();
    loadFromSettings();
    for (QLabel *error : {m_ui->appearanceError, m_ui->serverError, m_ui->musicError, m_ui->generalError})
        error->hide();
}
