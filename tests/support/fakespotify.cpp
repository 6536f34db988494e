#include "fakespotify.h"

#include "auth/pkce.h"

#include <QBuffer>
#include <QDateTime>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {

Reply json(const QJsonObject &object, int status = 200)
{
    return Reply::json(object, status);
}

// Spotify's accounts service answers some refusals with a line of plain text.
Reply text(const QByteArray &body, int status)
{
    Reply reply;
    reply.status = status;
    reply.contentType = QByteArrayLiteral("text/plain");
    reply.body = body;
    return reply;
}

// Spotify's token endpoint errors: {"error":"invalid_grant","error_description":"…"}.
Reply oauthError(const QString &error, const QString &description, int status = 400)
{
    return json({{u"error"_s, error}, {u"error_description"_s, description}}, status);
}

// Spotify's Web API errors: {"error":{"status":401,"message":"…"}}.
Reply apiError(int status, const QString &message)
{
    return json({{u"error"_s, QJsonObject{{u"status"_s, status}, {u"message"_s, message}}}}, status);
}

QUrlQuery formOf(const HttpRequest &request)
{
    return QUrlQuery(QString::fromUtf8(request.body).replace(u'+', u' '));
}

QUrlQuery queryOf(const HttpRequest &request)
{
    return QUrlQuery(QString::fromLatin1(request.query()));
}

} // namespace

FakeSpotify::FakeSpotify()
    : m_server(ServerLimits{}, *this)
{
    if (!m_server.listen(QHostAddress::LocalHost, 0))
        qFatal("FakeSpotify cannot listen");
    m_started.start();
    m_server.allowHostsForPort(m_server.serverPort());
    m_url = QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort()));
    m_player.setImageBase(m_url);
    m_library.fill(3);
}

int FakeSpotify::requestsTo(const QString &path) const
{
    int count = 0;
    for (auto it = m_requestCounts.cbegin(); it != m_requestCounts.cend(); ++it) {
        if (it.key().startsWith(path))
            count += it.value();
    }
    return count;
}

FakeSpotify::~FakeSpotify() = default;

void FakeSpotify::useForMelodyHue() const
{
    qputenv("MELODYHUE_SPOTIFY_ACCOUNTS_URL", m_url.toString().toUtf8());
    qputenv("MELODYHUE_SPOTIFY_API_URL", m_url.toString().toUtf8());
}

void FakeSpotify::revokeRefreshTokens()
{
    m_refreshTokens.clear();
    m_accessTokens.clear();
}

void FakeSpotify::failNext(const QString &path, int status, int retryAfterSeconds, int times)
{
    m_faults.append({path, status, retryAfterSeconds, times});
}

QString FakeSpotify::newSecret(const char *prefix)
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::global()->generate(bytes.begin(), bytes.end());
    const QString secret = QLatin1String(prefix)
        + QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    m_issued.append(secret);
    return secret;
}

std::optional<Reply> FakeSpotify::injectedFault(const HttpRequest &request)
{
    for (auto it = m_faults.begin(); it != m_faults.end(); ++it) {
        if (!request.path().startsWith(it->path.toUtf8()))
            continue;
        Reply response
            = it->status == 429 ? apiError(429, u"API rate limit exceeded"_s) : apiError(it->status, u"Server error"_s);
        if (it->retryAfter > 0)
            response.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(it->retryAfter)});
        if (--it->times <= 0)
            m_faults.erase(it);
        return response;
    }
    return std::nullopt;
}

void FakeSpotify::handleRequest(const HttpRequest &request, HttpResponder responder)
{
    if (const auto delay = m_delays.value(request.path().toByteArray()); delay.count() > 0) {
        QTimer::singleShot(delay, responder.context(), [this, request, responder] {
            responder.send(route(request));
            Q_EMIT answered(request.path().toByteArray());
        });
        return;
    }
    responder.send(route(request));
    Q_EMIT answered(request.path().toByteArray());
}

Reply FakeSpotify::route(const HttpRequest &request)
{
    using Method = HttpRequest::Method;
    const QByteArrayView path = request.path();
    ++m_requestCounts[QString::fromUtf8(path.toByteArray())];
    m_timeline.append(u"%1 ms %2 %3"_s.arg(m_started.elapsed())
                          .arg(QString::fromLatin1(request.methodName), QString::fromUtf8(path.toByteArray())));
    if (path == "/authorize" && request.method == Method::Get) {
        if (auto fault = injectedFault(request))
            return std::move(*fault);
        return authorize(request);
    }
    if (path == "/api/token" && request.method == Method::Post) {
        ++m_tokenRequests;
        if (auto fault = injectedFault(request))
            return std::move(*fault);
        return token(request);
    }
    if (request.method != Method::Get)
        return apiError(405, u"Method not allowed"_s);
    if (path == "/v1/me") {
        return api(request, [this] {
            return m_forbidProfile ? apiError(403, u"User not registered in the Developer Dashboard"_s)
                                   : json(spotifySample(u"me.json"_s));
        });
    }
    if (path == "/v1/me/player/currently-playing" || path == "/v1/me/player") {
        return api(request, [this, &request] {
            const bool episodes = queryOf(request).queryItemValue(u"additional_types"_s).contains(u"episode"_s);
            const auto answer
                = request.path() == "/v1/me/player" ? m_player.player(episodes) : m_player.currentlyPlaying(episodes);
            if (answer)
                return json(*answer);
            Reply nothing;
            nothing.status = 204;
            return nothing;
        });
    }
    if (path == "/v1/me/tracks")
        return api(request, [this, &request] { return likedTracks(request); });
    if (path.startsWith("/image/")) {
        // A cover of one colour per id, in the size its name asks for ("<id>-64").
        const QString name = QString::fromUtf8(path.sliced(7).toByteArray());
        const QString id = name.section(u'-', 0, -2).isEmpty() ? name : name.section(u'-', 0, -2);
        const int size = std::clamp(name.section(u'-', -1).toInt(), 16, 640);
        QImage cover(size, size, QImage::Format_RGB32);
        cover.fill(m_coverColors.value(id, QColor::fromRgb(qHash(id) & 0xffffff)));
        Reply image;
        image.contentType = QByteArrayLiteral("image/jpeg");
        QBuffer buffer(&image.body);
        buffer.open(QIODevice::WriteOnly);
        cover.save(&buffer, "JPEG", 80);
        return image;
    }
    return apiError(404, u"Service not found"_s);
}

Reply FakeSpotify::authorize(const HttpRequest &request)
{
    const QUrlQuery query = queryOf(request);
    const QString redirectUri = query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded);
    m_lastRedirectUri = redirectUri;
    if (query.queryItemValue(u"client_id"_s) != clientId())
        return text("INVALID_CLIENT: Invalid client", 400);
    if (!m_redirectUris.contains(redirectUri) || !QUrl(redirectUri).host().startsWith(u"127.0.0.1"_s))
        return text("INVALID_CLIENT: Invalid redirect URI", 400);
    if (query.queryItemValue(u"response_type"_s) != u"code"_s)
        return text("unsupported_response_type", 400);
    if (query.queryItemValue(u"code_challenge_method"_s) != u"S256"_s
        || query.queryItemValue(u"code_challenge"_s).size() != 43)
        return text("INVALID_REQUEST: code_challenge_method must be S256", 400);
    const QString state = query.queryItemValue(u"state"_s);
    if (state.size() < 16)
        return text("INVALID_REQUEST: missing state", 400);
    m_lastScope = query.queryItemValue(u"scope"_s, QUrl::FullyDecoded);

    QUrl target(redirectUri);
    QUrlQuery answer;
    if (m_consent == Consent::Deny) {
        answer.addQueryItem(u"error"_s, u"access_denied"_s);
    } else {
        const QString code = newSecret("code-");
        m_codes.insert(code, {clientId(), redirectUri, query.queryItemValue(u"code_challenge"_s), m_lastScope});
        answer.addQueryItem(u"code"_s, code);
    }
    answer.addQueryItem(u"state"_s, state);
    target.setQuery(answer);
    Reply response;
    response.status = 302;
    response.headers.append({QByteArrayLiteral("Location"), target.toEncoded()});
    return response;
}

Reply FakeSpotify::token(const HttpRequest &request)
{
    const QUrlQuery form = formOf(request);
    QString client = form.queryItemValue(u"client_id"_s);
    const QByteArray authorization = request.header("authorization");
    if (authorization.startsWith("Basic ")) {
        const QList<QByteArray> pair = QByteArray::fromBase64(authorization.mid(6)).split(':');
        if (pair.size() != 2 || QString::fromUtf8(pair[1]) != m_clientSecret)
            return oauthError(u"invalid_client"_s, u"Invalid client secret"_s);
        client = QString::fromUtf8(pair[0]);
    }
    if (client != clientId())
        return oauthError(u"invalid_client"_s, u"Invalid client"_s);

    const QString grant = form.queryItemValue(u"grant_type"_s);
    if (grant == u"authorization_code"_s) {
        const QString codeValue = form.queryItemValue(u"code"_s);
        auto code = m_codes.find(codeValue);
        if (code == m_codes.end() || code->used)
            return oauthError(u"invalid_grant"_s, u"Invalid authorization code"_s);
        code->used = true; // single use, even when the rest is wrong
        if (form.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded) != code->redirectUri)
            return oauthError(u"invalid_grant"_s, u"Invalid redirect URI"_s);
        if (Pkce::challengeFor(form.queryItemValue(u"code_verifier"_s)) != code->challenge)
            return oauthError(u"invalid_grant"_s, u"code_verifier was incorrect"_s);
        return issueTokens(client, code->scope, QString());
    }
    if (grant == u"refresh_token"_s) {
        ++m_refreshRequests;
        const QString refresh = form.queryItemValue(u"refresh_token"_s);
        if (!m_refreshTokens.contains(refresh))
            return oauthError(u"invalid_grant"_s, u"Refresh token revoked"_s);
        return issueTokens(client, m_lastScope, refresh);
    }
    return oauthError(u"unsupported_grant_type"_s, u"grant_type must be authorization_code or refresh_token"_s);
}

Reply FakeSpotify::issueTokens(const QString &client, const QString &scope, const QString &refreshToken)
{
    const QString access = newSecret("access-");
    m_accessTokens.insert(access, QDateTime::currentMSecsSinceEpoch() + qint64(m_accessLifetime) * 1000);
    QJsonObject body{{u"access_token"_s, access}, {u"token_type"_s, u"Bearer"_s}, {u"scope"_s, scope},
        {u"expires_in"_s, m_accessLifetime}};
    if (refreshToken.isEmpty() || m_rotate) {
        // With PKCE, Spotify may rotate: the new refresh token replaces the old one.
        m_refreshTokens.remove(refreshToken);
        const QString fresh = newSecret("refresh-");
        m_refreshTokens.insert(fresh, client);
        body.insert(u"refresh_token"_s, fresh);
    }
    return json(body);
}

void FakeSpotify::goOffline()
{
    m_server.close();
    m_server.dropConnections();
}

void FakeSpotify::comeBackOnline()
{
    if (!m_server.listen(QHostAddress::LocalHost, quint16(m_url.port())))
        qFatal("FakeSpotify: the port %d was taken meanwhile", m_url.port());
}

void FakeSpotify::exceedQuota(int seconds)
{
    m_quotaUntilMs = QDateTime::currentMSecsSinceEpoch() + qint64(seconds) * 1000;
}

Reply FakeSpotify::api(const HttpRequest &request, const std::function<Reply()> &answer)
{
    if (auto fault = injectedFault(request))
        return std::move(*fault);
    const QByteArray authorization = request.header("authorization");
    const QString token = QString::fromLatin1(authorization.mid(7));
    if (!authorization.startsWith("Bearer ") || !m_accessTokens.contains(token))
        return apiError(401, u"Invalid access token"_s);
    if (m_accessTokens.value(token) < QDateTime::currentMSecsSinceEpoch())
        return apiError(401, u"The access token expired"_s);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now < m_quotaUntilMs) {
        const QJsonObject error{
            {u"status"_s, 429}, {u"message"_s, u"API rate limit exceeded"_s}, {u"reason"_s, u"QUOTA_EXCEEDED"_s}};
        return json(QJsonObject{{u"error"_s, error}}, 429)
            .withHeader(QByteArrayLiteral("Retry-After"), QByteArray::number((m_quotaUntilMs - now + 999) / 1000));
    }
    if (!m_ownerPremium)
        return apiError(403, u"Active premium subscription required for the owner of the app."_s);
    if (!m_allowlisted)
        return apiError(403, u"User not registered in the Developer Dashboard"_s);
    return answer();
}

Reply FakeSpotify::likedTracks(const HttpRequest &request)
{
    const QUrlQuery query = queryOf(request);
    const int limit = query.hasQueryItem(u"limit"_s) ? query.queryItemValue(u"limit"_s).toInt() : 20;
    const int offset = query.queryItemValue(u"offset"_s).toInt();
    if (limit < 1 || limit > 50 || offset < 0)
        return apiError(400, u"Invalid limit"_s);
    return json(m_library.page(m_url.toString(), offset, limit));
}
