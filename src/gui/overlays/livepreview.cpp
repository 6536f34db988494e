#include "gui/overlays/livepreview.h"

#include "gui/overlays/overlaypreview.h"

#include <QEvent>
#include <QLocale>
#include <QPainter>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString framesFile = u"frame.png"_s;

} // namespace

LivePreview::LivePreview(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"livePreview"_s);
    setMinimumHeight(120);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setAccessibleName(tr("The overlay as OBS shows it"));
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &LivePreview::readOutput);
    connect(&m_process, &QProcess::finished, this, &LivePreview::onFinished);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            setProblem(
                [reason = m_process.errorString()] { return tr("The live preview could not start: %1").arg(reason); });
        }
    });
}

LivePreview::~LivePreview()
{
    stop();
}

void LivePreview::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_stopping = true;
    m_process.terminate();
    if (!m_process.waitForFinished(3000))
        m_process.kill();
    m_process.waitForFinished(1000);
}

void LivePreview::start(const QUrl &url, QSize size)
{
    stop();
    m_stopping = false;
    if (!url.isValid()) {
        setProblem([] {
            return tr("The local server is not running, so there is nothing to preview. Choose a free port in "
                      "Settings.");
        });
        return;
    }
    const QString helper = OverlayPreview::helperPath();
    if (helper.isEmpty()) {
        setProblem([] {
            return tr("The live preview needs melodyhue-preview, which this installation of MelodyHue does not "
                      "have. Preview opens the overlay in your browser instead.");
        });
        return;
    }
    if (!m_dir.isValid()) {
        setProblem([] { return tr("The live preview has no place for its pictures in the temporary folder."); });
        return;
    }
    const QSize drawn = size.scaled(size.boundedTo(QSize(1280, 720)), Qt::KeepAspectRatio);
    setProblem({});
    m_process.start(helper,
        {u"--frames"_s, m_dir.filePath(framesFile), u"--size"_s, u"%1x%2"_s.arg(drawn.width()).arg(drawn.height()),
            u"--language"_s, QLocale().name().left(2), url.toString()});
}

void LivePreview::readOutput()
{
    bool changed = false;
    while (m_process.canReadLine()) {
        const QByteArray line = m_process.readLine().trimmed();
        if (line == "frame") {
            changed = true;
        } else if (line.startsWith("failed ")) {
            setProblem([] { return tr("The overlay page did not load: the local server may have stopped."); });
        } else if (line.startsWith("loaded ")) {
            setProblem({});
        }
    }
    if (!changed)
        return;
    QImage picture(m_dir.filePath(framesFile));
    if (picture.isNull())
        return;
    m_picture = picture;
    ++m_pictures;
    update();
    Q_EMIT pictureShown();
}

void LivePreview::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (m_stopping)
        return;
    setProblem([exitCode, crashed = status == QProcess::CrashExit] {
        return crashed ? tr("The live preview stopped: its web engine crashed. Close the editor and open it again "
                            "to restart it.")
                       : tr("The live preview stopped (exit status %1). Close the editor and open it again to "
                            "restart it.")
                             .arg(exitCode);
    });
}

void LivePreview::setProblem(std::function<QString()> problem)
{
    m_problemText = std::move(problem);
    m_problem = m_problemText ? m_problemText() : QString();
    setAccessibleDescription(m_problem);
    update();
}

void LivePreview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_problemText)
        setProblem(m_problemText);
    QWidget::changeEvent(event);
}

void LivePreview::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    // The scene behind the overlay, as in the thumbnails.
    const int cell = 10;
    for (int y = 0; y < height(); y += cell) {
        for (int x = 0; x < width(); x += cell)
            painter.fillRect(
                x, y, cell, cell, ((x + y) / cell) % 2 ? QColor(0x3a, 0x3f, 0x47) : QColor(0x2e, 0x33, 0x3a));
    }
    if (!m_problem.isEmpty() || m_picture.isNull()) {
        painter.setPen(Qt::white);
        painter.drawText(rect().adjusted(16, 8, -16, -8), Qt::AlignCenter | Qt::TextWordWrap,
            m_problem.isEmpty() ? tr("Starting the live preview…") : m_problem);
        return;
    }
    const QSize shown = m_picture.size().scaled(size(), Qt::KeepAspectRatio);
    const QRect area(QPoint((width() - shown.width()) / 2, (height() - shown.height()) / 2), shown);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(area, m_picture);
}
