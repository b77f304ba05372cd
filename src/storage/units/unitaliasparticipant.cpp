#include "unitaliasparticipant.h"

#include "unitdirectory.h"

#include "storage/sqlutil.h"

#include <QCoreApplication>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct UnitAliasParticipantText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::UnitAliasParticipant)
};

// Replaces the unit rows of one item or one also-took-part list (only those rows: whatever
// else other participants wrote in this save stays as they left it).
Status replaceUnits(const QSqlDatabase &db, const QString &table, const QString &owner,
                    qint64 ownerId, const QStringList &units) {
    const QString doing = UnitAliasParticipantText::tr("storing canonical unit names");
    if (Status s = execSql(db, QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(table, owner),
                           {ownerId}, doing);
        !s) {
        return s;
    }
    for (int u = 0; u < units.size(); ++u) {
        if (Status s =
                execSql(db,
                        QStringLiteral("INSERT INTO %1 (%2, position, unit) VALUES (?, ?, ?)")
                            .arg(table, owner),
                        {ownerId, u, units.at(u)}, doing);
            !s) {
            return s;
        }
    }
    return {};
}

Result<qint64> rowId(const QSqlDatabase &db, const QString &sql, const QVariantList &positions) {
    Result<QVariant> id =
        scalarSql(db, sql, positions, UnitAliasParticipantText::tr("storing canonical unit names"));
    if (!id) {
        return id.error();
    }
    if (id->isNull()) {
        return Error::corrupt(
            UnitAliasParticipantText::tr("a 简讯 row of the issue just saved is missing"));
    }
    return id->toLongLong();
}

} // namespace

Status UnitAliasParticipant::afterSave(const QSqlDatabase &db, const Issue &issue) {
    Result<UnitNormalizer> normalizer = UnitDirectory::normalizer(db);
    if (!normalizer) {
        return normalizer.error();
    }
    Issue normalized = issue;
    if (!normalizer->normalize(normalized)) {
        return {};
    }
    const QString categorySql =
        QStringLiteral("SELECT c.id FROM categories c JOIN sections s ON s.id = c.section_id "
                       "WHERE s.issue_id = ? AND s.position = ? AND c.position = ?");
    const QString itemSql = QStringLiteral(
        "SELECT it.id FROM items it JOIN categories c ON c.id = it.category_id JOIN sections s ON "
        "s.id = c.section_id "
        "WHERE s.issue_id = ? AND s.position = ? AND c.position = ? AND it.position = ?");
    for (int s = 0; s < normalized.sections.size(); ++s) {
        for (int c = 0; c < normalized.sections.at(s).categories.size(); ++c) {
            const BriefCategory &after = normalized.sections.at(s).categories.at(c);
            const BriefCategory &before = issue.sections.at(s).categories.at(c);
            for (int i = 0; i < after.items.size(); ++i) {
                if (after.items.at(i).units == before.items.at(i).units) {
                    continue;
                }
                Result<qint64> id = rowId(db, itemSql, {issue.storageId, s, c, i});
                Status done =
                    id ? replaceUnits(db, QStringLiteral("item_units"), QStringLiteral("item_id"),
                                      *id, after.items.at(i).units)
                       : Status(id.error());
                if (!done) {
                    return done;
                }
            }
            if (after.alsoUnits != before.alsoUnits) {
                Result<qint64> id = rowId(db, categorySql, {issue.storageId, s, c});
                Status done = id ? replaceUnits(db, QStringLiteral("also_units"),
                                                QStringLiteral("category_id"), *id, after.alsoUnits)
                                 : Status(id.error());
                if (!done) {
                    return done;
                }
            }
        }
    }
    return {};
}

} // namespace kuaibao
