#include "gui/overlays/addtoobsdialog.h"

#include "gui/widgets/statusline.h"
#include "obs/obslink.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <QCoroTask>

AddToObsDialog::AddToObsDialog(ObsLink &obs, const Overlay &overlay, const QUrl &url, QWidget *parent)
    : QDialog(parent)
    , m_obs(obs)
    , m_overlay(overlay)
    , m_url(url)
    , m_intro(new QLabel(this))
    , m_scenes(new QComboBox(this))
    , m_status(new StatusLine(this))
    , m_retry(new QPushButton(tr("Try again"), this))
    , m_add(new QPushButton(tr("Add"), this))
{
    setWindowTitle(tr("Add to OBS — %1").arg(overlay.name));
    m_intro->setWordWrap(true);
    m_intro->setText(tr("MelodyHue puts “%1” into the OBS scene you choose, as a Browser source of %2 × %3 "
                        "named “%4”. If that source is there already, it is brought up to date.")
                         .arg(overlay.name)
                         .arg(overlay.options.width)
                         .arg(overlay.options.height)
                         .arg(ObsLink::sourceName(overlay.name)));
    m_scenes->setMinimumContentsLength(24);
    auto *form = new QFormLayout;
    form->addRow(tr("Scene:"), m_scenes);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_retry, QDialogButtonBox::ActionRole);
    buttons->addButton(m_add, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(buttons);
    // Enter adds: no other button takes it when it has the focus (Cancel would, by default).
    for (QAbstractButton *button : buttons->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(button))
            push->setAutoDefault(push == m_add);
    }
    m_add->setDefault(true);
    m_retry->hide();

    connect(m_add, &QPushButton::clicked, this, &AddToObsDialog::add);
    connect(m_retry, &QPushButton::clicked, this, &AddToObsDialog::loadScenes);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(480, 200);
    loadScenes();
}

QString AddToObsDialog::statusText() const
{
    return m_status->text();
}

void AddToObsDialog::loadScenes()
{
    m_add->setEnabled(false);
    m_retry->hide();
    m_scenes->clear();
    m_scenes->setEnabled(false);
    showStatus(tr("Asking OBS for its scenes…"), false);
    QCoro::connect(m_obs.scenes(), this, [this](const Result<ObsLink::Scenes> &scenes) {
        if (!scenes) {
            showStatus(scenes.errorMessage(), true);
            m_retry->show();
            return;
        }
        if (!scenes->hasBrowserSource) {
            showStatus(ObsLink::noBrowserSourceMessage(), true);
            m_retry->show();
            return;
        }
        m_scenes->addItems(scenes->names);
        m_scenes->setCurrentIndex(std::max<int>(0, int(scenes->names.indexOf(scenes->current))));
        m_scenes->setEnabled(true);
        m_add->setEnabled(!scenes->names.isEmpty());
        m_scenes->setFocus();
        showStatus(scenes->names.isEmpty() ? tr("OBS has no scene yet: add one in OBS, then try again.") : QString(),
            scenes->names.isEmpty());
        m_retry->setVisible(scenes->names.isEmpty());
    });
}

void AddToObsDialog::add()
{
    const QString scene = m_scenes->currentText();
    if (scene.isEmpty())
        return;
    m_add->setEnabled(false);
    showStatus(tr("Adding to OBS…"), false);
    const QSize size(m_overlay.options.width, m_overlay.options.height);
    QCoro::connect(m_obs.addBrowserSource(scene, ObsLink::sourceName(m_overlay.name), m_url, size), this,
        [this](const Result<ObsLink::Placement> &placed) {
            if (!placed) {
                m_add->setEnabled(true);
                showStatus(placed.errorMessage(), true);
                return;
            }
            Q_EMIT added(placed.value());
            accept();
        });
}

QString AddToObsDialog::placedMessage(const ObsLink::Placement &placed)
{
    return placed.created
        ? tr("“%1” is in OBS, in the scene “%2”.").arg(placed.source, placed.scene)
        : tr("“%1” was already in OBS: it is up to date, in the scene “%2”.").arg(placed.source, placed.scene);
}

QString AddToObsDialog::noServerMessage()
{
    return tr("The local server is not running, so OBS could not load the overlay. Choose a free port in Settings.");
}

void AddToObsDialog::showStatus(const QString &text, bool error)
{
    m_status->say(text, error ? StatusLine::Kind::Error : StatusLine::Kind::Hint);
}
