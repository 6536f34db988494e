#include "gui/pages/playersettings.h"

#include "nowplaying/nowplayingpipeline.h"
#include "nowplaying/nowplayingpoller.h"
#include "nowplaying/nowplayingtracker.h"
#include "providers/serviceaccount.h"
#include "providers/serviceregistry.h"
#include "settings/settings.h"

#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

PlayerSettings::PlayerSettings(const GuiServices &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_combo(new QComboBox(this))
    , m_hint(new QLabel(this))
    , m_usage(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_budgetLabel(new QLabel(this))
    , m_budgetField(new QWidget(this))
    , m_budget(new QSpinBox(m_budgetField))
    , m_budgetHint(new QLabel(m_budgetField))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    layout->addWidget(m_combo, 0, Qt::AlignLeft);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    for (QLabel *label : {m_usage, m_problem}) {
        label->setWordWrap(true);
        layout->addWidget(label);
    }
    auto *budget = new QVBoxLayout(m_budgetField);
    budget->setContentsMargins(0, 0, 0, 0);
    budget->setSpacing(4);
    budget->addWidget(m_budget, 0, Qt::AlignLeft);
    budget->addWidget(m_budgetHint);
    m_budgetLabel->setBuddy(m_budget);
    m_budget->setRange(0, SettingsSchema::maximumDailyBudget);
    m_budget->setSingleStep(50);
    m_budget->setKeyboardTracking(false);
    m_budget->setAccessibleName(tr("Spotify requests a day"));
    m_budgetHint->setWordWrap(true);
    m_budgetHint->setProperty("hint", true);
    m_hint->setProperty("hint", true);
    m_usage->setProperty("hint", true);
    m_problem->setProperty("error", true);
    m_problem->setProperty("warning", true);
    m_problem->setVisible(false);

    connect(m_combo, &QComboBox::activated, this, &PlayerSettings::choose);
    connect(m_budget, &QSpinBox::valueChanged, this, [this](int requests) {
        const auto saved = m_services.settings.set(SettingKey::SpotifyDailyBudget, requests);
        if (!saved) {
            m_problem->setText(saved.errorMessage());
            m_problem->setVisible(true);
            loadBudget();
        }
    });
    connect(
        &m_services.pipeline.tracker(), &NowPlayingTracker::playersSeenChanged, this, &PlayerSettings::refreshChoices);
    connect(&m_services.settings, &Settings::changed, this, [this](const QList<SettingKey> &keys) {
        if (keys.contains(SettingKey::Player))
            refreshChoices();
        if (keys.contains(SettingKey::SpotifyDailyBudget))
            loadBudget();
    });
    for (ServiceAccount *account : m_services.services.accounts()) {
        connect(&account->budget(), &RequestBudget::changed, this, &PlayerSettings::refreshUsage);
        connect(account, &ServiceAccount::problemChanged, this, &PlayerSettings::refreshUsage);
        if (NowPlayingPoller *poller = m_services.pipeline.poller(account->id()))
            connect(poller, &NowPlayingPoller::problemChanged, this, &PlayerSettings::refreshUsage);
    }
    // Calls leave the last hour as time passes.
    m_usageTimer.setInterval(30s);
    connect(&m_usageTimer, &QTimer::timeout, this, &PlayerSettings::refreshUsage);
    m_usageTimer.start();
    retranslate();
}

QString PlayerSettings::usageText() const
{
    return m_usage->text();
}

QString PlayerSettings::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void PlayerSettings::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PlayerSettings::retranslate()
{
    m_hint->setText(tr("The track of this player is what overlays, /infos and the text files show. MelodyHue reads "
                       "the app on this computer first, at once and for free; the service’s Web API fills in for "
                       "your phone and other devices."));
    m_budgetLabel->setText(tr("Spotify requests a day:"));
    m_budgetHint->setText(tr("Spotify stops apps that ask too often, after a number of requests a day it does not "
                             "publish (apps have been stopped after 800 to 1,400). MelodyHue stays under this "
                             "number, shared by what plays and the liked-tracks sync, and keeps it for the end of "
                             "each track; 0 never asks Spotify’s Web API (the app on this computer is still "
                             "followed)."));
    loadBudget();
    refreshChoices();
    refreshUsage();
}

void PlayerSettings::loadBudget()
{
    const QSignalBlocker blocker(m_budget);
    if (!m_budget->hasFocus())
        m_budget->setValue(m_services.settings.dailyBudget(SettingKey::SpotifyDailyBudget));
}

void PlayerSettings::refreshChoices()
{
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    m_combo->addItem(tr("The Spotify app only"), SettingsSchema::spotifyPlayerOnly());
    m_combo->addItem(tr("Any player on this computer"), SettingsSchema::anyPlayer());
    const QString current = m_services.settings.player();
    bool currentListed = current == SettingsSchema::spotifyPlayerOnly() || current == SettingsSchema::anyPlayer();
    const auto seen = m_services.pipeline.tracker().playersSeen();
    for (const NowPlayingTracker::SeenPlayer &player : seen) {
        if (player.name == SettingsSchema::spotifyPlayerOnly())
            continue;
        m_combo->addItem(tr("Only %1").arg(player.identity), player.name);
        currentListed = currentListed || player.name == current;
    }
    if (!currentListed)
        m_combo->addItem(tr("Only %1 (not running now)").arg(current), current);
    m_combo->setCurrentIndex(m_combo->findData(current));
}

void PlayerSettings::choose(int index)
{
    const auto saved = m_services.settings.set(SettingKey::Player, m_combo->itemData(index).toString());
    if (!saved) {
        m_problem->setText(saved.errorMessage());
        m_problem->setVisible(true);
        refreshChoices();
    }
}

void PlayerSettings::refreshUsage()
{
    QStringList usage;
    QStringList problems;
    for (ServiceAccount *account : m_services.services.accounts()) {
        NowPlayingPoller *poller = m_services.pipeline.poller(account->id());
        if (!poller || account->state() != ServiceAccount::State::Connected)
            continue;
        const RequestBudget &budget = account->budget();
        usage << (budget.dailyLimit() ? tr("%1 Web API today: %2 of %3 requests (%4 in the last hour).")
                                            .arg(account->name())
                                            .arg(budget.usedToday())
                                            .arg(*budget.dailyLimit())
                                            .arg(budget.sentInLast(1h))
                                      : tr("%1 Web API calls: %2 in the last hour, %3 in the last day.")
                                            .arg(account->name())
                                            .arg(budget.sentInLast(1h))
                                            .arg(budget.sentInLast(24h)));
        const QString problem = account->problem().isEmpty() ? poller->problem() : account->problem();
        if (!problem.isEmpty())
            problems << problem;
    }
    m_usage->setText(usage.join(u'\n'));
    m_usage->setVisible(!usage.isEmpty());
    m_problem->setText(problems.join(u'\n'));
    m_problem->setVisible(!problems.isEmpty());
}
