#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

// One track the user liked on a music service, as MelodyHue keeps it in its library.
struct LikedTrack {
    QString service;
    // The service's id ("4uLU6hMCjMI75M1A2tKUQC") and URI ("spotify:track:…").
    QString id;
    QString uri;
    QString title;
    QStringList artists;
    QString album;
    qint64 durationMs = 0;
    // The International Standard Recording Code, when the service gives it: the surest way to
    // find the same recording among the user's files.
    QString isrc;
    // When the user liked it, as the service says.
    QDateTime addedAt;
    QUrl coverUrl;
    // When MelodyHue first saw it, and when it saw it was no longer liked (invalid: still liked).
    QDateTime firstSeen;
    QDateTime unlikedAt;

    bool isLiked() const { return !unlikedAt.isValid(); }
    bool operator==(const LikedTrack &) const = default;
};

// One page of a service's liked tracks, newest first.
struct LikedPage {
    QList<LikedTrack> items;
    // How many tracks the user has liked in all, as the service says.
    int total = 0;
    // Whether pages follow this one.
    bool hasNext = false;
};
