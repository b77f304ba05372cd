#pragma once

#include "core/issue.h"
#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace kuaibao {

// One located line of canonical content: where it sits ("s1.a2.p3") and what it says.
struct CanonicalLine {
    QString key;
    QString value;
    bool operator==(const CanonicalLine &) const = default;
};

// The exact content a signer approves, in a fixed, versioned, line-per-element form: the text
// the issue prints (bold as **markup**) with each element's place, plus the template id and
// version. Status and the footer's signer names are left out: signing changes those, not the
// content. Its SHA-256 is what a signature binds to.
class CanonicalContent {
public:
    // The form's version, written on the first line so that old snapshots stay readable.
    static constexpr int kFormVersion = 1;

    static CanonicalContent fromIssue(const Issue &issue);
    // Reads back a stored snapshot; a damaged one is an error naming the bad line.
    static Result<CanonicalContent> parse(const QString &text);

    // The serialized form: a header line, then "key<TAB>value" per line (\\, \n, \t escaped).
    QString text() const;
    // Lower-case hex SHA-256 of text() in UTF-8.
    QString sha256() const;

    const QList<CanonicalLine> &lines() const { return m_lines; }
    // The value at `key`, or a null string when there is no such line.
    QString value(const QString &key) const;

    bool operator==(const CanonicalContent &) const = default;

private:
    void add(const QString &key, const QString &value);
    QList<CanonicalLine> m_lines;
};

// Lower-case hex SHA-256 of the UTF-8 bytes of `text`.
QString sha256Hex(const QString &text);

} // namespace kuaibao
