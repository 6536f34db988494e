#pragma once

#include "settings/settingsschema.h"
#include "util/result.h"

#include <QColor>
#include <QHash>
#include <QJsonObject>
#include <QObject>

#include <memory>

class KeyValueTable;
class Database;

// The user's preferences, typed, validated, saved in the database the moment they change.
class Settings : public QObject
{
    Q_OBJECT

public:
    enum class ColorStyle { Dominant, Vibrant, Muted };
    Q_ENUM(ColorStyle)

    explicit Settings(Database &database, QObject *parent = nullptr);
    ~Settings() override;

    QJsonValue value(SettingKey key) const;

    QColor defaultOverlayColor() const;
    ColorStyle colorStyle() const;
    int pollIntervalSeconds() const;
    int syncIntervalMinutes() const;
    int historyDays() const;
    QString language() const;
    QString theme() const;
    bool startAtLogin() const;
    QString fileNameTemplate() const;
    // The user's own music folders, where the sync finds the audio of liked tracks.
    QStringList musicFolders() const;
    quint16 serverPort() const;
    // "spotify", "any" or one player's MPRIS name.
    QString player() const;
    // Where the text files for OBS go; empty: nowhere.
    QString outputFolder() const;
    QString outputPattern() const;
    bool outputKeepWhenPaused() const;
    // Where obs-websocket listens (MELODYHUE_OBS_WEBSOCKET_URL takes precedence; see ObsLink).
    QString obsWebSocketUrl() const;
    bool obsPasswordSaved() const;
    // Requests a day to one service's Web API, for services with a daily budget (Spotify).
    int dailyBudget(SettingKey key) const;

    // The /settings/me document: every public setting with its current value.
    QJsonObject publicJson() const;

    // Validates every change first; on any error nothing is changed. Only public settings
    // are accepted unless `includeInternal` is set (the window may change them all).
    Result<void> update(const QJsonObject &changes, bool includeInternal = false);
    Result<void> set(SettingKey key, const QJsonValue &value);

Q_SIGNALS:
    void changed(const QList<SettingKey> &keys);

private:
    void load();

    std::unique_ptr<KeyValueTable> m_table;
    QHash<SettingKey, QJsonValue> m_values;
};
