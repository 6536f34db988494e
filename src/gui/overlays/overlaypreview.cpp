#include "gui/overlays/overlaypreview.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

OverlayPreview::OverlayPreview(QObject *parent)
    : QObject(parent)
{ }

OverlayPreview::~OverlayPreview()
{
    if (isShowing()) {
        m_process.terminate();
        if (!m_process.waitForFinished(3000))
            m_process.kill();
    }
}

QString OverlayPreview::helperPath()
{
    // Another helper, or one that is not there (which the tests use).
    QString chosen = qEnvironmentVariable("MELODYHUE_PREVIEW_HELPER");
    if (!chosen.isEmpty())
        return chosen;
    QStringList candidates{
        QDir(QCoreApplication::applicationDirPath())
            .filePath(u"../%1/melodyhue/melodyhue-preview"_s.arg(QStringLiteral(MELODYHUE_LIBEXEC_DIR)))};
#ifdef MELODYHUE_PREVIEW_BUILD_PATH
    candidates.append(QStringLiteral(MELODYHUE_PREVIEW_BUILD_PATH));
#endif
    for (const QString &candidate : candidates) {
        const QFileInfo file(candidate);
        if (file.isFile() && file.isExecutable())
            return file.canonicalFilePath();
    }
    return {};
}

bool OverlayPreview::show(const QUrl &url, QSize size, QString *error)
{
    const QString helper = helperPath();
    if (helper.isEmpty()) {
        if (QDesktopServices::openUrl(url))
            return true;
        *error = tr("No preview window and no web browser could open %1.").arg(url.toString());
        return false;
    }
    if (isShowing()) {
        m_process.terminate();
        m_process.waitForFinished(3000);
    }
    // The window is kept under the screen's size; the page scales to it like a browser source.
    const QSize window = size.scaled(size.boundedTo(QSize(1280, 720)), Qt::KeepAspectRatio);
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.setStandardOutputFile(QProcess::nullDevice());
    m_process.start(helper,
        {u"--size"_s, u"%1x%2"_s.arg(window.width()).arg(window.height()), u"--language"_s, QLocale().name().left(2),
            url.toString()});
    if (!m_process.waitForStarted(5000)) {
        *error = tr("The preview window did not open: %1").arg(m_process.errorString());
        return false;
    }
    return true;
}
