#pragma once

#include "core/issue.h"
#include "core/result.h"
#include "saveparticipant.h"

#include <QList>

#include <optional>

namespace kuaibao {

class Database;

// A line of the archive listing: enough to show and pick an issue without loading it.
struct IssueSummary {
    qint64 storageId = 0;
    Series series = Series::Regular;
    int number = 0;
    QDate date;
    IssueStatus status = IssueStatus::Draft;
    QString name;
    int revision = 0;
};

// Stores and loads whole issues in the archive, each save one transaction.
class IssueRepository {
public:
    // Runs defaultSaveParticipants() on every save and delete.
    explicit IssueRepository(Database &database);
    // Runs exactly these participants (tests of one participant, or none at all).
    IssueRepository(Database &database, QList<std::shared_ptr<SaveParticipant>> participants);

    // Every issue, newest first (by date, then number).
    Result<QList<IssueSummary>> list() const;

    Result<Issue> load(int number, Series series = Series::Regular) const;
    Result<Issue> loadById(qint64 storageId) const;
    Result<bool> exists(int number, Series series = Series::Regular) const;
    // The issue with the highest number of a series, if there is any.
    Result<std::optional<Issue>> latest(Series series = Series::Regular) const;

    // Saves the issue and returns it as stored (storage id, new revision, and whatever the
    // participants set, such as the sign-off status). A new issue
    // (storageId 0) whose number is taken, or a stored one whose revision is stale (someone
    // else saved it since it was loaded), is a Conflict and nothing is written.
    Result<Issue> save(const Issue &issue);
    // Replaces whatever issue has the same series and number (an import with --replace).
    Result<Issue> replace(const Issue &issue);

    Status remove(int number, Series series = Series::Regular);

private:
    Result<std::optional<qint64>> findId(int number, Series series) const;
    Result<Issue> loadOnSnapshot(qint64 storageId) const;
    Status writeIssue(Issue &issue);
    Status takeStoredVersion(Issue &saved) const;

    Database &m_db;
    QList<std::shared_ptr<SaveParticipant>> m_participants;
};

} // namespace kuaibao
