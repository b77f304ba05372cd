#include "signoffverifier.h"

#include "core/signoff/canonicalcontent.h"
#include "core/signoff/contentdiff.h"
#include "core/signoff/personname.h"
#include "core/signoff/signoffflow.h"
#include "core/signoff/signoffroles.h"
#include "keystore.h"
#include "signofflogtext.h"

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

void SignoffVerifier::checkRows(const Issue &issue, const QList<SignatureRecord> &standing,
                                const QList<StageSignature> &expected, const QString &signedHash,
                                VerifyReport *report) const {
    const CanonicalContent current = CanonicalContent::fromIssue(issue);
    if (!signedHash.isEmpty() && signedHash != current.sha256()) {
        bool described = false;
        for (const SignatureRecord &s : standing) {
            if (s.contentSha256 == signedHash && sha256Hex(s.contentSnapshot) == signedHash) {
                report->problems << contentProblems(s, current);
                described = true;
                break;
            }
        }
        if (!described) {
            report->problems << SignoffVerifierText::tr(
                "the issue's text is not the text that was signed (and the stored copy of the "
                "signed text was changed too, so the differences cannot be shown)");
        }
    }
    const QStringList roles = signoffRolesFor(issue);
    const IssueStatus status = SignoffFlow(roles, expected).status();
    if (issue.status != status) {
        report->problems << SignoffVerifierText::tr(
                                "the stored status is %1 but the signatures make it %2")
                                .arg(statusChineseLabel(issue.status), statusChineseLabel(status));
    }
    for (int i = 0; i < expected.size(); ++i) {
        if (i >= roles.size() || expected.at(i).role != roles.at(i)) {
            report->problems << SignoffVerifierText::tr(
                                    "signature %1 is for %2, out of the role order %3")
                                    .arg(i + 1)
                                    .arg(expected.at(i).role, roles.join(QStringLiteral("、")));
        }
        const QString shown = footerNameOf(issue, expected.at(i).role);
        if (shown != expected.at(i).person) {
            report->problems << SignoffVerifierText::tr(
                                    "the footer names “%1” as %2, but %3 signed")
                                    .arg(escapeControls(shown), expected.at(i).role,
                                         expected.at(i).person);
        }
    }
}

Result<VerifyReport> SignoffVerifier::verifyById(qint64 storageId) const {
    Result<Issue> issue = IssueRepository(m_db).loadById(storageId);
    if (!issue) {
        return issue.error();
    }
    const QSqlDatabase db = m_db.connection();
    Result<QList<SignatureRecord>> standing = SignatureStore(db).standing(storageId);
    if (!standing) {
        return standing.error();
    }
    KeyStore keys(db);
    Result<QList<SignedAct>> acts = keys.acts(storageId);
    if (!acts) {
        return acts.error();
    }
    VerifyReport report;
    report.number = issue->masthead.number;
    report.series = issue->masthead.series;
    report.standingSignatures = int(standing->size());
    if (acts->isEmpty()) {
        if (standing->isEmpty() &&
            (issue->status == IssueStatus::Draft || issue->status == IssueStatus::Past)) {
            return report;
        }
        report.legacy = true;
        verifyLegacy(*issue, *standing, &report);
        return report;
    }
    Result<std::optional<AdminKey>> admin = keys.admin();
    if (!admin) {
        return admin.error();
    }
    Result<QList<SignedCertificate>> certificates = keys.certificates();
    if (!certificates) {
        return certificates.error();
    }
    if (!*admin) {
        report.problems << SignoffVerifierText::tr(
            "the archive holds signed acts but no administrator key: the people list was "
            "removed");
        return report;
    }
    const ChainSubject subject{issue->masthead.number, seriesKey(issue->masthead.series),
                               issue->masthead.date, signoffRolesFor(*issue)};
    Result<QList<SignedRetirement>> retirements = keys.retirements();
    if (!retirements) {
        return retirements.error();
    }
    ChainVerifier chain((*admin)->publicKey, *certificates);
    chain.setRetirements(*retirements);
    const ChainVerdict verdict = chain.verify(subject, *acts);
    if (!verdict.ok()) {
        report.problems << verdict.broken;
        return report;
    }
    QList<StageSignature> expected;
    QString signedHash;
    for (const ChainStage &s : verdict.standing) {
        expected << StageSignature{s.role, s.person};
        signedHash = s.contentSha256;
    }
    const QString currentHash = CanonicalContent::fromIssue(*issue).sha256();
    if (!expected.isEmpty() && signedHash != currentHash && standing->isEmpty()) {
        expected.clear(); // a save changed the text after the last act and voided them
        signedHash.clear();
    }
    compareRows(*standing, expected, signedHash, &report);
    compareLog(verdict.acts, storageId, &report);
    checkRows(*issue, *standing, expected, signedHash, &report);
    return report;
}

void SignoffVerifier::compareRows(const QList<SignatureRecord> &standing,
                                  const QList<StageSignature> &expected, const QString &signedHash,
                                  VerifyReport *report) const {
    for (qsizetype i = 0; i < std::max(standing.size(), expected.size()); ++i) {
        if (i >= expected.size()) {
            const SignatureRecord &s = standing.at(i);
            report->problems << SignoffVerifierText::tr(
                                    "a signature of “%1” as %2 is recorded, but no signed act "
                                    "stands behind it: it was added or renamed by hand")
                                    .arg(escapeControls(s.personName), s.role);
            continue;
        }
        if (i >= standing.size()) {
            report->problems << SignoffVerifierText::tr(
                                    "%1 signed as %2, but that signature is missing from the "
                                    "archive's signature rows")
                                    .arg(expected.at(i).person, expected.at(i).role);
            continue;
        }
        const SignatureRecord &s = standing.at(i);
        if (sha256Hex(s.contentSnapshot) != s.contentSha256) {
            report->problems << SignoffVerifierText::tr(
                                    "%1's signature as %2 was altered: its content "
                                    "snapshot no longer matches its hash")
                                    .arg(escapeControls(s.personName), s.role);
        }
        if (s.personName != expected.at(i).person || s.role != expected.at(i).role) {
            report->problems << SignoffVerifierText::tr(
                                    "the signature rows say “%1” signed as %2, but the signed "
                                    "acts say %3 signed as %4: the rows were changed by hand")
                                    .arg(escapeControls(s.personName), s.role,
                                         expected.at(i).person, expected.at(i).role);
        } else if (s.contentSha256 != signedHash) {
            report->problems << SignoffVerifierText::tr(
                                    "%1's signature row as %2 names other content than the act "
                                    "%1 signed: the row was changed by hand")
                                    .arg(escapeControls(s.personName), s.role);
        }
    }
}

void SignoffVerifier::compareLog(const QList<ActStatement> &acts, qint64 storageId,
                                 VerifyReport *report) const {
    Result<QList<SignoffLogEntry>> log = SignatureStore(m_db.connection()).logOf(storageId);
    if (!log) {
        report->problems << log.error().message;
        return;
    }
    auto logAction = [](const QString &act) {
        return act == QLatin1String("resolved") ? QStringLiteral("remark-resolved") : act;
    };
    QList<bool> used(log->size(), false);
    for (const ActStatement &a : acts) {
        bool found = false;
        for (qsizetype i = 0; i < log->size() && !found; ++i) {
            const SignoffLogEntry &e = log->at(i);
            if (!used.at(i) && e.action == logAction(a.action) && e.personName == a.person &&
                statementTime(e.at) == statementTime(a.at)) {
                used[i] = true;
                found = true;
            }
        }
        if (!found) {
            report->problems << SignoffVerifierText::tr(
                                    "the log is missing the %1 by %2 at %3: a log entry was "
                                    "deleted or changed")
                                    .arg(logActionName(logAction(a.action)), a.person,
                                         a.at.toLocalTime().toString(
                                             QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        }
    }
    const QStringList signedActions{QStringLiteral("signed"), QStringLiteral("returned"),
                                    QStringLiteral("withdrawn"), QStringLiteral("remark-resolved")};
    for (qsizetype i = 0; i < log->size(); ++i) {
        const SignoffLogEntry &e = log->at(i);
        if (!used.at(i) && signedActions.contains(e.action)) {
            report->problems << SignoffVerifierText::tr(
                                    "the log shows a %1 by “%2” at %3 that nobody signed: it "
                                    "was added or changed by hand")
                                    .arg(logActionName(e.action), escapeControls(e.personName),
                                         e.at.toLocalTime().toString(
                                             QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        }
    }
}

void SignoffVerifier::verifyLegacy(const Issue &issue, const QList<SignatureRecord> &standing,
                                   VerifyReport *report) const {
    const CanonicalContent current = CanonicalContent::fromIssue(issue);
    const QString currentHash = current.sha256();
    QSet<QString> reported;
    QList<StageSignature> stages;
    for (const SignatureRecord &s : standing) {
        stages << StageSignature{s.role, s.personName};
        if (sha256Hex(s.contentSnapshot) != s.contentSha256) {
            report->problems << SignoffVerifierText::tr(
                                    "%1's signature as %2 was altered: its content "
                                    "snapshot no longer matches its hash")
                                    .arg(escapeControls(s.personName), s.role);
            continue;
        }
        if (s.contentSha256 == currentHash || reported.contains(s.contentSha256)) {
            continue;
        }
        reported.insert(s.contentSha256);
        report->problems << contentProblems(s, current);
    }
    checkRows(issue, {}, stages, {}, report);
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
