#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

// The liked tracks ("Liked Songs") of the fake Spotify's user, newest first, which tests change
// as a user would (like, unlike), answered as Spotify's GET /v1/me/tracks pages: the shapes of
// the sample, offset and limit (at most 50), total, next and previous, ISRC in external_ids.
class FakeSpotifyLibrary
{
public:
    struct Track {
        QString id;
        QString title;
        QStringList artists;
        QString album;
        QString isrc;
        qint64 durationMs = 200'000;
        QDateTime addedAt;
    };

    // `count` tracks, liked an hour apart, the newest on 2026-11-01; earlier ones forgotten.
    void fill(int count);
    // The user likes a track now (it comes first); its added_at is `addedAt` or now.
    void like(Track track);
    bool unlike(const QString &id);
    const QList<Track> &tracks() const { return m_tracks; }
    QStringList ids() const;
    // A track as fill() makes them: the `number`th.
    static Track generated(int number);

    // The page for GET /v1/me/tracks?offset&limit, or an error message for a 400.
    QJsonObject page(const QString &baseUrl, int offset, int limit) const;

private:
    QList<Track> m_tracks;
};
