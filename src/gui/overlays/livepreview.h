#pragma once

#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>
#include <QWidget>

#include <functional>

// The overlay as OBS draws it, inside the editor: melodyhue-preview renders the overlay's page
// off screen with a web engine, in a process of its own (the tray process never loads one), and
// hands over a picture each time it changes; an edit shows within a second (400 ms until it
// applies, the page's reload, a picture every 200 ms at most). When the preview cannot start or
// stops, it says why in its place.
class LivePreview : public QWidget
{
    Q_OBJECT

public:
    explicit LivePreview(QWidget *parent = nullptr);
    ~LivePreview() override;

    // Starts the helper on `url`, drawn at `size` (the browser source's size, kept under 1280 × 720).
    void start(const QUrl &url, QSize size);
    // Why there is no picture, or empty.
    QString problem() const { return m_problem; }
    QImage picture() const { return m_picture; }
    int pictures() const { return m_pictures; }

    QSize sizeHint() const override { return {480, 170}; }

Q_SIGNALS:
    void pictureShown();

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void readOutput();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void setProblem(std::function<QString()> problem);
    void stop();

    QProcess m_process;
    QTemporaryDir m_dir;
    QImage m_picture;
    int m_pictures = 0;
    bool m_stopping = false;
    std::function<QString()> m_problemText;
    QString m_problem;
};
