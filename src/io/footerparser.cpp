#include "footerparser.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct FooterParserText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::FooterParser)
};

const QStringList &commonStaffRoles() {
    static const QStringList roles{QStringLiteral("编校"),     QStringLiteral("编辑"),
                                   QStringLiteral("责任编辑"), QStringLiteral("校对"),
                                   QStringLiteral("审核"),     QStringLiteral("审稿"),
                                   QStringLiteral("核签"),     QStringLiteral("签发"),
                                   QStringLiteral("主编"),     QStringLiteral("撰稿")};
    return roles;
}

const QStringList &distributionLabels() {
    static const QStringList labels{QStringLiteral("抄送"), QStringLiteral("抄报"),
                                    QStringLiteral("报送"), QStringLiteral("分送"),
                                    QStringLiteral("报"),   QStringLiteral("发"),
                                    QStringLiteral("送")};
    return labels;
}

} // namespace

const QStringList &footerContactLabels() {
    static const QStringList labels{
        QStringLiteral("电子邮箱"), QStringLiteral("邮箱"),   QStringLiteral("联系电话"),
        QStringLiteral("电话"),     QStringLiteral("传真"),   QStringLiteral("地址"),
        QStringLiteral("联系人"),   QStringLiteral("邮编"),   QStringLiteral("网址"),
        QStringLiteral("手机"),     QStringLiteral("E-mail"), QStringLiteral("Email")};
    return labels;
}

namespace {

const QRegularExpression &printRunPattern() {
    static const QRegularExpression p = textPattern(QStringLiteral(
        "^[（(]?\\s*(?:印数\\s*[：:]\\s*|共印\\s*)([0-9０-９]{1,9})\\s*份?\\s*[）)]?$"));
    return p;
}

// One of the labels, longest first (so that 责任编辑 is not read as 编辑), as a pattern group.
QString alternatives(QStringList labels) {
    std::sort(labels.begin(), labels.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    QStringList escaped;
    for (const QString &label : labels) {
        escaped << QRegularExpression::escape(label);
    }
    return QStringLiteral("(%1)").arg(escaped.join(QLatin1Char('|')));
}

// label：text at the start of a line, with a full-width or ASCII colon.
QRegularExpression labelPattern(const QStringList &labels) {
    return textPattern(QStringLiteral("^%1\\s*[：:]\\s*").arg(alternatives(labels)),
                       QRegularExpression::CaseInsensitiveOption);
}

int digitsValue(const QString &digits) {
    int value = 0;
    for (QChar c : digits) {
        value = value * 10 + c.digitValue();
    }
    return value;
}

} // namespace

FooterParser::FooterParser(const BulletinTemplate &bulletinTemplate, ImportLog &log) : m_log(log) {
    m_staffRoles = bulletinTemplate.staffRoles();
    for (const QString &role : commonStaffRoles()) {
        if (!m_staffRoles.contains(role)) {
            m_staffRoles << role;
        }
    }
    m_staffPattern = labelPattern(m_staffRoles);
    m_distributionPattern = labelPattern(distributionLabels());
    m_contactPattern = labelPattern(footerContactLabels());
    // Each staff or contact label, at the start or after white space, starts a segment.
    m_segmentPattern = textPattern(QStringLiteral("(?:^|(?<=\\s))%1\\s*[：:]")
                                       .arg(alternatives(m_staffRoles + footerContactLabels())),
                                   QRegularExpression::CaseInsensitiveOption);
}

bool FooterParser::startsFooter(const SourceLine &line) const {
    return m_staffPattern.match(line.plain).hasMatch() ||
           m_distributionPattern.match(line.plain).hasMatch() ||
           m_contactPattern.match(line.plain).hasMatch() ||
           printRunPattern().match(line.plain).hasMatch();
}

void FooterParser::read(const SourceLine &line, Footer &footer) {
    if (const auto run = printRunPattern().match(line.plain); run.hasMatch()) {
        footer.printRun = digitsValue(run.captured(1));
        if (*footer.printRun < 1) {
            footer.printRun.reset();
            m_log.warn(line.number, FooterParserText::tr("a print run of 0 copies was left out"));
        }
        return;
    }
    if (const auto dist = m_distributionPattern.match(line.plain); dist.hasMatch()) {
        footer.distribution.append(
            {dist.captured(1), trimBlank(line.plain.mid(dist.capturedEnd()))});
        return;
    }
    readSegments(line, footer);
}

// A line of staff credits and contacts: each label starts a segment that runs to the next label.
void FooterParser::readSegments(const SourceLine &line, Footer &footer) {
    QList<QRegularExpressionMatch> starts;
    for (auto it = m_segmentPattern.globalMatch(line.plain); it.hasNext();) {
        starts << it.next();
    }
    if (starts.isEmpty() || starts.first().capturedStart() != 0) {
        static const QRegularExpression anyLabel =
            textPattern(QStringLiteral("^([^：:\\s]{1,8})\\s*[：:]\\s*(.+)$"));
        if (const auto other = anyLabel.match(line.plain); other.hasMatch()) {
            footer.contacts.append({other.captured(1), trimBlank(other.captured(2))});
            return;
        }
        m_log.warn(
            line.number,
            FooterParserText::tr("footer line not understood and left out: %1").arg(line.plain));
        return;
    }
    for (qsizetype i = 0; i < starts.size(); ++i) {
        const qsizetype end =
            i + 1 < starts.size() ? starts.at(i + 1).capturedStart() : line.plain.size();
        const QString label = starts.at(i).captured(1);
        const QString text =
            trimBlank(line.plain.mid(starts.at(i).capturedEnd(), end - starts.at(i).capturedEnd()));
        if (m_staffRoles.contains(label)) {
            footer.staff.append({label, text});
        } else {
            footer.contacts.append({label, text});
        }
    }
}

} // namespace kuaibao
