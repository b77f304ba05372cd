#include "unitsmigration.h"

#include "unitdirectory.h"

#include "core/templatelibrary.h"
#include "storage/sqlutil.h"

namespace kuaibao {

Status addUnitList(const QSqlDatabase &db) {
    for (const QString &sql : UnitDirectory::schemaStatements()) {
        if (Status s = execSql(db, sql); !s) {
            return s;
        }
    }
    Result<BulletinTemplate> bulletinTemplate =
        TemplateLibrary::load(TemplateLibrary::defaultTemplateId());
    if (!bulletinTemplate) {
        return bulletinTemplate.error();
    }
    if (Status s = UnitDirectory::seed(db, *bulletinTemplate); !s) {
        return s;
    }
    return UnitDirectory::normalizeStored(db);
}

} // namespace kuaibao
