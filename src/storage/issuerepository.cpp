#include "issuerepository.h"

#include "database.h"
#include "issuerows.h"
#include "sqlutil.h"

#include "core/issuevalidator.h"

#include <QCoreApplication>
#include <QDateTime>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct IssueRepositoryText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::IssueRepository)
};

QString issueLabel(int number, Series series) {
    return series == Series::Supplement ? IssueRepositoryText::tr("supplement issue %1").arg(number)
                                        : IssueRepositoryText::tr("issue %1").arg(number);
}

const QString kSummaryColumns = QStringLiteral(
    "id, series, number, issue_date, status, name_lines, revision, cumulative_number, office, "
    "template_id, template_version, print_run");

Result<IssueSummary> summaryFromRow(const QSqlQuery &q) {
    IssueSummary s;
    s.storageId = q.value(0).toLongLong();
    const std::optional<Series> series = seriesFromKey(q.value(1).toString());
    const std::optional<IssueStatus> status = statusFromKey(q.value(4).toString());
    s.number = q.value(2).toInt();
    s.date = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    if (!series || !status || !s.date.isValid() || s.number < 1) {
        return Error::corrupt(
            IssueRepositoryText::tr(
                "the stored issue with id %1 is damaged (series, number, date or status)")
                .arg(s.storageId));
    }
    s.series = *series;
    s.status = *status;
    s.name = q.value(5).toString().remove(QLatin1Char('\n'));
    s.revision = q.value(6).toInt();
    return s;
}

} // namespace

IssueRepository::IssueRepository(Database &database)
    : IssueRepository(database, defaultSaveParticipants()) {}

IssueRepository::IssueRepository(Database &database,
                                 QList<std::shared_ptr<SaveParticipant>> participants)
    : m_db(database), m_participants(std::move(participants)) {}

Result<QList<IssueSummary>> IssueRepository::list() const {
    Result<QSqlQuery> q = runSql(m_db.connection(),
                                 QStringLiteral("SELECT ") + kSummaryColumns +
                                     QStringLiteral(" FROM issues ORDER BY issue_date DESC, "
                                                    "series, number DESC"),
                                 {}, IssueRepositoryText::tr("listing the issues"));
    if (!q) {
        return q.error();
    }
    QList<IssueSummary> out;
    while (q->next()) {
        Result<IssueSummary> s = summaryFromRow(*q);
        if (!s) {
            return s.error();
        }
        out.append(*s);
    }
    if (q->lastError().isValid()) {
        return sqlError(q->lastError(), IssueRepositoryText::tr("listing the issues"));
    }
    return out;
}

Result<std::optional<qint64>> IssueRepository::findId(int number, Series series) const {
    Result<QVariant> id = scalarSql(
        m_db.connection(), QStringLiteral("SELECT id FROM issues WHERE series = ? AND number = ?"),
        {seriesKey(series), number},
        IssueRepositoryText::tr("looking up %1").arg(issueLabel(number, series)));
    if (!id) {
        return id.error();
    }
    if (id->isNull()) {
        return std::optional<qint64>();
    }
    return std::optional<qint64>(id->toLongLong());
}

Result<bool> IssueRepository::exists(int number, Series series) const {
    Result<std::optional<qint64>> id = findId(number, series);
    if (!id) {
        return id.error();
    }
    return id->has_value();
}

Result<Issue> IssueRepository::load(int number, Series series) const {
    Result<std::optional<qint64>> id = findId(number, series);
    if (!id) {
        return id.error();
    }
    if (!id->has_value()) {
        return Error::notFound(
            IssueRepositoryText::tr("%1 is not in the archive").arg(issueLabel(number, series)));
    }
    return loadById(**id);
}

Result<Issue> IssueRepository::loadById(qint64 storageId) const {
    Result<Issue> loaded = Error::storage(QString());
    const Status snapshot = m_db.read([&]() -> Status {
        loaded = loadOnSnapshot(storageId);
        return loaded ? Status() : Status(loaded.error());
    });
    if (!snapshot) {
        return snapshot.error();
    }
    return loaded;
}

Result<Issue> IssueRepository::loadOnSnapshot(qint64 storageId) const {
    const QSqlDatabase db = m_db.connection();
    Result<QSqlQuery> q = runSql(db,
                                 QStringLiteral("SELECT ") + kSummaryColumns +
                                     QStringLiteral(" FROM issues WHERE id = ?"),
                                 {storageId}, IssueRepositoryText::tr("reading an issue"));
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return Error::notFound(
            IssueRepositoryText::tr("no issue with id %1 is in the archive").arg(storageId));
    }
    Result<IssueSummary> summary = summaryFromRow(*q);
    if (!summary) {
        return summary.error();
    }
    Issue issue;
    issue.storageId = storageId;
    issue.revision = summary->revision;
    issue.status = summary->status;
    issue.masthead.series = summary->series;
    issue.masthead.number = summary->number;
    issue.masthead.date = summary->date;
    issue.masthead.nameLines = q->value(5).toString().split(QLatin1Char('\n'));
    if (!q->value(7).isNull()) {
        issue.masthead.cumulativeNumber = q->value(7).toInt();
    }
    issue.masthead.office = q->value(8).toString();
    issue.templateId = q->value(9).toString();
    issue.templateVersion = q->value(10).toInt();
    if (!q->value(11).isNull()) {
        issue.footer.printRun = q->value(11).toInt();
    }
    Status children = readIssueChildren(db, storageId, issue);
    if (!children) {
        return children.error();
    }
    return issue;
}

Result<std::optional<Issue>> IssueRepository::latest(Series series) const {
    Result<QVariant> number = scalarSql(
        m_db.connection(), QStringLiteral("SELECT max(number) FROM issues WHERE series = ?"),
        {seriesKey(series)}, IssueRepositoryText::tr("finding the latest issue"));
    if (!number) {
        return number.error();
    }
    if (number->isNull()) {
        return std::optional<Issue>();
    }
    Result<Issue> issue = load(number->toInt(), series);
    if (!issue) {
        return issue.error();
    }
    return std::optional<Issue>(std::move(issue).value());
}

Result<Issue> IssueRepository::save(const Issue &issue) {
    Issue saved = issue;
    Status done = m_db.write([&]() -> Status {
        if (Status written = writeIssue(saved); !written) {
            return written;
        }
        return takeStoredVersion(saved);
    });
    if (!done) {
        return done.error();
    }
    return saved;
}

Result<Issue> IssueRepository::replace(const Issue &issue) {
    Issue saved = issue;
    Status done = m_db.write([&]() -> Status {
        Result<std::optional<qint64>> id = findId(issue.masthead.number, issue.masthead.series);
        if (!id) {
            return id.error();
        }
        if (id->has_value()) {
            Result<QVariant> revision =
                scalarSql(m_db.connection(),
                          QStringLiteral("SELECT revision FROM issues WHERE id = ?"), {**id});
            if (!revision) {
                return revision.error();
            }
            saved.storageId = **id;
            saved.revision = revision->toInt();
        } else {
            saved.storageId = 0;
        }
        if (Status written = writeIssue(saved); !written) {
            return written;
        }
        return takeStoredVersion(saved);
    });
    if (!done) {
        return done.error();
    }
    return saved;
}

Status IssueRepository::takeStoredVersion(Issue &saved) const {
    // Participants may have changed rows of their own (sign-off sets the status and the
    // signers' names), so the caller gets the issue as it stands in the archive: read inside the
    // save's own transaction, so that no other writer's later save can slip in between.
    if (m_participants.isEmpty()) {
        return {};
    }
    Result<Issue> stored = loadById(saved.storageId);
    if (!stored) {
        return stored.error();
    }
    saved = std::move(stored).value();
    return {};
}

Status IssueRepository::writeIssue(Issue &issue) {
    for (const auto &participant : m_participants) {
        if (Status s = participant->prepare(m_db.connection(), issue); !s) {
            return s;
        }
    }
    Status valid = checkIssue(issue);
    if (!valid) {
        return valid;
    }
    const QSqlDatabase db = m_db.connection();
    const Masthead &m = issue.masthead;
    const QString label = issueLabel(m.number, m.series);
    Result<std::optional<qint64>> holder = findId(m.number, m.series);
    if (!holder) {
        return holder.error();
    }
    if (holder->has_value() && **holder != issue.storageId) {
        return Error::conflict(
            IssueRepositoryText::tr("%1 already exists in the archive").arg(label));
    }
    for (const auto &participant : m_participants) {
        if (Status s = participant->beforeSave(db, issue); !s) {
            return s;
        }
    }
    const QVariantList values = {
        seriesKey(m.series),
        m.number,
        m.cumulativeNumber ? QVariant(*m.cumulativeNumber) : QVariant(),
        m.nameLines.join(QLatin1Char('\n')),
        m.office,
        m.date.toString(Qt::ISODate),
        statusKey(issue.status),
        issue.templateId,
        issue.templateVersion,
        issue.footer.printRun ? QVariant(*issue.footer.printRun) : QVariant(),
        QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
    };
    if (issue.storageId == 0) {
        Result<QSqlQuery> inserted = runSql(
            db,
            QStringLiteral("INSERT INTO issues (series, number, cumulative_number, name_lines, "
                           "office, issue_date, status, template_id, template_version, print_run, "
                           "saved_at, revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"),
            values, IssueRepositoryText::tr("saving %1").arg(label));
        if (!inserted) {
            return inserted.error();
        }
        Result<qint64> id = m_db.engine().insertedId(db, *inserted);
        if (!id) {
            return id.error();
        }
        issue.storageId = *id;
        issue.revision = 1;
    } else {
        Result<QSqlQuery> updated = runSql(
            db,
            QStringLiteral("UPDATE issues SET series = ?, number = ?, cumulative_number = ?, "
                           "name_lines = ?, office = ?, issue_date = ?, status = ?, template_id = "
                           "?, template_version = ?, print_run = ?, saved_at = ?, revision = "
                           "revision + 1 WHERE id = ? AND revision = ?"),
            values + QVariantList{issue.storageId, issue.revision},
            IssueRepositoryText::tr("saving %1").arg(label));
        if (!updated) {
            return updated.error();
        }
        if (updated->numRowsAffected() != 1) {
            return Error::conflict(
                IssueRepositoryText::tr("%1 was changed or deleted by someone else since it was "
                                        "opened; reopen it to see their version")
                    .arg(label));
        }
        issue.revision += 1;
    }
    if (Status s = writeIssueChildren(db, issue.storageId, issue); !s) {
        return s;
    }
    for (const auto &participant : m_participants) {
        if (Status s = participant->afterSave(db, issue); !s) {
            return s;
        }
    }
    return {};
}

Status IssueRepository::remove(int number, Series series) {
    return m_db.write([&]() -> Status {
        Result<std::optional<qint64>> id = findId(number, series);
        if (!id) {
            return id.error();
        }
        if (!id->has_value()) {
            return Error::notFound(IssueRepositoryText::tr("%1 is not in the archive")
                                       .arg(issueLabel(number, series)));
        }
        for (const auto &participant : m_participants) {
            if (Status s = participant->beforeRemove(m_db.connection(), **id); !s) {
                return s;
            }
        }
        return execSql(m_db.connection(), QStringLiteral("DELETE FROM issues WHERE id = ?"), {**id},
                       IssueRepositoryText::tr("deleting %1").arg(issueLabel(number, series)));
    });
}

} // namespace kuaibao
