#include "preflight.h"

#include "checks.h"

#include "core/document/issuedocument.h"

#include <array>
#include <limits>

namespace kuaibao {

namespace {

// The text of the field a place names, if the issue has it.
std::optional<QString> fieldText(const Issue &issue, const TextMatch &place) {
    const FieldKey &k = place.key;
    const Footer &footer = issue.footer;
    auto at = [](const auto &list, int i) { return i >= 0 && i < list.size(); };
    switch (k.field) {
    case FieldKey::StaffName:
        return at(footer.staff, k.item) ? std::optional(footer.staff.at(k.item).name)
                                        : std::nullopt;
    case FieldKey::DistributionText:
        return at(footer.distribution, k.item) ? std::optional(footer.distribution.at(k.item).text)
                                               : std::nullopt;
    case FieldKey::ContactText:
        return at(footer.contacts, k.item) ? std::optional(footer.contacts.at(k.item).text)
                                           : std::nullopt;
    default:
        break;
    }
    if (!at(issue.sections, k.section)) {
        return std::nullopt;
    }
    const Section &section = issue.sections.at(k.section);
    if (k.field == FieldKey::ArticleTitle || k.field == FieldKey::ArticleBody ||
        k.field == FieldKey::ArticleAttribution) {
        if (!at(section.articles, k.index)) {
            return std::nullopt;
        }
        const Article &article = section.articles.at(k.index);
        if (k.field == FieldKey::ArticleTitle) {
            return article.title;
        }
        if (k.field == FieldKey::ArticleAttribution) {
            return article.attribution;
        }
        return at(article.paragraphs, place.paragraph)
                   ? std::optional(article.paragraphs.at(place.paragraph).text.plainText())
                   : std::nullopt;
    }
    if (!at(section.categories, k.index)) {
        return std::nullopt;
    }
    const BriefCategory &category = section.categories.at(k.index);
    if (k.field == FieldKey::AlsoUnits) {
        return at(category.alsoUnits, place.paragraph)
                   ? std::optional(category.alsoUnits.at(place.paragraph))
                   : std::nullopt;
    }
    if (!at(category.items, k.item)) {
        return std::nullopt;
    }
    const BriefItem &item = category.items.at(k.item);
    if (k.field == FieldKey::ItemText) {
        return item.text.plainText();
    }
    if (k.field == FieldKey::ItemUnits) {
        return at(item.units, place.paragraph) ? std::optional(item.units.at(place.paragraph))
                                               : std::nullopt;
    }
    return std::nullopt;
}

// Where a place comes in reading order: masthead, sections (article title, body, attribution;
// item units, item text, also-took-part), footer (staff, distribution, contacts).
std::array<qsizetype, 7> readingOrder(const TextMatch &place) {
    const FieldKey &k = place.key;
    switch (k.field) {
    case FieldKey::MastheadNumber:
    case FieldKey::MastheadCumulative:
    case FieldKey::MastheadDate:
    case FieldKey::MastheadOffice:
        return {0, 0, 0, 0, int(k.field), 0, 0};
    case FieldKey::StaffName:
        return {2, 0, 0, 0, 0, k.item, place.offset};
    case FieldKey::DistributionText:
        return {2, 0, 0, 0, 1, k.item, place.offset};
    case FieldKey::ContactText:
        return {2, 0, 0, 0, 2, k.item, place.offset};
    case FieldKey::ArticleTitle:
        return {1, k.section, k.index, 0, 0, 0, place.offset};
    case FieldKey::ArticleBody:
        return {1, k.section, k.index, 0, 1, place.paragraph, place.offset};
    case FieldKey::ArticleAttribution:
        return {1, k.section, k.index, 0, 2, 0, place.offset};
    case FieldKey::ItemUnits:
        return {1, k.section, k.index, k.item, 0, place.paragraph, place.offset};
    case FieldKey::ItemText:
        return {1, k.section, k.index, k.item, 1, 0, place.offset};
    case FieldKey::AlsoUnits:
        return {1, k.section, k.index, std::numeric_limits<int>::max(), 0, place.paragraph, 0};
    default:
        return {1, k.section, 0, 0, 0, 0, 0};
    }
}

} // namespace

QList<Finding> Preflight::run(const Issue &issue, const PreflightContext &context) {
    QList<Finding> findings;
    preflight::checkMasthead(issue, context, findings);
    preflight::checkHalfWidth(issue, findings);
    preflight::checkDoubledMarks(issue, findings);
    preflight::checkPairs(issue, findings);
    preflight::checkStopBeforeAttribution(issue, findings);
    preflight::checkNumbering(issue, findings);
    preflight::checkDates(issue, findings);
    preflight::checkBriefs(issue, context, findings);
    preflight::checkFooter(issue, context, findings);
    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
        return readingOrder(a.place) < readingOrder(b.place);
    });
    return findings;
}

std::optional<Issue> Preflight::fixed(const Issue &issue, const Finding &finding) {
    if (!finding.fix) {
        return std::nullopt;
    }
    const FindingFix &fix = *finding.fix;
    if (finding.place.key.field == FieldKey::MastheadNumber) {
        bool ok = false;
        const int number = fix.replacement.toInt(&ok);
        if (!ok || QString::number(issue.masthead.number) != fix.expected) {
            return std::nullopt;
        }
        Issue result = issue;
        result.masthead.number = number;
        return result;
    }
    const std::optional<QString> text = fieldText(issue, finding.place);
    if (!text || text->mid(finding.place.offset, fix.expected.size()) != fix.expected) {
        return std::nullopt;
    }
    TextMatch match = finding.place;
    match.length = fix.expected.size();
    return IssueSearch::replaceOne(issue, match, fix.replacement);
}

bool Preflight::applyFix(IssueDocument &document, const Finding &finding) {
    const std::optional<Issue> result = fixed(document.issue(), finding);
    if (!result) {
        return false;
    }
    const QString step = finding.fix->label;
    const FieldKey &key = finding.place.key;
    if (key.field == FieldKey::MastheadNumber) {
        document.setMasthead(result->masthead, step);
    } else if (key.section < 0) {
        document.setFooter(result->footer, step);
    } else {
        document.setSection(key.section, result->sections.at(key.section), step, {}, true);
    }
    return true;
}

} // namespace kuaibao

namespace kuaibao {

Status Preflight::allowsPassing(const QList<Finding> &findings, const QStringList &roles,
                                const QString &role) {
    if (roles.indexOf(role) == 0 || !hasErrors(findings)) {
        return {};
    }
    const auto errors = std::count_if(findings.cbegin(), findings.cend(), [](const Finding &f) {
        return f.severity == FindingSeverity::Error;
    });
    return Error::forbidden(
        preflight::Text::tr("The preflight still finds %n error(s) in this issue; %1 cannot pass "
                            "it until they are fixed. Return it to the editor with a remark "
                            "instead.",
                            nullptr, int(errors))
            .arg(role));
}

} // namespace kuaibao
