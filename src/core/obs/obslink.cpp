#include "obs/obslink.h"

#include "obs/obswebsocket.h"
#include "secrets/secretstore.h"
#include "settings/settings.h"

#include <QJsonArray>
#include <QPointer>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString passwordEntry = u"obs-websocket-password"_s;
const QString environmentVariable = u"MELODYHUE_OBS_WEBSOCKET_URL"_s;
// The obs-websocket requests MelodyHue makes.
const QString requestGetSceneList = u"GetSceneList"_s;
const QString requestGetInputKindList = u"GetInputKindList"_s;
const QString browserSourceKind = u"browser_source"_s;
const QString requestGetInputSettings = u"GetInputSettings"_s;
const QString requestCreateInput = u"CreateInput"_s;
const QString requestSetInputSettings = u"SetInputSettings"_s;
const QString requestGetSceneItemId = u"GetSceneItemId"_s;
const QString requestCreateSceneItem = u"CreateSceneItem"_s;

Error quitting()
{
    return Error{ObsLink::tr("MelodyHue is quitting."), ErrorKind::Cancelled};
}

} // namespace

ObsLink::ObsLink(Settings &settings, SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(secrets)
{ }

QUrl ObsLink::address() const
{
    if (addressFromEnvironment()) {
        if (const auto parsed = parseAddress(qEnvironmentVariable(qPrintable(environmentVariable))))
            return *parsed;
    }
    return QUrl(m_settings.obsWebSocketUrl());
}

bool ObsLink::addressFromEnvironment() const
{
    return !qEnvironmentVariableIsEmpty(qPrintable(environmentVariable));
}

Result<QUrl> ObsLink::parseAddress(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"ws"_s && url.scheme() != u"wss"_s) || url.host().isEmpty()
        || !url.userInfo().isEmpty()) {
        return Error{
            tr("Give obs-websocket’s address as ws://host:port, e.g. ws://127.0.0.1:4455."), ErrorKind::InvalidInput};
    }
    return url;
}

QCoro::Task<Result<void>> ObsLink::configure(std::optional<QString> address, std::optional<QString> password)
{
    if (address) {
        const auto parsed = parseAddress(*address);
        if (!parsed)
            co_return parsed.error();
        if (auto saved = m_settings.set(SettingKey::ObsWebSocketUrl, parsed->toString()); !saved)
            co_return saved.error();
    }
    if (password && password->size() > maximumPasswordLength) {
        co_return Error{
            tr("The OBS password must be at most %1 characters.").arg(maximumPasswordLength), ErrorKind::InvalidInput};
    }
    if (password) {
        QPointer<ObsLink> self(this);
        Result<void> stored;
        if (password->isEmpty())
            stored = co_await m_secrets.remove(passwordEntry);
        else
            stored = co_await m_secrets.write(passwordEntry, *password);
        if (!self)
            co_return quitting();
        if (!stored)
            co_return stored.error();
        if (auto noted = m_settings.set(SettingKey::ObsPasswordSaved, !password->isEmpty()); !noted)
            co_return noted.error();
        m_password = *password;
    }
    Q_EMIT configurationChanged();
    co_return {};
}

bool ObsLink::hasPassword() const
{
    return m_settings.obsPasswordSaved();
}

QCoro::Task<Result<QString>> ObsLink::password()
{
    if (!hasPassword())
        co_return QString();
    // A copy: QCoro moves from what co_return is given.
    if (m_password)
        co_return Result<QString>(*m_password);
    QPointer<ObsLink> self(this);
    const auto stored = co_await m_secrets.read(passwordEntry);
    if (!self)
        co_return quitting();
    if (!stored)
        co_return stored.error();
    m_password = stored->value_or(QString());
    co_return Result<QString>(*m_password);
}

QCoro::Task<Result<ObsLink::Scenes>> ObsLink::scenes()
{
    ObsWebSocket obs;
    co_return co_await openWithScenes(obs);
}

QCoro::Task<Result<void>> ObsLink::open(ObsWebSocket &obs, int subscriptions)
{
    QPointer<ObsLink> self(this);
    const auto secret = co_await password();
    if (!self)
        co_return quitting();
    if (!secret)
        co_return secret.error();
    co_return co_await obs.open(address(), *secret, subscriptions);
}

QCoro::Task<Result<ObsLink::Scenes>> ObsLink::openWithScenes(ObsWebSocket &obs)
{
    if (const auto opened = co_await open(obs, ObsWebSocket::NoEvents); !opened)
        co_return opened.error();
    const auto list = co_await obs.request(requestGetSceneList);
    if (!list)
        co_return list.error();
    Scenes scenes;
    scenes.current = list->value(u"currentProgramSceneName"_s).toString();
    scenes.webSocketVersion = obs.webSocketVersion();
    // OBS lists them bottom first; people read them top first, as in OBS's Scenes dock.
    const QJsonArray array = list->value(u"scenes"_s).toArray();
    for (qsizetype i = array.size() - 1; i >= 0; --i)
        scenes.names.append(array.at(i).toObject().value(u"sceneName"_s).toString());
    // An obs-websocket that cannot list them leaves the question to CreateInput's answer.
    const QJsonObject unversioned{{u"unversioned"_s, true}};
    const auto kinds = co_await obs.request(requestGetInputKindList, unversioned);
    if (kinds)
        scenes.hasBrowserSource = kinds->value(u"inputKinds"_s).toArray().contains(browserSourceKind);
    co_return scenes;
}

QCoro::Task<Result<ObsLink::Placement>> ObsLink::addBrowserSource(QString scene, QString source, QUrl url, QSize size)
{
    ObsWebSocket obs;
    const auto scenes = co_await openWithScenes(obs);
    if (!scenes)
        co_return scenes.error();
    if (!scenes->hasBrowserSource)
        co_return Error{noBrowserSourceMessage(), ErrorKind::NotConfigured};
    if (!scenes->names.contains(scene)) {
        co_return Error{tr("OBS has no scene \"%1\"; its scenes are: %2.").arg(scene, scenes->names.join(u", "_s)),
            ErrorKind::NotFound};
    }

    // "No access to OBS" (webpage_control_level 0): an overlay needs no control over OBS.
    const QJsonObject settings{{u"url"_s, url.toString()}, {u"width"_s, size.width()}, {u"height"_s, size.height()},
        {u"webpage_control_level"_s, 0}};
    Placement placement{scene, source, false};
    // Requests are built before each co_await: GCC 12 mishandles temporaries inside it.
    const QJsonObject which{{u"inputName"_s, source}};
    const auto existing = co_await obs.request(requestGetInputSettings, which);
    if (!existing && existing.error().kind != ErrorKind::NotFound)
        co_return existing.error();
    if (!existing) {
        const QJsonObject input{{u"sceneName"_s, scene}, {u"inputName"_s, source}, {u"inputKind"_s, browserSourceKind},
            {u"inputSettings"_s, settings}, {u"sceneItemEnabled"_s, true}};
        const auto created = co_await obs.request(requestCreateInput, input);
        if (!created && created.error().kind == ErrorKind::Unavailable)
            co_return Error{noBrowserSourceMessage(), ErrorKind::NotConfigured};
        if (!created)
            co_return created.error();
        placement.created = true;
        co_return placement;
    }
    if (existing->value(u"inputKind"_s).toString() != browserSourceKind) {
        co_return Error{tr("OBS already has a source named \"%1\" that is not a Browser source: rename it in OBS, "
                           "or rename the overlay.")
                            .arg(source),
            ErrorKind::Rejected};
    }
    const QJsonObject change{{u"inputName"_s, source}, {u"inputSettings"_s, settings}, {u"overlay"_s, true}};
    const auto updated = co_await obs.request(requestSetInputSettings, change);
    if (!updated)
        co_return updated.error();
    const QJsonObject sceneItem{{u"sceneName"_s, scene}, {u"sourceName"_s, source}};
    const auto item = co_await obs.request(requestGetSceneItemId, sceneItem);
    if (!item && item.error().kind != ErrorKind::NotFound)
        co_return item.error();
    if (!item) {
        QJsonObject enabled = sceneItem;
        enabled.insert(u"sceneItemEnabled"_s, true);
        const auto added = co_await obs.request(requestCreateSceneItem, enabled);
        if (!added)
            co_return added.error();
    }
    co_return placement;
}

QString ObsLink::noBrowserSourceMessage()
{
    return tr("This OBS has no Browser source, which overlays need: OBS from Debian’s or Ubuntu’s own packages comes "
              "without it. Install OBS from the OBS project (its PPA on Ubuntu, or Flathub), which includes it. Or "
              "show the track with OBS’s Text and Image sources, from MelodyHue’s text files and cover "
              "(Settings → Outputs).");
}

QString ObsLink::sourceName(const QString &overlayName)
{
    return u"MelodyHue: "_s + overlayName;
}
