#include "signoffservice.h"

#include "signoffstate.h"

#include "core/signoff/canonicalcontent.h"
#include "core/signoff/signoffflow.h"
#include "core/signoff/signoffroles.h"
#include "storage/database.h"
#include "storage/issuerepository.h"
#include "storage/sqlutil.h"

#include <QCoreApplication>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct SignoffServiceText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::SignoffService)
};

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
                                  const std::function<Status(const Step &)> &apply) {
    IssueRepository repository(m_db);
    auto gather = [&]() -> Result<Step> {
        Result<Issue> issue = repository.load(ref.number, ref.series);
        if (!issue) {
            return issue.error();
        }
        Result<Person> who = m_people.find(person);
        if (!who) {
            return who.error();
        }
        Result<QList<SignatureRecord>> standing =
            SignatureStore(m_db.connection()).standing(issue->storageId);
        if (!standing) {
            return standing.error();
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
    if (Result<Person> authenticated = m_people.authenticate(person, password); !authenticated) {
        return authenticated.error();
    }
    Status done = m_db.write([&]() -> Status {
        Result<Step> step = gather();
        if (!step) {
            return step.error();
        }
        if (Status applied = apply(*step); !applied) {
            return applied;
        }
        return applySignoffState(m_db.connection(), step->issue.storageId, step->roles);
    });
    if (!done) {
        return done.error();
    }
    return repository.load(ref.number, ref.series);
}

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
            return {};
        },
        [&](const Step &step) -> Status {
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
                return inserted;
            }
            if (Status seen = store.recordSeen(s.personId, step.issue.storageId, s.contentSnapshot,
                                               s.signedAt);
                !seen) {
                return seen;
            }
            return store.log(step.issue.storageId,
                             {s.signedAt, QStringLiteral("signed"), s.personName, role,
                              s.contentSha256, step.issue.revision});
        });
}

Result<Issue> SignoffService::returnIssue(const IssueRef &ref, const QString &role,
                                          const QString &person, const QByteArray &password,
                                          const QString &remark) {
    return run(
        ref, person, password,
        [&](const Step &step) {
            return step.flow().canReturn(role, step.person.name, step.person.roles, remark);
        },
        [&](const Step &step) -> Status {
            SignatureStore store(m_db.connection());
            const QDateTime at = m_now();
            const qint64 id = step.issue.storageId;
            if (Status s = store.voidFrom(id, 1, QStringLiteral("return"), 0, at); !s) {
                return s;
            }
            if (Status s =
                    store.addReturn(id, {0, role, step.person.name, remark.trimmed(), at, {}, {}});
                !s) {
                return s;
            }
            return store.log(
                id, {at, QStringLiteral("returned"), step.person.name, role, remark.trimmed(), 0});
        });
}

Result<Issue> SignoffService::withdraw(const IssueRef &ref, const QString &person,
                                       const QByteArray &password, const QString &reason) {
    return run(
        ref, person, password,
        [&](const Step &step) { return step.flow().canWithdraw(step.person.name, reason); },
        [&](const Step &step) -> Status {
            SignatureStore store(m_db.connection());
            const QDateTime at = m_now();
            const SignatureRecord &last = step.standing.last();
            if (Status s = store.voidFrom(step.issue.storageId, last.stage,
                                          QStringLiteral("withdraw"), 0, at);
                !s) {
                return s;
            }
            return store.log(step.issue.storageId,
                             {at, QStringLiteral("withdrawn"), step.person.name, last.role,
                              reason.trimmed(), 0});
        });
}

Status SignoffService::resolveRemark(const IssueRef &ref, qint64 returnId, const QString &by) {
    Result<Issue> issue = IssueRepository(m_db).load(ref.number, ref.series);
    if (!issue) {
        return issue.error();
    }
    return m_db.write([&]() -> Status {
        SignatureStore store(m_db.connection());
        Result<QList<ReturnRemark>> open = store.returnsOf(issue->storageId, true);
        if (!open) {
            return open.error();
        }
        for (const ReturnRemark &r : *open) {
            if (r.id == returnId) {
                const QDateTime at = m_now();
                if (Status s = store.resolveReturn(returnId, by, at); !s) {
                    return s;
                }
                return store.log(issue->storageId,
                                 {at, QStringLiteral("remark-resolved"), by, r.role, r.remark, 0});
            }
        }
        return Error::notFound(
            SignoffServiceText::tr("there is no open remark %1 on this issue").arg(returnId));
    });
}

Result<QList<SignoffLogEntry>> SignoffService::log(const IssueRef &ref) {
    Result<Issue> issue = IssueRepository(m_db).load(ref.number, ref.series);
    if (!issue) {
        return issue.error();
    }
    return SignatureStore(m_db.connection()).logOf(issue->storageId);
}

} // namespace kuaibao
