#include "signingkeys.h"

#include "argon2cost.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QStringList>

#include <sodium.h>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct SigningKeysText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::SigningKeys)
};

bool sodiumReady() {
    static const bool ready = sodium_init() >= 0;
    return ready;
}

const QString kSealPrefix = QStringLiteral("ks1");

// Derives the box key from the password; false when Argon2id ran out of memory.
bool deriveKey(unsigned char *key, const QByteArray &password, const unsigned char *salt,
               unsigned long long ops, size_t mem) {
    return crypto_pwhash(key, crypto_secretbox_KEYBYTES, password.constData(),
                         (unsigned long long)password.size(), salt, ops, mem,
                         crypto_pwhash_ALG_ARGON2ID13) == 0;
}

QString b64(const unsigned char *data, size_t size) {
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)).toBase64());
}

} // namespace

KeyPair::~KeyPair() {
    if (!secretKey.isEmpty()) {
        sodium_memzero(secretKey.data(), size_t(secretKey.size()));
    }
}

Result<KeyPair> SigningKeys::generate() {
    if (!sodiumReady()) {
        return Error::storage(SigningKeysText::tr("the cryptography library could not start"));
    }
    KeyPair pair;
    pair.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    pair.secretKey.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(pair.publicKey.data()),
                        reinterpret_cast<unsigned char *>(pair.secretKey.data()));
    return pair;
}

Result<QString> SigningKeys::seal(const QByteArray &secretKey, const QByteArray &password) {
    if (!sodiumReady()) {
        return Error::storage(SigningKeysText::tr("the cryptography library could not start"));
    }
    const Argon2Cost cost = argon2Cost();
    unsigned char salt[crypto_pwhash_SALTBYTES];
    unsigned char nonce[crypto_secretbox_NONCEBYTES];
    unsigned char key[crypto_secretbox_KEYBYTES];
    randombytes_buf(salt, sizeof salt);
    randombytes_buf(nonce, sizeof nonce);
    if (!deriveKey(key, password, salt, cost.opsLimit, cost.memLimit)) {
        return Error::storage(SigningKeysText::tr("sealing the key ran out of memory"));
    }
    QByteArray box(qsizetype(crypto_secretbox_MACBYTES) + secretKey.size(), Qt::Uninitialized);
    crypto_secretbox_easy(reinterpret_cast<unsigned char *>(box.data()),
                          reinterpret_cast<const unsigned char *>(secretKey.constData()),
                          (unsigned long long)secretKey.size(), nonce, key);
    sodium_memzero(key, sizeof key);
    return QStringList{kSealPrefix,
                       QString::number(cost.opsLimit),
                       QString::number(cost.memLimit),
                       b64(salt, sizeof salt),
                       b64(nonce, sizeof nonce),
                       QString::fromLatin1(box.toBase64())}
        .join(QLatin1Char('$'));
}

Result<QByteArray> SigningKeys::unseal(const QString &sealed, const QByteArray &password) {
    if (!sodiumReady()) {
        return Error::storage(SigningKeysText::tr("the cryptography library could not start"));
    }
    const QStringList parts = sealed.split(QLatin1Char('$'));
    const Error damaged =
        Error::corrupt(SigningKeysText::tr("the stored private key is damaged and cannot be read"));
    if (parts.size() != 6 || parts.at(0) != kSealPrefix) {
        return damaged;
    }
    bool opsOk = false;
    bool memOk = false;
    const unsigned long long ops = parts.at(1).toULongLong(&opsOk);
    const size_t mem = size_t(parts.at(2).toULongLong(&memOk));
    const QByteArray salt = QByteArray::fromBase64(parts.at(3).toLatin1());
    const QByteArray nonce = QByteArray::fromBase64(parts.at(4).toLatin1());
    const QByteArray box = QByteArray::fromBase64(parts.at(5).toLatin1());
    if (!opsOk || !memOk || ops < crypto_pwhash_OPSLIMIT_MIN || ops > crypto_pwhash_OPSLIMIT_MAX ||
        mem < crypto_pwhash_MEMLIMIT_MIN || mem > (size_t(1) << 31) ||
        salt.size() != crypto_pwhash_SALTBYTES || nonce.size() != crypto_secretbox_NONCEBYTES ||
        box.size() != qsizetype(crypto_secretbox_MACBYTES + crypto_sign_SECRETKEYBYTES)) {
        return damaged;
    }
    unsigned char key[crypto_secretbox_KEYBYTES];
    if (!deriveKey(key, password, reinterpret_cast<const unsigned char *>(salt.constData()), ops,
                   mem)) {
        return Error::storage(SigningKeysText::tr("opening the key ran out of memory"));
    }
    QByteArray secret(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
    const int opened = crypto_secretbox_open_easy(
        reinterpret_cast<unsigned char *>(secret.data()),
        reinterpret_cast<const unsigned char *>(box.constData()), (unsigned long long)box.size(),
        reinterpret_cast<const unsigned char *>(nonce.constData()), key);
    sodium_memzero(key, sizeof key);
    if (opened != 0) {
        sodium_memzero(secret.data(), size_t(secret.size()));
        return Error::forbidden(SigningKeysText::tr("wrong password"));
    }
    return secret;
}

QByteArray SigningKeys::sign(const QByteArray &message, const QByteArray &secretKey) {
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    if (!sodiumReady() || secretKey.size() != crypto_sign_SECRETKEYBYTES) {
        return {};
    }
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()),
                         (unsigned long long)message.size(),
                         reinterpret_cast<const unsigned char *>(secretKey.constData()));
    return signature;
}

bool SigningKeys::verify(const QByteArray &message, const QByteArray &signature,
                         const QByteArray &publicKey) {
    if (!sodiumReady() || signature.size() != crypto_sign_BYTES ||
        publicKey.size() != crypto_sign_PUBLICKEYBYTES) {
        return false;
    }
    return crypto_sign_verify_detached(
               reinterpret_cast<const unsigned char *>(signature.constData()),
               reinterpret_cast<const unsigned char *>(message.constData()),
               (unsigned long long)message.size(),
               reinterpret_cast<const unsigned char *>(publicKey.constData())) == 0;
}

QByteArray SigningKeys::publicKeyOf(const QByteArray &secretKey) {
    if (secretKey.size() != crypto_sign_SECRETKEYBYTES) {
        return {};
    }
    return secretKey.right(crypto_sign_PUBLICKEYBYTES);
}

QString SigningKeys::fingerprint(const QByteArray &publicKey) {
    unsigned char digest[crypto_hash_sha256_BYTES];
    if (!sodiumReady()) {
        return {};
    }
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char *>(publicKey.constData()),
                       (unsigned long long)publicKey.size());
    const QString hex =
        QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), 16).toHex());
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 4) {
        groups << hex.mid(i, 4);
    }
    return groups.join(QLatin1Char(' '));
}

} // namespace kuaibao
