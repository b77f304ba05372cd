#include "submissionhistory.h"

#include <QHash>
#include <QMap>

namespace kuaibao {

namespace {

QHash<QChar, int> characterCounts(const QString &text, int *total) {
    QHash<QChar, int> counts;
    *total = 0;
    for (QChar c : text) {
        if (!c.isSpace()) {
            ++counts[c];
            ++*total;
        }
    }
    return counts;
}

} // namespace

SubmissionHistory::SubmissionHistory(const QList<Issue> &issues) {
    for (const Issue &issue : issues) {
        for (const Section &section : issue.sections) {
            for (const BriefCategory &category : section.categories) {
                for (const BriefItem &item : category.items) {
                    for (const QString &unit : item.units) {
                        m_items << PastItem{issue.masthead.number, issue.masthead.date,
                                            category.name, unit, item.text.plainText()};
                    }
                }
            }
        }
    }
}

std::optional<QString> SubmissionHistory::suggestedCategory(const QString &unit) const {
    QMap<QString, std::pair<int, QDate>> tally; // category -> count, latest date
    for (const PastItem &item : m_items) {
        if (item.unit == unit) {
            auto &entry = tally[item.category];
            ++entry.first;
            entry.second = qMax(entry.second, item.date);
        }
    }
    std::optional<QString> best;
    std::pair<int, QDate> bestScore{0, QDate()};
    for (auto it = tally.cbegin(); it != tally.cend(); ++it) {
        if (it->first > bestScore.first ||
            (it->first == bestScore.first && it->second > bestScore.second)) {
            best = it.key();
            bestScore = *it;
        }
    }
    return best;
}

std::optional<PastItem> SubmissionHistory::repeatOf(const QString &unit, const QString &text,
                                                    const QDate &since, double threshold) const {
    for (const PastItem &item : m_items) {
        if (item.unit == unit && (!item.date.isValid() || item.date >= since) &&
            sharedCharacters(item.text, text) >= threshold) {
            return item;
        }
    }
    return std::nullopt;
}

double SubmissionHistory::sharedCharacters(const QString &a, const QString &b) {
    int totalA = 0;
    int totalB = 0;
    const QHash<QChar, int> countsA = characterCounts(a, &totalA);
    const QHash<QChar, int> countsB = characterCounts(b, &totalB);
    const int longer = qMax(totalA, totalB);
    if (longer == 0) {
        return 1;
    }
    int shared = 0;
    for (auto it = countsA.cbegin(); it != countsA.cend(); ++it) {
        shared += qMin(it.value(), countsB.value(it.key()));
    }
    return double(shared) / longer;
}

} // namespace kuaibao
