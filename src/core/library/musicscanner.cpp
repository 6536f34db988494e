#include "library/musicscanner.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <fileref.h>
#include <tpropertymap.h>

using namespace Qt::Literals::StringLiterals;

namespace {

QString text(const TagLib::PropertyMap &properties, const char *key, const QString &separator = u", "_s)
{
    const auto found = properties.find(key);
    if (found == properties.end())
        return {};
    QStringList values;
    for (const auto &value : found->second)
        values.append(QString::fromStdString(value.to8Bit(true)).trimmed());
    values.removeAll(QString());
    return values.join(separator);
}

bool isInside(const QString &path, const QString &folder)
{
    return path.startsWith(folder.endsWith(u'/') ? folder : folder + u'/');
}

} // namespace

bool MusicScanner::isAudioFileName(const QString &name)
{
    static const QStringList extensions{u"mp3"_s, u"flac"_s, u"m4a"_s, u"mp4"_s, u"aac"_s, u"ogg"_s, u"oga"_s,
        u"opus"_s, u"wav"_s, u"aif"_s, u"aiff"_s, u"wma"_s, u"wv"_s, u"ape"_s, u"mpc"_s};
    const qsizetype dot = name.lastIndexOf(u'.');
    return dot > 0 && extensions.contains(name.mid(dot + 1).toLower());
}

std::optional<AudioFile> MusicScanner::read(const QString &path)
{
    const QFileInfo info(path);
    AudioFile file;
    file.path = path;
    file.size = info.size();
    file.modifiedMs = info.lastModified().toMSecsSinceEpoch();
    const TagLib::FileRef reference(QFile::encodeName(path).constData(), true, TagLib::AudioProperties::Fast);
    if (reference.isNull())
        return std::nullopt;
    const TagLib::PropertyMap properties = reference.file()->properties();
    file.isrc = text(properties, "ISRC", u" "_s).section(u' ', 0, 0);
    file.artists = text(properties, "ARTIST");
    file.title = text(properties, "TITLE", u" "_s);
    file.album = text(properties, "ALBUM", u" "_s);
    // "3" or "3/12".
    file.trackNumber = text(properties, "TRACKNUMBER").section(u'/', 0, 0).toInt();
    if (const auto *audio = reference.audioProperties())
        file.durationMs = audio->lengthInMilliseconds();
    return file;
}

MusicScan MusicScanner::scan(
    const QStringList &folders, const Known &known, const QStringList &excluded, const std::atomic_bool *stop)
{
    MusicScan scan;
    QSet<QString> seen;
    QSet<QString> directories;
    for (const QString &folder : folders) {
        const QString root = QDir::cleanPath(folder);
        if (!QFileInfo(root).isDir()) {
            scan.missingFolders.append(root);
            continue;
        }
        if (!directories.contains(root)) {
            directories.insert(root);
            scan.directories.append(root);
        }
        // Links are not followed: a link to / must not make a scan of the whole computer.
        QDirIterator it(root, QDir::Files | QDir::NoSymLinks | QDir::Readable, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            if (stop && stop->load())
                return scan;
            const QString path = it.next();
            if (!isAudioFileName(path) || seen.contains(path))
                continue;
            if (std::any_of(
                    excluded.cbegin(), excluded.cend(), [&](const QString &skip) { return isInside(path, skip); }))
                continue;
            if (const QString directory = it.fileInfo().path(); !directories.contains(directory)) {
                directories.insert(directory);
                scan.directories.append(directory);
            }
            seen.insert(path);
            const QFileInfo info = it.fileInfo();
            const auto stamp = known.constFind(path);
            if (stamp != known.cend() && stamp->size == info.size()
                && stamp->modifiedMs == info.lastModified().toMSecsSinceEpoch()) {
                ++scan.unchanged;
                continue;
            }
            if (auto file = read(path))
                scan.changed.append(std::move(*file));
            else if (++scan.unreadable; stamp != known.cend())
                scan.gone.append(path);
        }
    }
    for (auto it = known.cbegin(); it != known.cend(); ++it) {
        if (seen.contains(it.key()))
            continue;
        // In a folder that is present (or no longer a music folder at all): gone.
        const bool inMissingFolder = std::any_of(scan.missingFolders.cbegin(), scan.missingFolders.cend(),
            [&](const QString &folder) { return isInside(it.key(), folder); });
        if (!inMissingFolder)
            scan.gone.append(it.key());
    }
    return scan;
}
