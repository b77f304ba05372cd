#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace kuaibao {

class Database;

// Someone who takes part in sign-off, as stored (the hash only, never the password).
struct Person {
    qint64 id = 0;
    QString name;
    QStringList roles;
    int failedAttempts = 0;
    QDateTime lockedUntil; // invalid when not locked
};

// The people list: who may sign, with which roles, and their password checks. Five wrong
// passwords in a row lock a person for a minute; the count lives in the archive, so it holds
// across processes, and a right password resets it.
class PeopleStore {
public:
    static constexpr int kMaxFailedAttempts = 5;
    static constexpr int kLockSeconds = 60;

    // `now` is the clock the lock-out reads (tests move it).
    explicit PeopleStore(Database &database,
                         std::function<QDateTime()> now = &QDateTime::currentDateTimeUtc);

    // Adds a person; the name must be new, the roles known to a template, the password at
    // least six characters.
    Result<Person> add(const QString &name, const QStringList &roles, const QByteArray &password);
    Result<QList<Person>> list() const;
    Result<Person> find(const QString &name) const;

    // Checks `password` for `name`, counting failures and locking after five. The count is
    // stored whatever the outcome. A locked person is refused without checking.
    Result<Person> authenticate(const QString &name, const QByteArray &password);

private:
    Status recordFailure(const Person &person, QString *message);

    Database &m_db;
    std::function<QDateTime()> m_now;
};

} // namespace kuaibao
