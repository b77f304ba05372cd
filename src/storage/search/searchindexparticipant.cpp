#include "searchindexparticipant.h"

#include "searchindexwriter.h"

#include "storage/engine.h"
#include "storage/sqlutil.h"
#include "storage/units/unitdirectory.h"

namespace kuaibao {

namespace {

// Before schema step 4 (an archive opened at an older version, in migration tests) there is
// no index to keep: the step builds it from what is stored.
Result<bool> hasSearchIndex(const QSqlDatabase &db) {
    Result<QVariant> found = scalarSql(db, Engine::of(db).statement(EngineStatement::TableExists),
                                       {QStringLiteral("search_text")});
    if (!found) {
        return found.error();
    }
    return found->toInt() > 0;
}

} // namespace

Status SearchIndexParticipant::afterSave(const QSqlDatabase &db, const Issue &issue) {
    Result<bool> indexed = hasSearchIndex(db);
    if (!indexed || !*indexed) {
        return indexed ? Status() : Status(indexed.error());
    }
    Result<UnitNormalizer> normalizer = UnitDirectory::normalizer(db);
    if (!normalizer) {
        return normalizer.error();
    }
    Issue normalized = issue;
    normalizer->normalize(normalized);
    return SearchIndexWriter(db).index(issue.storageId, normalized);
}

Status SearchIndexParticipant::beforeRemove(const QSqlDatabase &db, qint64 storageId) {
    Result<bool> indexed = hasSearchIndex(db);
    if (!indexed || !*indexed) {
        return indexed ? Status() : Status(indexed.error());
    }
    return SearchIndexWriter(db).unindex(storageId);
}

} // namespace kuaibao
