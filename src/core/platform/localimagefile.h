#pragma once

#include "util/result.h"

#include <QCoreApplication>

// Reads a cover that a media player names with a file:// URL. Any local program can name any
// path, so only a regular file under `maximumBytes` is read (never a device, a FIFO or a
// socket, which could block or never end), and what it holds is checked to be an image later.
class LocalImageFile
{
    Q_DECLARE_TR_FUNCTIONS(LocalImageFile)

public:
    static Result<QByteArray> read(const QString &path, qint64 maximumBytes);
};
