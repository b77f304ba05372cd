#include "peoplestore.h"

#include "core/signoff/passwordhasher.h"
#include "core/signoff/signoffroles.h"
#include "storage/database.h"
#include "storage/sqlutil.h"

#include <QCoreApplication>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct PeopleStoreText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::PeopleStore)
};

const QString kRoleSeparator = QStringLiteral(",");
constexpr int kMinPasswordLength = 6;

const QString kColumns =
    QStringLiteral("id, name, roles, failed_attempts, locked_until FROM people");

Person personFromRow(const QSqlQuery &q) {
    Person p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.roles = q.value(2).toString().split(kRoleSeparator, Qt::SkipEmptyParts);
    p.failedAttempts = q.value(3).toInt();
    if (!q.value(4).isNull()) {
        p.lockedUntil = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
    }
    return p;
}

} // namespace

PeopleStore::PeopleStore(Database &database, std::function<QDateTime()> now)
    : m_db(database), m_now(std::move(now)) {}

Result<Person> PeopleStore::add(const QString &rawName, const QStringList &rawRoles,
                                const QByteArray &password) {
    const QString name = rawName.trimmed();
    if (name.isEmpty()) {
        return Error::badInput(PeopleStoreText::tr("a person needs a name"));
    }
    QStringList roles;
    const QStringList known = knownSignoffRoles();
    for (const QString &raw : rawRoles) {
        const QString role = raw.trimmed();
        if (role.isEmpty() || roles.contains(role)) {
            continue;
        }
        if (!known.contains(role)) {
            return Error::badInput(
                PeopleStoreText::tr("“%1” is not a sign-off role (the roles are %2)")
                    .arg(role, known.join(QStringLiteral("、"))));
        }
        roles << role;
    }
    if (roles.isEmpty()) {
        return Error::badInput(PeopleStoreText::tr("a person needs at least one role"));
    }
    if (QString::fromUtf8(password).size() < kMinPasswordLength) {
        return Error::badInput(PeopleStoreText::tr("the password must be at least %1 characters")
                                   .arg(kMinPasswordLength));
    }
    Result<QString> hash = PasswordHasher::hash(password);
    if (!hash) {
        return hash.error();
    }
    Status done = m_db.write([&]() -> Status {
        Result<QVariant> taken = scalarSql(
            m_db.connection(), QStringLiteral("SELECT count(*) FROM people WHERE name = ?"), {name},
            PeopleStoreText::tr("looking up %1").arg(name));
        if (!taken) {
            return taken.error();
        }
        if (taken->toInt() > 0) {
            return Error::conflict(
                PeopleStoreText::tr("%1 is already in the people list").arg(name));
        }
        return execSql(
            m_db.connection(),
            QStringLiteral("INSERT INTO people (name, roles, password_hash, created_at) "
                           "VALUES (?, ?, ?, ?)"),
            {name, roles.join(kRoleSeparator), *hash, m_now().toString(Qt::ISODateWithMs)},
            PeopleStoreText::tr("adding %1").arg(name));
    });
    if (!done) {
        return done.error();
    }
    return find(name);
}

Result<QList<Person>> PeopleStore::list() const {
    Result<QSqlQuery> q = runSql(
        m_db.connection(), QStringLiteral("SELECT ") + kColumns + QStringLiteral(" ORDER BY name"),
        {}, PeopleStoreText::tr("listing people"));
    if (!q) {
        return q.error();
    }
    QList<Person> out;
    while (q->next()) {
        out << personFromRow(*q);
    }
    return out;
}

Result<Person> PeopleStore::find(const QString &name) const {
    Result<QSqlQuery> q = runSql(
        m_db.connection(), QStringLiteral("SELECT ") + kColumns + QStringLiteral(" WHERE name = ?"),
        {name.trimmed()}, PeopleStoreText::tr("looking up %1").arg(name));
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return Error::notFound(PeopleStoreText::tr("%1 is not in the people list").arg(name));
    }
    return personFromRow(*q);
}

Status PeopleStore::recordFailure(const Person &person, QString *message) {
    const int failures = person.failedAttempts + 1;
    if (failures >= kMaxFailedAttempts) {
        const QDateTime until = m_now().addSecs(kLockSeconds);
        *message =
            PeopleStoreText::tr("wrong password for %1; after %2 wrong passwords in a row %1 "
                                "is locked for a minute")
                .arg(person.name)
                .arg(kMaxFailedAttempts);
        return execSql(
            m_db.connection(),
            QStringLiteral("UPDATE people SET failed_attempts = 0, locked_until = ? WHERE id = ?"),
            {until.toString(Qt::ISODateWithMs), person.id});
    }
    *message =
        PeopleStoreText::tr("wrong password for %1 (%2 more wrong and %1 is locked for a minute)")
            .arg(person.name)
            .arg(kMaxFailedAttempts - failures);
    return execSql(m_db.connection(),
                   QStringLiteral("UPDATE people SET failed_attempts = ? WHERE id = ?"),
                   {failures, person.id});
}

Result<Person> PeopleStore::authenticate(const QString &name, const QByteArray &password) {
    std::optional<Error> refusal;
    Person person;
    Status stored = m_db.write([&]() -> Status {
        Result<Person> found = find(name);
        if (!found) {
            return found.error();
        }
        person = *found;
        const QDateTime now = m_now();
        if (person.lockedUntil.isValid() && person.lockedUntil > now) {
            refusal = Error::forbidden(
                PeopleStoreText::tr(
                    "%1 is locked after %2 wrong passwords; try again in %3 seconds")
                    .arg(person.name)
                    .arg(kMaxFailedAttempts)
                    .arg(std::max<qint64>(1, now.secsTo(person.lockedUntil))));
            return {};
        }
        Result<QVariant> hash =
            scalarSql(m_db.connection(),
                      QStringLiteral("SELECT password_hash FROM people WHERE id = ?"), {person.id});
        if (!hash) {
            return hash.error();
        }
        if (!PasswordHasher::verify(hash->toString(), password)) {
            QString message;
            if (Status s = recordFailure(person, &message); !s) {
                return s;
            }
            refusal = Error::forbidden(message);
            return {};
        }
        QVariant newHash = hash->toString();
        if (PasswordHasher::needsRehash(hash->toString())) {
            if (Result<QString> rehashed = PasswordHasher::hash(password)) {
                newHash = *rehashed;
            }
        }
        person.failedAttempts = 0;
        person.lockedUntil = {};
        return execSql(m_db.connection(),
                       QStringLiteral("UPDATE people SET failed_attempts = 0, locked_until = NULL, "
                                      "password_hash = ? WHERE id = ?"),
                       {newHash, person.id});
    });
    if (!stored) {
        return stored.error();
    }
    if (refusal) {
        return *refusal;
    }
    return person;
}

} // namespace kuaibao
