#pragma once

#include "core/issue.h"
#include "core/result.h"

#include <QList>
#include <QSqlDatabase>

#include <memory>

namespace kuaibao {

// Something that must happen in the same transaction as every save or delete of an issue
// (keeping the search index in step, refusing edits of a signed issue, voiding signatures).
// Any error it returns aborts the whole save: nothing is written.
class SaveParticipant {
public:
    virtual ~SaveParticipant() = default;

    // First of all, before any check or write: may put the issue into its stored form (such as
    // canonical unit names). Every later step, and the caller, sees the result.
    virtual Status prepare(const QSqlDatabase &db, Issue &issue) {
        Q_UNUSED(db);
        Q_UNUSED(issue);
        return {};
    }
    // Before the issue's rows are written; `issue.storageId` is 0 for a new issue.
    virtual Status beforeSave(const QSqlDatabase &db, const Issue &issue) {
        Q_UNUSED(db);
        Q_UNUSED(issue);
        return {};
    }
    // After the rows are written; `issue.storageId` and `issue.revision` are the new ones.
    virtual Status afterSave(const QSqlDatabase &db, const Issue &issue) {
        Q_UNUSED(db);
        Q_UNUSED(issue);
        return {};
    }
    // Before the issue with this storage id is deleted.
    virtual Status beforeRemove(const QSqlDatabase &db, qint64 storageId) {
        Q_UNUSED(db);
        Q_UNUSED(storageId);
        return {};
    }
};

// The participants every IssueRepository runs, in order. Each feature adds its own here.
QList<std::shared_ptr<SaveParticipant>> defaultSaveParticipants();

} // namespace kuaibao
