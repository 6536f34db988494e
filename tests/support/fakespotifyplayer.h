#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// One of Spotify's response samples in tests/data/spotify, e.g. "me.json".
QJsonObject spotifySample(const QString &name);

// What the fake Spotify says is playing, kept consistent across its answers and set by tests:
// a track, a podcast episode, a local file, an ad, or nothing; playing or paused; on this
// computer or another device; in a private session. Answers have the shapes of Spotify's
// GET /v1/me/player/currently-playing and GET /v1/me/player (samples in tests/data/spotify).
class FakeSpotifyPlayer
{
public:
    enum class Item { Nothing, Track, Episode, LocalFile, Ad };

    struct Playback {
        Item item = Item::Track;
        bool playing = true;
        qint64 progressMs = 30'000;
        // For tracks: which one, and what it is called (empty keeps the sample's).
        QString trackId = QStringLiteral("0udZHhCi7p1YzMlvI4fXoK");
        QString title;
        std::optional<QStringList> artists;
        qint64 durationMs = 230'400;
        QString device = QStringLiteral("MelodyHue test computer");
        bool privateSession = false;
    };

    // What plays at this moment (the current track of a queue, its progress moving).
    Playback playback() const;
    void set(const Playback &playback)
    {
        m_queue.clear();
        m_playback = playback;
    }
    // Tracks that play one after the other from now, in real time, as on a phone; after the
    // last one, nothing plays. Set cleared by set() or changeTrack().
    void playQueue(const QList<Playback> &tracks);
    void play() { m_playback.playing = true; }
    void pause() { m_playback.playing = false; }
    // Another track starts from its beginning.
    void changeTrack(const QString &trackId, const QString &title);

    // Covers point here (the fake Spotify's /image/<id>-<size>), in Spotify's three sizes.
    void setImageBase(const QUrl &base) { m_imageBase = base; }

    // nullopt: 204, nothing to say. `withEpisodes`: the request asked additional_types=episode.
    std::optional<QJsonObject> currentlyPlaying(bool withEpisodes) const;
    std::optional<QJsonObject> player(bool withEpisodes) const;

private:
    QJsonObject item(bool withEpisodes) const;
    QJsonArray images(const QString &id) const;

    Playback m_playback;
    QList<Playback> m_queue;
    qint64 m_queueStartMs = 0;
    QUrl m_imageBase;
};
