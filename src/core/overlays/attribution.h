#pragma once

#include <QString>

#include <optional>

// Who to credit for what plays, on overlays: Spotify's design guidelines ask that its content be
// shown with attribution to Spotify (its name or logo). A service that asks for credit is listed
// here with its name and the address of its logo on the local server.
namespace Attribution {

struct Credit {
    QString name;
    QString logoPath; // "/logos/spotify.svg"
};

std::optional<Credit> forService(const QString &service);
// The logo resource served at `/logos/{file}`, or empty when there is none of that name.
QString logoResource(const QString &file);

} // namespace Attribution
