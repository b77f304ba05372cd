#include "archivefiller.h"

#include "storage/database.h"
#include "storage/issuerepository.h"
#include "storage/search/searchindexwriter.h"
#include "storage/sqlutil.h"

#include <QCoreApplication>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct ArchiveFillerText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::ArchiveFiller)
};

} // namespace

Status ArchiveFiller::fill(const BulletinTemplate &bulletinTemplate,
                           const ArchiveGeneratorOptions &options, int count) {
    if (count < 1 || count > 200000) {
        return Error::badInput(
            ArchiveFillerText::tr("the number of issues to generate must be between 1 and "
                                  "200000, not %1")
                .arg(count));
    }
    if (options.firstNumber < 1 || !options.firstDate.isValid()) {
        return Error::badInput(
            ArchiveFillerText::tr("the first issue number must be 1 or more and the first "
                                  "date a real date"));
    }
    // A bulk fill touches far more index pages than one save: a larger page cache for its
    // duration keeps the full-text index merges in memory (restored afterwards).
    const QSqlDatabase db = m_db.connection();
    // (SQLite's own setting; a server sizes its cache itself.)
    Result<QVariant> cacheSize = m_db.isServer()
                                     ? Result<QVariant>(QVariant())
                                     : scalarSql(db, QStringLiteral("PRAGMA cache_size"));
    if (!cacheSize) {
        return cacheSize.error();
    }
    if (!m_db.isServer()) {
        if (Status s = execSql(db, QStringLiteral("PRAGMA cache_size = -65536")); !s) {
            return s;
        }
    }
    Status written = m_db.write([&]() -> Status {
        Result<QVariant> taken =
            scalarSql(m_db.connection(),
                      QStringLiteral("SELECT min(number) FROM issues WHERE series = 'regular' AND "
                                     "number BETWEEN ? AND ?"),
                      {options.firstNumber, options.firstNumber + count - 1});
        if (!taken) {
            return taken.error();
        }
        if (!taken->isNull()) {
            return Error::conflict(
                ArchiveFillerText::tr("issue %1 is already in the archive; generate into an "
                                      "empty archive or choose another --first-number")
                    .arg(taken->toInt()));
        }
        ArchiveGenerator generator(bulletinTemplate, options);
        IssueRepository repository(m_db);
        for (int i = 0; i < count; ++i) {
            Result<Issue> saved = repository.save(generator.next());
            if (!saved) {
                return saved.error();
            }
        }
        return {};
    });
    if (written) {
        written = m_db.write([&]() { return SearchIndexWriter(db).optimize(); });
    }
    const Status restored =
        m_db.isServer()
            ? Status()
            : execSql(db, QStringLiteral("PRAGMA cache_size = %1").arg(cacheSize->toLongLong()));
    return written ? restored : written;
}

} // namespace kuaibao
