#include "searchmigration.h"

#include "searchindexwriter.h"

#include "storage/sqlutil.h"

namespace kuaibao {

Status addSearchIndex(const QSqlDatabase &db) {
    for (const QString &sql : SearchIndexWriter::schemaStatements()) {
        if (Status s = execSql(db, sql); !s) {
            return s;
        }
    }
    return SearchIndexWriter(db).reindexEverything();
}

} // namespace kuaibao
