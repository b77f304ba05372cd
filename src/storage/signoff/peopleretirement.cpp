#include "peopleretirement.h"

#include "keystore.h"

#include "core/signoff/chainverifier.h"
#include "core/signoff/personname.h"
#include "storage/database.h"
#include "storage/sqlutil.h"

#include <QCoreApplication>
#include <QHash>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct PeopleRetirementText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::PeopleRetirement)
};

QString day(const QDateTime &at) {
    return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// A person's row as the audit reads it.
struct PersonRow {
    QString name;
    bool hasKey = false;    // a public key is recorded
    bool keySealed = false; // the sealed private key is there
    QString retiredAt;      // as stored; empty when not retired
};

} // namespace

PeopleRetirement::PeopleRetirement(Database &database, std::function<QDateTime()> now)
    : m_db(database), m_now(std::move(now)) {}

Result<Person> PeopleRetirement::retire(const QString &name, const Credentials &admin) {
    PeopleStore people(m_db, m_now);
    Result<Person> person = people.find(name);
    if (!person) {
        return person.error();
    }
    if (person->retired()) {
        return Error::conflict(PeopleRetirementText::tr("%1 was already retired on %2")
                                   .arg(person->name, day(person->retiredAt)));
    }
    if (person->admin) {
        return Error::forbidden(
            PeopleRetirementText::tr("%1 is the administrator and cannot be retired: every "
                                     "certificate hangs on the administrator's key, and an "
                                     "archive has exactly one administrator")
                .arg(person->name));
    }
    Result<UnlockedPerson> adminPerson = people.unlockAdmin(admin);
    if (!adminPerson) {
        return adminPerson.error();
    }
    const Retirement retirement{person->name, person->publicKey, m_now()};
    Status done = m_db.write([&]() -> Status {
        if (Status s = KeyStore(m_db.connection())
                           .addRetirement(person->id, retirement, adminPerson->secretKey);
            !s) {
            return s;
        }
        // The sealed key goes: nobody can sign as this person again, whatever the password.
        return execSql(m_db.connection(),
                       QStringLiteral("UPDATE people SET retired_at = ?, sealed_key = NULL, "
                                      "password_hash = '', failed_attempts = 0, locked_until = "
                                      "NULL WHERE id = ?"),
                       {statementTime(retirement.at), person->id},
                       PeopleRetirementText::tr("retiring %1").arg(person->name));
    });
    if (!done) {
        return done.error();
    }
    return people.find(person->name);
}

Result<QStringList> PeopleRetirement::audit() const {
    const QSqlDatabase db = m_db.connection();
    KeyStore keys(db);
    Result<std::optional<AdminKey>> admin = keys.admin();
    if (!admin) {
        return admin.error();
    }
    Result<QList<SignedRetirement>> signedRetirements = keys.retirements();
    if (!signedRetirements) {
        return signedRetirements.error();
    }
    Result<QSqlQuery> q =
        runSql(db,
               QStringLiteral("SELECT name, public_key, sealed_key IS NOT NULL, retired_at FROM "
                              "people ORDER BY name"),
               {}, PeopleRetirementText::tr("reading the people"));
    if (!q) {
        return q.error();
    }
    QList<PersonRow> rows;
    while (q->next()) {
        rows << PersonRow{q->value(0).toString(), !q->value(1).toByteArray().isEmpty(),
                          q->value(2).toBool(),
                          q->value(3).isNull() ? QString() : q->value(3).toString()};
    }
    QStringList problems;
    if (!*admin) {
        if (!signedRetirements->isEmpty()) {
            problems << PeopleRetirementText::tr(
                "the archive holds retirements but no administrator key: the people list was "
                "removed");
        }
        return problems;
    }
    ChainVerifier verifier((*admin)->publicKey, {});
    verifier.setRetirements(*signedRetirements);
    problems << verifier.badRetirements();
    QHash<QString, QDateTime> retired;
    for (const Retirement &r : verifier.retirements()) {
        retired.insert(r.name, r.at);
    }
    for (const PersonRow &row : rows) {
        const QString name = escapeControls(row.name);
        const auto signedAt = retired.constFind(row.name);
        if (signedAt != retired.cend()) {
            if (row.retiredAt.isEmpty()) {
                problems << PeopleRetirementText::tr(
                                "the administrator retired %1 on %2, but the people list shows "
                                "%1 as active: the retirement was undone by hand")
                                .arg(name, day(*signedAt));
            } else if (row.retiredAt != statementTime(*signedAt)) {
                problems << PeopleRetirementText::tr(
                                "the administrator retired %1 on %2, but the people list gives "
                                "another date (%3): it was changed by hand")
                                .arg(name, day(*signedAt), escapeControls(row.retiredAt));
            }
            continue;
        }
        if (!row.retiredAt.isEmpty()) {
            problems << PeopleRetirementText::tr(
                            "the people list shows %1 as retired, but no retirement signed by "
                            "the administrator stands behind it: it was added, or its signed "
                            "record deleted, by hand")
                            .arg(name);
        } else if (row.hasKey && !row.keySealed) {
            problems << PeopleRetirementText::tr(
                            "%1's signing key was removed from the archive without a "
                            "retirement signed by the administrator: a retirement was deleted "
                            "by hand, or the key was wiped")
                            .arg(name);
        }
    }
    return problems;
}

} // namespace kuaibao
