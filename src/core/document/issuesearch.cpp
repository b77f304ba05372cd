#include "issuesearch.h"

#include <functional>

namespace kuaibao {

namespace {

// Visits every searchable field of an issue; the visitor may change the text in place.
// `paragraph` is the paragraph index in an article body, else 0.
using PlainVisitor = std::function<void(const FieldKey &, int paragraph, QString &)>;
using RichVisitor = std::function<void(const FieldKey &, int paragraph, RichText &)>;

void visitIssue(Issue &issue, const PlainVisitor &plain, const RichVisitor &rich) {
    plain({FieldKey::MastheadOffice}, 0, issue.masthead.office);
    for (int s = 0; s < issue.sections.size(); ++s) {
        Section &section = issue.sections[s];
        for (int a = 0; a < section.articles.size(); ++a) {
            Article &article = section.articles[a];
            plain({FieldKey::ArticleTitle, s, a}, 0, article.title);
            for (int p = 0; p < article.paragraphs.size(); ++p) {
                rich({FieldKey::ArticleBody, s, a}, p, article.paragraphs[p].text);
            }
            plain({FieldKey::ArticleAttribution, s, a}, 0, article.attribution);
        }
        for (int c = 0; c < section.categories.size(); ++c) {
            BriefCategory &category = section.categories[c];
            for (int i = 0; i < category.items.size(); ++i) {
                BriefItem &item = category.items[i];
                for (int u = 0; u < item.units.size(); ++u) {
                    plain({FieldKey::ItemUnits, s, c, i}, u, item.units[u]);
                }
                rich({FieldKey::ItemText, s, c, i}, 0, item.text);
            }
            for (int u = 0; u < category.alsoUnits.size(); ++u) {
                plain({FieldKey::AlsoUnits, s, c}, u, category.alsoUnits[u]);
            }
        }
    }
    Footer &footer = issue.footer;
    for (int i = 0; i < footer.staff.size(); ++i) {
        plain({FieldKey::StaffName, -1, -1, i}, 0, footer.staff[i].name);
    }
    for (int i = 0; i < footer.distribution.size(); ++i) {
        plain({FieldKey::DistributionText, -1, -1, i}, 0, footer.distribution[i].text);
    }
    for (int i = 0; i < footer.contacts.size(); ++i) {
        plain({FieldKey::ContactText, -1, -1, i}, 0, footer.contacts[i].text);
    }
}

QList<qsizetype> occurrences(const QString &text, const QString &needle) {
    QList<qsizetype> found;
    for (qsizetype at = text.indexOf(needle); at >= 0;
         at = text.indexOf(needle, at + needle.size())) {
        found << at;
    }
    return found;
}

// `text` with the occurrences at `offsets` replaced; each replacement takes the weight of the
// first character it replaces.
RichText replaceIn(const RichText &text, const QList<qsizetype> &offsets, qsizetype length,
                   const QString &replacement) {
    RichText out;
    qsizetype pos = 0;
    for (qsizetype at : offsets) {
        out.append(text.mid(pos, at - pos));
        const RichText replaced = text.mid(at, 1);
        const bool bold = !replaced.runs().isEmpty() && replaced.runs().first().bold;
        out.append(replacement, bold);
        pos = at + length;
    }
    out.append(text.mid(pos));
    return out;
}

} // namespace

QList<TextMatch> IssueSearch::findAll(const Issue &issue, const QString &needle) {
    QList<TextMatch> matches;
    if (needle.isEmpty()) {
        return matches;
    }
    Issue copy = issue;
    auto collect = [&](const FieldKey &key, int paragraph, const QString &text) {
        for (qsizetype at : occurrences(text, needle)) {
            matches << TextMatch{key, paragraph, at, needle.size()};
        }
    };
    visitIssue(
        copy, [&](const FieldKey &k, int p, QString &t) { collect(k, p, t); },
        [&](const FieldKey &k, int p, RichText &t) { collect(k, p, t.plainText()); });
    return matches;
}

Issue IssueSearch::replaceAll(const Issue &issue, const QString &needle, const QString &replacement,
                              int *count) {
    Issue result = issue;
    int replaced = 0;
    if (!needle.isEmpty()) {
        visitIssue(
            result,
            [&](const FieldKey &, int, QString &text) {
                replaced += int(occurrences(text, needle).size());
                text.replace(needle, replacement);
            },
            [&](const FieldKey &, int, RichText &text) {
                const QList<qsizetype> found = occurrences(text.plainText(), needle);
                if (!found.isEmpty()) {
                    replaced += int(found.size());
                    text = replaceIn(text, found, needle.size(), replacement);
                }
            });
    }
    if (count) {
        *count = replaced;
    }
    return result;
}

std::optional<Issue> IssueSearch::replaceOne(const Issue &issue, const TextMatch &match,
                                             const QString &replacement) {
    Issue result = issue;
    bool done = false;
    auto fits = [&](const FieldKey &key, int paragraph, const QString &text) {
        return !done && key == match.key && paragraph == match.paragraph &&
               match.offset + match.length <= text.size();
    };
    visitIssue(
        result,
        [&](const FieldKey &key, int paragraph, QString &text) {
            if (fits(key, paragraph, text)) {
                text.replace(match.offset, match.length, replacement);
                done = true;
            }
        },
        [&](const FieldKey &key, int paragraph, RichText &text) {
            if (fits(key, paragraph, text.plainText())) {
                text = replaceIn(text, {match.offset}, match.length, replacement);
                done = true;
            }
        });
    return done ? std::optional<Issue>(result) : std::nullopt;
}

} // namespace kuaibao
