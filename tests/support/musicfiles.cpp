#include "musicfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <fileref.h>
#include <tpropertymap.h>

namespace {

constexpr quint32 sampleRate = 8000;

QByteArray wav(qint64 durationMs)
{
    const auto samples = quint32(durationMs * sampleRate / 1000);
    QByteArray bytes;
    const auto append32 = [&](quint32 value) { bytes.append(reinterpret_cast<const char *>(&value), 4); };
    const auto append16 = [&](quint16 value) { bytes.append(reinterpret_cast<const char *>(&value), 2); };
    bytes.append("RIFF");
    append32(qToLittleEndian(36 + samples));
    bytes.append("WAVEfmt ");
    append32(qToLittleEndian(quint32(16)));
    append16(qToLittleEndian(quint16(1))); // PCM
    append16(qToLittleEndian(quint16(1))); // mono
    append32(qToLittleEndian(sampleRate));
    append32(qToLittleEndian(sampleRate)); // bytes a second
    append16(qToLittleEndian(quint16(1))); // block
    append16(qToLittleEndian(quint16(8))); // bits
    bytes.append("data");
    append32(qToLittleEndian(samples));
    bytes.append(QByteArray(qsizetype(samples), char(0x80)));
    return bytes;
}

TagLib::String tagText(const QString &text)
{
    return TagLib::String(text.toStdString(), TagLib::String::UTF8);
}

} // namespace

bool MusicFiles::write(const QString &path, qint64 durationMs, const MusicFileTags &tags)
{
    if (!QDir().mkpath(QFileInfo(path).path()))
        return false;
    {
        QFile file(path);
        const QByteArray bytes = wav(durationMs);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return false;
    }
    TagLib::FileRef reference(QFile::encodeName(path).constData());
    if (reference.isNull())
        return false;
    TagLib::PropertyMap properties;
    const auto set = [&](const char *key, const QString &value) {
        if (!value.isEmpty())
            properties.insert(key, TagLib::StringList(tagText(value)));
    };
    set("TITLE", tags.title);
    set("ARTIST", tags.artist);
    set("ALBUM", tags.album);
    set("ISRC", tags.isrc);
    if (tags.trackNumber > 0)
        set("TRACKNUMBER", QString::number(tags.trackNumber));
    reference.file()->setProperties(properties);
    return reference.save();
}
