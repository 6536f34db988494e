#pragma once

#include <QCoreApplication>
#include <QStringList>

// `melodyhue palette FILE...`: prints the colours of each image as one JSON object per line,
// {"file","dominant","vibrant","muted","text","ms"} or {"file","error"}. Exits with 0 when every
// file was read, 1 when one was not, 2 on a usage error.
class PaletteCommand
{
    Q_DECLARE_TR_FUNCTIONS(PaletteCommand)

public:
    static bool isRequested(int argc, char **argv);
    static int run(const QStringList &arguments);
};
