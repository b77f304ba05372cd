#include "archivechecks.h"

#include "storage/backup/integritycheck.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace kuaibao {

namespace {
// The translation context of this file's messages.
struct ArchiveChecksText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::ArchiveChecks)
};
} // namespace

QList<ArchiveCheck> archiveChecks() {
    QList<ArchiveCheck> checks;
    checks << ArchiveCheck{ArchiveChecksText::tr("integrity"),
                           [](Database &db) { return integrityProblems(db.connection()); }}
           << ArchiveCheck{ArchiveChecksText::tr("links"),
                           [](Database &db) { return foreignKeyProblems(db.connection()); }}
           << ArchiveCheck{ArchiveChecksText::tr("issues"),
                           [](Database &db) { return unreadableIssues(db); }};
    // Sign-off: the signature verify check over all issues is appended here.
    return checks;
}

} // namespace kuaibao
