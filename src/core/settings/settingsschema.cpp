#include "settings/settingsschema.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace {

using Normalizer = std::function<Result<QJsonValue>(const QJsonValue &)>;

Normalizer colorRule(const QString &name)
{
    return [name](const QJsonValue &value) -> Result<QJsonValue> {
        static const QRegularExpression hex(u"^#[0-9a-fA-F]{6}$"_s);
        if (!value.isString() || !hex.match(value.toString()).hasMatch()) {
            return Error{SettingsSchema::tr("%1 must be a colour written #rrggbb, for example #1db954.").arg(name)};
        }
        return QJsonValue(value.toString().toLower());
    };
}

Normalizer integerRule(const QString &name, int minimum, int maximum)
{
    return [=](const QJsonValue &value) -> Result<QJsonValue> {
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number != double(qint64(number)) || number < minimum || number > maximum) {
            return Error{
                SettingsSchema::tr("%1 must be a whole number from %2 to %3.").arg(name).arg(minimum).arg(maximum)};
        }
        return QJsonValue(qint64(number));
    };
}

Normalizer choiceRule(const QString &name, const QStringList &choices)
{
    return [=](const QJsonValue &value) -> Result<QJsonValue> {
        if (!value.isString() || !choices.contains(value.toString())) {
            return Error{SettingsSchema::tr("%1 must be one of: %2.").arg(name, choices.join(u", "_s))};
        }
        return value;
    };
}

Normalizer booleanRule(const QString &name)
{
    return [=](const QJsonValue &value) -> Result<QJsonValue> {
        if (!value.isBool())
            return Error{SettingsSchema::tr("%1 must be true or false.").arg(name)};
        return value;
    };
}

Normalizer fileNameTemplateRule(const QString &name)
{
    return [=](const QJsonValue &value) -> Result<QJsonValue> {
        const QString text = value.toString().trimmed();
        if (!value.isString() || text.isEmpty() || text.size() > SettingsSchema::maximumFileNameTemplateLength) {
            return Error{SettingsSchema::tr("%1 must be a text of 1 to %2 characters.")
                             .arg(name)
                             .arg(SettingsSchema::maximumFileNameTemplateLength)};
        }
        static const QRegularExpression placeholder(u"\\{([^{}]*)\\}"_s);
        const QStringList known = SettingsSchema::fileNamePlaceholders();
        for (const auto &match : placeholder.globalMatch(text)) {
            if (!known.contains(match.captured(1))) {
                return Error{SettingsSchema::tr("%1 uses {%2}, which is not one of: %3.")
                                 .arg(name, match.captured(1), u"{"_s + known.join(u"}, {"_s) + u"}"_s)};
            }
        }
        if (!text.contains(u"{title}"_s))
            return Error{SettingsSchema::tr("%1 must contain {title}.").arg(name)};
        if (text.contains(u".."_s) || text.contains(u'\\') || text.startsWith(u'/'))
            return Error{
                SettingsSchema::tr("%1 must stay inside the chosen folder (no \"..\", no leading \"/\", no \"\\\").")
                    .arg(name)};
        return QJsonValue(text);
    };
}

QList<SettingSpec> buildSchema()
{
    using S = SettingsSchema;
    return {
        {SettingKey::DefaultOverlayColor, u"default_overlay_color"_s, u"#7c4dff"_s, true,
            colorRule(u"default_overlay_color"_s)},
        {SettingKey::ColorStyle, u"color_style"_s, u"dominant"_s, true, choiceRule(u"color_style"_s, S::colorStyles())},
        {SettingKey::PollIntervalSeconds, u"poll_interval_seconds"_s, 10, true,
            integerRule(u"poll_interval_seconds"_s, S::minimumPollIntervalSeconds, S::maximumPollIntervalSeconds)},
        {SettingKey::SyncIntervalMinutes, u"sync_interval_minutes"_s, 30, true,
            integerRule(u"sync_interval_minutes"_s, S::minimumSyncIntervalMinutes, S::maximumSyncIntervalMinutes)},
        {SettingKey::Language, u"language"_s, u"system"_s, true, choiceRule(u"language"_s, S::languages())},
        {SettingKey::StartAtLogin, u"start_at_login"_s, false, true, booleanRule(u"start_at_login"_s)},
        {SettingKey::FileNameTemplate, u"file_name_template"_s, u"{artists} - {title}"_s, true,
            fileNameTemplateRule(u"file_name_template"_s)},
        {SettingKey::ServerPort, u"server_port"_s, 8765, false,
            integerRule(u"server_port"_s, S::minimumServerPort, 65535)},
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

QStringList SettingsSchema::fileNamePlaceholders()
{
    return {u"artists"_s, u"title"_s, u"album"_s, u"track_number"_s, u"service"_s};
}
