#pragma once

#include "color/palette.h"
#include "storage/coverstable.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QImage>
#include <QObject>
#include <QUrl>

#include <QCoroTask>

class Database;
class HttpClient;

// A cover's colours and its image, ready to serve (encoded) and to show (decoded).
struct CoverArt {
    Palette palette;
    QByteArray image;
    QByteArray mimeType;
    QImage picture;
};

// Covers by URL: downloaded once (https) or read once (a player's file:// art), kept only when
// the bytes decode as an image under a size cap, their palette computed on a worker thread,
// the colours remembered in the database and the image in a folder kept under a size by
// dropping the least recently used. A cover seen before costs no request and no computation.
class CoverCache : public QObject
{
    Q_OBJECT

public:
    CoverCache(Database &database, HttpClient &http, QString folder, QObject *parent = nullptr);

    QCoro::Task<Result<CoverArt>> fetch(QUrl url);

    QString folder() const { return m_folder; }
    void setMaximumBytes(qint64 bytes) { m_maximumBytes = bytes; }
    // Downloads and file reads of images not seen before (tests and benchmarks count them).
    int misses() const { return m_misses; }

    // A cover larger than this is not an album cover: it is not read or kept.
    static constexpr qint64 largestImageBytes = 10LL * 1024 * 1024;
    static constexpr qint64 defaultMaximumBytes = 64LL * 1024 * 1024;
    // A download that has not ended by then is given up, however steadily its bytes come.
    static constexpr std::chrono::seconds downloadDeadline{20};

private:
    QCoro::Task<Result<QByteArray>> download(QUrl url);
    QCoro::Task<> trim();

    CoversTable m_table;
    HttpClient &m_http;
    QString m_folder;
    qint64 m_maximumBytes = defaultMaximumBytes;
    int m_misses = 0;
};
