#pragma once

#include "storage/live/editingleases.h"

#include <QObject>

#include <memory>

namespace kuaibao {

class Database;

// The editing lease's round trips, on IssueLease's thread through a connection of that thread's
// own to the same archive (opened at first use, again after it failed): renewing, giving up,
// and asking whether a watched issue's holder has gone. Results come back as signals.
class LeaseWorker : public QObject {
    Q_OBJECT

public:
    LeaseWorker(QString location, QString holderId, QString holderName);
    ~LeaseWorker() override;

    // Each of these runs on the worker's thread.
    Result<std::optional<LeaseHolder>> take(qint64 issueId);
    void renew(qint64 issueId);
    void release(qint64 issueId);
    void checkHolder(qint64 issueId);

signals:
    // The renewal of `issueId` has finished; `other` is whoever holds it now if not this window
    // (the lease had expired), nullopt when renewed or when the archive did not answer.
    void renewed(qint64 issueId, const std::optional<kuaibao::LeaseHolder> &other);
    // Whether anyone else holds `issueId` (`answered` false: the archive did not answer).
    void holderChecked(qint64 issueId, bool answered, bool held);

private:
    Result<EditingLeases *> leases();

    QString m_location;
    QString m_holderId;
    QString m_holderName;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<EditingLeases> m_leases;
};

} // namespace kuaibao
