#include "saveloop.h"

#include "savestamp.h"

#include "storage/database.h"
#include "storage/issuerepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QThread>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct SaveLoopText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::SaveLoop)
};

constexpr unsigned long kPauseAfterFailureMs = 50;

} // namespace

SaveLoop::SaveLoop(Database &database, SaveLoopPlan plan)
    : m_database(database), m_plan(std::move(plan)) {}

Status SaveLoop::run(QTextStream &out) {
    if (m_plan.numbers.isEmpty() || (m_plan.count <= 0 && m_plan.durationMs <= 0)) {
        return Error::badInput(
            SaveLoopText::tr("save-loop needs issue numbers and a --count or a --duration-ms"));
    }
    QElapsedTimer clock;
    clock.start();
    int failed = 0;
    int attempted = 0;
    for (int i = 0; m_plan.count <= 0 || i < m_plan.count; ++i) {
        if (m_plan.durationMs > 0 && clock.elapsed() >= m_plan.durationMs) {
            break;
        }
        const int number = m_plan.numbers.at(i % m_plan.numbers.size());
        ++attempted;
        if (Status s = saveOnce(number, out); !s) {
            if (!m_plan.keepGoing) {
                return s;
            }
            out << "failed " << number << ' ' << s.error().message << Qt::endl;
            ++failed;
            QThread::msleep(kPauseAfterFailureMs); // a server that is down is not hammered
        }
        if (m_plan.pauseMs > 0) {
            QThread::msleep(QRandomGenerator::global()->bounded(m_plan.pauseMs + 1));
        }
    }
    if (failed > 0) {
        return Error::storage(SaveLoopText::tr("%1 of %2 saves failed").arg(failed).arg(attempted));
    }
    return {};
}

Status SaveLoop::saveOnce(int number, QTextStream &out) {
    IssueRepository repository(m_database);
    Result<Issue> current = repository.load(number);
    if (!current && current.error().kind != ErrorKind::NotFound) {
        return current.error();
    }
    if (current && !readStamp(*current)) {
        return Error::forbidden(
            SaveLoopText::tr("issue %1 is real work, not a save-loop issue; run the save loop on a "
                             "scratch archive (--db)")
                .arg(number));
    }
    const qint64 storageId = current ? current->storageId : 0;
    const int revision = current ? current->revision : 0;
    Issue next = stampedIssue(number, m_plan.writer, revision + 1);
    next.storageId = storageId;
    next.revision = revision;
    Result<Issue> saved = repository.save(next);
    if (!saved) {
        if (saved.error().kind != ErrorKind::Conflict) {
            return saved.error();
        }
        out << "conflict " << number << ' ' << revision + 1 << Qt::endl;
        return {};
    }
    if (saved->revision != revision + 1) {
        return Error::corrupt(SaveLoopText::tr("issue %1 was saved as revision %2 instead of %3")
                                  .arg(number)
                                  .arg(saved->revision)
                                  .arg(revision + 1));
    }
    out << "saved " << number << ' ' << saved->revision << Qt::endl;
    return {};
}

} // namespace kuaibao
