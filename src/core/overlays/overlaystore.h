#pragma once

#include "overlays/overlay.h"
#include "storage/overlaystable.h"
#include "util/result.h"

#include <QJsonObject>
#include <QObject>

#include <optional>

// The user's overlays, for the local API and the Overlays page alike: every change is checked
// (OverlayJson), stored, then announced.
class OverlayStore : public QObject
{
    Q_OBJECT

public:
    explicit OverlayStore(Database &database, QObject *parent = nullptr);

    Result<QList<Overlay>> list() const;
    // NotFound when there is no such overlay.
    Result<Overlay> find(const QString &id) const;
    Result<Overlay> create(const QJsonObject &fields);
    Result<Overlay> update(const QString &id, const QJsonObject &changes);
    // A copy named "… (copy)", with `changes` applied (e.g. {"template":"custom"}).
    Result<Overlay> duplicate(const QString &id, const QJsonObject &changes = {});
    Result<void> remove(const QString &id);
    // Puts a deleted overlay back as it was, its address included (undo).
    Result<Overlay> restore(const Overlay &overlay);

Q_SIGNALS:
    // An overlay was added or changed.
    void changed(const QString &id);
    void removed(const QString &id);

private:
    Result<Overlay> save(Overlay overlay);
    static QString newId();

    OverlaysTable m_table;
};
