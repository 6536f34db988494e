#include "gui/guide/setupguide.h"

#include "gui/guide/donestep.h"
#include "gui/guide/overlaystep.h"
#include "gui/guide/spotifystep.h"
#include "gui/pages/credentialscard.h"
#include "gui/pages/obssettings.h"
#include "gui/widgets/card.h"
#include "obs/obslink.h"
#include "settings/settings.h"
#include "settings/settingsschema.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

SetupGuide::SetupGuide(const GuiServices &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_progress(new QLabel(this))
    , m_panel(new Card(this))
    , m_spotify(new SpotifyStep(services, this))
    , m_obs(new ObsSettings(services, this))
    , m_overlay(new OverlayStep(services, this))
    , m_done(new DoneStep(services, this))
    , m_later(new QPushButton(this))
    , m_back(new QPushButton(this))
    , m_next(new QPushButton(this))
{
    setObjectName(u"setupGuide"_s);
    m_progress->setObjectName(u"guideProgress"_s);
    m_progress->setTextFormat(Qt::RichText);
    m_obs->setFlat();
    m_next->setObjectName(u"guideNextButton"_s);
    m_back->setObjectName(u"guideBackButton"_s);
    m_later->setObjectName(u"guideLaterButton"_s);
    m_next->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(m_progress);
    // OBS's settings, as in Settings, at the top of their step.
    auto *obsStep = new QWidget(this);
    auto *obsLayout = new QVBoxLayout(obsStep);
    obsLayout->setContentsMargins(0, 0, 0, 0);
    obsLayout->addWidget(m_obs);
    obsLayout->addStretch(1);
    for (QWidget *step :
        {static_cast<QWidget *>(m_spotify), obsStep, static_cast<QWidget *>(m_overlay), static_cast<QWidget *>(m_done)})
        m_steps.append(step);
    // One step shows at a time. Hidden steps take no room, so the guide is as tall as the step it
    // shows (a stacked widget would be as tall as its tallest step and need the scroll bar).
    for (QWidget *step : std::as_const(m_steps)) {
        step->hide();
        m_panel->body()->addWidget(step, 1);
    }
    layout->addWidget(m_panel, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_later);
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    layout->addLayout(buttons);

    connect(m_spotify, &SpotifyStep::completeChanged, this, &SetupGuide::refreshButtons);
    connect(m_obs, &ObsSettings::tried, this, [this](bool connected) {
        m_obsConnected = connected;
        refreshButtons();
    });
    connect(m_overlay, &OverlayStep::added, this, [this](const QString &overlayId, const QString &message) {
        m_done->setOverlay(overlayId, message);
        showStep(Step::Done);
    });
    connect(m_later, &QPushButton::clicked, this, &SetupGuide::closed);
    connect(m_back, &QPushButton::clicked, this, [this] { showStep(Step(int(step()) - 1)); });
    connect(m_next, &QPushButton::clicked, this, &SetupGuide::goNext);
    showStep(savedStep(m_services.settings));
    retranslate();
}

SetupGuide::Step SetupGuide::savedStep(const Settings &settings)
{
    const qsizetype at = SettingsSchema::setupGuideSteps().indexOf(settings.value(SettingKey::SetupGuide).toString());
    return at < 0 ? Step::Spotify : Step(at);
}

bool SetupGuide::isDone(const Settings &settings)
{
    return savedStep(settings) == Step::Done;
}

void SetupGuide::setServerBaseUrl(const QUrl &baseUrl)
{
    m_overlay->setServerBaseUrl(baseUrl);
}

SetupGuide::Step SetupGuide::step() const
{
    return m_step;
}

void SetupGuide::showStep(Step step)
{
    m_step = step;
    for (qsizetype i = 0; i < m_steps.size(); ++i)
        m_steps[i]->setVisible(i == int(step));
    // Reaching the end is being done: the Dashboard stops offering the guide.
    const Result<void> saved
        = m_services.settings.set(SettingKey::SetupGuide, SettingsSchema::setupGuideSteps().value(int(step)));
    Q_UNUSED(saved)
    retranslate();
    focusStep();
}

void SetupGuide::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    focusStep();
}

void SetupGuide::focusStep()
{
    // Where the user types or pastes next, ready.
    const Step step = this->step();
    if (step == Step::Spotify && !m_spotify->isComplete())
        m_spotify->credentials()->focusClientId();
    else if (step == Step::Obs)
        (m_services.obs.hasPassword() ? static_cast<QWidget *>(m_obs->testButton()) : m_obs->passwordEdit())
            ->setFocus(Qt::OtherFocusReason);
    else if (step == Step::Overlay)
        m_overlay->addButton()->setFocus(Qt::OtherFocusReason);
    else
        m_next->setFocus(Qt::OtherFocusReason);
}

bool SetupGuide::stepComplete() const
{
    switch (step()) {
    case Step::Spotify:
        return m_spotify->isComplete();
    case Step::Obs:
        return m_obsConnected;
    case Step::Overlay:
        return !m_overlay->addedOverlayId().isEmpty();
    case Step::Done:
        return true;
    }
    return false;
}

void SetupGuide::goNext()
{
    if (step() == Step::Done) {
        Q_EMIT closed();
        return;
    }
    showStep(Step(int(step()) + 1));
}

QString SetupGuide::title() const
{
    return tr("Set up MelodyHue");
}

void SetupGuide::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SetupGuide::retranslate()
{
    const QStringList names{tr("Spotify"), tr("OBS"), tr("Overlay"), tr("Done")};
    QStringList parts;
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString part = u"%1. %2"_s.arg(i + 1).arg(names[i].toHtmlEscaped());
        parts.append(i == int(step()) ? u"<b>"_s + part + u"</b>"_s : part);
    }
    m_progress->setText(parts.join(u"&nbsp;&nbsp;›&nbsp;&nbsp;"_s));
    m_progress->setAccessibleName(
        tr("Step %1 of %2: %3").arg(int(step()) + 1).arg(names.size()).arg(names.value(int(step()))));
    const QStringList headings{tr("Connect your Spotify account"), tr("Let MelodyHue talk to OBS"),
        tr("Choose an overlay and put it in OBS"), tr("You’re live")};
    m_panel->setTitle(headings.value(int(step())));
    m_later->setText(tr("Finish later"));
    m_later->setToolTip(tr("The Dashboard brings you back to this step."));
    m_back->setText(tr("Back"));
    refreshButtons();
}

void SetupGuide::refreshButtons()
{
    const bool complete = stepComplete();
    m_back->setVisible(step() != Step::Spotify && step() != Step::Done);
    m_later->setVisible(step() != Step::Done);
    m_next->setText(step() == Step::Done ? tr("Go to the Dashboard") : complete ? tr("Next") : tr("Skip this step"));
    m_next->setProperty("primary", complete);
    m_next->style()->unpolish(m_next);
    m_next->style()->polish(m_next);
}
