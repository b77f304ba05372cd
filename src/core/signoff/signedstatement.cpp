#include "signedstatement.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct SignedStatementText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::SignedStatement)
};

using Fields = QList<QPair<QString, QString>>;

QString escaped(QString value) {
    value.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    value.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    value.replace(QLatin1Char('\r'), QStringLiteral("\\r"));
    value.replace(QLatin1Char('\t'), QStringLiteral("\\t"));
    return value;
}

QString unescaped(const QString &value) {
    QString out;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c != QLatin1Char('\\') || i + 1 == value.size()) {
            out += c;
            continue;
        }
        const QChar next = value.at(++i);
        out += next == QLatin1Char('n')   ? QChar(u'\n')
               : next == QLatin1Char('r') ? QChar(u'\r')
               : next == QLatin1Char('t') ? QChar(u'\t')
                                          : next;
    }
    return out;
}

QByteArray encode(const QString &header, const Fields &fields) {
    QString text = header + QLatin1Char('\n');
    for (const auto &[key, value] : fields) {
        text += key + QLatin1Char('\t') + escaped(value) + QLatin1Char('\n');
    }
    return text.toUtf8();
}

// The values of `keys`, in that order, or an error when the form is not exactly that.
Result<QStringList> decode(const QByteArray &bytes, const QString &header,
                           const QStringList &keys) {
    const Error bad = Error::corrupt(SignedStatementText::tr("a signed record is malformed"));
    const QString text = QString::fromUtf8(bytes);
    if (text.toUtf8() != bytes || !text.endsWith(QLatin1Char('\n'))) {
        return bad;
    }
    QStringList lines = text.split(QLatin1Char('\n'));
    lines.removeLast();
    if (lines.size() != keys.size() + 1 || lines.first() != header) {
        return bad;
    }
    QStringList values;
    for (int i = 0; i < keys.size(); ++i) {
        const QString &line = lines.at(i + 1);
        const qsizetype tab = line.indexOf(QLatin1Char('\t'));
        if (tab < 0 || line.left(tab) != keys.at(i)) {
            return bad;
        }
        values << unescaped(line.mid(tab + 1));
    }
    return values;
}

const QString kActHeader = QStringLiteral("kuaibao-act 1");
const QString kCertHeader = QStringLiteral("kuaibao-certificate 1");
const QString kRetirementHeader = QStringLiteral("kuaibao-retirement 1");

QStringList actKeys() {
    return {QStringLiteral("action"), QStringLiteral("content"), QStringLiteral("number"),
            QStringLiteral("series"), QStringLiteral("date"),    QStringLiteral("stage"),
            QStringLiteral("role"),   QStringLiteral("person"),  QStringLiteral("key"),
            QStringLiteral("at"),     QStringLiteral("text"),    QStringLiteral("previous")};
}

QStringList certKeys() {
    return {QStringLiteral("name"), QStringLiteral("roles"), QStringLiteral("key"),
            QStringLiteral("from"), QStringLiteral("admin")};
}

QStringList retirementKeys() {
    return {QStringLiteral("name"), QStringLiteral("key"), QStringLiteral("at")};
}

QString hex(const QByteArray &bytes) {
    return QString::fromLatin1(bytes.toHex());
}

QByteArray fromHex(const QString &text) {
    return QByteArray::fromHex(text.toLatin1());
}

} // namespace

QString statementTime(const QDateTime &at) {
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QByteArray ActStatement::bytes() const {
    const QStringList keys = actKeys();
    const QStringList values{action,
                             contentSha256,
                             QString::number(number),
                             series,
                             date.toString(Qt::ISODate),
                             QString::number(stage),
                             role,
                             person,
                             hex(publicKey),
                             statementTime(at),
                             text,
                             hex(previous)};
    Fields fields;
    for (int i = 0; i < keys.size(); ++i) {
        fields << qMakePair(keys.at(i), values.at(i));
    }
    return encode(kActHeader, fields);
}

Result<ActStatement> ActStatement::parse(const QByteArray &bytes) {
    Result<QStringList> v = decode(bytes, kActHeader, actKeys());
    if (!v) {
        return v.error();
    }
    ActStatement s;
    s.action = v->at(0);
    s.contentSha256 = v->at(1);
    s.number = v->at(2).toInt();
    s.series = v->at(3);
    s.date = QDate::fromString(v->at(4), Qt::ISODate);
    s.stage = v->at(5).toInt();
    s.role = v->at(6);
    s.person = v->at(7);
    s.publicKey = fromHex(v->at(8));
    s.at = QDateTime::fromString(v->at(9), Qt::ISODateWithMs);
    s.text = v->at(10);
    s.previous = fromHex(v->at(11));
    if (s.bytes() != bytes) {
        return Error::corrupt(SignedStatementText::tr("a signed record is malformed"));
    }
    return s;
}

QByteArray Certificate::bytes() const {
    return encode(kCertHeader,
                  {{QStringLiteral("name"), name},
                   {QStringLiteral("roles"), roles.join(QLatin1Char(','))},
                   {QStringLiteral("key"), hex(publicKey)},
                   {QStringLiteral("from"), statementTime(validFrom)},
                   {QStringLiteral("admin"), admin ? QStringLiteral("1") : QStringLiteral("0")}});
}

Result<Certificate> Certificate::parse(const QByteArray &bytes) {
    Result<QStringList> v = decode(bytes, kCertHeader, certKeys());
    if (!v) {
        return v.error();
    }
    Certificate c;
    c.name = v->at(0);
    c.roles = v->at(1).split(QLatin1Char(','), Qt::SkipEmptyParts);
    c.publicKey = fromHex(v->at(2));
    c.validFrom = QDateTime::fromString(v->at(3), Qt::ISODateWithMs);
    c.admin = v->at(4) == QLatin1String("1");
    if (c.bytes() != bytes) {
        return Error::corrupt(SignedStatementText::tr("a signed record is malformed"));
    }
    return c;
}

QByteArray Retirement::bytes() const {
    return encode(kRetirementHeader, {{QStringLiteral("name"), name},
                                      {QStringLiteral("key"), hex(publicKey)},
                                      {QStringLiteral("at"), statementTime(at)}});
}

Result<Retirement> Retirement::parse(const QByteArray &bytes) {
    Result<QStringList> v = decode(bytes, kRetirementHeader, retirementKeys());
    if (!v) {
        return v.error();
    }
    Retirement r;
    r.name = v->at(0);
    r.publicKey = fromHex(v->at(1));
    r.at = QDateTime::fromString(v->at(2), Qt::ISODateWithMs);
    if (!r.at.isValid() || r.bytes() != bytes) {
        return Error::corrupt(SignedStatementText::tr("a signed record is malformed"));
    }
    return r;
}

} // namespace kuaibao
