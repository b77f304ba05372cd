// The checks of 简讯 items: a unit, a known unit, a short text, not a repeat of a recent item.
#include "checks.h"

#include "core/chineseformat.h"
#include "core/issuevalidator.h"

#include <QSet>

namespace kuaibao::preflight {

namespace {

// An item longer than this many characters (blanks not counted) is more than a 简讯.
constexpr int kLongestItem = 150;

// Two items count as the same when this share of their character pairs agree.
constexpr double kRepeatSimilarity = 0.8;

// The text without blanks and punctuation: what stays the same when an item is sent again.
QString essence(const QString &text) {
    QString out;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            out += c;
        }
    }
    return out;
}

QSet<QString> characterPairs(const QString &text) {
    QSet<QString> pairs;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        pairs.insert(text.mid(i, 2));
    }
    return pairs;
}

// The Dice similarity of two texts' character pairs, 0 … 1.
double similarity(const QSet<QString> &a, const QSet<QString> &b) {
    if (a.isEmpty() || b.isEmpty()) {
        return 0;
    }
    qsizetype common = 0;
    for (const QString &pair : a) {
        common += b.contains(pair) ? 1 : 0;
    }
    return 2.0 * double(common) / double(a.size() + b.size());
}

// Where the text passes its `limit`-th character that is not a blank, or -1.
qsizetype overflowAt(const QString &text, int limit) {
    int counted = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!text.at(i).isSpace()) {
            if (++counted > limit) {
                return i;
            }
        }
    }
    return -1;
}

void checkUnits(const Issue &issue, const PreflightContext &context, int s, int c,
                QList<Finding> &out) {
    const BriefCategory &category = issue.sections.at(s).categories.at(c);
    auto unknown = [&](const TextMatch &field, const QString &unit) {
        return finding(issue, field, 0, unit.size(), FindingSeverity::Warning,
                       QStringLiteral("brief-unknown-unit"),
                       Text::tr("The unit %1 is not on the unit list").arg(unit.trimmed()));
    };
    for (int i = 0; i < category.items.size(); ++i) {
        const BriefItem &item = category.items.at(i);
        if (isBlankItem(item)) {
            continue;
        }
        if (item.units.isEmpty()) {
            out << finding(issue, {{FieldKey::ItemUnits, s, c, i}}, 0, 0, FindingSeverity::Error,
                           QStringLiteral("brief-no-unit"), Text::tr("The item names no unit"));
        }
        for (int u = 0; u < item.units.size() && !context.knownUnits.isEmpty(); ++u) {
            if (!context.knownUnits.contains(item.units.at(u).trimmed())) {
                out << unknown({{FieldKey::ItemUnits, s, c, i}, u}, item.units.at(u));
            }
        }
    }
    for (int u = 0; u < category.alsoUnits.size() && !context.knownUnits.isEmpty(); ++u) {
        if (!context.knownUnits.contains(category.alsoUnits.at(u).trimmed())) {
            out << unknown({{FieldKey::AlsoUnits, s, c}, u}, category.alsoUnits.at(u));
        }
    }
}

} // namespace

void checkBriefs(const Issue &issue, const PreflightContext &context, QList<Finding> &out) {
    QList<QSet<QString>> recent;
    recent.reserve(context.recentBriefs.size());
    for (const PastBrief &past : context.recentBriefs) {
        recent << characterPairs(essence(past.text));
    }
    for (int s = 0; s < issue.sections.size(); ++s) {
        const Section &section = issue.sections.at(s);
        for (int c = 0; c < section.categories.size(); ++c) {
            checkUnits(issue, context, s, c, out);
            const QList<BriefItem> &items = section.categories.at(c).items;
            for (int i = 0; i < items.size(); ++i) {
                const QString text = items.at(i).text.plainText();
                const TextMatch field{{FieldKey::ItemText, s, c, i}};
                if (const qsizetype over = overflowAt(text, kLongestItem); over >= 0) {
                    out << finding(issue, field, over, text.size() - over, FindingSeverity::Warning,
                                   QStringLiteral("brief-too-long"),
                                   Text::tr("The item is longer than %1 characters; a 简讯 is "
                                            "one or two sentences")
                                       .arg(kLongestItem));
                }
                const QString mine = essence(text);
                if (mine.size() < 10) {
                    continue; // too short to tell a repeat from a common phrase
                }
                const QSet<QString> pairs = characterPairs(mine);
                for (int r = 0; r < recent.size(); ++r) {
                    const PastBrief &past = context.recentBriefs.at(r);
                    if (similarity(pairs, recent.at(r)) >= kRepeatSimilarity) {
                        out << finding(issue, field, 0, text.size(), FindingSeverity::Warning,
                                       QStringLiteral("brief-repeat"),
                                       Text::tr("The item repeats one of issue %1 (%2)")
                                           .arg(past.issue.number)
                                           .arg(chineseDate(past.issue.date)));
                        break;
                    }
                }
            }
        }
    }
}

} // namespace kuaibao::preflight
