#include "overlays/overlaystore.h"

#include "overlays/overlayjson.h"

#include <QRandomGenerator>

using namespace Qt::Literals::StringLiterals;

OverlayStore::OverlayStore(Database &database, QObject *parent)
    : QObject(parent)
    , m_table(database)
{ }

Result<QList<Overlay>> OverlayStore::list() const
{
    return m_table.list();
}

Result<Overlay> OverlayStore::find(const QString &id) const
{
    auto found = m_table.read(id);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{tr("There is no overlay \"%1\".").arg(id), ErrorKind::NotFound};
    return **found;
}

Result<Overlay> OverlayStore::create(const QJsonObject &fields)
{
    auto overlay = OverlayJson::create(fields);
    if (!overlay)
        return overlay;
    overlay.value().id = newId();
    return save(std::move(overlay).value());
}

Result<Overlay> OverlayStore::update(const QString &id, const QJsonObject &changes)
{
    auto overlay = find(id);
    if (!overlay)
        return overlay;
    auto updated = OverlayJson::update(std::move(overlay).value(), changes);
    if (!updated)
        return updated;
    return save(std::move(updated).value());
}

Result<Overlay> OverlayStore::duplicate(const QString &id, const QJsonObject &changes)
{
    auto original = find(id);
    if (!original)
        return original;
    Overlay copy = std::move(original).value();
    copy.id = newId();
    copy.createdAt = {};
    const QString suffix = tr(" (copy)");
    copy.name = copy.name.left(OverlayJson::maxNameLength - suffix.size()) + suffix;
    auto changed = OverlayJson::update(std::move(copy), changes);
    if (!changed)
        return changed;
    return save(std::move(changed).value());
}

Result<void> OverlayStore::remove(const QString &id)
{
    const auto deleted = m_table.remove(id);
    if (!deleted)
        return deleted.error();
    if (!*deleted)
        return Error{tr("There is no overlay \"%1\".").arg(id), ErrorKind::NotFound};
    Q_EMIT removed(id);
    return {};
}

Result<Overlay> OverlayStore::restore(const Overlay &overlay)
{
    return save(overlay);
}

Result<Overlay> OverlayStore::save(Overlay overlay)
{
    auto saved = m_table.write(std::move(overlay));
    if (saved)
        Q_EMIT changed(saved->id);
    return saved;
}

QString OverlayStore::newId()
{
    // Short enough to read out of a URL, 40 bits so that two never meet.
    static constexpr QLatin1StringView alphabet("abcdefghijkmnpqrstuvwxyz23456789");
    QString id;
    for (int i = 0; i < 8; ++i)
        id.append(QChar(alphabet.at(QRandomGenerator::system()->bounded(int(alphabet.size())))));
    return id;
}
