#pragma once

#include "server/http/reply.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

class NowPlaying;
class Settings;

// The public answers of /color, /infos, /cover and /health, serialized once per change and
// served as shared bytes: building them per request would cost a fifth of the server's
// throughput. While music plays, /infos moves its progress once a second (a "tick").
class StatusDocuments : public QObject
{
    Q_OBJECT

public:
    StatusDocuments(const Settings &settings, const NowPlaying &nowPlaying, QObject *parent = nullptr);

    // Complete responses, serialized once per change.
    Reply color() const { return Reply::preserialized(m_colorReply); }
    Reply infos() const { return Reply::preserialized(m_infosReply); }
    Reply health() const { return Reply::preserialized(m_healthReply); }
    Reply cover() const;
    // The /infos JSON itself, as /ws sends it.
    QByteArray infosJson() const { return m_infos; }
    // Where this server serves the current cover, with a version that changes with the image
    // ("/cover?v=…"); empty when there is none. Overlay pages load it from here.
    QString coverPath() const { return m_coverPath; }

    static constexpr std::chrono::milliseconds tickInterval{1000};

Q_SIGNALS:
    // The /infos document changed, or its progress moved (pushed to overlays over /ws).
    void infosChanged(const QByteArray &infos);

private:
    void rebuild();
    void serializeInfos();

    const Settings &m_settings;
    const NowPlaying &m_nowPlaying;
    QTimer m_tick;
    QByteArray m_colorReply;
    // /infos without its progress and time: what decides whether it changed.
    QJsonObject m_infosContent;
    QString m_updatedAt;
    QByteArray m_infos;
    QByteArray m_infosReply;
    QByteArray m_healthReply;
    QByteArray m_coverImage;
    QByteArray m_coverReply;
    QString m_coverPath;
};
