#include "platform/userfolder.h"

#include <QDir>
#include <QFileInfo>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace {

bool isControl(QChar c)
{
    return c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() <= 0x9f);
}

bool isInside(const QString &path, const QString &folder)
{
    return path == folder || path.startsWith(folder.endsWith(u'/') ? folder : folder + u'/');
}

} // namespace

bool UserFolder::isSystemFolder(const QString &cleanPath)
{
#ifdef Q_OS_WIN
    const QString path = cleanPath.toLower();
    if (QDir(path).isRoot())
        return true;
    for (const char *variable : {"SystemRoot", "ProgramFiles", "ProgramFiles(x86)", "ProgramData"}) {
        const QString folder = QDir::cleanPath(qEnvironmentVariable(variable)).toLower();
        if (!folder.isEmpty() && folder != u"."_s && isInside(path, folder))
            return true;
    }
    return false;
#else
    // Folders that hold users' folders or drives: never written into themselves.
    static const QStringList holders{
        u"/"_s, u"/home"_s, u"/media"_s, u"/mnt"_s, u"/run/media"_s, u"/Volumes"_s, u"/Users"_s, u"/opt"_s, u"/srv"_s};
    if (holders.contains(cleanPath))
        return true;
    // The system's own, and everything inside them.
    static const QStringList system{u"/bin"_s, u"/boot"_s, u"/dev"_s, u"/etc"_s, u"/lib"_s, u"/lib32"_s, u"/lib64"_s,
        u"/libx32"_s, u"/proc"_s, u"/sbin"_s, u"/sys"_s, u"/usr"_s, u"/var"_s, u"/run"_s, u"/snap"_s, u"/System"_s,
        u"/Library"_s};
    static const QStringList exceptions{u"/run/media"_s, u"/var/tmp"_s};
    return std::any_of(
               system.cbegin(), system.cend(), [&](const QString &folder) { return isInside(cleanPath, folder); })
        && std::none_of(exceptions.cbegin(), exceptions.cend(),
            [&](const QString &folder) { return isInside(cleanPath, folder) && cleanPath != folder; });
#endif
}

QString UserFolder::problem(const QString &path, const QString &label)
{
    if (std::any_of(path.cbegin(), path.cend(), isControl))
        return tr("%1 must not contain control characters (such as a line break).").arg(label);
    if (!QDir::isAbsolutePath(path))
        return tr("%1 must be a folder’s full path, or \"\" for none.").arg(label);
    const QString clean = QDir::cleanPath(path);
    const QFileInfo info(clean);
    // Through links too: a link to /etc is /etc.
    const QString canonical = info.exists() ? info.canonicalFilePath() : clean;
    if (isSystemFolder(clean) || isSystemFolder(canonical))
        return tr("%1 cannot be %2, a folder of the system: choose a folder of your own, such as one in your "
                  "home folder or on a drive.")
            .arg(label, QDir::toNativeSeparators(clean));
    if (info.exists() && !info.isDir())
        return tr("%1 cannot be %2: it is a file, not a folder.").arg(label, QDir::toNativeSeparators(clean));
    return {};
}
