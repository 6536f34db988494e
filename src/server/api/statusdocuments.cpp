#include "server/api/statusdocuments.h"

#include "nowplaying/nowplaying.h"
#include "nowplaying/overlaycolors.h"
#include "settings/settings.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace {

QString hex(const QColor &color)
{
    return color.name(QColor::HexRgb);
}

QJsonValue trackJson(const PlaybackState &state)
{
    if (!state.track)
        return QJsonValue::Null;
    const Track &track = *state.track;
    return QJsonObject{
        {u"id"_s, track.id},
        {u"title"_s, track.title},
        {u"artists"_s, QJsonArray::fromStringList(track.artists)},
        {u"album"_s, track.album},
        {u"cover_url"_s, track.coverUrl.toString()},
        {u"duration_ms"_s, track.durationMs},
        {u"progress_ms"_s, track.progressMs},
        {u"url"_s, track.url.toString()},
        {u"type"_s, track.type},
    };
}

} // namespace

StatusDocuments::StatusDocuments(const Settings &settings, const NowPlaying &nowPlaying, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_nowPlaying(nowPlaying)
{
    m_healthReply = Reply::json(QJsonObject{{u"status"_s, u"ok"_s}, {u"version"_s, QStringLiteral(MELODYHUE_VERSION)}})
                        .serialize();
    connect(&settings, &Settings::changed, this, [this](const QList<SettingKey> &keys) {
        if (keys.contains(SettingKey::DefaultOverlayColor) || keys.contains(SettingKey::ColorStyle))
            rebuild();
    });
    connect(&nowPlaying, &NowPlaying::changed, this, &StatusDocuments::rebuild);
    rebuild();
}

void StatusDocuments::rebuild()
{
    const PlaybackState &state = m_nowPlaying.state();
    const OverlayColors colors = OverlayColors::resolve(state, m_settings);

    m_colorReply = Reply::json(QJsonObject{
                                   {u"color"_s, hex(colors.color)},
                                   {u"text_color"_s, hex(colors.text)},
                                   {u"source"_s, colors.fromCover ? u"cover"_s : u"default"_s},
                                   {u"is_playing"_s, state.isPlaying},
                               })
                       .serialize();

    const QJsonObject palette{
        {u"dominant"_s, hex(colors.palette.dominant)},
        {u"vibrant"_s, hex(colors.palette.vibrant)},
        {u"muted"_s, hex(colors.palette.muted)},
        {u"text"_s, hex(colors.palette.text)},
    };
    QJsonObject infos{
        {u"is_playing"_s, state.isPlaying},
        {u"service"_s, state.service.isEmpty() ? QJsonValue::Null : QJsonValue(state.service)},
        {u"color"_s, hex(colors.color)},
        {u"palette"_s, palette},
        {u"track"_s, trackJson(state)},
    };
    if (infos == m_infosContent)
        return;
    m_infosContent = infos;
    // updated_at says when the document last changed, whether the music or a setting changed it.
    infos.insert(u"updated_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    m_infos = QJsonDocument(infos).toJson(QJsonDocument::Compact);
    m_infosReply = Reply::jsonBytes(m_infos).serialize();
    Q_EMIT infosChanged(m_infos);
}
