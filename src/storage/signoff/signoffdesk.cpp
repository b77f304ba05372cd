#include "signoffdesk.h"

#include "peoplestore.h"
#include "signaturestore.h"
#include "signoffverifier.h"

#include "core/preflight/preflight.h"
#include "core/signoff/signoffroles.h"
#include "storage/database.h"
#include "storage/issuerepository.h"
#include "storage/preflight/preflightcontextloader.h"

#include <QCoreApplication>

namespace kuaibao {

namespace {

struct SignoffDeskText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::SignoffDesk)
};

IssueRef refOf(const WaitingIssue &waiting) {
    return IssueRef{waiting.summary.number, waiting.summary.series};
}

} // namespace

Result<DeskPeople> SignoffDesk::people() const {
    Result<QList<Person>> all = PeopleStore(m_db).list();
    if (!all) {
        return all.error();
    }
    DeskPeople people;
    people.anyone = !all->isEmpty();
    for (const Person &p : *all) {
        if (!p.retired()) { // a retired person signs nothing more
            people.signers << p.name;
        }
    }
    return people;
}

void SignoffDesk::setPerson(const QString &name) {
    m_person = name;
}

void SignoffDesk::signIn(const QString &name) {
    m_person = name;
    m_signedIn = name;
}

Result<QList<WaitingIssue>> SignoffDesk::loadQueue() {
    m_queue.clear();
    m_index = -1;
    m_opened.reset();
    if (m_person.isEmpty()) {
        return m_queue;
    }
    Result<QList<WaitingIssue>> waiting = SignoffQueue(m_db).waitingFor(m_person);
    if (waiting) {
        m_queue = *waiting;
    }
    return waiting;
}

std::optional<WaitingIssue> SignoffDesk::current() const {
    if (m_index < 0 || m_index >= m_queue.size()) {
        return std::nullopt;
    }
    return m_queue.at(m_index);
}

Status SignoffDesk::open(int index) {
    m_opened.reset();
    m_index = index >= 0 && index < m_queue.size() ? index : -1;
    const std::optional<WaitingIssue> waiting = current();
    if (!waiting) {
        return {};
    }
    const qint64 id = waiting->summary.storageId;
    Result<Issue> issue = IssueRepository(m_db).loadById(id);
    if (!issue) {
        return issue.error();
    }
    DeskIssue opened;
    opened.issue = *issue;
    opened.role = waiting->nextRole;

    Result<PreflightContext> context = PreflightContextLoader(m_db).load(*issue);
    if (!context) {
        opened.reading << context.error();
    }
    opened.findings = Preflight::run(*issue, context ? *context : PreflightContext{});

    opened.content = CanonicalContent::fromIssue(*issue);
    SignoffQueue queue(m_db);
    Result<QString> seen = queue.lastSeenBy(m_person, id);
    opened.lastSeen = seen ? *seen : QString();
    // Seen only by the person signed in: not by whoever happens to be first in the list.
    if (signedIn()) {
        if (Status marked = queue.markSeen(m_person, id, opened.content.text()); !marked) {
            opened.reading << marked.error();
        }
    }
    SignatureStore store(m_db);
    Result<QList<SignoffLogEntry>> log = store.logOf(id);
    opened.log = log ? *log : QList<SignoffLogEntry>();
    Result<QList<ReturnRemark>> remarks = store.returnsOf(id, true);
    opened.openRemarks = remarks ? *remarks : QList<ReturnRemark>();
    Result<VerifyReport> check =
        SignoffVerifier(m_db).verify(issue->masthead.number, issue->masthead.series);
    if (check && !check->intact()) {
        opened.drift = check->problems;
    }
    m_opened = std::move(opened);
    return {};
}

Status SignoffDesk::mayPass() const {
    if (!m_opened) {
        return {};
    }
    return Preflight::allowsPassing(m_opened->findings, signoffRolesFor(m_opened->issue),
                                    m_opened->role);
}

Status SignoffDesk::passwordGiven(const QByteArray &password) {
    if (password.isEmpty()) {
        return Error::badInput(SignoffDeskText::tr("Enter your password first."));
    }
    return {};
}

Result<WaitingIssue> SignoffDesk::chosen() const {
    if (const std::optional<WaitingIssue> waiting = current()) {
        return *waiting;
    }
    return Error::badInput(SignoffDeskText::tr("Choose an issue waiting for you first."));
}

Result<Issue> SignoffDesk::approve(const QByteArray &password) {
    const Result<WaitingIssue> waiting = chosen();
    if (!waiting) {
        return waiting.error();
    }
    if (Status given = passwordGiven(password); !given) {
        return given.error();
    }
    if (Status allowed = mayPass(); !allowed) {
        return allowed.error();
    }
    return SignoffService(m_db).sign(refOf(*waiting), waiting->nextRole, m_person, password);
}

Result<Issue> SignoffDesk::returnIssue(const QByteArray &password, const QString &remark) {
    const Result<WaitingIssue> waiting = chosen();
    if (!waiting) {
        return waiting.error();
    }
    if (Status given = passwordGiven(password); !given) {
        return given.error();
    }
    return SignoffService(m_db).returnIssue(refOf(*waiting), waiting->nextRole, m_person, password,
                                            remark);
}

Status SignoffDesk::resolveRemark(qint64 returnId, const QByteArray &password) {
    const Result<WaitingIssue> waiting = chosen();
    if (!waiting) {
        return waiting.error();
    }
    return SignoffService(m_db).resolveRemark(refOf(*waiting), returnId, m_person, password);
}

} // namespace kuaibao
