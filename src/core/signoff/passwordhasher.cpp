#include "passwordhasher.h"

#include "argon2cost.h"

#include <QCoreApplication>

#include <sodium.h>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct PasswordHasherText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::PasswordHasher)
};

bool sodiumReady() {
    static const bool ready = sodium_init() >= 0;
    return ready;
}

unsigned long long opsLimit() {
    return argon2Cost().opsLimit;
}

size_t memLimit() {
    return argon2Cost().memLimit;
}

} // namespace

Result<QString> PasswordHasher::hash(const QByteArray &password) {
    if (!sodiumReady()) {
        return Error::storage(PasswordHasherText::tr("the password library could not start"));
    }
    char out[crypto_pwhash_STRBYTES] = {};
    if (crypto_pwhash_str(out, password.constData(), size_t(password.size()), opsLimit(),
                          memLimit()) != 0) {
        return Error::storage(PasswordHasherText::tr("hashing the password ran out of memory"));
    }
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &storedHash, const QByteArray &password) {
    if (!sodiumReady()) {
        return false;
    }
    const QByteArray stored = storedHash.toLatin1();
    if (stored.isEmpty() || stored.size() >= crypto_pwhash_STRBYTES) {
        return false;
    }
    return crypto_pwhash_str_verify(stored.constData(), password.constData(),
                                    size_t(password.size())) == 0;
}

bool PasswordHasher::needsRehash(const QString &storedHash) {
    if (!sodiumReady()) {
        return false;
    }
    const QByteArray stored = storedHash.toLatin1();
    return crypto_pwhash_str_needs_rehash(stored.constData(), opsLimit(), memLimit()) != 0;
}

} // namespace kuaibao
