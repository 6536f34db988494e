#include "gui/guide/setupcard.h"

#include "gui/guide/setupguide.h"
#include "settings/settings.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

SetupCard::SetupCard(Settings &settings, QWidget *parent)
    : Card(parent)
    , m_settings(settings)
    , m_text(new QLabel(this))
    , m_continue(new QPushButton(this))
{
    setObjectName(u"setupCard"_s);
    m_continue->setObjectName(u"continueSetupButton"_s);
    m_continue->setProperty("primary", true);
    m_text->setWordWrap(true);
    auto *row = new QHBoxLayout;
    row->addWidget(m_text, 1);
    row->addWidget(m_continue, 0, Qt::AlignVCenter);
    body()->addLayout(row);
    connect(m_continue, &QPushButton::clicked, this, &SetupCard::guideRequested);
    connect(&m_settings, &Settings::changed, this, [this](const QList<SettingKey> &keys) {
        if (keys.contains(SettingKey::SetupGuide))
            refresh();
    });
    refresh();
}

void SetupCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    Card::changeEvent(event);
}

void SetupCard::refresh()
{
    const SetupGuide::Step step = SetupGuide::savedStep(m_settings);
    setVisible(step != SetupGuide::Step::Done);
    setTitle(tr("Finish setting up"));
    const QStringList steps{tr("connect Spotify"), tr("connect OBS"), tr("put an overlay in OBS")};
    m_text->setText(tr("Step %1 of 4: %2. The guide takes you from your Spotify account to an overlay in OBS in a "
                       "few clicks.")
                        .arg(int(step) + 1)
                        .arg(steps.value(int(step))));
    m_continue->setText(tr("Continue setup"));
}
