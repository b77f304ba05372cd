#include "connectionkeeper.h"

#include "app/recoveryfile.h"
#include "core/issue.h"

#include <QFile>

namespace kuaibao {

ConnectionKeeper::ConnectionKeeper(bool onServer, std::function<const Issue *()> openIssue,
                                   QObject *parent)
    : QObject(parent), m_onServer(onServer), m_openIssue(std::move(openIssue)) {}

bool ConnectionKeeper::isConnectionLoss(const Error &error) {
    // Refusals (a newer revision, a signed issue, no right) say so with their own kinds; what
    // is left on a server is the connection.
    return error.kind == ErrorKind::Storage;
}

void ConnectionKeeper::saveFailed(const Error &error) {
    if (!m_onServer || !isConnectionLoss(error)) {
        return;
    }
    m_disconnected = true;
    keepInFile();
    emit status(tr("The connection to the server was lost; retrying"));
}

void ConnectionKeeper::keepInFile() {
    const Issue *issue = m_openIssue();
    if (!issue) {
        return;
    }
    Result<QString> kept = writeRecoveryFile(*issue);
    if (!kept) {
        return; // the edits are still in memory, and the save is tried again
    }
    if (!m_recoveryFile.isEmpty() && m_recoveryFile != *kept) {
        QFile::remove(m_recoveryFile); // the newer file holds everything it held
    }
    m_recoveryFile = *kept;
}

void ConnectionKeeper::saved() {
    if (!m_recoveryFile.isEmpty()) {
        (void)setRecoveryFileAside(m_recoveryFile); // stored now: nothing to offer at start
        m_recoveryFile.clear();
    }
    if (m_disconnected) {
        m_disconnected = false;
        emit status(QString());
    }
}

void ConnectionKeeper::unreachable() {
    if (!m_disconnected) {
        m_disconnected = true;
        emit status(tr("The connection to the server was lost; retrying"));
    }
}

void ConnectionKeeper::reachableAgain() {
    if (m_disconnected && m_recoveryFile.isEmpty()) {
        m_disconnected = false; // nothing waits to be saved
        emit status(tr("Connected to the server again."));
    }
}

} // namespace kuaibao
