#include "nowplaying/outputfolder.h"

#include "platform/atomicfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace {

QString digest(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// What MelodyHue wrote in one folder: for each file, the digests of what it wrote there last
// and just before. It is saved before the files are written: a write that fails (a full drive)
// leaves the file as it was, which the record still knows as MelodyHue's.
class Record
{
public:
    explicit Record(const QString &folder)
        : m_folder(folder)
    {
        const auto bytes = AtomicFile::readRegular(path(), qint64(64) * 1024);
        if (bytes)
            m_files = QJsonDocument::fromJson(*bytes).object().value(u"files"_s).toObject();
    }

    // Whether the file at `name` is the one MelodyHue wrote there last.
    bool owns(const QString &name) const
    {
        const QJsonArray recorded = m_files.value(name).toArray();
        if (recorded.isEmpty())
            return false;
        const auto bytes = AtomicFile::readRegular(QDir(m_folder).filePath(name), OutputFolder::largestOwnFileBytes);
        return bytes && recorded.contains(digest(*bytes));
    }

    void expect(const QString &name, const QByteArray &bytes)
    {
        const QString latest = m_files.value(name).toArray().first().toString();
        const QString next = digest(bytes);
        if (next == latest)
            return;
        m_files.insert(name, latest.isEmpty() ? QJsonArray{next} : QJsonArray{next, latest});
        m_changed = true;
    }

    Result<void> save() const
    {
        if (!m_changed)
            return {};
        const QJsonObject document{{u"about"_s,
                                       u"MelodyHue’s record of the files it wrote here for OBS; it replaces "
                                       "or removes no other file."_s},
            {u"files"_s, m_files}};
        return AtomicFile::write(path(), QJsonDocument(document).toJson());
    }

private:
    QString path() const { return QDir(m_folder).filePath(OutputFolder::recordFileName()); }

    QString m_folder;
    QJsonObject m_files;
    bool m_changed = false;
};

} // namespace

QString OutputFolder::recordFileName()
{
    return u".melodyhue-outputs.json"_s;
}

Result<QStringList> OutputFolder::apply(const QString &folder, const Changes &changes)
{
    if (!QFileInfo(folder).isDir()) {
        return Error{tr("The output folder %1 is not there (a drive unplugged?). Plug it in, or choose another "
                        "folder in Settings → Outputs.")
                         .arg(QDir::toNativeSeparators(folder)),
            ErrorKind::Unavailable};
    }
    Record record(folder);
    QStringList leftAlone;
    Changes allowed;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const AtomicFile::Kind kind = AtomicFile::kindAt(QDir(folder).filePath(it.key()));
        if (kind != AtomicFile::Kind::Missing && !record.owns(it.key())) {
            leftAlone << it.key();
            continue;
        }
        allowed.insert(it.key(), it.value());
        if (it.value())
            record.expect(it.key(), *it.value());
    }
    Result<void> result = record.save();
    for (auto it = allowed.begin(); it != allowed.end() && result; ++it) {
        const QString path = QDir(folder).filePath(it.key());
        if (it.value())
            result = AtomicFile::write(path, *it.value());
        else if (AtomicFile::kindAt(path) == AtomicFile::Kind::RegularFile && !QFile::remove(path))
            result = Error{tr("Removing %1 failed.").arg(QDir::toNativeSeparators(path))};
    }
    if (!result) {
        return Error{tr("%1 Check that the folder can be written to and has free space, or choose another in "
                        "Settings → Outputs.")
                         .arg(result.errorMessage())};
    }
    leftAlone.sort();
    return leftAlone;
}
