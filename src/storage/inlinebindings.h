#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

namespace kuaibao {

// `sql` with each `?` (outside quotes) replaced by its value as the driver writes a literal:
// how statements run on PostgreSQL, where QPSQL would otherwise PREPARE and DEALLOCATE each
// one on the server (two more round trips, and a warning when a failed statement's
// transaction can no longer deallocate it).
QString inlineBindings(const QSqlDatabase &db, const QString &sql, const QVariantList &bindings);

} // namespace kuaibao
