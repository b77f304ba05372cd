// The punctuation checks: half-width marks in Chinese text, doubled marks, marks that do not
// pair, and a full stop before the attribution.
#include "checks.h"
#include "numbering.h"

#include <QHash>

namespace kuaibao::preflight {

namespace {

const QString kHalfWidth = QStringLiteral(",.:;()\"!?");

QString fullWidthOf(QChar c) {
    static const QHash<QChar, QString> forms = {
        {u',', QStringLiteral("，")}, {u'.', QStringLiteral("。")}, {u':', QStringLiteral("：")},
        {u';', QStringLiteral("；")}, {u'(', QStringLiteral("（")}, {u')', QStringLiteral("）")},
        {u'!', QStringLiteral("！")}, {u'?', QStringLiteral("？")},
    };
    return forms.value(c);
}

bool chineseAt(const QString &text, qsizetype at) {
    return at >= 0 && at < text.size() && isChinese(text.at(at));
}

bool digitAt(const QString &text, qsizetype at) {
    return at >= 0 && at < text.size() && text.at(at).isDigit();
}

// The partner of the ASCII bracket at `at` in the same field, or -1.
qsizetype partnerOf(const QString &text, qsizetype at) {
    const bool opening = text.at(at) == u'(';
    int depth = 0;
    for (qsizetype i = at; opening ? i < text.size() : i >= 0; i += opening ? 1 : -1) {
        if (text.at(i) == u'(' || text.at(i) == u')') {
            depth += (text.at(i) == u'(') == opening ? 1 : -1;
            if (depth == 0) {
                return i;
            }
        }
    }
    return -1;
}

bool hasChinese(const QString &text, qsizetype from, qsizetype to) {
    for (qsizetype i = std::max<qsizetype>(from, 0); i < std::min(to, text.size()); ++i) {
        if (isChinese(text.at(i))) {
            return true;
        }
    }
    return false;
}

// Whether the half-width mark at `at` stands in Chinese text (and is not a number's part).
bool inChineseText(const QString &text, qsizetype at) {
    const QChar c = text.at(at);
    if ((c == u'.' || c == u':' || c == u',') && digitAt(text, at - 1) && digitAt(text, at + 1)) {
        return false; // 3.5, 10:30, 1,000
    }
    if (c == u'(' || c == u')') {
        const qsizetype partner = partnerOf(text, at);
        if (partner >= 0) {
            const qsizetype open = std::min(at, partner);
            const qsizetype close = std::max(at, partner);
            return chineseAt(text, open - 1) || chineseAt(text, close + 1) ||
                   hasChinese(text, open + 1, close);
        }
    }
    return chineseAt(text, at - 1) || chineseAt(text, at + 1);
}

// A mark's weight when two stand together: the weaker one goes.
int markRank(QChar c) {
    return int(QStringLiteral("、，：；。？！").indexOf(c));
}

} // namespace

bool isChinese(QChar c) {
    const char16_t u = c.unicode();
    return (u >= 0x3400 && u <= 0x9FFF) || (u >= 0x3000 && u <= 0x303F) ||
           (u >= 0xFF01 && u <= 0xFF5E) || u == 0x201C || u == 0x201D || u == 0x2018 ||
           u == 0x2019 || u == 0x2014 || u == 0x2026;
}

void checkHalfWidth(const Issue &issue, QList<Finding> &out) {
    visitProse(issue, [&](const TextMatch &field, const QString &text) {
        qsizetype skip = 0; // the numbering "1." of a level-3 heading is written half-width
        if (field.key.field == FieldKey::ArticleBody) {
            if (const auto prefix = recogniseNumbering(text); prefix && prefix->level == 3) {
                skip = prefix->length;
            }
        }
        int quotes = 0;
        for (qsizetype at = skip; at < text.size(); ++at) {
            const QChar c = text.at(at);
            if (!kHalfWidth.contains(c)) {
                continue;
            }
            const bool quote = c == u'"';
            const QString to = quote ? QString(quotes % 2 == 0 ? u'“' : u'”') : fullWidthOf(c);
            quotes += quote ? 1 : 0;
            if (!inChineseText(text, at)) {
                continue;
            }
            Finding f =
                finding(issue, field, at, 1, FindingSeverity::Error,
                        QStringLiteral("halfwidth-punctuation"),
                        Text::tr("Half-width \"%1\" in Chinese text; the full-width form is \"%2\"")
                            .arg(c)
                            .arg(to));
            f.fix = FindingFix{Text::tr("Replace %1 with %2").arg(c).arg(to), QString(c), to};
            out << f;
        }
    });
}

void checkDoubledMarks(const Issue &issue, QList<Finding> &out) {
    visitProse(issue, [&](const TextMatch &field, const QString &text) {
        for (qsizetype at = 0; at + 1 < text.size(); ++at) {
            const int first = markRank(text.at(at));
            const int second = markRank(text.at(at + 1));
            if (first < 0 || second < 0) {
                continue;
            }
            const qsizetype weaker = first < second ? at : at + 1;
            const QString pair = text.mid(at, 2);
            Finding f = finding(issue, field, weaker, 1, FindingSeverity::Error,
                                QStringLiteral("doubled-punctuation"),
                                Text::tr("Two punctuation marks in a row: \"%1\"").arg(pair));
            f.fix = FindingFix{Text::tr("Remove the extra %1").arg(text.at(weaker)),
                               QString(text.at(weaker)), QString()};
            out << f;
            ++at; // a run of three is two findings, not three
        }
    });
}

void checkPairs(const Issue &issue, QList<Finding> &out) {
    static const QString openers = QStringLiteral("“‘（《【");
    static const QString closers = QStringLiteral("”’）》】");
    auto unpaired = [&](const TextMatch &field, qsizetype at, QChar mark) {
        const qsizetype kind = std::max(openers.indexOf(mark), closers.indexOf(mark));
        return finding(issue, field, at, 1, FindingSeverity::Error, QStringLiteral("unpaired-mark"),
                       Text::tr("\"%1\" has no matching \"%2\"")
                           .arg(mark)
                           .arg(openers.contains(mark) ? closers.at(kind) : openers.at(kind)));
    };
    visitProse(issue, [&](const TextMatch &field, const QString &text) {
        QList<qsizetype> open; // positions of the marks still open
        QList<Finding> found;
        for (qsizetype at = 0; at < text.size(); ++at) {
            const QChar c = text.at(at);
            if (openers.contains(c)) {
                open << at;
                continue;
            }
            const qsizetype kind = closers.indexOf(c);
            if (kind < 0) {
                continue;
            }
            qsizetype match = open.size() - 1;
            while (match >= 0 && text.at(open.at(match)) != openers.at(kind)) {
                --match;
            }
            if (match < 0) {
                found << unpaired(field, at, c);
                continue;
            }
            while (open.size() > match + 1) { // opened inside and never closed
                found << unpaired(field, open.last(), text.at(open.last()));
                open.removeLast();
            }
            open.removeLast();
        }
        for (qsizetype at : open) {
            found << unpaired(field, at, text.at(at));
        }
        std::sort(found.begin(), found.end(), [](const Finding &a, const Finding &b) {
            return a.place.offset < b.place.offset;
        });
        out << found;
    });
}

void checkStopBeforeAttribution(const Issue &issue, QList<Finding> &out) {
    for (int s = 0; s < issue.sections.size(); ++s) {
        const QList<Article> &articles = issue.sections.at(s).articles;
        for (int a = 0; a < articles.size(); ++a) {
            const Article &article = articles.at(a);
            const QString attribution = article.attribution.trimmed();
            if (attribution.isEmpty() || article.paragraphs.isEmpty()) {
                continue;
            }
            const QString message =
                Text::tr("A full stop before the attribution %1").arg(attribution);
            const FindingFix fix{Text::tr("Remove the full stop"), QStringLiteral("。"), QString()};
            const qsizetype inAttribution = article.attribution.indexOf(u'（');
            if (inAttribution > 0 &&
                article.attribution.left(inAttribution).trimmed() == QStringLiteral("。")) {
                Finding f = finding(issue, {{FieldKey::ArticleAttribution, s, a}, 0},
                                    article.attribution.indexOf(u'。'), 1, FindingSeverity::Warning,
                                    QStringLiteral("stop-before-attribution"), message);
                f.fix = fix;
                out << f;
                continue;
            }
            const int last = int(article.paragraphs.size()) - 1;
            const QString text = article.paragraphs.at(last).text.plainText();
            qsizetype end = text.size();
            while (end > 0 && (text.at(end - 1).isSpace() || text.at(end - 1) == u'\x3000')) {
                --end;
            }
            if (end > 0 && text.at(end - 1) == u'。') {
                Finding f = finding(issue, {{FieldKey::ArticleBody, s, a}, last}, end - 1, 1,
                                    FindingSeverity::Warning,
                                    QStringLiteral("stop-before-attribution"), message);
                f.fix = fix;
                out << f;
            }
        }
    }
}

} // namespace kuaibao::preflight
