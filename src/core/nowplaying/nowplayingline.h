#pragma once

#include "util/plaintext.h"

#include <QString>
#include <QStringList>

// The `output_pattern` line ("{artists} — {title}") for a track, in one line, with no dangling
// dash where a part is empty: now-playing.txt, /now.txt and /recent.txt.
QString nowPlayingLine(const QString &pattern, const QString &title, const QStringList &artists, const QString &album);
