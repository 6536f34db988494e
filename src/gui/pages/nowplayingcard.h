#pragma once

#include "gui/guiservices.h"
#include "gui/widgets/card.h"

#include <QColor>
#include <QTimer>

#include <QCoroTask>

class ColorSwatch;
class ElidedLabel;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedLayout;

// The Dashboard's now-playing card: the cover, title, artists and album, a progress bar that
// moves, the palette with copyable hex codes, and who reports it. When nothing plays, it says
// what to do next. Under it, what keeps a service's Web API from answering as planned (the
// day's budget spent, the quota, a refusal), with what to do.
class NowPlayingCard : public Card
{
    Q_OBJECT

public:
    explicit NowPlayingCard(const GuiServices &services, QWidget *parent = nullptr);

    // For tests: what the card shows.
    QString titleText() const;
    QString sourceText() const;
    int progressValue() const;
    bool showsCover() const;
    bool showsEmptyState() const;
    // What keeps the services' Web APIs from answering (a spent budget, a refusal…), or empty.
    QString noticeText() const;
    QList<ColorSwatch *> swatches() const { return m_swatches; }

Q_SIGNALS:
    // The empty state's button: the user wants to connect a service.
    void connectRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    void refreshProgress();
    void showPage(int index);
    void refreshEmptyState();
    void refreshNotice();
    QCoro::Task<> showCover(QImage picture);

    GuiServices m_services;
    QStackedLayout *m_pages;
    QLabel *m_cover;
    ElidedLabel *m_title;
    ElidedLabel *m_artists;
    ElidedLabel *m_album;
    ElidedLabel *m_source;
    QProgressBar *m_progress;
    QLabel *m_elapsed;
    QLabel *m_duration;
    QList<ColorSwatch *> m_swatches;
    QList<QLabel *> m_swatchNames;
    QLabel *m_emptyCover;
    QLabel *m_emptyTitle;
    QLabel *m_emptyText;
    QPushButton *m_connectButton;
    QLabel *m_notice;
    QTimer m_tick;
    // The picture shown (QImage::cacheKey), 0 for none.
    qint64 m_coverShown = 0;
    QColor m_progressColor;
};
