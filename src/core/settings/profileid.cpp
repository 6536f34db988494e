#include "settings/profileid.h"

#include "storage/keyvaluetable.h"

#include <QRandomGenerator>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace ProfileId {

Result<QString> ensure(Database &database)
{
    KeyValueTable meta(database, KeyValueTable::Name::Meta);
    const QString key = u"profile_id"_s;
    const auto stored = meta.value(key);
    if (!stored)
        return stored.error();
    if (stored.value() && isValid(*stored.value()))
        return *stored.value();

    static constexpr char alphabet[] = "abcdefghijkmnpqrstuvwxyz23456789";
    QString id;
    for (int i = 0; i < 12; ++i)
        id += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof alphabet) - 1)]);
    if (auto written = meta.write({{key, id}}); !written)
        return written.error();
    return id;
}

bool isValid(const QString &id)
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(u"[a-z0-9]{12}"_s));
    return pattern.match(id).hasMatch();
}

} // namespace ProfileId
