#pragma once

#include "overlays/overlay.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QJsonObject>

// Overlays as the local API reads and writes them, and the checks every change passes: a
// change is applied whole or, with a message that names the field, not at all.
class OverlayJson
{
    Q_DECLARE_TR_FUNCTIONS(OverlayJson)

public:
    static constexpr qsizetype maxNameLength = 120;
    static constexpr qsizetype maxSourceBytes = qsizetype(256) * 1024;

    // {id,name,template,html,css,options,created_at,updated_at}
    static QJsonObject toJson(const Overlay &overlay);
    // What the page's own address gives anyone: no HTML or CSS, nothing private.
    static QJsonObject publicJson(const Overlay &overlay);
    static QJsonObject optionsJson(const OverlayOptions &options);

    // A new overlay from {name, template, html?, css?, options?}.
    static Result<Overlay> create(const QJsonObject &fields);
    // `overlay` with the given fields changed. A built-in that becomes "custom" keeps its
    // template's HTML and CSS as the start of its own; another template brings its defaults.
    static Result<Overlay> update(Overlay overlay, const QJsonObject &changes);

private:
    static Result<OverlayOptions> applyOptions(OverlayOptions options, const QJsonValue &changes);
};
