#include "server/api/statusdocuments.h"

#include "nowplaying/nowplaying.h"
#include "nowplaying/overlaycolors.h"
#include "overlays/attribution.h"
#include "settings/settings.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace {

QJsonValue attributionJson(const PlaybackState &state)
{
    const auto credit = state.track ? Attribution::forService(state.service) : std::nullopt;
    if (!credit)
        return QJsonValue::Null;
    return QJsonObject{{u"name"_s, credit->name}, {u"logo"_s, credit->logoPath}};
}

QString hex(const QColor &color)
{
    return color.name(QColor::HexRgb);
}

QJsonValue sourceName(PlaybackSource source)
{
    switch (source) {
    case PlaybackSource::MediaSession:
        return u"media_session"_s;
    case PlaybackSource::WebApi:
        return u"web_api"_s;
    case PlaybackSource::None:
        break;
    }
    return QJsonValue::Null;
}

QJsonValue trackJson(const PlaybackState &state, const QString &coverPath)
{
    if (!state.track)
        return QJsonValue::Null;
    const Track &track = *state.track;
    return QJsonObject{
        {u"id"_s, track.id},
        {u"title"_s, track.title},
        {u"artists"_s, QJsonArray::fromStringList(track.artists)},
        {u"album"_s, track.album},
        // Only web addresses: a player's file:// path is served by /cover, never shown.
        {u"cover_url"_s, track.coverUrl.isLocalFile() ? QString() : track.coverUrl.toString()},
        // The same image from this server, which overlay pages may load.
        {u"local_cover_url"_s, coverPath.isEmpty() ? QJsonValue::Null : QJsonValue(coverPath)},
        {u"duration_ms"_s, track.durationMs},
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
    m_tick.setInterval(tickInterval);
    connect(&m_tick, &QTimer::timeout, this, &StatusDocuments::serializeInfos);
    connect(&settings, &Settings::changed, this, [this](const QList<SettingKey> &keys) {
        if (keys.contains(SettingKey::DefaultOverlayColor) || keys.contains(SettingKey::ColorStyle))
            rebuild();
    });
    connect(&nowPlaying, &NowPlaying::changed, this, &StatusDocuments::rebuild);
    rebuild();
}

Reply StatusDocuments::cover() const
{
    if (m_coverReply.isEmpty())
        return Reply::error(404, tr("No cover is showing right now."));
    return Reply::preserialized(m_coverReply);
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

    if (state.coverImage.isEmpty()) {
        m_coverImage.clear();
        m_coverReply.clear();
        m_coverPath.clear();
    } else if (!state.coverImage.isSharedWith(m_coverImage)) {
        m_coverImage = state.coverImage;
        Reply cover;
        cover.contentType = state.coverMimeType;
        cover.body = state.coverImage;
        m_coverReply = cover.serialize();
        m_coverPath = u"/cover?v="_s + QString::number(qHash(m_coverImage), 36);
    }

    const QJsonObject palette{
        {u"dominant"_s, hex(colors.palette.dominant)},
        {u"vibrant"_s, hex(colors.palette.vibrant)},
        {u"muted"_s, hex(colors.palette.muted)},
        {u"text"_s, hex(colors.palette.text)},
    };
    const QJsonObject content{
        {u"is_playing"_s, state.isPlaying},
        {u"service"_s, state.service.isEmpty() ? QJsonValue::Null : QJsonValue(state.service)},
        {u"source"_s, sourceName(state.source)},
        {u"player"_s, state.reporter.isEmpty() ? QJsonValue::Null : QJsonValue(state.reporter)},
        {u"color"_s, hex(colors.color)},
        {u"text_color"_s, hex(colors.text)},
        // Whether the colour is the cover's or the default one (paused, no cover).
        {u"color_source"_s, colors.fromCover ? u"cover"_s : u"default"_s},
        {u"palette"_s, palette},
        {u"track"_s, trackJson(state, m_coverPath)},
        // What it shows could not be checked as planned lately; overlays keep showing it.
        {u"stale"_s, state.stale},
        // Who to credit on the overlay (Spotify asks for it), or null.
        {u"attribution"_s, attributionJson(state)},
    };
    const bool ticking = state.isPlaying && state.track;
    if (ticking && !m_tick.isActive())
        m_tick.start();
    else if (!ticking)
        m_tick.stop();
    if (content != m_infosContent) {
        m_infosContent = content;
        // updated_at says when the document last changed, whether the music or a setting
        // changed it; progress alone does not count.
        m_updatedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    }
    serializeInfos();
}

void StatusDocuments::serializeInfos()
{
    const PlaybackState &state = m_nowPlaying.state();
    QJsonObject infos = m_infosContent;
    if (state.track) {
        QJsonObject track = infos.value(u"track"_s).toObject();
        track.insert(u"progress_ms"_s, state.progressMsAt(QDateTime::currentDateTimeUtc()));
        infos.insert(u"track"_s, track);
    }
    infos.insert(u"updated_at"_s, m_updatedAt);
    QByteArray serialized = QJsonDocument(infos).toJson(QJsonDocument::Compact);
    if (serialized == m_infos)
        return;
    m_infos = std::move(serialized);
    m_infosReply = Reply::jsonBytes(m_infos).serialize();
    Q_EMIT infosChanged(m_infos);
}
