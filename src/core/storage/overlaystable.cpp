#include "storage/overlaystable.h"

#include "overlays/overlayjson.h"
#include "storage/database.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {

// Stored with a "Z", so read back as UTC.
QDateTime timeFrom(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s);
}

} // namespace

OverlaysTable::OverlaysTable(Database &database)
    : m_database(database)
{ }

Result<QList<Overlay>> OverlaysTable::list() const
{
    return select({}, {});
}

Result<std::optional<Overlay>> OverlaysTable::read(const QString &id) const
{
    auto found = select(u"WHERE id = ?"_s, id);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<Overlay>();
    return std::optional<Overlay>(found->constFirst());
}

Result<QList<Overlay>> OverlaysTable::select(const QString &where, const QString &id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT id, name, template, html, css, options, created_at, updated_at FROM overlays %1 "
                  "ORDER BY created_at, rowid"_s.arg(where));
    if (!id.isNull())
        query.addBindValue(id);
    if (!query.exec())
        return Error{tr("Reading the overlays failed: %1").arg(query.lastError().text())};
    QList<Overlay> overlays;
    while (query.next()) {
        // The stored options are read over the template's defaults: an option added by a later
        // version takes its default, one that no longer checks keeps it.
        const auto stored = QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object();
        auto overlay = OverlayJson::create({{u"name"_s, query.value(1).toString()},
            {u"template"_s, query.value(2).toString()}, {u"options"_s, stored}});
        if (!overlay)
            overlay = OverlayJson::create(
                {{u"name"_s, query.value(1).toString()}, {u"template"_s, query.value(2).toString()}});
        if (!overlay)
            continue;
        Overlay &read = overlay.value();
        read.id = query.value(0).toString();
        read.html = query.value(3).toString();
        read.css = query.value(4).toString();
        read.createdAt = timeFrom(query.value(6).toString());
        read.updatedAt = timeFrom(query.value(7).toString());
        overlays.append(std::move(read));
    }
    return overlays;
}

Result<Overlay> OverlaysTable::write(Overlay overlay)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!overlay.createdAt.isValid())
        overlay.createdAt = now;
    overlay.updatedAt = now;
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT INTO overlays (id, name, template, html, css, options, created_at, updated_at) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET name = excluded.name, "
                  "template = excluded.template, html = excluded.html, css = excluded.css, "
                  "options = excluded.options, updated_at = excluded.updated_at"_s);
    query.addBindValue(overlay.id);
    query.addBindValue(overlay.name);
    query.addBindValue(overlay.templateName);
    query.addBindValue(overlay.html.isNull() ? u""_s : overlay.html);
    query.addBindValue(overlay.css.isNull() ? u""_s : overlay.css);
    query.addBindValue(
        QString::fromUtf8(QJsonDocument(OverlayJson::optionsJson(overlay.options)).toJson(QJsonDocument::Compact)));
    query.addBindValue(timeText(overlay.createdAt));
    query.addBindValue(timeText(overlay.updatedAt));
    if (!query.exec())
        return Error{tr("Saving the overlay \"%1\" failed: %2").arg(overlay.name, query.lastError().text())};
    return overlay;
}

Result<bool> OverlaysTable::remove(const QString &id)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"DELETE FROM overlays WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec())
        return Error{tr("Deleting the overlay failed: %1").arg(query.lastError().text())};
    return query.numRowsAffected() > 0;
}
