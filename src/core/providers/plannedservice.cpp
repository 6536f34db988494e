#include "providers/plannedservice.h"

using namespace Qt::Literals::StringLiterals;

std::unique_ptr<MusicService> PlannedService::soundCloud()
{
    return std::make_unique<PlannedService>(u"soundcloud"_s, u"SoundCloud"_s,
        QStringLiteral(QT_TRANSLATE_NOOP(
            "PlannedService", "Liked tracks from SoundCloud, with downloads where artists allow them.")));
}

std::unique_ptr<MusicService> PlannedService::tidal()
{
    return std::make_unique<PlannedService>(u"tidal"_s, u"TIDAL"_s,
        QStringLiteral(QT_TRANSLATE_NOOP("PlannedService", "Liked tracks from your TIDAL collection.")));
}

PlannedService::PlannedService(QString id, QString name, QString description)
    : m_id(std::move(id))
    , m_name(std::move(name))
    , m_description(std::move(description))
{ }

QString PlannedService::logo() const
{
    return u":/logos/"_s + m_id + u".svg"_s;
}

QString PlannedService::description() const
{
    return tr(m_description.toUtf8().constData());
}

Error PlannedService::notYet() const
{
    return Error{tr("MelodyHue cannot connect %1 yet.").arg(m_name), ErrorKind::NotFound};
}

Result<QString> PlannedService::normalizeClientId(const QString &) const
{
    return notYet();
}

Error PlannedService::authorizationRefusal(const HttpResponse &, const QString &) const
{
    return notYet();
}

ServiceRefusal PlannedService::readRefusal(const HttpResponse &response) const
{
    Q_UNUSED(response);
    return {ServiceRefusal::Kind::Other, notYet().message};
}

HttpClient::Headers PlannedService::signedHeaders(const QString &) const
{
    return {};
}

QCoro::Task<Result<AccountProfile>> PlannedService::fetchProfile(HttpClient &, QString) const
{
    co_return notYet();
}
