#pragma once

#include <QObject>
#include <QProcess>
#include <QSize>
#include <QUrl>

// Shows an overlay in the melodyhue-preview helper, a QtWebEngine window of its own process:
// the tray process never loads a web engine. One preview at a time; it closes with MelodyHue.
// Without the helper (a build without QtWebEngine) the system's browser shows the page.
class OverlayPreview : public QObject
{
    Q_OBJECT

public:
    explicit OverlayPreview(QObject *parent = nullptr);
    ~OverlayPreview() override;

    // The helper's path (MELODYHUE_PREVIEW_HELPER chooses another), empty when it is not installed.
    static QString helperPath();

    // False with `error` set when neither the helper nor a browser can show it.
    bool show(const QUrl &url, QSize size, QString *error);
    bool isShowing() const { return m_process.state() != QProcess::NotRunning; }

private:
    QProcess m_process;
};
