#pragma once

#include "util/result.h"

#include <QString>

class Database;

// The id of the local profile kept in this data folder: the `{profile}` of /color/{profile}
// and the namespace of its keychain entries, so two data folders never share secrets.
namespace ProfileId {
Result<QString> ensure(Database &database);
bool isValid(const QString &id);
} // namespace ProfileId
