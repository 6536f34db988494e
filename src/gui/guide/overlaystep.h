#pragma once

#include "gui/guiservices.h"

#include <QCoroTask>
#include <QUrl>
#include <QWidget>

class OverlayThumbnail;
class QButtonGroup;
class QLabel;
class QPushButton;
class QToolButton;
class StatusLine;

// The guide's third step: the built-in templates as live thumbnails (in the colours and with the
// cover of what plays now), and Add to OBS, which makes the overlay and puts it into the scene
// OBS shows, in one click.
class OverlayStep : public QWidget
{
    Q_OBJECT

public:
    OverlayStep(const GuiServices &services, QWidget *parent = nullptr);

    void setServerBaseUrl(const QUrl &baseUrl) { m_baseUrl = baseUrl; }
    QString chosenTemplate() const;
    void chooseTemplate(const QString &name);
    QList<QToolButton *> templateButtons() const { return m_tiles; }
    QPushButton *addButton() const { return m_add; }
    StatusLine *status() const { return m_status; }
    // The overlay the guide put into OBS, once it did.
    QString addedOverlayId() const { return m_addedId; }
    void add();

Q_SIGNALS:
    // The overlay is in OBS; `message` says where.
    void added(const QString &overlayId, const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    QCoro::Task<> addToObs();
    void retranslate();
    void refreshThumbnails();

    GuiServices m_services;
    QUrl m_baseUrl;
    QLabel *m_intro;
    QButtonGroup *m_group;
    QList<QToolButton *> m_tiles;
    QList<OverlayThumbnail *> m_thumbnails;
    QLabel *m_description;
    QPushButton *m_add;
    StatusLine *m_status;
    bool m_adding = false;
    // Made by a try that did not reach OBS.
    QString m_madeId;
    QString m_addedId;
};
