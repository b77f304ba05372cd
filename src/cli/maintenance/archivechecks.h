#pragma once

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace kuaibao {

class Database;

// One check `kuaibao-cli check` runs over the whole archive: its name as printed, and what it
// found (one sentence per problem; empty when sound).
struct ArchiveCheck {
    QString name;
    std::function<Result<QStringList>(Database &)> run;
};

// Every check of `archive`'s engine, in the order `check` runs and prints them. A feature that
// can check the archive (the sign-off signature verify) adds its ArchiveCheck to this list.
QList<ArchiveCheck> archiveChecks(const Database &archive);

} // namespace kuaibao
