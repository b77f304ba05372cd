#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace kuaibao {

// Salted password hashes with Argon2id (libsodium's crypto_pwhash_str, INTERACTIVE limits).
// The hash string carries its own salt and cost, so verification needs nothing else.
// The cost is argon2Cost(): fixed in the programs, cheap only in test builds.
class PasswordHasher {
public:
    // A fresh salted hash of `password` (never stored or logged in the clear).
    static Result<QString> hash(const QByteArray &password);
    // Whether `password` matches `storedHash`; a malformed hash never matches.
    static bool verify(const QString &storedHash, const QByteArray &password);
    // Whether `storedHash` was made with a lower cost than the current default.
    static bool needsRehash(const QString &storedHash);
};

} // namespace kuaibao
