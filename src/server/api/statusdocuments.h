#pragma once

#include "server/http/reply.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>

class NowPlaying;
class Settings;

// The public JSON of /color, /infos and /health, serialized once per change and served as
// shared bytes: building JSON per request would cost a fifth of the server's throughput.
class StatusDocuments : public QObject
{
    Q_OBJECT

public:
    StatusDocuments(const Settings &settings, const NowPlaying &nowPlaying, QObject *parent = nullptr);

    // Complete responses, serialized once per change.
    Reply color() const { return Reply::preserialized(m_colorReply); }
    Reply infos() const { return Reply::preserialized(m_infosReply); }
    Reply health() const { return Reply::preserialized(m_healthReply); }

Q_SIGNALS:
    // The /infos document changed (pushed to overlays over /ws).
    void infosChanged(const QByteArray &infos);

private:
    void rebuild();

    const Settings &m_settings;
    const NowPlaying &m_nowPlaying;
    QByteArray m_colorReply;
    QJsonObject m_infosContent;
    QByteArray m_infos;
    QByteArray m_infosReply;
    QByteArray m_healthReply;
};
