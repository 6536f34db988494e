#include "gui/pages/missingtracksdialog.h"

#include "providers/serviceaccount.h"
#include "providers/serviceregistry.h"
#include "sync/syncengine.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int pageRole = Qt::UserRole;
constexpr int serviceRole = Qt::UserRole + 1;

} // namespace

MissingTracksDialog::MissingTracksDialog(const GuiServices &services, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_intro(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_open(new QPushButton(this))
{
    setWindowTitle(tr("Liked tracks without audio"));
    resize(560, 460);
    auto *layout = new QVBoxLayout(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_list->setAccessibleName(tr("Liked tracks without audio"));
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setUniformItemSizes(true);
    layout->addWidget(m_list, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_open, QDialogButtonBox::ActionRole);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    m_open->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(chosenPage()); });
    connect(m_list, &QListWidget::itemActivated, this, [this] { QDesktopServices::openUrl(chosenPage()); });
    connect(m_list, &QListWidget::currentRowChanged, this, &MissingTracksDialog::refreshButton);
    load();
}

QUrl MissingTracksDialog::chosenPage() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(pageRole).toUrl() : QUrl();
}

void MissingTracksDialog::load()
{
    const auto missing = m_services.sync.tracksWithoutAudio();
    if (!missing) {
        m_intro->setText(missing.error().message);
        m_intro->setProperty("error", true);
        refreshButton();
        return;
    }
    m_intro->setText(tr("MelodyHue found no audio file of these liked tracks in your music folders (%1), so they "
                        "are not on your drives. Add the files to a music folder and they are copied at the next "
                        "sync. Tracks match by their ISRC tag, or by artist, title and a duration within 3 seconds.")
                         .arg(QLocale().toString(missing->size())));
    for (const LikedTrack &track : missing.value()) {
        auto *item = new QListWidgetItem(tr("%1 — %2").arg(track.title, track.artists.join(u", "_s)), m_list);
        item->setToolTip(track.album);
        const ServiceAccount *account = m_services.services.account(track.service);
        item->setData(pageRole, account ? account->service().trackPageUrl(track) : QUrl());
        item->setData(serviceRole, account ? account->name() : track.service);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    refreshButton();
}

void MissingTracksDialog::refreshButton()
{
    const QListWidgetItem *item = m_list->currentItem();
    const QString service = item ? item->data(serviceRole).toString() : u"Spotify"_s;
    m_open->setText(tr("Open in %1").arg(service));
    m_open->setAccessibleName(m_open->text());
    m_open->setEnabled(chosenPage().isValid());
}
