#include "signoffverifier.h"

#include "core/signoff/canonicalcontent.h"
#include "core/signoff/contentdiff.h"
#include "core/signoff/signoffflow.h"
#include "core/signoff/signoffroles.h"
#include "storage/database.h"
#include "storage/issuerepository.h"
#include "storage/sqlutil.h"

#include <QCoreApplication>
#include <QSet>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct SignoffVerifierText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::SignoffVerifier)
};

// The differences between what `s` signed and `current`, one line each.
QStringList contentProblems(const SignatureRecord &s, const CanonicalContent &current) {
    Result<CanonicalContent> signedContent = CanonicalContent::parse(s.contentSnapshot);
    if (!signedContent) {
        return {SignoffVerifierText::tr("%1's signature as %2: %3")
                    .arg(s.personName, s.role, signedContent.error().message)};
    }
    QStringList out;
    for (const ContentDifference &d : diffContent(*signedContent, current)) {
        out << describeDifference(d);
    }
    if (out.isEmpty()) {
        out << SignoffVerifierText::tr("the content differs from what %1 signed as %2 in a way the "
                                       "snapshot does not show (its form changed)")
                   .arg(s.personName, s.role);
    }
    return out;
}

QString footerNameOf(const Issue &issue, const QString &role) {
    for (const StaffCredit &credit : issue.footer.staff) {
        if (credit.role == role) {
            return credit.name;
        }
    }
    return {};
}

} // namespace

Result<VerifyReport> SignoffVerifier::verify(int number, Series series) const {
    Result<Issue> issue = IssueRepository(m_db).load(number, series);
    if (!issue) {
        return issue.error();
    }
    return verifyById(issue->storageId);
}

Result<VerifyReport> SignoffVerifier::verifyById(qint64 storageId) const {
    Result<Issue> issue = IssueRepository(m_db).loadById(storageId);
    if (!issue) {
        return issue.error();
    }
    Result<QList<SignatureRecord>> standing = SignatureStore(m_db.connection()).standing(storageId);
    if (!standing) {
        return standing.error();
    }
    VerifyReport report;
    report.number = issue->masthead.number;
    report.series = issue->masthead.series;
    report.standingSignatures = int(standing->size());
    const CanonicalContent current = CanonicalContent::fromIssue(*issue);
    const QString currentHash = current.sha256();
    QSet<QString> reported;
    QList<StageSignature> stages;
    for (const SignatureRecord &s : *standing) {
        stages << StageSignature{s.role, s.personName};
        if (sha256Hex(s.contentSnapshot) != s.contentSha256) {
            report.problems << SignoffVerifierText::tr(
                                   "%1's signature as %2 was altered: its content "
                                   "snapshot no longer matches its hash")
                                   .arg(s.personName, s.role);
            continue;
        }
        if (s.contentSha256 == currentHash || reported.contains(s.contentSha256)) {
            continue;
        }
        reported.insert(s.contentSha256);
        report.problems << contentProblems(s, current);
    }
    const QStringList roles = signoffRolesFor(*issue);
    const IssueStatus expected = SignoffFlow(roles, stages).status();
    if (issue->status != expected) {
        report.problems << SignoffVerifierText::tr(
                               "the stored status is %1 but the signatures make it %2")
                               .arg(statusChineseLabel(issue->status),
                                    statusChineseLabel(expected));
    }
    for (int i = 0; i < stages.size(); ++i) {
        if (i >= roles.size() || stages.at(i).role != roles.at(i)) {
            report.problems << SignoffVerifierText::tr(
                                   "signature %1 is for %2, out of the role order %3")
                                   .arg(i + 1)
                                   .arg(stages.at(i).role, roles.join(QStringLiteral("、")));
        }
        const QString shown = footerNameOf(*issue, stages.at(i).role);
        if (shown != stages.at(i).person) {
            report.problems << SignoffVerifierText::tr("the footer names “%1” as %2, but %3 signed")
                                   .arg(shown, stages.at(i).role, stages.at(i).person);
        }
    }
    return report;
}

Result<QList<VerifyReport>> SignoffVerifier::findTampered() const {
    Result<QSqlQuery> q =
        runSql(m_db.connection(),
               QStringLiteral(
                   "SELECT id FROM issues WHERE status <> 'draft' OR id IN (SELECT issue_id FROM "
                   "signatures WHERE voided_at IS NULL) ORDER BY issue_date, number"),
               {}, SignoffVerifierText::tr("finding signed issues"));
    if (!q) {
        return q.error();
    }
    QList<qint64> ids;
    while (q->next()) {
        ids << q->value(0).toLongLong();
    }
    QList<VerifyReport> out;
    for (const qint64 id : ids) {
        Result<VerifyReport> report = verifyById(id);
        if (!report) {
            return report.error();
        }
        if (!report->intact()) {
            out << *report;
        }
    }
    return out;
}

} // namespace kuaibao
