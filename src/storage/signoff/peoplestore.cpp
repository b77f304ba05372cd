#include "peoplestore.h"

#include "core/signoff/passwordhasher.h"
#include "core/signoff/personname.h"
#include "core/signoff/signingkeys.h"
#include "core/signoff/signoffroles.h"
#include "storage/database.h"
#include "storage/sqlutil.h"

#include <QCoreApplication>

#include <sodium.h>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct PeopleStoreText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::PeopleStore)
};

const QString kRoleSeparator = QStringLiteral(",");

const QString kColumns =
    QStringLiteral("p.id, p.name, p.roles, p.failed_attempts, p.locked_until, p.public_key, "
                   "EXISTS (SELECT 1 FROM signoff_admin a WHERE a.person_id = p.id), "
                   "p.retired_at FROM people p");

Person personFromRow(const QSqlQuery &q) {
    Person p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.roles = q.value(2).toString().split(kRoleSeparator, Qt::SkipEmptyParts);
    p.failedAttempts = q.value(3).toInt();
    if (!q.value(4).isNull()) {
        p.lockedUntil = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
    }
    p.publicKey = q.value(5).toByteArray();
    p.admin = q.value(6).toBool();
    if (!q.value(7).isNull()) {
        p.retiredAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
    }
    return p;
}

Result<QStringList> checkedRoles(const QStringList &rawRoles) {
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
                    .arg(escapeControls(role), known.join(QStringLiteral("、"))));
        }
        roles << role;
    }
    if (roles.isEmpty()) {
        return Error::badInput(PeopleStoreText::tr("a person needs at least one role"));
    }
    return roles;
}

} // namespace

QString retiredRefusal(const Person &person) {
    return PeopleStoreText::tr("%1 was retired (已停用) on %2 and can no longer sign or be given "
                               "a new key")
        .arg(person.name, person.retiredAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")));
}

UnlockedPerson::~UnlockedPerson() {
    if (!secretKey.isEmpty()) {
        sodium_memzero(secretKey.data(), size_t(secretKey.size()));
    }
}

PeopleStore::PeopleStore(Database &database, std::function<QDateTime()> now)
    : m_db(database), m_now(std::move(now)) {}

Status PeopleStore::checkPasswordPolicy(const QByteArray &password) {
    const QString text = QString::fromUtf8(password);
    if (text.toUcs4().size() < kMinPasswordLength) {
        return Error::badInput(PeopleStoreText::tr("the password must be at least %1 characters")
                                   .arg(kMinPasswordLength));
    }
    if (text.trimmed().isEmpty()) {
        return Error::badInput(PeopleStoreText::tr("the password cannot be made of spaces only"));
    }
    return {};
}

Result<std::optional<AdminKey>> PeopleStore::adminKey() const {
    return KeyStore(m_db.connection()).admin();
}

Status PeopleStore::writeNewKey(qint64 personId, const QString &name, const QStringList &roles,
                                const QByteArray &password, const QByteArray *adminSecretKey) {
    Result<KeyPair> pair = SigningKeys::generate();
    if (!pair) {
        return pair.error();
    }
    Result<QString> sealed = SigningKeys::seal(pair->secretKey, password);
    if (!sealed) {
        return sealed.error();
    }
    Result<QString> hash = PasswordHasher::hash(password);
    if (!hash) {
        return hash.error();
    }
    if (Status s = execSql(m_db.connection(),
                           QStringLiteral("UPDATE people SET public_key = ?, sealed_key = ?, "
                                          "password_hash = ? WHERE id = ?"),
                           {pair->publicKey, *sealed, *hash, personId},
                           PeopleStoreText::tr("storing the key of %1").arg(name));
        !s) {
        return s;
    }
    const bool first = adminSecretKey == nullptr;
    const Certificate certificate{name, roles, pair->publicKey, m_now(), first};
    KeyStore keys(m_db.connection());
    if (first) {
        if (Status s = keys.setAdmin(personId, pair->publicKey, m_now()); !s) {
            return s;
        }
    }
    return keys.addCertificate(personId, certificate, first ? pair->secretKey : *adminSecretKey);
}

Result<UnlockedPerson> PeopleStore::unlockAdmin(const Credentials &admin) {
    Result<std::optional<AdminKey>> current = adminKey();
    if (!current) {
        return current.error();
    }
    if (!*current) {
        return Error::badInput(PeopleStoreText::tr(
            "this archive has no administrator yet: the first person added becomes it"));
    }
    Result<UnlockedPerson> unlocked = unlock(admin.name, admin.password);
    if (!unlocked) {
        return unlocked.error();
    }
    if (unlocked->person.id != (*current)->personId || unlocked->secretKey.isEmpty() ||
        SigningKeys::publicKeyOf(unlocked->secretKey) != (*current)->publicKey) {
        return Error::forbidden(
            PeopleStoreText::tr("%1 is not the administrator of this archive (%2 is)")
                .arg(unlocked->person.name, (*current)->name));
    }
    return unlocked;
}

Result<Person> PeopleStore::add(const QString &rawName, const QStringList &rawRoles,
                                const QByteArray &password,
                                const std::optional<Credentials> &admin) {
    Result<QString> name = PersonName::normalise(rawName);
    if (!name) {
        return name.error();
    }
    Result<QStringList> roles = checkedRoles(rawRoles);
    if (!roles) {
        return roles.error();
    }
    if (Status ok = checkPasswordPolicy(password); !ok) {
        return ok.error();
    }
    Result<std::optional<AdminKey>> current = adminKey();
    if (!current) {
        return current.error();
    }
    std::optional<UnlockedPerson> adminPerson;
    if (*current) {
        if (!admin) {
            return Error::forbidden(
                PeopleStoreText::tr("only the administrator (%1) can add a person: give "
                                    "--admin NAME --admin-password-file F")
                    .arg((*current)->name));
        }
        Result<UnlockedPerson> unlocked = unlockAdmin(*admin);
        if (!unlocked) {
            return unlocked.error();
        }
        adminPerson = *unlocked;
    } else if (admin) {
        return Error::badInput(PeopleStoreText::tr(
            "this archive has no administrator yet: the first person added becomes it, "
            "without --admin"));
    }
    Status done = m_db.write([&]() -> Status {
        Result<QList<Person>> everyone = list();
        if (!everyone) {
            return everyone.error();
        }
        QStringList names;
        for (const Person &p : *everyone) {
            names << p.name;
        }
        if (Status distinct = PersonName::checkDistinct(*name, names); !distinct) {
            return distinct;
        }
        Result<QSqlQuery> inserted =
            runSql(m_db.connection(),
                   QStringLiteral("INSERT INTO people (name, roles, password_hash, created_at) "
                                  "VALUES (?, ?, '', ?)"),
                   {*name, roles->join(kRoleSeparator), m_now().toString(Qt::ISODateWithMs)},
                   PeopleStoreText::tr("adding %1").arg(*name));
        if (!inserted) {
            return inserted.error();
        }
        Result<qint64> id = m_db.engine().insertedId(m_db.connection(), *inserted);
        if (!id) {
            return id.error();
        }
        return writeNewKey(*id, *name, *roles, password,
                           adminPerson ? &adminPerson->secretKey : nullptr);
    });
    if (!done) {
        return done.error();
    }
    return find(*name);
}

Status PeopleStore::resetPassword(const QString &name, const QByteArray &newPassword,
                                  const Credentials &admin) {
    if (Status ok = checkPasswordPolicy(newPassword); !ok) {
        return ok;
    }
    Result<Person> person = find(name);
    if (!person) {
        return person.error();
    }
    Result<UnlockedPerson> adminPerson = unlockAdmin(admin);
    if (!adminPerson) {
        return adminPerson.error();
    }
    if (person->admin) {
        return Error::forbidden(PeopleStoreText::tr(
            "the administrator's own key cannot be reset: every certificate hangs on it"));
    }
    if (person->retired()) {
        return Error::forbidden(retiredRefusal(*person));
    }
    return m_db.write([&]() -> Status {
        if (Status s = writeNewKey(person->id, person->name, person->roles, newPassword,
                                   &adminPerson->secretKey);
            !s) {
            return s;
        }
        return execSql(m_db.connection(),
                       QStringLiteral("UPDATE people SET failed_attempts = 0, locked_until = NULL "
                                      "WHERE id = ?"),
                       {person->id});
    });
}

Status PeopleStore::changePassword(const QString &name, const QByteArray &oldPassword,
                                   const QByteArray &newPassword) {
    if (Status ok = checkPasswordPolicy(newPassword); !ok) {
        return ok;
    }
    Result<UnlockedPerson> unlocked = unlock(name, oldPassword);
    if (!unlocked) {
        return unlocked.error();
    }
    if (unlocked->secretKey.isEmpty()) {
        return Error::forbidden(
            PeopleStoreText::tr("%1 has no signing key yet; the administrator must reset %1's "
                                "password (people reset)")
                .arg(unlocked->person.name));
    }
    Result<QString> sealed = SigningKeys::seal(unlocked->secretKey, newPassword);
    if (!sealed) {
        return sealed.error();
    }
    Result<QString> hash = PasswordHasher::hash(newPassword);
    if (!hash) {
        return hash.error();
    }
    return m_db.write([&]() -> Status {
        return execSql(m_db.connection(),
                       QStringLiteral("UPDATE people SET sealed_key = ?, password_hash = ? WHERE "
                                      "id = ?"),
                       {*sealed, *hash, unlocked->person.id},
                       PeopleStoreText::tr("changing the password of %1").arg(name));
    });
}

Result<QList<Person>> PeopleStore::list() const {
    Result<QSqlQuery> q =
        runSql(m_db.connection(),
               QStringLiteral("SELECT ") + kColumns + QStringLiteral(" ORDER BY p.name"), {},
               PeopleStoreText::tr("listing people"));
    if (!q) {
        return q.error();
    }
    QList<Person> out;
    while (q->next()) {
        out << personFromRow(*q);
    }
    return out;
}

Result<Person> PeopleStore::find(const QString &rawName) const {
    Result<QString> normalised = PersonName::normalise(rawName);
    const QString name = normalised ? *normalised : rawName.trimmed();
    Result<QSqlQuery> q =
        runSql(m_db.connection(),
               QStringLiteral("SELECT ") + kColumns + QStringLiteral(" WHERE p.name = ?"), {name},
               PeopleStoreText::tr("looking up %1").arg(escapeControls(name)));
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return Error::notFound(
            PeopleStoreText::tr("%1 is not in the people list").arg(escapeControls(name)));
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

Result<UnlockedPerson> PeopleStore::unlock(const QString &name, const QByteArray &password) {
    std::optional<Error> refusal;
    UnlockedPerson out;
    Status stored = m_db.write([&]() -> Status {
        Result<Person> found = find(name);
        if (!found) {
            return found.error();
        }
        out.person = *found;
        if (out.person.retired()) {
            refusal = Error::forbidden(retiredRefusal(out.person));
            return {};
        }
        const QDateTime now = m_now();
        if (out.person.lockedUntil.isValid() && out.person.lockedUntil > now) {
            refusal = Error::forbidden(
                PeopleStoreText::tr(
                    "%1 is locked after %2 wrong passwords; try again in %3 seconds")
                    .arg(out.person.name)
                    .arg(kMaxFailedAttempts)
                    .arg(std::max<qint64>(1, now.secsTo(out.person.lockedUntil))));
            return {};
        }
        Result<QSqlQuery> q =
            runSql(m_db.connection(),
                   QStringLiteral("SELECT sealed_key, password_hash FROM people WHERE id = ?"),
                   {out.person.id});
        if (!q) {
            return q.error();
        }
        if (!q->next()) {
            return Error::notFound(PeopleStoreText::tr("%1 is not in the people list").arg(name));
        }
        bool right = false;
        if (!q->value(0).isNull()) {
            Result<QByteArray> secret = SigningKeys::unseal(q->value(0).toString(), password);
            if (!secret && secret.error().kind != ErrorKind::Forbidden) {
                return secret.error();
            }
            right = secret.ok();
            if (right) {
                out.secretKey = *secret;
            }
        } else {
            right = PasswordHasher::verify(q->value(1).toString(), password);
        }
        if (!right) {
            QString message;
            if (Status s = recordFailure(out.person, &message); !s) {
                return s;
            }
            refusal = Error::forbidden(message);
            return {};
        }
        out.person.failedAttempts = 0;
        out.person.lockedUntil = {};
        return execSql(m_db.connection(),
                       QStringLiteral("UPDATE people SET failed_attempts = 0, locked_until = NULL "
                                      "WHERE id = ?"),
                       {out.person.id});
    });
    if (!stored) {
        return stored.error();
    }
    if (refusal) {
        return *refusal;
    }
    return out;
}

Result<Person> PeopleStore::authenticate(const QString &name, const QByteArray &password) {
    Result<UnlockedPerson> unlocked = unlock(name, password);
    if (!unlocked) {
        return unlocked.error();
    }
    return unlocked->person;
}

} // namespace kuaibao
