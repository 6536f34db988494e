#pragma once

#include "overlays/overlay.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

class Database;

// The overlays in SQLite, oldest first.
class OverlaysTable
{
    Q_DECLARE_TR_FUNCTIONS(OverlaysTable)

public:
    explicit OverlaysTable(Database &database);

    Result<QList<Overlay>> list() const;
    Result<std::optional<Overlay>> read(const QString &id) const;
    // Adds the overlay, or replaces the one with its id; its times are set here.
    Result<Overlay> write(Overlay overlay);
    // False when there was no such overlay.
    Result<bool> remove(const QString &id);

private:
    Result<QList<Overlay>> select(const QString &where, const QString &id) const;

    Database &m_database;
};
