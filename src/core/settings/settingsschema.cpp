#include "settings/settingsschema.h"

#include "color/hexcolor.h"
#include "platform/userfolder.h"

#include <QDir>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace {

using Normalizer = std::function<Result<QJsonValue>(const QJsonValue &)>;

// What error messages call a setting: its name for people, then its key for programs.
struct Subject {
    const char *label;
    QString key;
    QString text() const { return SettingsSchema::tr(label) + u" ("_s + key + u')'; }
};

Normalizer colorRule(const Subject &subject)
{
    return [subject](const QJsonValue &value) -> Result<QJsonValue> {
        if (!value.isString() || !HexColor::parse(value.toString())) {
            return Error{SettingsSchema::tr("%1 must be written #rrggbb, for example #1db954.").arg(subject.text())};
        }
        return QJsonValue(value.toString().toLower());
    };
}

Normalizer integerRule(const Subject &subject, int minimum, int maximum)
{
    return [=](const QJsonValue &value) -> Result<QJsonValue> {
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number != double(qint64(number)) || number < minimum || number > maximum) {
            return Error{SettingsSchema::tr("%1 must be a whole number from %2 to %3.")
                             .arg(subject.text())
                             .arg(minimum)
                             .arg(maximum)};
        }
        return QJsonValue(qint64(number));
    };
}

Normalizer choiceRule(const Subject &subject, const QStringList &choices)
{
    return [=](const QJsonValue &value) -> Result<QJsonValue> {
        if (!value.isString() || !choices.contains(value.toString())) {
            return Error{SettingsSchema::tr("%1 must be one of: %2.").arg(subject.text(), choices.join(u", "_s))};
        }
        return value;
    };
}

Normalizer booleanRule(const Subject &subject)
{
    return [=](const QJsonValue &value) -> Result<QJsonValue> {
        if (!value.isBool())
            return Error{SettingsSchema::tr("%1 must be true or false.").arg(subject.text())};
        return value;
    };
}

// What no file system of Windows, macOS or Linux accepts in the literal part of a pattern.
// Track titles put into it are cleaned when a file is written.
QString fileNameProblem(const Subject &subject, const QString &pattern)
{
    const auto isControl = [](QChar c) { return c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() <= 0x9f); };
    if (std::any_of(pattern.cbegin(), pattern.cend(), isControl))
        return SettingsSchema::tr("%1 must not contain control characters (such as a line break or a tab).")
            .arg(subject.text());
    static const QString forbidden = u"<>:\"|?*"_s;
    if (std::any_of(pattern.cbegin(), pattern.cend(), [](QChar c) { return forbidden.contains(c); }))
        return SettingsSchema::tr("%1 must not contain any of < > : \" | ? *, which file systems do not allow.")
            .arg(subject.text());
    static const QRegularExpression reserved(
        QRegularExpression::anchoredPattern(u"(CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])(\\..*)?"_s),
        QRegularExpression::CaseInsensitiveOption);
    for (const QString &folder : pattern.split(u'/')) {
        if (folder.trimmed().isEmpty())
            return SettingsSchema::tr("%1 must not have an empty folder name (\"//\" or a \"/\" at the end).")
                .arg(subject.text());
        if (folder.endsWith(u'.') || folder.endsWith(u' '))
            return SettingsSchema::tr("%1 must not have a name that ends with a dot or a space.").arg(subject.text());
        if (reserved.match(folder).hasMatch())
            return SettingsSchema::tr("%1 must not use \"%2\" as a name: Windows reserves it.")
                .arg(subject.text(), folder);
    }
    return {};
}

Normalizer fileNameTemplateRule(const Subject &subject)
{
    return [=](const QJsonValue &value) -> Result<QJsonValue> {
        const QString text = value.toString().trimmed();
        if (!value.isString() || text.isEmpty() || text.size() > SettingsSchema::maximumFileNameTemplateLength) {
            return Error{SettingsSchema::tr("%1 must be a text of 1 to %2 characters.")
                             .arg(subject.text())
                             .arg(SettingsSchema::maximumFileNameTemplateLength)};
        }
        static const QRegularExpression placeholder(u"\\{([^{}]*)\\}"_s);
        const QStringList known = SettingsSchema::fileNamePlaceholders();
        for (const auto &match : placeholder.globalMatch(text)) {
            if (!known.contains(match.captured(1))) {
                return Error{SettingsSchema::tr("%1 uses {%2}, which is not one of: %3.")
                                 .arg(subject.text(), match.captured(1), u"{"_s + known.join(u"}, {"_s) + u"}"_s)};
            }
        }
        if (!text.contains(u"{title}"_s))
            return Error{SettingsSchema::tr("%1 must contain {title}.").arg(subject.text())};
        if (text.contains(u".."_s) || text.contains(u'\\') || text.startsWith(u'/'))
            return Error{
                SettingsSchema::tr("%1 must stay inside the chosen folder (no \"..\", no leading \"/\", no \"\\\").")
                    .arg(subject.text())};
        if (const QString problem = fileNameProblem(subject, text); !problem.isEmpty())
            return Error{problem};
        return QJsonValue(text);
    };
}

Normalizer playerRule(const Subject &subject)
{
    return [=](const QJsonValue &value) -> Result<QJsonValue> {
        // A player's name on the session bus after org.mpris.MediaPlayer2., e.g. "vlc".
        static const QRegularExpression name(
            QRegularExpression::anchoredPattern(u"[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*"_s));
        const QString text = value.toString().trimmed();
        if (!value.isString() || text.size() > 200 || !name.match(text).hasMatch()) {
            return Error{SettingsSchema::tr("%1 must be \"spotify\", \"any\" or a player’s name such as \"vlc\".")
                             .arg(subject.text())};
        }
        return QJsonValue(text);
    };
}

Normalizer folderRule(const Subject &subject)
{
    return [=](const QJsonValue &value) -> Result<QJsonValue> {
        const QString text = value.toString().trimmed();
        if (!value.isString() || text.size() > 4096)
            return Error{SettingsSchema::tr("%1 must be a folder’s full path, or \"\" for none.").arg(subject.text())};
        if (text.isEmpty())
            return QJsonValue(QString());
        if (const QString problem = UserFolder::problem(text, subject.text()); !problem.isEmpty())
            return Error{problem};
        return QJsonValue(QDir::cleanPath(text));
    };
}

// The user's own music folders: read, never written, so any folder of theirs will do, even one
// on a drive that is not plugged in now.
Normalizer folderListRule(const Subject &subject)
{
    return [=](const QJsonValue &value) -> Result<QJsonValue> {
        const QJsonArray folders = value.toArray();
        if (!value.isArray() || folders.size() > SettingsSchema::maximumMusicFolders) {
            return Error{SettingsSchema::tr("%1 must be a list of at most %2 folders.")
                             .arg(subject.text())
                             .arg(SettingsSchema::maximumMusicFolders)};
        }
        QJsonArray clean;
        for (const auto &folder : folders) {
            const QString text = folder.toString().trimmed();
            const bool control = std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x20; });
            if (!folder.isString() || control || text.size() > 4096 || !QDir::isAbsolutePath(text))
                return Error{SettingsSchema::tr("%1 must list folders by their full paths.").arg(subject.text())};
            if (!clean.contains(QDir::cleanPath(text)))
                clean.append(QDir::cleanPath(text));
        }
        return QJsonValue(clean);
    };
}

Normalizer outputPatternRule(const Subject &subject)
{
    return [=](const QJsonValue &value) -> Result<QJsonValue> {
        const QString text = value.toString();
        const bool control = std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x20; });
        if (!value.isString() || text.trimmed().isEmpty() || control
            || text.size() > SettingsSchema::maximumOutputPatternLength) {
            return Error{SettingsSchema::tr("%1 must be one line of 1 to %2 characters.")
                             .arg(subject.text())
                             .arg(SettingsSchema::maximumOutputPatternLength)};
        }
        static const QRegularExpression placeholder(u"\\{([^{}]*)\\}"_s);
        const QStringList known = SettingsSchema::outputPlaceholders();
        for (const auto &match : placeholder.globalMatch(text)) {
            if (!known.contains(match.captured(1))) {
                return Error{SettingsSchema::tr("%1 uses {%2}, which is not one of: %3.")
                                 .arg(subject.text(), match.captured(1), u"{"_s + known.join(u"}, {"_s) + u"}"_s)};
            }
        }
        return QJsonValue(text);
    };
}

Normalizer webSocketRule(const Subject &subject)
{
    return [=](const QJsonValue &value) -> Result<QJsonValue> {
        const QUrl url(value.toString().trimmed(), QUrl::StrictMode);
        if (!value.isString() || !url.isValid() || (url.scheme() != u"ws"_s && url.scheme() != u"wss"_s)
            || url.host().isEmpty()) {
            return Error{SettingsSchema::tr("%1 must be written ws://host:port, for example ws://127.0.0.1:4455.")
                             .arg(subject.text())};
        }
        return QJsonValue(url.toString());
    };
}

// A few words the program writes for itself (no control characters, a sane length).
Normalizer markRule(const Subject &subject)
{
    return [=](const QJsonValue &value) -> Result<QJsonValue> {
        const QString text = value.toString();
        const bool control = std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x20; });
        if (!value.isString() || control || text.size() > 2000)
            return Error{SettingsSchema::tr("%1 must be one line of text.").arg(subject.text())};
        return value;
    };
}

QList<SettingSpec> buildSchema()
{
    using S = SettingsSchema;
    const Subject color{QT_TRANSLATE_NOOP("SettingsSchema", "The default overlay colour"), u"default_overlay_color"_s};
    const Subject style{QT_TRANSLATE_NOOP("SettingsSchema", "The colour style"), u"color_style"_s};
    const Subject poll{QT_TRANSLATE_NOOP("SettingsSchema", "The check interval"), u"poll_interval_seconds"_s};
    const Subject sync{QT_TRANSLATE_NOOP("SettingsSchema", "The sync interval"), u"sync_interval_minutes"_s};
    const Subject language{QT_TRANSLATE_NOOP("SettingsSchema", "The language"), u"language"_s};
    const Subject theme{QT_TRANSLATE_NOOP("SettingsSchema", "The theme"), u"theme"_s};
    const Subject login{QT_TRANSLATE_NOOP("SettingsSchema", "Start at login"), u"start_at_login"_s};
    const Subject fileName{QT_TRANSLATE_NOOP("SettingsSchema", "The file name pattern"), u"file_name_template"_s};
    const Subject port{QT_TRANSLATE_NOOP("SettingsSchema", "The port"), u"server_port"_s};
    const Subject player{QT_TRANSLATE_NOOP("SettingsSchema", "The player"), u"player"_s};
    const Subject outputFolder{QT_TRANSLATE_NOOP("SettingsSchema", "The output folder"), u"output_folder"_s};
    const Subject outputPattern{QT_TRANSLATE_NOOP("SettingsSchema", "The now-playing line"), u"output_pattern"_s};
    const Subject obs{QT_TRANSLATE_NOOP("SettingsSchema", "The address of OBS"), u"obs_websocket_url"_s};
    const Subject obsPassword{QT_TRANSLATE_NOOP("SettingsSchema", "An OBS password is saved"), u"obs_password_saved"_s};
    const Subject dailyBudget{
        QT_TRANSLATE_NOOP("SettingsSchema", "Spotify’s daily requests"), u"spotify_daily_budget"_s};
    const Subject renewals{QT_TRANSLATE_NOOP("SettingsSchema", "Renewals warned of"), u"renewals_warned"_s};
    const Subject syncPaused{QT_TRANSLATE_NOOP("SettingsSchema", "The sync is paused"), u"sync_paused"_s};
    const Subject musicFolders{QT_TRANSLATE_NOOP("SettingsSchema", "The music folders"), u"music_folders"_s};
    const Subject guide{QT_TRANSLATE_NOOP("SettingsSchema", "The setup guide’s step"), u"setup_guide"_s};
    const Subject history{QT_TRANSLATE_NOOP("SettingsSchema", "Days of play history"), u"history_days"_s};
    const Subject outputKeep{
        QT_TRANSLATE_NOOP("SettingsSchema", "Keep the files while paused"), u"output_keep_when_paused"_s};
    return {
        {SettingKey::DefaultOverlayColor, color.key, u"#7c4dff"_s, true, colorRule(color)},
        {SettingKey::ColorStyle, style.key, u"dominant"_s, true, choiceRule(style, S::colorStyles())},
        {SettingKey::PollIntervalSeconds, poll.key, 10, true,
            integerRule(poll, S::minimumPollIntervalSeconds, S::maximumPollIntervalSeconds)},
        {SettingKey::SyncIntervalMinutes, sync.key, 30, true,
            integerRule(sync, S::minimumSyncIntervalMinutes, S::maximumSyncIntervalMinutes)},
        {SettingKey::Language, language.key, u"system"_s, true, choiceRule(language, S::languages())},
        {SettingKey::StartAtLogin, login.key, false, true, booleanRule(login)},
        {SettingKey::FileNameTemplate, fileName.key, S::defaultFileNameTemplate(), true,
            fileNameTemplateRule(fileName)},
        {SettingKey::ServerPort, port.key, 8765, false, integerRule(port, S::minimumServerPort, 65535)},
        {SettingKey::Player, player.key, S::spotifyPlayerOnly(), true, playerRule(player)},
        {SettingKey::OutputFolder, outputFolder.key, u""_s, true, folderRule(outputFolder)},
        {SettingKey::OutputPattern, outputPattern.key, u"{artists} — {title}"_s, true,
            outputPatternRule(outputPattern)},
        {SettingKey::OutputKeepWhenPaused, outputKeep.key, false, true, booleanRule(outputKeep)},
        {SettingKey::ObsWebSocketUrl, obs.key, u"ws://127.0.0.1:4455"_s, false, webSocketRule(obs)},
        {SettingKey::ObsPasswordSaved, obsPassword.key, false, false, booleanRule(obsPassword)},
        {SettingKey::SpotifyDailyBudget, dailyBudget.key, 600, true,
            integerRule(dailyBudget, 0, S::maximumDailyBudget)},
        {SettingKey::RenewalsWarned, renewals.key, u""_s, false, markRule(renewals)},
        {SettingKey::SyncPaused, syncPaused.key, false, false, booleanRule(syncPaused)},
        {SettingKey::MusicFolders, musicFolders.key, QJsonArray(), true, folderListRule(musicFolders)},
        {SettingKey::Theme, theme.key, u"system"_s, true, choiceRule(theme, S::themes())},
        {SettingKey::SetupGuide, guide.key, u"spotify"_s, false, choiceRule(guide, S::setupGuideSteps())},
        {SettingKey::HistoryDays, history.key, 90, true, integerRule(history, 1, S::maximumHistoryDays)},
    };
}

} // namespace

const QList<SettingSpec> &SettingsSchema::all()
{
    static const QList<SettingSpec> schema = buildSchema();
    return schema;
}

const SettingSpec &SettingsSchema::spec(SettingKey key)
{
    return all().at(int(key));
}

const SettingSpec *SettingsSchema::find(const QString &name)
{
    for (const SettingSpec &spec : all()) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

QStringList SettingsSchema::colorStyles()
{
    return {u"dominant"_s, u"vibrant"_s, u"muted"_s};
}

QStringList SettingsSchema::languages()
{
    return {u"system"_s, u"en"_s, u"fr"_s};
}

QStringList SettingsSchema::themes()
{
    return {u"system"_s, u"dark"_s, u"light"_s};
}

QStringList SettingsSchema::setupGuideSteps()
{
    return {u"spotify"_s, u"obs"_s, u"overlay"_s, u"done"_s};
}

QStringList SettingsSchema::fileNamePlaceholders()
{
    return {u"artist"_s, u"artists"_s, u"title"_s, u"album"_s, u"track"_s, u"track_number"_s, u"service"_s, u"ext"_s};
}

QString SettingsSchema::defaultFileNameTemplate()
{
    return u"{artist}/{album}/{track} - {title}.{ext}"_s;
}

QStringList SettingsSchema::outputPlaceholders()
{
    return {u"title"_s, u"artists"_s, u"album"_s};
}
