#pragma once

#include <QList>
#include <QObject>
#include <QUrl>

#include <QCoroTask>

class CoverCache;
class MediaSessions;
class NowPlaying;
class NowPlayingPoller;
class Settings;
struct PlaybackState;

// Keeps NowPlaying true, as its one writer: follows the media players on this computer and the
// services' pollers, picks what the `player` setting asks for (PlaybackChoice), tells each
// poller when the media session already shows its service (so it spends no request), and adds
// the cover's colours and image from the CoverCache as soon as they are known. Calls that come
// back while it updates (a poller forgetting its answer) make one more pass, never a nested one.
class NowPlayingTracker : public QObject
{
    Q_OBJECT

public:
    struct SeenPlayer {
        QString name; // on the session bus: "vlc"
        QString identity; // for people: "VLC media player"
        bool operator==(const SeenPlayer &) const = default;
    };

    // `sessions` may be null (no session bus).
    NowPlayingTracker(NowPlaying &nowPlaying, MediaSessions *sessions, QList<NowPlayingPoller *> pollers,
        CoverCache &covers, const Settings &settings, QObject *parent = nullptr);

    // Every player seen since MelodyHue started, for Settings → Player.
    QList<SeenPlayer> playersSeen() const { return m_seen; }

Q_SIGNALS:
    void playersSeenChanged();

private:
    void update();
    void publish();
    void rememberPlayers();
    QCoro::Task<> resolveCover(QUrl colorUrl, QUrl imageUrl);
    bool isCurrentCover(const QUrl &colorUrl, const QUrl &imageUrl) const;

    NowPlaying &m_nowPlaying;
    MediaSessions *m_sessions;
    QList<NowPlayingPoller *> m_pollers;
    CoverCache &m_covers;
    const Settings &m_settings;
    QList<SeenPlayer> m_seen;
    // The cover being fetched, so that frequent updates do not start it again.
    QUrl m_pendingColorUrl;
    // The last cover that gave no colours (not an image, no network).
    QUrl m_failedColorUrl;
    bool m_updating = false;
    bool m_updateAgain = false;
};
