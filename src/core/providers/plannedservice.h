#pragma once

#include "providers/musicservice.h"

#include <QCoreApplication>

// A service this version of MelodyHue lists on the Connect page ("Coming soon") but cannot
// connect yet: SoundCloud and TIDAL, until their own classes arrive.
class PlannedService : public MusicService
{
    Q_DECLARE_TR_FUNCTIONS(PlannedService)

public:
    static std::unique_ptr<MusicService> soundCloud();
    static std::unique_ptr<MusicService> tidal();

    PlannedService(QString id, QString name, QString description);

    QString id() const override { return m_id; }
    QString name() const override { return m_name; }
    QString logo() const override;
    QString description() const override;
    bool isAvailable() const override { return false; }
    OAuthEndpoints endpoints() const override { return {}; }
    CredentialsGuide credentialsGuide() const override { return {}; }
    Result<QString> normalizeClientId(const QString &clientId) const override;
    Error authorizationRefusal(const HttpResponse &response, const QString &redirectUri) const override;
    ServiceRefusal readRefusal(const HttpResponse &response) const override;
    HttpClient::Headers signedHeaders(const QString &accessToken) const override;
    QCoro::Task<Result<AccountProfile>> fetchProfile(HttpClient &http, QString accessToken) const override;

private:
    Error notYet() const;

    QString m_id;
    QString m_name;
    // Untranslated; description() translates it.
    QString m_description;
};
