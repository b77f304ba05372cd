#pragma once

#include "keystore.h"

#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace kuaibao {

class Database;

// Someone who takes part in sign-off, as stored (public key only, never the password).
struct Person {
    qint64 id = 0;
    QString name;
    QStringList roles;
    int failedAttempts = 0;
    QDateTime lockedUntil; // invalid when not locked
    QByteArray publicKey;  // empty for a person added before keys
    bool admin = false;
    QDateTime retiredAt; // invalid while the person may sign
    bool retired() const { return retiredAt.isValid(); }
};

// Why `person`, retired, is refused: who, and since when.
QString retiredRefusal(const Person &person);

// A name and password someone typed, to act as that person.
struct Credentials {
    QString name;
    QByteArray password;
};

// A person whose private key the right password opened; the key is wiped on destruction.
struct UnlockedPerson {
    Person person;
    QByteArray secretKey; // empty for a person added before keys
    UnlockedPerson() = default;
    UnlockedPerson(const UnlockedPerson &) = default;
    UnlockedPerson &operator=(const UnlockedPerson &) = default;
    ~UnlockedPerson();
};

// The people list: who may sign, with which roles and keys. The first person added becomes the
// administrator; every later change needs the administrator's password, and the administrator's
// key signs each person's certificate. Five wrong passwords in a row lock a person for a minute
// (the count lives in the archive, so it holds across processes); a right password resets it.
class PeopleStore {
public:
    static constexpr int kMaxFailedAttempts = 5;
    static constexpr int kLockSeconds = 60;
    static constexpr int kMinPasswordLength = 8;

    // `now` is the clock the lock-out and certificates read (tests move it).
    explicit PeopleStore(Database &database,
                         std::function<QDateTime()> now = &QDateTime::currentDateTimeUtc);

    // Adds a person with a new key pair sealed under `password`. On an archive without an
    // administrator the person becomes it (and `admin` must be absent); otherwise `admin`
    // must be the administrator's name and password.
    Result<Person> add(const QString &name, const QStringList &roles, const QByteArray &password,
                       const std::optional<Credentials> &admin = std::nullopt);
    // A new key for a person who forgot the password (or was added before keys), certified by
    // the administrator. Their past signatures stay verifiable under the old certificate.
    Status resetPassword(const QString &name, const QByteArray &newPassword,
                         const Credentials &admin);
    // Re-seals the person's key under a new password; the key and certificate stay.
    Status changePassword(const QString &name, const QByteArray &oldPassword,
                          const QByteArray &newPassword);

    Result<QList<Person>> list() const;
    Result<Person> find(const QString &name) const;
    Result<std::optional<AdminKey>> adminKey() const;

    // Checks `password` for `name` and opens the private key, counting failures and locking
    // after five. The count is stored whatever the outcome. A locked person is refused
    // without checking.
    Result<UnlockedPerson> unlock(const QString &name, const QByteArray &password);
    Result<Person> authenticate(const QString &name, const QByteArray &password);

    // Refuses a password shorter than eight characters or made of white space only.
    static Status checkPasswordPolicy(const QByteArray &password);

    // The administrator, unlocked by `admin`; Forbidden when that is not the administrator.
    Result<UnlockedPerson> unlockAdmin(const Credentials &admin);

private:
    Status recordFailure(const Person &person, QString *message);
    // Writes a fresh key pair for `personId`, sealed under `password`, and its certificate.
    Status writeNewKey(qint64 personId, const QString &name, const QStringList &roles,
                       const QByteArray &password, const QByteArray *adminSecretKey);

    Database &m_db;
    std::function<QDateTime()> m_now;
};

} // namespace kuaibao
