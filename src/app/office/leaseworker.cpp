#include "leaseworker.h"

#include "storage/database.h"

namespace kuaibao {

LeaseWorker::LeaseWorker(QString location, QString holderId, QString holderName)
    : m_location(std::move(location)), m_holderId(std::move(holderId)),
      m_holderName(std::move(holderName)) {}

LeaseWorker::~LeaseWorker() {
    m_leases.reset(); // before the connection it uses
}

Result<EditingLeases *> LeaseWorker::leases() {
    if (!m_leases) {
        // The same archive the window has open: a file through SQLite alone; a server with the
        // address and the password the window connected with (kept in memory only).
        Result<std::unique_ptr<Database>> opened = Database::open(m_location);
        if (!opened) {
            return opened.error();
        }
        m_database = std::move(*opened);
        m_leases = std::make_unique<EditingLeases>(*m_database, m_holderId, m_holderName);
    }
    return m_leases.get();
}

Result<std::optional<LeaseHolder>> LeaseWorker::take(qint64 issueId) {
    Result<EditingLeases *> got = leases();
    if (!got) {
        return got.error();
    }
    return (*got)->take(issueId);
}

void LeaseWorker::renew(qint64 issueId) {
    Result<std::optional<LeaseHolder>> taken = take(issueId);
    // An archive that cannot be reached now is tried again at the next renewal.
    emit renewed(issueId, taken ? *taken : std::nullopt);
}

void LeaseWorker::release(qint64 issueId) {
    if (Result<EditingLeases *> got = leases(); got) {
        (void)(*got)->release(issueId); // one not given up expires by itself
    }
}

void LeaseWorker::checkHolder(qint64 issueId) {
    Result<EditingLeases *> got = leases();
    if (!got) {
        emit holderChecked(issueId, false, false);
        return;
    }
    Result<std::optional<LeaseHolder>> holder = (*got)->otherHolder(issueId);
    emit holderChecked(issueId, bool(holder), holder && holder->has_value());
}

} // namespace kuaibao
