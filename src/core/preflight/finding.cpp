#include "finding.h"

#include "checks.h"

namespace kuaibao {

QString severityKey(FindingSeverity severity) {
    return severity == FindingSeverity::Error ? QStringLiteral("error") : QStringLiteral("warning");
}

bool hasErrors(const QList<Finding> &findings) {
    return std::any_of(findings.cbegin(), findings.cend(),
                       [](const Finding &f) { return f.severity == FindingSeverity::Error; });
}

QString placeText(const Issue &issue, const TextMatch &place) {
    const FieldKey &k = place.key;
    const QString sa = QStringLiteral("S%1.A%2").arg(k.section + 1).arg(k.index + 1);
    const QString sc = QStringLiteral("S%1.C%2").arg(k.section + 1).arg(k.index + 1);
    auto label = [](const QList<LabelledLine> &lines, int i) {
        return i >= 0 && i < lines.size() ? lines.at(i).label : QString::number(i + 1);
    };
    QString where;
    bool withOffset = true;
    switch (k.field) {
    case FieldKey::ArticleTitle:
        where = sa + QStringLiteral(".title");
        break;
    case FieldKey::ArticleBody:
        where = sa + QStringLiteral(".P%1").arg(place.paragraph + 1);
        break;
    case FieldKey::ArticleAttribution:
        where = sa + QStringLiteral(".attribution");
        break;
    case FieldKey::ItemText:
        where = sc + QStringLiteral(".I%1").arg(k.item + 1);
        break;
    case FieldKey::ItemUnits:
        where = sc + QStringLiteral(".I%1.unit%2").arg(k.item + 1).arg(place.paragraph + 1);
        withOffset = false;
        break;
    case FieldKey::AlsoUnits:
        where = sc + QStringLiteral(".also%1").arg(place.paragraph + 1);
        withOffset = false;
        break;
    case FieldKey::MastheadNumber:
        return QStringLiteral("masthead.number");
    case FieldKey::MastheadDate:
        return QStringLiteral("masthead.date");
    case FieldKey::StaffName: {
        const QList<StaffCredit> &staff = issue.footer.staff;
        return QStringLiteral("footer.staff.") + (k.item >= 0 && k.item < staff.size()
                                                      ? staff.at(k.item).role
                                                      : QString::number(k.item + 1));
    }
    case FieldKey::DistributionText:
        where = QStringLiteral("footer.") + label(issue.footer.distribution, k.item);
        withOffset = place.length > 0;
        break;
    case FieldKey::ContactText:
        return QStringLiteral("footer.") + label(issue.footer.contacts, k.item);
    default:
        where = QStringLiteral("S%1").arg(k.section + 1);
        withOffset = false;
        break;
    }
    return withOffset ? where + QStringLiteral(":%1").arg(place.offset + 1) : where;
}

namespace preflight {

void visitProse(const Issue &issue, const ProseVisitor &visit) {
    for (int s = 0; s < issue.sections.size(); ++s) {
        const Section &section = issue.sections.at(s);
        for (int a = 0; a < section.articles.size(); ++a) {
            const Article &article = section.articles.at(a);
            visit({{FieldKey::ArticleTitle, s, a}, 0}, article.title);
            for (int p = 0; p < article.paragraphs.size(); ++p) {
                visit({{FieldKey::ArticleBody, s, a}, p},
                      article.paragraphs.at(p).text.plainText());
            }
            visit({{FieldKey::ArticleAttribution, s, a}, 0}, article.attribution);
        }
        for (int c = 0; c < section.categories.size(); ++c) {
            const QList<BriefItem> &items = section.categories.at(c).items;
            for (int i = 0; i < items.size(); ++i) {
                visit({{FieldKey::ItemText, s, c, i}, 0}, items.at(i).text.plainText());
            }
        }
    }
    for (int i = 0; i < issue.footer.distribution.size(); ++i) {
        visit({{FieldKey::DistributionText, -1, -1, i}, 0}, issue.footer.distribution.at(i).text);
    }
}

Finding finding(const Issue &issue, TextMatch field, qsizetype offset, qsizetype length,
                FindingSeverity severity, const QString &kind, const QString &message) {
    field.offset = offset;
    field.length = length;
    Finding f;
    f.place = field;
    f.placeText = placeText(issue, field);
    f.severity = severity;
    f.kind = kind;
    f.message = message;
    return f;
}

} // namespace preflight

} // namespace kuaibao
