#pragma once

#include <QString>

namespace kuaibao {

class Database;

// What the window knows of the archive's administrator key: its fingerprint, and whether it
// differs from the one this computer remembers (AdminKeyPin, shared with kuaibao-cli). While it
// differs and nobody has confirmed the new key, sign-off in the window stays off.
class AdminKeyWatch {
public:
    explicit AdminKeyWatch(Database &database);

    // Reads the key again and checks it against what this computer remembers (remembering it
    // the first time).
    void refresh();

    bool hasAdmin() const { return !m_fingerprint.isEmpty(); }
    QString adminName() const { return m_adminName; }
    QString fingerprint() const { return m_fingerprint; }
    // The key differs from the remembered one.
    bool changed() const { return !m_remembered.isEmpty(); }
    QString remembered() const { return m_remembered; }
    // A reading error, for the user; empty when the key was read.
    QString error() const { return m_error; }

    // The line the 签发 screen shows: the administrator and the key's fingerprint.
    QString fingerprintText() const;
    // The loud warning when the key changed: both fingerprints and what to do. Empty otherwise.
    QString warningText() const;

    // The administrator confirmed the new key in person: this computer remembers it from now
    // on, and the warning goes.
    void confirm();

private:
    Database &m_db;
    QString m_adminName;
    QString m_fingerprint;
    QString m_remembered; // the fingerprint remembered, when it differs
    QString m_error;
};

} // namespace kuaibao
