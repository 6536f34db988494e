#pragma once

#include "gui/guiservices.h"
#include "gui/widgets/card.h"
#include "history/streamsession.h"

class QVBoxLayout;
class StatusLine;

// The Dashboard's Streams and recordings: the last ones OBS made, each with its time, its
// length and its tracks, and Copy chapters for the video's description. Until OBS has made one,
// what it will show and whether MelodyHue sees OBS.
class SessionsCard : public Card
{
    Q_OBJECT

public:
    explicit SessionsCard(const GuiServices &services, QWidget *parent = nullptr);

    // For tests and assistive tools: each row as a screen reader reads it.
    QStringList rowTexts() const;
    QString statusText() const;
    // Copies the chapters of `session` (what Copy chapters does).
    void copyChapters(const StreamSession &session);

    static constexpr int shown = 5;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    QWidget *row(const StreamSession &session, int tracks);

    GuiServices m_services;
    StatusLine *m_empty;
    QVBoxLayout *m_rows;
    StatusLine *m_status;
};
