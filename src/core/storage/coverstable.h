#pragma once

#include "color/palette.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class Database;

// A cover MelodyHue has seen: its colours and its image file in the cover cache.
struct CoverRecord {
    QString url;
    Palette palette;
    QString file;
    QByteArray mimeType;
    qint64 bytes = 0;
};

class CoversTable
{
    Q_DECLARE_TR_FUNCTIONS(CoversTable)

public:
    explicit CoversTable(Database &database);

    // The cover of `url`, marked as used now; nullopt when it was never seen.
    Result<std::optional<CoverRecord>> use(const QString &url);
    Result<void> put(const CoverRecord &record);
    Result<void> remove(const QString &url);
    // Forgets the least recently used covers until the others fit in `maximumBytes`; returns
    // the files of the forgotten ones, for the cache to delete.
    Result<QStringList> trim(qint64 maximumBytes);

private:
    Database &m_database;
};
