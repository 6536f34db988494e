#include "settings/settings.h"

#include "storage/keyvaluetable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcSettings, "melodyhue.settings")

namespace {

QString encode(const QJsonValue &value)
{
    // QJsonDocument holds only arrays and objects: wrap the scalar and strip the brackets.
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

std::optional<QJsonValue> decode(const QString &text)
{
    QJsonParseError error;
    const auto document = QJsonDocument::fromJson(u"[%1]"_s.arg(text).toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || document.array().size() != 1)
        return std::nullopt;
    return document.array().first();
}

} // namespace

Settings::Settings(Database &database, QObject *parent)
    : QObject(parent)
    , m_table(std::make_unique<KeyValueTable>(database, KeyValueTable::Name::Settings))
{
    load();
}

Settings::~Settings() = default;

void Settings::load()
{
    const auto read = m_table->all();
    if (!read)
        qCWarning(lcSettings).noquote() << read.errorMessage() << "- the defaults are used";
    const QHash<QString, QString> stored = read ? read.value() : QHash<QString, QString>();
    for (const SettingSpec &spec : SettingsSchema::all()) {
        QJsonValue value = spec.defaultValue;
        if (const auto it = stored.constFind(spec.name); it != stored.cend()) {
            const auto decoded = decode(it.value());
            const auto normalized = decoded ? spec.normalize(*decoded) : Result<QJsonValue>(Error{});
            if (normalized.ok())
                value = normalized.value();
            else
                qCWarning(lcSettings) << "ignoring an invalid stored value for" << spec.name;
        }
        m_values.insert(spec.key, value);
    }
}

QJsonValue Settings::value(SettingKey key) const
{
    return m_values.value(key, SettingsSchema::spec(key).defaultValue);
}

int Settings::dailyBudget(SettingKey key) const
{
    return value(key).toInt();
}

QColor Settings::defaultOverlayColor() const
{
    return QColor::fromString(value(SettingKey::DefaultOverlayColor).toString());
}

Settings::ColorStyle Settings::colorStyle() const
{
    const QString style = value(SettingKey::ColorStyle).toString();
    if (style == u"vibrant"_s)
        return ColorStyle::Vibrant;
    if (style == u"muted"_s)
        return ColorStyle::Muted;
    return ColorStyle::Dominant;
}

int Settings::pollIntervalSeconds() const
{
    return value(SettingKey::PollIntervalSeconds).toInt();
}

int Settings::syncIntervalMinutes() const
{
    return value(SettingKey::SyncIntervalMinutes).toInt();
}

int Settings::historyDays() const
{
    return value(SettingKey::HistoryDays).toInt();
}

QString Settings::theme() const
{
    return value(SettingKey::Theme).toString();
}

QString Settings::language() const
{
    return value(SettingKey::Language).toString();
}

bool Settings::startAtLogin() const
{
    return value(SettingKey::StartAtLogin).toBool();
}

QStringList Settings::musicFolders() const
{
    QStringList folders;
    for (const auto &folder : value(SettingKey::MusicFolders).toArray())
        folders.append(folder.toString());
    return folders;
}

QString Settings::fileNameTemplate() const
{
    return value(SettingKey::FileNameTemplate).toString();
}

quint16 Settings::serverPort() const
{
    return quint16(value(SettingKey::ServerPort).toInt());
}

QString Settings::player() const
{
    return value(SettingKey::Player).toString();
}

QString Settings::outputFolder() const
{
    return value(SettingKey::OutputFolder).toString();
}

QString Settings::outputPattern() const
{
    return value(SettingKey::OutputPattern).toString();
}

bool Settings::outputKeepWhenPaused() const
{
    return value(SettingKey::OutputKeepWhenPaused).toBool();
}

QString Settings::obsWebSocketUrl() const
{
    return value(SettingKey::ObsWebSocketUrl).toString();
}

bool Settings::obsPasswordSaved() const
{
    return value(SettingKey::ObsPasswordSaved).toBool();
}

QJsonObject Settings::publicJson() const
{
    QJsonObject json;
    for (const SettingSpec &spec : SettingsSchema::all()) {
        if (spec.inPublicApi)
            json.insert(spec.name, value(spec.key));
    }
    return json;
}

Result<void> Settings::update(const QJsonObject &changes, bool includeInternal)
{
    QHash<SettingKey, QJsonValue> accepted;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const SettingSpec *spec = SettingsSchema::find(it.key());
        if (!spec || (!spec->inPublicApi && !includeInternal))
            return Error{tr("There is no setting named \"%1\".").arg(it.key())};
        auto normalized = spec->normalize(it.value());
        if (!normalized)
            return normalized.error();
        accepted.insert(spec->key, normalized.value());
    }

    QHash<QString, QString> rows;
    QList<SettingKey> changedKeys;
    for (auto it = accepted.cbegin(); it != accepted.cend(); ++it) {
        if (value(it.key()) == it.value())
            continue;
        rows.insert(SettingsSchema::spec(it.key()).name, encode(it.value()));
        changedKeys.append(it.key());
    }
    if (changedKeys.isEmpty())
        return {};
    if (auto written = m_table->write(rows); !written)
        return written;
    for (SettingKey key : std::as_const(changedKeys))
        m_values.insert(key, accepted.value(key));
    std::sort(changedKeys.begin(), changedKeys.end());
    Q_EMIT changed(changedKeys);
    return {};
}

Result<void> Settings::set(SettingKey key, const QJsonValue &newValue)
{
    return update({{SettingsSchema::spec(key).name, newValue}}, true);
}
