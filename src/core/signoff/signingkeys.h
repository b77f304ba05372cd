#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace kuaibao {

// An Ed25519 key pair; the secret half is wiped when the pair goes away.
struct KeyPair {
    QByteArray publicKey;
    QByteArray secretKey;
    KeyPair() = default;
    KeyPair(const KeyPair &) = default;
    KeyPair &operator=(const KeyPair &) = default;
    ~KeyPair();
};

// Everything done with keys, all through libsodium: Ed25519 key pairs, signatures, and the
// private key sealed under a password (Argon2id at argon2Cost(), then XSalsa20-Poly1305
// crypto_secretbox). A sealed key is "ks1" text: cost, salt, nonce and box, base64.
class SigningKeys {
public:
    static Result<KeyPair> generate();
    // The secret key sealed under `password`, at this build's Argon2id cost.
    static Result<QString> seal(const QByteArray &secretKey, const QByteArray &password);
    // The secret key, or Forbidden when the password is wrong (or the seal was altered).
    static Result<QByteArray> unseal(const QString &sealed, const QByteArray &password);
    // The Ed25519 signature of `message`.
    static QByteArray sign(const QByteArray &message, const QByteArray &secretKey);
    static bool verify(const QByteArray &message, const QByteArray &signature,
                       const QByteArray &publicKey);
    // The public key of a secret key (Ed25519 keeps it in the secret key's second half).
    static QByteArray publicKeyOf(const QByteArray &secretKey);
    // A key's fingerprint for people to read aloud: the first 16 bytes of its SHA-256, in
    // groups of four hexadecimal characters ("3f2a 91c0 …").
    static QString fingerprint(const QByteArray &publicKey);
};

} // namespace kuaibao
