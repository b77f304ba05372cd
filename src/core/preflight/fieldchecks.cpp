// The checks of numbering, dates, the masthead against the previous issue, and the footer.
#include "checks.h"
#include "numbering.h"

#include "core/chineseformat.h"

#include <QRegularExpression>

namespace kuaibao::preflight {

namespace {

QString levelName(int level) {
    static const QStringList examples = {QStringLiteral("一、"), QStringLiteral("（一）"),
                                         QStringLiteral("1."), QStringLiteral("（1）")};
    return Text::tr("level %1 (%2)").arg(level).arg(examples.value(level - 1));
}

// A numbering finding with a fix that writes the expected numeral.
Finding numberingFinding(const Issue &issue, const TextMatch &field, const QString &text,
                         const NumberingPrefix &prefix, int expected, const QString &kind,
                         const QString &message) {
    Finding f = finding(issue, field, prefix.numeralOffset, prefix.numeralLength,
                        FindingSeverity::Error, kind, message);
    const QString to = numberingNumeral(prefix.level, expected);
    f.fix = FindingFix{Text::tr("Renumber as %1").arg(to),
                       text.mid(prefix.numeralOffset, prefix.numeralLength), to};
    return f;
}

// Follows the numbering through the headings of one run of text, level by level.
class NumberingWalk {
public:
    NumberingWalk(const Issue &issue, QList<Finding> &out) : m_issue(issue), m_out(out) {}

    void restart() { std::fill(std::begin(m_last), std::end(m_last), 0); }

    // Takes the text of `field`; returns whether it starts with numbering.
    bool take(const TextMatch &field, const QString &text) {
        const std::optional<NumberingPrefix> prefix = recogniseNumbering(text);
        if (!prefix) {
            return false;
        }
        const int level = prefix->level;
        const QString numeral = text.mid(prefix->numeralOffset, prefix->numeralLength);
        if (level > 1 && m_last[level - 1] == 0 && m_last[level] == 0) {
            m_out << finding(m_issue, field, prefix->numeralOffset, prefix->numeralLength,
                             FindingSeverity::Warning, QStringLiteral("numbering-skipped-level"),
                             Text::tr("%1 comes with no %2 before it")
                                 .arg(levelName(level), levelName(level - 1)));
        }
        const int expected = m_last[level] + 1;
        const QString next = numberingNumeral(level, expected);
        if (prefix->ordinal == m_last[level]) {
            m_out << numberingFinding(m_issue, field, text, *prefix, expected,
                                      QStringLiteral("numbering-repeat"),
                                      Text::tr("%1 repeats the number %2; the next is %3")
                                          .arg(levelName(level), numeral, next));
        } else if (prefix->ordinal != expected) {
            m_out << numberingFinding(m_issue, field, text, *prefix, expected,
                                      QStringLiteral("numbering-gap"),
                                      Text::tr("%1 numbered %2 where %3 comes next")
                                          .arg(levelName(level), numeral, next));
        }
        m_last[level] = prefix->ordinal;
        for (int deeper = level + 1; deeper <= 4; ++deeper) {
            m_last[deeper] = 0;
        }
        return true;
    }

private:
    const Issue &m_issue;
    QList<Finding> &m_out;
    int m_last[5] = {0, 0, 0, 0, 0}; // the last number given at each level, 0: none since reset
};

// A telephone number: seven or more digits, maybe with an area code, dashes or spaces.
bool hasTelephone(const QString &text) {
    static const QRegularExpression phone(
        QStringLiteral("[0-9０-９][0-9０-９\\-－ ()（）]{5,}[0-9０-９]"));
    return phone.match(text).hasMatch();
}

bool isMailLabel(const QString &label) {
    return label.contains(QStringLiteral("邮")) ||
           label.contains(QStringLiteral("mail"), Qt::CaseInsensitive);
}

} // namespace

void checkNumbering(const Issue &issue, QList<Finding> &out) {
    NumberingWalk walk(issue, out);
    for (int s = 0; s < issue.sections.size(); ++s) {
        const QList<Article> &articles = issue.sections.at(s).articles;
        walk.restart();
        for (int a = 0; a < articles.size(); ++a) {
            // An article titled 二、… continues the numbering of the one before; any other
            // article starts its own.
            if (!walk.take({{FieldKey::ArticleTitle, s, a}}, articles.at(a).title)) {
                walk.restart();
            }
            for (int p = 0; p < articles.at(a).paragraphs.size(); ++p) {
                walk.take({{FieldKey::ArticleBody, s, a}, p},
                          articles.at(a).paragraphs.at(p).text.plainText());
            }
        }
    }
}

void checkDates(const Issue &issue, QList<Finding> &out) {
    const QDate issueDate = issue.masthead.date;
    if (!issueDate.isValid()) {
        return;
    }
    static const QRegularExpression date(
        QStringLiteral("(?:([0-9]{4})年)?([0-9]{1,2})月([0-9]{1,2})日"));
    visitProse(issue, [&](const TextMatch &field, const QString &text) {
        for (auto it = date.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const bool yearGiven = m.capturedLength(1) > 0;
            const int year = yearGiven ? m.captured(1).toInt() : issueDate.year();
            QDate when(year, m.captured(2).toInt(), m.captured(3).toInt());
            if (!when.isValid()) {
                continue;
            }
            if (!yearGiven && when > issueDate.addMonths(6)) {
                when = when.addYears(-1); // 12月30日 in a January issue is last year's
            }
            if (when <= issueDate) {
                continue;
            }
            out << finding(issue, field, m.capturedStart(0), m.capturedLength(0),
                           FindingSeverity::Warning, QStringLiteral("date-after-issue"),
                           Text::tr("The date %1 is after the issue's date, %2")
                               .arg(m.captured(0), chineseDate(issueDate)));
        }
    });
}

void checkMasthead(const Issue &issue, const PreflightContext &context, QList<Finding> &out) {
    if (!context.previous) {
        return;
    }
    const IssueStamp &previous = *context.previous;
    const Masthead &m = issue.masthead;
    if (m.date.isValid() && previous.date.isValid() && m.date < previous.date) {
        out << finding(issue, {{FieldKey::MastheadDate}}, 0, 0, FindingSeverity::Error,
                       QStringLiteral("issue-date-order"),
                       Text::tr("The issue is dated %1, before issue %2 (%3)")
                           .arg(chineseDate(m.date))
                           .arg(previous.number)
                           .arg(chineseDate(previous.date)));
    }
    const bool newYear = m.number == 1 && m.date.year() != previous.date.year();
    if (m.number != previous.number + 1 && !newYear) {
        Finding f = finding(issue, {{FieldKey::MastheadNumber}}, 0, 0, FindingSeverity::Error,
                            QStringLiteral("issue-number-sequence"),
                            Text::tr("Issue %1 does not follow the previous issue, %2")
                                .arg(m.number)
                                .arg(previous.number));
        f.fix = FindingFix{Text::tr("Number it %1").arg(previous.number + 1),
                           QString::number(m.number), QString::number(previous.number + 1)};
        out << f;
    }
}

void checkFooter(const Issue &issue, const PreflightContext &context, QList<Finding> &out) {
    const Footer &footer = issue.footer;
    for (int i = 0; i < footer.distribution.size(); ++i) {
        const LabelledLine &line = footer.distribution.at(i);
        const QString label = line.label.trimmed();
        if ((label == QStringLiteral("报") || label == QStringLiteral("发")) &&
            line.text.trimmed().isEmpty()) {
            out << finding(issue, {{FieldKey::DistributionText, -1, -1, i}}, 0, 0,
                           FindingSeverity::Error, QStringLiteral("footer-empty-line"),
                           Text::tr("The %1 line names nobody").arg(label));
        }
    }
    bool anyTelephone = false;
    int firstContact = -1;
    for (int i = 0; i < footer.contacts.size(); ++i) {
        const LabelledLine &line = footer.contacts.at(i);
        if (hasTelephone(line.text)) {
            anyTelephone = true;
        } else if (line.label.contains(QStringLiteral("电话"))) {
            out << finding(issue, {{FieldKey::ContactText, -1, -1, i}}, 0, 0,
                           FindingSeverity::Warning, QStringLiteral("contact-no-phone"),
                           Text::tr("The %1 line has no telephone number").arg(line.label));
            anyTelephone = true; // said once is enough
        }
        if (firstContact < 0 && !isMailLabel(line.label)) {
            firstContact = i;
        }
    }
    if (!footer.contacts.isEmpty() && !anyTelephone) {
        out << finding(issue, {{FieldKey::ContactText, -1, -1, std::max(firstContact, 0)}}, 0, 0,
                       FindingSeverity::Warning, QStringLiteral("contact-no-phone"),
                       Text::tr("The contact line gives no telephone number"));
    }
    if (!context.signatures) {
        return;
    }
    for (int i = 0; i < footer.staff.size(); ++i) {
        const StaffCredit &credit = footer.staff.at(i);
        const QString name = credit.name.trimmed();
        if (name.isEmpty()) {
            continue;
        }
        const bool signedIt = std::any_of(
            context.signatures->cbegin(), context.signatures->cend(), [&](const SignatureStamp &s) {
                return s.role == credit.role && s.person.trimmed() == name;
            });
        if (!signedIt) {
            Finding f = finding(issue, {{FieldKey::StaffName, -1, -1, i}}, 0, credit.name.size(),
                                FindingSeverity::Warning, QStringLiteral("signer-not-signed"),
                                Text::tr("The footer names %1 as %2, who has not signed this issue")
                                    .arg(name, credit.role));
            f.fix = FindingFix{Text::tr("Clear the name (signing fills it in)"), credit.name,
                               QString()};
            out << f;
        }
    }
}

} // namespace kuaibao::preflight
