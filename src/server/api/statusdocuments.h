#pragma once

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

    QByteArray color() const { return m_color; }
    QByteArray infos() const { return m_infos; }
    QByteArray health() const { return m_health; }

Q_SIGNALS:
    // The /infos document changed (pushed to overlays over /ws).
    void infosChanged(const QByteArray &infos);

private:
    void rebuild();

    const Settings &m_settings;
    const NowPlaying &m_nowPlaying;
    QByteArray m_color;
    QJsonObject m_infosContent;
    QByteArray m_infos;
    QByteArray m_health;
};
