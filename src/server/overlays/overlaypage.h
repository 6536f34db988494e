#pragma once

#include "overlays/overlay.h"
#include "server/overlays/templatefiller.h"

#include <QByteArray>

struct OverlayColors;
struct PlaybackState;

// An overlay as the complete page an OBS browser source loads: its template filled with what
// plays now, the options as classes and CSS variables, and the small script (/overlay.js)
// that keeps it live from /ws.
namespace OverlayPage {

// The placeholders' values for this overlay now. `coverPath` is where this server serves the
// cover ("" when there is none).
TemplateFiller::Values values(
    const PlaybackState &state, const OverlayColors &colors, const OverlayOptions &options, const QString &coverPath);

QByteArray render(const Overlay &overlay, const TemplateFiller::Values &values, const PlaybackState &state);

// The page may load only from this server: its script, its cover and /ws on `port`; no other
// page may frame it (a web page would otherwise make the user's browser render it at will).
QByteArray contentSecurityPolicy(quint16 port);

// The script every overlay page runs.
QByteArray script();

} // namespace OverlayPage
