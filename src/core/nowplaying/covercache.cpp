#include "nowplaying/covercache.h"

#include "color/coverdecoder.h"
#include "color/paletteextractor.h"
#include "net/httpclient.h"
#include "platform/localimagefile.h"
#include "util/workerthread.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLoggingCategory>
#include <QPointer>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcCovers, "melodyhue.covers")

namespace {

struct Analysis {
    Palette palette;
    QByteArray image;
    QByteArray mimeType;
    QImage picture;
};

// What is served and kept is what was decoded, encoded again: never the bytes as they came, which
// may carry anything after the image's end (or metadata such as where a photo was taken).
Result<QByteArray> reencode(const QImage &image, QByteArray *mimeType)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const bool opaque = !image.hasAlphaChannel();
    *mimeType = opaque ? QByteArrayLiteral("image/jpeg") : QByteArrayLiteral("image/png");
    if (!image.save(&buffer, opaque ? "JPG" : "PNG", opaque ? 92 : -1))
        return Error{CoverCache::tr("The cover could not be prepared for showing.")};
    return bytes;
}

// Runs on a worker thread: only bytes that decode as an image are kept.
Result<Analysis> analyze(const QByteArray &bytes, const QString &path)
{
    auto palette = PaletteExtractor::fromData(bytes);
    if (!palette)
        return palette.error();
    const auto image = CoverDecoder::decode(bytes, CoverDecoder::Use::Display);
    if (!image)
        return image.error();
    Analysis analysis{palette.value(), {}, {}, image.value()};
    auto encoded = reencode(image.value(), &analysis.mimeType);
    if (!encoded)
        return encoded.error();
    analysis.image = std::move(encoded).value();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(analysis.image) != analysis.image.size() || !file.commit())
        return Error{CoverCache::tr("Cannot write the cover cache: %1").arg(file.errorString())};
    return analysis;
}

// A cover kept before: its bytes, and their picture decoded for the window.
struct Cached {
    QByteArray bytes;
    QImage picture;
};

Result<Cached> readCached(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{file.errorString()};
    QByteArray bytes = file.read(CoverCache::largestImageBytes);
    if (bytes.isEmpty())
        return Error{CoverCache::tr("The cached cover is empty.")};
    auto picture = CoverDecoder::decode(bytes, CoverDecoder::Use::Display);
    if (!picture)
        return picture.error();
    return Cached{std::move(bytes), picture.value()};
}

} // namespace

CoverCache::CoverCache(Database &database, HttpClient &http, QString folder, QObject *parent)
    : QObject(parent)
    , m_table(database)
    , m_http(http)
    , m_folder(std::move(folder))
{
    QDir().mkpath(m_folder);
    // Files of covers cached as they came, before they were encoded again (migration 0005).
    const QString folderPath = m_folder;
    const auto forgetRawCovers = [folderPath] {
        const QDir covers(folderPath);
        for (const QString &name : covers.entryList({u"*.cover"_s}, QDir::Files))
            QFile::remove(covers.filePath(name));
    };
    QCoro::connect(onWorkerThread(forgetRawCovers), this, [] {});
}

QCoro::Task<Result<CoverArt>> CoverCache::fetch(QUrl url)
{
    QPointer<CoverCache> self(this);
    const QString key = url.toString(QUrl::FullyEncoded);
    if (const auto known = m_table.use(key); known && known.value()) {
        const CoverRecord record = *known.value();
        const QString path = QDir(m_folder).filePath(record.file);
        // Lambdas are named before co_await: GCC 12 destroys temporaries there twice.
        const auto read = [path] { return readCached(path); };
        auto bytes = co_await onWorkerThread(read);
        if (!self)
            co_return Error{tr("MelodyHue is shutting down."), ErrorKind::Cancelled};
        if (bytes)
            co_return CoverArt{record.palette, bytes->bytes, record.mimeType, bytes->picture};
        // The file went away (cleaned by hand): fetched again below.
        (void)m_table.remove(key);
    }

    ++m_misses;
    Result<QByteArray> bytes = Error{};
    if (url.isLocalFile()) {
        const QString path = url.toLocalFile();
        const auto read = [path] { return LocalImageFile::read(path, largestImageBytes); };
        bytes = co_await onWorkerThread(read);
    } else {
        bytes = co_await download(url);
    }
    if (!self)
        co_return Error{tr("MelodyHue is shutting down."), ErrorKind::Cancelled};
    if (!bytes)
        co_return bytes.error();

    const QString name
        = QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex()) + u".image"_s;
    const QString path = QDir(m_folder).filePath(name);
    const QByteArray data = bytes.value();
    const auto work = [data, path] { return analyze(data, path); };
    auto analysis = co_await onWorkerThread(work);
    if (!self)
        co_return Error{tr("MelodyHue is shutting down."), ErrorKind::Cancelled};
    if (!analysis) {
        qCInfo(lcCovers).noquote() << "cover refused:" << analysis.errorMessage();
        co_return analysis.error();
    }
    const CoverRecord record{key, analysis->palette, name, analysis->mimeType, analysis->image.size()};
    if (const auto stored = m_table.put(record); !stored)
        qCWarning(lcCovers).noquote() << stored.errorMessage();
    QCoro::connect(trim(), this, [] {});
    co_return CoverArt{analysis->palette, analysis->image, analysis->mimeType, analysis->picture};
}

QCoro::Task<Result<QByteArray>> CoverCache::download(QUrl url)
{
    if (url.scheme() != u"https"_s && url.scheme() != u"http"_s)
        co_return Error{tr("MelodyHue only reads covers from the web or from a file.")};
    // The address is a player's, which may be a web page's: a cover is read only up to what
    // an album cover can weigh, and only for so long.
    const HttpClient::Limits limits{largestImageBytes, downloadDeadline};
    const HttpResponse response = co_await m_http.get(url, {}, {}, limits);
    if (response.tooLarge)
        co_return Error{tr("The cover is too large to be an album cover.")};
    if (response.status == 0)
        co_return Error{response.failure, ErrorKind::Network};
    if (response.status != 200)
        co_return Error{
            tr("The cover could not be downloaded (status %1).").arg(response.status), ErrorKind::ServerFailure};
    co_return response.body;
}

QCoro::Task<> CoverCache::trim()
{
    const auto forgotten = m_table.trim(m_maximumBytes);
    if (!forgotten) {
        qCWarning(lcCovers).noquote() << forgotten.errorMessage();
        co_return;
    }
    if (forgotten.value().isEmpty())
        co_return;
    const QStringList paths = [&] {
        QStringList list;
        for (const QString &file : forgotten.value())
            list << QDir(m_folder).filePath(file);
        return list;
    }();
    const auto removal = [paths] {
        for (const QString &path : paths)
            QFile::remove(path);
    };
    co_await onWorkerThread(removal);
}
