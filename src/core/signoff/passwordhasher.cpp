#include "passwordhasher.h"

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

bool cheapForTests() {
    return qEnvironmentVariableIntValue("KUAIBAO_TEST_CHEAP_PASSWORD_HASH") == 1;
}

unsigned long long opsLimit() {
    return cheapForTests() ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE;
}

size_t memLimit() {
    return cheapForTests() ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE;
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
