#include "signoffservice.h"

#include "keystore.h"
#include "signoffstate.h"

#include "core/preflight/preflight.h"
#include "core/signoff/canonicalcontent.h"
#include "core/signoff/personname.h"
#include "core/signoff/signoffflow.h"
#include "core/signoff/signoffroles.h"
#include "storage/database.h"
#include "storage/issuerepository.h"
#include "storage/preflight/preflightcontextloader.h"
#include "storage/sqlutil.h"

#include <QCoreApplication>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct SignoffServiceText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::SignoffService)
};

// The preflight's gate (docs/preflight.md): 审核 and every role after it pass an issue only
// while the preflight finds no error in it. The first role hands the issue in unchecked.
Status preflightAllows(Database &database, const Issue &issue, const QStringList &roles,
                       const QString &role) {
    if (roles.indexOf(role) <= 0) {
        return {};
    }
    Result<PreflightContext> context = PreflightContextLoader(database).load(issue);
    if (!context) {
        return context.error();
    }
    return Preflight::allowsPassing(Preflight::run(issue, *context), roles, role);
}

} // namespace

// What a step sees: the issue as stored, its roles and standing signatures, and the person.
struct SignoffService::Step {
    Issue issue;
    QStringList roles;
    QList<SignatureRecord> standing;
    Person person;

    SignoffFlow flow() const {
        QList<StageSignature> stages;
        for (const SignatureRecord &s : standing) {
            stages << StageSignature{s.role, s.personName};
        }
        return SignoffFlow(roles, stages);
    }
};

SignoffService::SignoffService(Database &database, std::function<QDateTime()> now)
    : m_db(database), m_now(now), m_people(database, now) {}

Result<Issue> SignoffService::run(const IssueRef &ref, const QString &person,
                                  const QByteArray &password,
                                  const std::function<Status(const Step &)> &check,
                                  const std::function<Result<ActStatement>(const Step &)> &apply) {
    IssueRepository repository(m_db);
    auto gather = [&]() -> Result<Step> {
        Result<Issue> issue = repository.load(ref.number, ref.series);
        if (!issue) {
            return issue.error();
        }
        if (issue->status == IssueStatus::Past) {
            return Error::forbidden(
                SignoffServiceText::tr("issue %1 is a past issue imported from a file (往期) and "
                                       "goes through no sign-off; make it a draft first "
                                       "(kuaibao-cli draft %1, or 文件 ▸ 转为草稿 in the window)")
                    .arg(ref.number));
        }
        Result<Person> who = m_people.find(person);
        if (!who) {
            return who.error();
        }
        if (who->retired()) {
            return Error::forbidden(retiredRefusal(*who));
        }
        if (who->publicKey.isEmpty()) {
            return Error::forbidden(
                SignoffServiceText::tr("%1 has no signing key yet (added before keys); the "
                                       "administrator must reset %1's password (people reset)")
                    .arg(who->name));
        }
        Result<QList<SignatureRecord>> standing =
            SignatureStore(m_db.connection()).standing(issue->storageId);
        if (!standing) {
            return standing.error();
        }
        Result<QList<SignedAct>> acts = KeyStore(m_db.connection()).acts(issue->storageId);
        if (!acts) {
            return acts.error();
        }
        if (acts->isEmpty() && !standing->isEmpty()) {
            return Error::conflict(SignoffServiceText::tr(
                "this issue was partly signed before signatures had keys (旧式签名); return it "
                "(退回) and sign it again"));
        }
        Step step{*issue, signoffRolesFor(*issue), *standing, *who};
        if (step.roles.isEmpty()) {
            return Error::badInput(
                SignoffServiceText::tr("this issue's template names no sign-off roles"));
        }
        if (Status ok = check(step); !ok) {
            return ok.error();
        }
        return step;
    };
    if (Result<Step> before = gather(); !before) {
        return before.error();
    }
    Result<UnlockedPerson> unlocked = m_people.unlock(person, password);
    if (!unlocked) {
        return unlocked.error();
    }
    Status done = m_db.write([&]() -> Status {
        Result<Step> step = gather();
        if (!step) {
            return step.error();
        }
        Result<ActStatement> act = apply(*step);
        if (!act) {
            return act.error();
        }
        act->contentSha256 = CanonicalContent::fromIssue(step->issue).sha256();
        act->number = step->issue.masthead.number;
        act->series = seriesKey(step->issue.masthead.series);
        act->date = step->issue.masthead.date;
        act->person = step->person.name;
        if (!act->at.isValid()) {
            act->at = m_now();
        }
        if (Status s = KeyStore(m_db.connection())
                           .appendAct(step->issue.storageId, *act, unlocked->secretKey);
            !s) {
            return s;
        }
        return applySignoffState(m_db.connection(), step->issue.storageId, step->roles);
    });
    if (!done) {
        return done.error();
    }
    return repository.load(ref.number, ref.series);
}

namespace {

ActStatement actOf(const QString &action, int stage, const QString &role, const QString &text,
                   const QDateTime &at) {
    ActStatement act;
    act.at = at;
    act.action = action;
    act.stage = stage;
    act.role = role;
    act.text = text;
    return act;
}

// Refuses control characters in a remark or reason (line breaks are allowed).
Status plainText(const QString &text) {
    if (hasControlCharacters(text, true)) {
        return Error::badInput(SignoffServiceText::tr(
            "the remark cannot contain control characters (such as terminal escapes)"));
    }
    return {};
}

} // namespace

Result<Issue> SignoffService::sign(const IssueRef &ref, const QString &role, const QString &person,
                                   const QByteArray &password) {
    return run(
        ref, person, password,
        [&](const Step &step) -> Status {
            if (Status allowed = step.flow().canSign(role, step.person.name, step.person.roles);
                !allowed) {
                return allowed;
            }
            const QString hash = CanonicalContent::fromIssue(step.issue).sha256();
            for (const SignatureRecord &s : step.standing) {
                if (s.contentSha256 != hash) {
                    return Error::corrupt(
                        SignoffServiceText::tr("the issue's content differs from what %1 signed "
                                               "as %2 although no save changed it; "
                                               "run verify to see the differences")
                            .arg(s.personName, s.role));
                }
            }
            return preflightAllows(m_db, step.issue, step.roles, role);
        },
        [&](const Step &step) -> Result<ActStatement> {
            const CanonicalContent content = CanonicalContent::fromIssue(step.issue);
            SignatureRecord s;
            s.stage = int(step.standing.size()) + 1;
            s.role = role;
            s.personId = step.person.id;
            s.personName = step.person.name;
            s.signedAt = m_now();
            s.contentSha256 = content.sha256();
            s.contentSnapshot = content.text();
            SignatureStore store(m_db.connection());
            if (Status inserted = store.insert(step.issue.storageId, s); !inserted) {
                return inserted.error();
            }
            if (Status seen = store.recordSeen(s.personId, step.issue.storageId, s.contentSnapshot,
                                               s.signedAt);
                !seen) {
                return seen.error();
            }
            if (Status logged = store.log(step.issue.storageId,
                                          {s.signedAt, QStringLiteral("signed"), s.personName, role,
                                           s.contentSha256, step.issue.revision});
                !logged) {
                return logged.error();
            }
            return actOf(QStringLiteral("signed"), s.stage, role, {}, s.signedAt);
        });
}

Result<Issue> SignoffService::returnIssue(const IssueRef &ref, const QString &role,
                                          const QString &person, const QByteArray &password,
                                          const QString &remark) {
    return run(
        ref, person, password,
        [&](const Step &step) -> Status {
            if (Status s = plainText(remark); !s) {
                return s;
            }
            return step.flow().canReturn(role, step.person.name, step.person.roles, remark);
        },
        [&](const Step &step) -> Result<ActStatement> {
            SignatureStore store(m_db.connection());
            const QDateTime at = m_now();
            const qint64 id = step.issue.storageId;
            if (Status s = store.voidFrom(id, 1, QStringLiteral("return"), 0, at); !s) {
                return s.error();
            }
            if (Status s =
                    store.addReturn(id, {0, role, step.person.name, remark.trimmed(), at, {}, {}});
                !s) {
                return s.error();
            }
            if (Status s = store.log(id, {at, QStringLiteral("returned"), step.person.name, role,
                                          remark.trimmed(), 0});
                !s) {
                return s.error();
            }
            return actOf(QStringLiteral("returned"), 0, role, remark.trimmed(), at);
        });
}

Result<Issue> SignoffService::withdraw(const IssueRef &ref, const QString &person,
                                       const QByteArray &password, const QString &reason) {
    return run(
        ref, person, password,
        [&](const Step &step) -> Status {
            if (Status s = plainText(reason); !s) {
                return s;
            }
            return step.flow().canWithdraw(step.person.name, reason);
        },
        [&](const Step &step) -> Result<ActStatement> {
            SignatureStore store(m_db.connection());
            const QDateTime at = m_now();
            const SignatureRecord &last = step.standing.last();
            if (Status s = store.voidFrom(step.issue.storageId, last.stage,
                                          QStringLiteral("withdraw"), 0, at);
                !s) {
                return s.error();
            }
            if (Status s = store.log(step.issue.storageId,
                                     {at, QStringLiteral("withdrawn"), step.person.name, last.role,
                                      reason.trimmed(), 0});
                !s) {
                return s.error();
            }
            return actOf(QStringLiteral("withdrawn"), last.stage, last.role, reason.trimmed(), at);
        });
}

Status SignoffService::resolveRemark(const IssueRef &ref, qint64 returnId, const QString &by,
                                     const QByteArray &password) {
    auto openRemark = [&](const Step &step) -> Result<ReturnRemark> {
        Result<QList<ReturnRemark>> open =
            SignatureStore(m_db.connection()).returnsOf(step.issue.storageId, true);
        if (!open) {
            return open.error();
        }
        for (const ReturnRemark &r : *open) {
            if (r.id == returnId) {
                return r;
            }
        }
        return Error::notFound(
            SignoffServiceText::tr("there is no open remark %1 on this issue").arg(returnId));
    };
    Result<Issue> done = run(
        ref, by, password,
        [&](const Step &step) -> Status {
            Result<ReturnRemark> r = openRemark(step);
            return r ? Status{} : Status{r.error()};
        },
        [&](const Step &step) -> Result<ActStatement> {
            Result<ReturnRemark> r = openRemark(step);
            if (!r) {
                return r.error();
            }
            SignatureStore store(m_db.connection());
            const QDateTime at = m_now();
            if (Status s = store.resolveReturn(returnId, step.person.name, at); !s) {
                return s.error();
            }
            if (Status s =
                    store.log(step.issue.storageId, {at, QStringLiteral("remark-resolved"),
                                                     step.person.name, r->role, r->remark, 0});
                !s) {
                return s.error();
            }
            return actOf(QStringLiteral("resolved"), 0, r->role, r->remark, at);
        });
    if (!done) {
        return done.error();
    }
    return {};
}

Result<QList<SignoffLogEntry>> SignoffService::log(const IssueRef &ref) {
    Result<Issue> issue = IssueRepository(m_db).load(ref.number, ref.series);
    if (!issue) {
        return issue.error();
    }
    return SignatureStore(m_db.connection()).logOf(issue->storageId);
}

} // namespace kuaibao
