#pragma once

#include "signaturestore.h"

#include "core/result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace kuaibao {

// Writes what follows from an issue's standing signatures: its status (草稿 … 已签发) and,
// once sign-off has begun, the footer's names (each role shows who signed it, or nothing).
// Runs on the caller's connection and transaction.
Status applySignoffState(const QSqlDatabase &db, qint64 issueId, const QStringList &roles);

} // namespace kuaibao
