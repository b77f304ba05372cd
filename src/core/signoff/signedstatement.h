#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace kuaibao {

// What a person signs for one act of sign-off (通过, 退回, 撤销, 已处理): the content hash, the
// issue, the stage, the time, the remark or reason, and the previous act's signature, so that
// an issue's acts form a chain. Its bytes are a fixed text form, "kuaibao-act 1" and then one
// `key<TAB>value` line per field, values escaped, and parse() accepts only that exact form.
struct ActStatement {
    QString action; // signed, returned, withdrawn, resolved
    QString contentSha256;
    int number = 0;
    QString series; // regular, supplement
    QDate date;
    int stage = 0; // the stage signed or withdrawn; 0 for the others
    QString role;
    QString person;
    QByteArray publicKey; // the signer's
    QDateTime at;
    QString text;        // remark, reason, or the resolved remark
    QByteArray previous; // the previous act's signature; empty for the first

    QByteArray bytes() const;
    static Result<ActStatement> parse(const QByteArray &bytes);
};

// What the administrator signs for a person: name, roles, public key and since when, and
// whether this is the administrator's own certificate.
struct Certificate {
    QString name;
    QStringList roles;
    QByteArray publicKey;
    QDateTime validFrom;
    bool admin = false;

    QByteArray bytes() const;
    static Result<Certificate> parse(const QByteArray &bytes);
};

// What the administrator signs to retire a person: their name, their key at the time, and
// since when. Acts that person signs from then on do not count; earlier ones stay valid.
struct Retirement {
    QString name;
    QByteArray publicKey;
    QDateTime at;

    QByteArray bytes() const;
    static Result<Retirement> parse(const QByteArray &bytes);
};

// The time form statements use: UTC, milliseconds.
QString statementTime(const QDateTime &at);

} // namespace kuaibao
