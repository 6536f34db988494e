#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <functional>

// Every preference MelodyHue keeps: its name (in the database and in /settings/me), its
// default and its rule, declared once here.
enum class SettingKey {
    DefaultOverlayColor,
    ColorStyle,
    PollIntervalSeconds,
    SyncIntervalMinutes,
    Language,
    StartAtLogin,
    FileNameTemplate,
    ServerPort,
    Player,
    OutputFolder,
    OutputPattern,
    OutputKeepWhenPaused,
    ObsWebSocketUrl,
    // Whether OBS's password is in the keychain (the password itself never is in the settings).
    ObsPasswordSaved,
    // Spotify Web API requests a day, shared by now playing and the sync; 0: never ask.
    SpotifyDailyBudget,
    // The authorizations the tray already warned were ending ("spotify:<when agreed>", …).
    RenewalsWarned,
    // The user paused the sync: nothing syncs by itself until they resume it.
    SyncPaused,
    // The user's own music folders (read, never written), where the sync finds liked tracks' audio.
    MusicFolders,
    // The window's colours: "system" (the desktop's light or dark), "dark" or "light".
    Theme,
    // Where the first-run guide stands: "spotify", "obs", "overlay" (the step to show), or "done".
    SetupGuide,
    // How many days the play history (setlists, VOD chapters) keeps a track.
    HistoryDays,
};

struct SettingSpec {
    SettingKey key;
    QString name;
    QJsonValue defaultValue;
    // Part of the /settings/me contract; the others are changed from the window only.
    bool inPublicApi;
    // Checks a candidate value and returns it in canonical form (e.g. lower-case colour).
    std::function<Result<QJsonValue>(const QJsonValue &)> normalize;
};

class SettingsSchema
{
    Q_DECLARE_TR_FUNCTIONS(SettingsSchema)

public:
    static const QList<SettingSpec> &all();
    static const SettingSpec &spec(SettingKey key);
    static const SettingSpec *find(const QString &name);

    static constexpr int minimumPollIntervalSeconds = 2;
    static constexpr int maximumPollIntervalSeconds = 300;
    static constexpr int minimumSyncIntervalMinutes = 5;
    static constexpr int maximumSyncIntervalMinutes = 24 * 60;
    static constexpr int maximumHistoryDays = 3650;
    static constexpr int minimumServerPort = 1024;
    static constexpr int maximumFileNameTemplateLength = 200;
    static constexpr int maximumMusicFolders = 20;
    static QStringList colorStyles();
    static QStringList languages();
    static QStringList themes();
    static QStringList setupGuideSteps();
    static QStringList fileNamePlaceholders();
    static QString defaultFileNameTemplate();
    // What now-playing.txt may hold: {title}, {artists}, {album}.
    static QStringList outputPlaceholders();
    static constexpr int maximumOutputPatternLength = 200;
    static constexpr int maximumDailyBudget = 100'000;
    // The `player` setting: only the Spotify app, any player, or one player by its MPRIS name.
    static QString spotifyPlayerOnly() { return QStringLiteral("spotify"); }
    static QString anyPlayer() { return QStringLiteral("any"); }
};
