#include "gui/pages/sessionscard.h"

#include "gui/widgets/statusline.h"
#include "history/chapters.h"
#include "history/playhistory.h"
#include "history/streamsessions.h"
#include "obs/obssession.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

// "20:05" or "8:05 PM": the locale's short time, without the seconds some locales add.
QString clockTime(const QLocale &locale, const QDateTime &time)
{
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(u":ss"_s);
    return locale.toString(time.time(), format);
}

QString lengthText(qint64 seconds)
{
    if (seconds >= 3600)
        return SessionsCard::tr("%1 h %2 min").arg(seconds / 3600).arg(seconds / 60 % 60, 2, 10, QChar(u'0'));
    return SessionsCard::tr("%1 min").arg(std::max<qint64>(1, seconds / 60));
}

} // namespace

SessionsCard::SessionsCard(const GuiServices &services, QWidget *parent)
    : Card(parent)
    , m_services(services)
    , m_empty(new StatusLine(this))
    , m_rows(new QVBoxLayout)
    , m_status(new StatusLine(this))
{
    m_empty->setHiddenWhenEmpty(true);
    body()->addWidget(m_empty);
    m_rows->setSpacing(10);
    body()->addLayout(m_rows);
    m_status->setHiddenWhenEmpty(true);
    body()->addWidget(m_status);
    connect(&services.sessions, &StreamSessions::changed, this, &SessionsCard::refresh);
    connect(&services.obsSession, &ObsSession::connectedChanged, this, &SessionsCard::refresh);
    // The count of tracks of a session that runs grows with each one.
    connect(&services.sessions.history(), &PlayHistory::changed, this, &SessionsCard::refresh);
    refresh();
}

QStringList SessionsCard::rowTexts() const
{
    QStringList texts;
    for (int i = 0; i < m_rows->count(); ++i) {
        if (const QWidget *widget = m_rows->itemAt(i)->widget())
            texts.append(widget->accessibleDescription());
    }
    return texts;
}

QString SessionsCard::statusText() const
{
    return m_status->text();
}

void SessionsCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    Card::changeEvent(event);
}

void SessionsCard::copyChapters(const StreamSession &session)
{
    const auto tracks = m_services.sessions.tracksOf(session);
    if (!tracks) {
        m_status->say(tracks.errorMessage(), StatusLine::Kind::Error);
        return;
    }
    const QList<Chapters::Chapter> chapters = Chapters::of(session.startedAt, tracks.value());
    QApplication::clipboard()->setText(Chapters::text(chapters));
    const auto count = chapters.size();
    if (count < Chapters::fewestForYouTube) {
        m_status->say([count] {
            return tr("Chapters copied (%1). YouTube shows chapters only from three up; paste them into the "
                      "video’s description all the same.")
                .arg(count);
        });
    } else {
        m_status->say([count] {
            return tr("Chapters copied (%1): paste them into the video’s description on YouTube.").arg(count);
        });
    }
}

QWidget *SessionsCard::row(const StreamSession &session, int tracks)
{
    const QLocale locale;
    auto *widget = new QWidget(this);
    auto *layout = new QHBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *texts = new QVBoxLayout;
    texts->setSpacing(2);
    const bool live = !session.endedAt.isValid();
    const QString kind = session.kind == StreamSessions::recordingKind() ? tr("Recording") : tr("Stream");
    auto *title = new QLabel(live ? tr("%1 · live now").arg(kind) : kind, widget);
    title->setProperty("heading", true);
    texts->addWidget(title);
    const QDateTime started = session.startedAt.toLocalTime();
    const QDateTime ended = live ? QDateTime::currentDateTime() : session.endedAt.toLocalTime();
    const QString when = tr("%1, %2 to %3 (%4)")
                             .arg(locale.toString(started.date(), QLocale::ShortFormat), clockTime(locale, started),
                                 live ? tr("now") : clockTime(locale, ended), lengthText(started.secsTo(ended)));
    auto *details = new QLabel(when + u" · "_s + tr("tracks: %1").arg(tracks), widget);
    details->setProperty("hint", true);
    details->setWordWrap(true);
    texts->addWidget(details);
    layout->addLayout(texts, 1);
    auto *copy = new QPushButton(tr("Copy chapters"), widget);
    copy->setAccessibleName(tr("Copy the chapters of the %1 of %2").arg(kind.toLower(), when));
    copy->setEnabled(tracks > 0);
    connect(copy, &QPushButton::clicked, this, [this, session] { copyChapters(session); });
    layout->addWidget(copy, 0, Qt::AlignVCenter);
    widget->setAccessibleName(kind);
    widget->setAccessibleDescription(title->text() + u". "_s + details->text());
    return widget;
}

void SessionsCard::refresh()
{
    setTitle(tr("Streams and recordings"));
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const auto sessions = m_services.sessions.newest(shown);
    if (!sessions) {
        m_empty->say(sessions.errorMessage(), StatusLine::Kind::Error);
        return;
    }
    for (const StreamSession &session : sessions.value()) {
        const auto tracks = m_services.sessions.tracksOf(session);
        m_rows->addWidget(row(session, tracks ? int(tracks->size()) : 0));
    }
    if (!sessions->isEmpty()) {
        m_empty->clearStatus();
    } else if (m_services.obsSession.isConnected()) {
        m_empty->say([] {
            return tr("When OBS streams or records, the tracks you play are listed here with their times: copy them "
                      "as chapters for the video’s description.");
        });
    } else {
        m_empty->say([] {
            return tr("When OBS streams or records, the tracks you play are listed here with their times. MelodyHue "
                      "follows OBS while it runs with its WebSocket server on (Settings → OBS).");
        });
    }
}
