#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <QCoroTask>

class ServiceRegistry;

// One line of the connection doctor's report.
struct ConnectionCheck {
    enum class Outcome { Good, Warning, Bad, Skipped };
    // "client_id", "app", "authorization", "web_api", "requests": for programs.
    QString id;
    Outcome outcome = Outcome::Skipped;
    // One sentence: what was found, and what to do when it is not good.
    QString message;
};

// Checks, with one or two requests, each thing a service account needs, and says in a line
// each what was found: the Client ID, the app on the service (does it know the Client ID and
// the redirect URI), the authorization (and when it must be renewed), the Web API (Premium on
// the app's owner, the user on its list of users, the quota), and today's requests.
class ConnectionDoctor
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionDoctor)

public:
    static QCoro::Task<QList<ConnectionCheck>> check(ServiceRegistry &registry, QString service);
};
