#include "archivechecks.h"

#include "core/signoff/personname.h"
#include "storage/backup/integritycheck.h"
#include "storage/database.h"
#include "storage/postgres/serverchecks.h"
#include "storage/signoff/peopleretirement.h"
#include "storage/signoff/signoffverifier.h"

#include <QCoreApplication>

namespace kuaibao {

namespace {
// The translation context of this file's messages.
struct ArchiveChecksText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::ArchiveChecks)
};
// Every signed issue whose rows no longer match what its signers approved, one line each.
Result<QStringList> signatureProblems(Database &db) {
    Result<QList<VerifyReport>> tampered = SignoffVerifier(db).findTampered();
    if (!tampered) {
        return tampered.error();
    }
    QStringList problems;
    for (const VerifyReport &report : *tampered) {
        for (const QString &problem : report.problems) {
            problems << ArchiveChecksText::tr("issue %1: %2")
                            .arg(report.number)
                            .arg(escapeControls(problem));
        }
    }
    return problems;
}
} // namespace

QList<ArchiveCheck> archiveChecks(const Database &archive) {
    QList<ArchiveCheck> checks;
    if (archive.isServer()) {
        // The server keeps its pages sound itself; what can go wrong there is a guard switched
        // off or a grant too wide, and links a superuser let break.
        checks << ArchiveCheck{ArchiveChecksText::tr("guards"),
                               [](Database &db) { return ServerChecks::guardProblems(db); }}
               << ArchiveCheck{ArchiveChecksText::tr("links"),
                               [](Database &db) { return ServerChecks::linkProblems(db); }};
    } else {
        checks << ArchiveCheck{ArchiveChecksText::tr("integrity"),
                               [](Database &db) { return integrityProblems(db); }}
               << ArchiveCheck{ArchiveChecksText::tr("links"),
                               [](Database &db) { return foreignKeyProblems(db); }};
    }
    checks << ArchiveCheck{ArchiveChecksText::tr("issues"),
                           [](Database &db) { return unreadableIssues(db); }}
           << ArchiveCheck{ArchiveChecksText::tr("signatures"), signatureProblems}
           << ArchiveCheck{ArchiveChecksText::tr("retirements"),
                           [](Database &db) { return PeopleRetirement(db).audit(); }};
    return checks;
}

} // namespace kuaibao
