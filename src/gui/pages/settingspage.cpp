#include "gui/pages/settingspage.h"

#include "ui_settingspage.h"

#include "auth/apikey.h"
#include "gui/pages/credentialscard.h"
#include "gui/pages/obssettings.h"
#include "gui/pages/outputsettings.h"
#include "gui/pages/pathssettings.h"
#include "gui/pages/playersettings.h"
#include "gui/widgets/paintedpixmap.h"
#include "providers/serviceaccount.h"
#include "providers/serviceregistry.h"
#include "settings/settings.h"

#include <QColorDialog>
#include <QEvent>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QStyle>

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
    , m_player(new PlayerSettings(services, this))
    , m_paths(new PathsSettings(services, this))
    , m_outputs(new OutputSettings(services, this))
    , m_obs(new ObsSettings(services, this))
    , m_playerLabel(new QLabel(this))
    , m_themeLabel(new QLabel(this))
    , m_themeCombo(new QComboBox(this))
{
    m_ui->setupUi(this);
    m_themeCombo->addItems({QString(), QString(), QString()});
    m_themeLabel->setBuddy(m_themeCombo);
    m_ui->generalCardForm->insertRow(1, m_themeLabel, m_themeCombo);
    m_playerLabel->setBuddy(m_player->combo());
    m_ui->musicCardForm->insertRow(0, m_playerLabel, m_player);
    m_ui->musicCardForm->insertRow(1, m_player->budgetLabel(), m_player->budgetField());
    m_ui->pageLayout->insertWidget(m_ui->pageLayout->indexOf(m_ui->musicCard) + 1, m_paths);
    m_ui->pageLayout->insertWidget(m_ui->pageLayout->indexOf(m_paths) + 1, m_outputs);
    m_ui->pageLayout->insertWidget(m_ui->pageLayout->indexOf(m_outputs) + 1, m_obs);
    m_ui->apiKeyField->setMasked(true);
    for (QLabel *error : {m_ui->colorError, m_ui->portError, m_ui->apiKeyError, m_ui->fileNameError, m_ui->musicError,
             m_ui->generalError})
        error->setVisible(false);
    m_ui->pollSpin->setRange(SettingsSchema::minimumPollIntervalSeconds, SettingsSchema::maximumPollIntervalSeconds);
    m_ui->syncSpin->setRange(SettingsSchema::minimumSyncIntervalMinutes, SettingsSchema::maximumSyncIntervalMinutes);
    m_ui->fileNameEdit->setMaxLength(SettingsSchema::maximumFileNameTemplateLength);
    addCredentialsCards();

    loadFromSettings();
    connectFields();
    connect(&m_services.settings, &Settings::changed, this, &SettingsPage::loadFromSettings);
    connect(&m_services.apiKey, &ApiKey::changed, this, &SettingsPage::refreshApiKey);
    retranslate();
}

void SettingsPage::addCredentialsCards()
{
    for (ServiceAccount *account : m_services.services.accounts()) {
        if (!account->service().isAvailable())
            continue;
        auto *card = new CredentialsCard(*account, m_services.services, this);
        connect(card, &CredentialsCard::connectRequested, this, &SettingsPage::connectRequested);
        connect(card, &CredentialsCard::attentionNeeded, this, &SettingsPage::bringIntoView);
        m_ui->credentialsList->addWidget(card);
        m_credentials.append(card);
    }
}

CredentialsCard *SettingsPage::credentialsCard(const QString &serviceId) const
{
    for (CredentialsCard *card : m_credentials) {
        if (card->serviceId() == serviceId)
            return card;
    }
    return nullptr;
}

void SettingsPage::showCredentials(const QString &serviceId)
{
    if (CredentialsCard *card = credentialsCard(serviceId)) {
        bringIntoView(card);
        card->focusClientId();
    }
}

void SettingsPage::showPaths()
{
    bringIntoView(m_paths);
    m_paths->musicList()->setFocus(Qt::OtherFocusReason);
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
    connect(m_themeCombo, &QComboBox::activated, this,
        [this](int index) { save(SettingKey::Theme, SettingsSchema::themes().value(index)); });
    connect(m_ui->startAtLoginCheck, &QCheckBox::toggled, this,
        [this](bool checked) { save(SettingKey::StartAtLogin, checked); });
    connect(m_ui->applyPortButton, &QPushButton::clicked, this,
        [this] { Q_EMIT portChangeRequested(quint16(m_ui->portSpin->value())); });
    connect(m_ui->newKeyButton, &QPushButton::clicked, this, &SettingsPage::regenerateApiKey);
}

void SettingsPage::loadFromSettings()
{
    const Settings &settings = m_services.settings;
    const QList<QObject *> fields{m_ui->colorEdit, m_ui->colorStyleCombo, m_ui->pollSpin, m_ui->syncSpin,
        m_ui->fileNameEdit, m_ui->languageCombo, m_themeCombo, m_ui->startAtLoginCheck, m_ui->portSpin};
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
    m_themeCombo->setCurrentIndex(int(SettingsSchema::themes().indexOf(settings.theme())));
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
        return m_ui->colorError;
    case SettingKey::ServerPort:
        return m_ui->portError;
    case SettingKey::FileNameTemplate:
    case SettingKey::MusicFolders:
        return m_ui->fileNameError;
    case SettingKey::PollIntervalSeconds:
    case SettingKey::SyncIntervalMinutes:
    case SettingKey::Player:
    case SettingKey::SpotifyDailyBudget:
        return m_ui->musicError;
    case SettingKey::Language:
    case SettingKey::Theme:
    case SettingKey::StartAtLogin:
    // Settings → Outputs shows its own errors.
    case SettingKey::OutputFolder:
    case SettingKey::OutputPattern:
    case SettingKey::OutputKeepWhenPaused:
    case SettingKey::ObsWebSocketUrl:
    case SettingKey::ObsPasswordSaved:
    case SettingKey::RenewalsWarned:
    case SettingKey::SyncPaused:
    case SettingKey::SetupGuide:
    case SettingKey::HistoryDays:
        return m_ui->generalError;
    }
    return m_ui->generalError;
}

void SettingsPage::showError(SettingKey key, const QString &message)
{
    QLabel *label = errorLabel(key);
    if (label->property("warning").toBool()) {
        label->setProperty("warning", false);
        repolish(label);
    }
    label->setText(message);
    label->setVisible(!message.isEmpty());
    if (!message.isEmpty())
        bringIntoView(label);
}

void SettingsPage::repolish(QWidget *widget)
{
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

void SettingsPage::bringIntoView(QWidget *widget)
{
    // The user may be looking at another part of the page.
    for (QWidget *parent = parentWidget(); parent; parent = parent->parentWidget()) {
        if (auto *area = qobject_cast<QScrollArea *>(parent)) {
            area->ensureWidgetVisible(widget);
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
    // Asynchronous: a nested event loop would let the window and the server re-enter it.
    auto *dialog = new QColorDialog(m_services.settings.defaultOverlayColor(), this);
    dialog->setObjectName(u"colorDialog"_s);
    dialog->setWindowTitle(tr("Default overlay colour"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QColorDialog::colorSelected, this, [this](const QColor &chosen) {
        if (chosen.isValid())
            save(SettingKey::DefaultOverlayColor, chosen.name());
    });
    dialog->open();
}

void SettingsPage::regenerateApiKey()
{
    auto *question = new QMessageBox(QMessageBox::Question, tr("Create a new API key?"),
        tr("Programs that use the current key will be refused until you give them the new one."),
        QMessageBox::Yes | QMessageBox::No, this);
    question->setObjectName(u"newKeyQuestion"_s);
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(question, &QMessageBox::finished, this, [this](int answer) {
        if (answer != QMessageBox::Yes)
            return;
        m_ui->newKeyButton->setEnabled(false);
        QCoro::connect(m_services.apiKey.regenerate(), this, [this](const Result<void> &result) {
            m_ui->newKeyButton->setEnabled(true);
            m_ui->apiKeyError->setText(result.errorMessage());
            m_ui->apiKeyError->setVisible(!result);
        });
    });
    question->open();
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
    const bool portChanged = m_baseUrl.isValid() && baseUrl.isValid() && baseUrl.port() != m_baseUrl.port();
    m_baseUrl = baseUrl;
    m_serverProblem = problem;
    if (baseUrl.isValid() && !m_ui->portSpin->hasFocus()) {
        const QSignalBlocker blocker(m_ui->portSpin);
        m_ui->portSpin->setValue(baseUrl.port());
    }
    refreshServerStatus();
    if (!portChanged)
        return;
    // Redirect URIs contain the port: the services' dashboards must learn the new ones.
    QStringList notices;
    for (const ServiceAccount *account : m_services.services.accounts()) {
        if (account->isConfigured()) {
            notices.append(tr("The redirect URI is now %1: add it to your app on the %2 developer dashboard, or "
                              "%2 will refuse the next sign-in.")
                               .arg(m_services.services.redirectUri(account->id()), account->name()));
        }
    }
    m_ui->portError->setProperty("warning", true);
    m_ui->portError->setText(notices.join(u'\n'));
    m_ui->portError->setVisible(!notices.isEmpty());
    repolish(m_ui->portError);
}

void SettingsPage::refreshServerStatus()
{
    if (!m_serverProblem.isEmpty()) {
        m_ui->serverStatusLabel->setText(tr("Not serving."));
        showError(SettingKey::ServerPort, m_serverProblem);
    } else if (m_baseUrl.isValid() && m_baseUrl.port() != m_services.settings.serverPort()) {
        m_ui->serverStatusLabel->setText(tr("Serving on %1 for this run (from --port); the saved port is %2.")
                                             .arg(m_baseUrl.toString())
                                             .arg(m_services.settings.serverPort()));
    } else if (m_baseUrl.isValid()) {
        m_ui->serverStatusLabel->setText(
            tr("Serving on %1. Only programs on this computer can reach it.").arg(m_baseUrl.toString()));
    } else {
        m_ui->serverStatusLabel->setText(tr("Not serving."));
    }
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
    m_playerLabel->setText(tr("Show what plays in:"));
    m_ui->apiKeyField->setSubject(tr("the API key"));
    m_themeLabel->setText(tr("Theme:"));
    m_themeCombo->setItemText(0, tr("Like the system"));
    m_themeCombo->setItemText(1, tr("Dark"));
    m_themeCombo->setItemText(2, tr("Light"));
    m_themeCombo->setToolTip(tr("The window’s colours. Like the system follows your desktop’s light or dark "
                                "setting as it changes."));
    m_ui->fileNameHint->setText(tr("How files are named on your drives. Use {artist}, {artists}, {album}, {track} "
                                   "(01), {title}, {service} and {ext}; \"/\" makes sub-folders."));
    m_ui->credentialsIntro->setText(tr("Each music service lets people connect through a developer app of their "
                                       "own. Make one, once, for each service you use."));
    refreshApiKey();
    refreshServerStatus();
    loadFromSettings();
    for (QLabel *error :
        {m_ui->colorError, m_ui->apiKeyError, m_ui->fileNameError, m_ui->musicError, m_ui->generalError})
        error->setVisible(false);
}
