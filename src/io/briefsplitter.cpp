#include "briefsplitter.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct BriefSplitterText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::BriefSplitter)
};

// The endings of names of towns, street offices, villages and departments.
const QStringList &unitSuffixes() {
    static const QStringList suffixes{
        QStringLiteral("镇"),   QStringLiteral("乡"), QStringLiteral("街道"), QStringLiteral("村"),
        QStringLiteral("社区"), QStringLiteral("委"), QStringLiteral("局"),   QStringLiteral("办"),
        QStringLiteral("会"),   QStringLiteral("部"), QStringLiteral("中心"), QStringLiteral("队"),
        QStringLiteral("院"),   QStringLiteral("所"), QStringLiteral("站"),   QStringLiteral("司"),
        QStringLiteral("团"),   QStringLiteral("联"), QStringLiteral("处"),   QStringLiteral("科"),
        QStringLiteral("厅"),   QStringLiteral("署"), QStringLiteral("校"),   QStringLiteral("馆"),
        QStringLiteral("室"),   QStringLiteral("组"), QStringLiteral("行"),   QStringLiteral("厂"),
        QStringLiteral("区"),   QStringLiteral("县"), QStringLiteral("市"),   QStringLiteral("盟"),
        QStringLiteral("）"),   QStringLiteral(")")};
    return suffixes;
}

// A unit label at the start of a sentence: names joined by 、 then a colon.
const QRegularExpression &labelPattern() {
    static const QRegularExpression p = textPattern(QStringLiteral(
        "^\\s*([^，。！？；：:、,\\s]{1,24}(?:\\s*、\\s*[^，。！？；：:、,\\s]{1,24})*)\\s*[：:]"));
    return p;
}

// The closing sentence: 区国资委、龙泉镇、军庄镇也开展了相关活动。
const QRegularExpression &alsoPattern() {
    static const QRegularExpression p = textPattern(
        QStringLiteral("^\\s*([^，。！？；：:、,\\s]{1,24}?(?:\\s*、\\s*[^，。！？；：:、,\\s]{1,"
                       "24}?)*?)\\s*(?:等单位)?也开展了(?:相关|类似)活动\\s*[。.]?\\s*$"));
    return p;
}

// Whether the character at `i` ends a sentence: 。！？； or their ASCII forms. An ASCII full stop
// ends one too (units typing on phones write `活动.南镇:…`), unless a Latin letter or digit
// follows it, as in 1.5 or www.gov.cn.
bool isSentenceEnd(const QString &plain, qsizetype i) {
    static const QString ends = QStringLiteral("。！？；!?;");
    const QChar c = plain.at(i);
    if (c == QLatin1Char('.')) {
        const QChar next = i + 1 < plain.size() ? plain.at(i + 1) : QChar();
        return !(next.unicode() < 128 && next.isLetterOrNumber());
    }
    return ends.contains(c);
}

// Offsets in `plain` where a sentence starts: 0 and after each sentence end (and its closing
// quotes).
QList<qsizetype> sentenceStarts(const QString &plain) {
    static const QString closers = QStringLiteral("”’」』）)\"'");
    QList<qsizetype> starts{0};
    for (qsizetype i = 0; i < plain.size(); ++i) {
        if (!isSentenceEnd(plain, i)) {
            continue;
        }
        qsizetype next = i + 1;
        while (next < plain.size() && closers.contains(plain.at(next))) {
            ++next;
        }
        if (next < plain.size() && starts.last() != next) {
            starts << next;
        }
        i = next - 1;
    }
    return starts;
}

// Cuts pieces out of a RichText front to back (each piece starting at or after the one before),
// in time proportional to the text's size however many pieces there are.
class RunSlicer {
public:
    explicit RunSlicer(const RichText &text) : m_runs(text.runs()) {}

    RichText slice(qsizetype from, qsizetype to) {
        while (m_index < m_runs.size() && m_runStart + m_runs.at(m_index).text.size() <= from) {
            m_runStart += m_runs.at(m_index).text.size();
            ++m_index;
        }
        RichText piece;
        qsizetype runStart = m_runStart;
        for (qsizetype i = m_index; i < m_runs.size() && runStart < to; ++i) {
            const TextRun &run = m_runs.at(i);
            const qsizetype a = std::max(runStart, from);
            const qsizetype b = std::min(runStart + run.text.size(), to);
            if (a < b) {
                piece.append(run.text.mid(a - runStart, b - a), run.bold);
            }
            runStart += run.text.size();
        }
        return piece;
    }

private:
    const QList<TextRun> &m_runs;
    qsizetype m_index = 0;
    qsizetype m_runStart = 0;
};

} // namespace

QString BriefSplitter::resolveUnit(const QString &name, int line) {
    const QString canonical = m_template.canonicalUnit(name);
    if (!canonical.isEmpty()) {
        return canonical;
    }
    m_log.warn(line, BriefSplitterText::tr(
                         "unit \"%1\" is not in the template's unit list; kept as written")
                         .arg(name));
    return name;
}

// The units a label names, or nothing when it does not look like unit names (then the colon
// belongs to the text, as in 要求：…). The first label of a category may name anything.
QStringList BriefSplitter::unitsOf(const QString &label, int line, bool anyName) {
    QStringList names;
    for (const QString &part : label.split(QStringLiteral("、"), Qt::SkipEmptyParts)) {
        const QString name = trimBlank(part);
        if (name.isEmpty()) {
            return {};
        }
        bool unitLike = anyName || !m_template.canonicalUnit(name).isEmpty();
        for (const QString &suffix : unitSuffixes()) {
            unitLike = unitLike || (name.size() > suffix.size() && name.endsWith(suffix));
        }
        if (!unitLike || name.at(0).isDigit()) {
            return {};
        }
        names << name;
    }
    QStringList units;
    for (const QString &name : names) {
        units << resolveUnit(name, line);
    }
    return units;
}

Status BriefSplitter::split(const RichText &text, int line, BriefCategory &category) {
    const QString plain = text.plainText();
    if (trimBlank(plain).isEmpty()) {
        return {}; // a category with nothing in it yet
    }
    BriefItem *current = category.items.isEmpty() ? nullptr : &category.items.last();
    qsizetype textStart = 0; // where the current item's own text starts in `plain`
    const QList<qsizetype> starts = sentenceStarts(plain);
    RunSlicer slicer(text);
    // Only the category's first label may name anything; later ones must look like units.
    auto atCategoryStart = [&] { return category.items.isEmpty() && category.alsoUnits.isEmpty(); };
    auto closeItem = [&](qsizetype end) {
        if (current != nullptr) {
            current->text.append(slicer.slice(textStart, end));
            current->text = current->text.trimmed();
        }
    };
    for (qsizetype s = 0; s < starts.size(); ++s) {
        const qsizetype end = s + 1 < starts.size() ? starts.at(s + 1) : plain.size();
        // A label may follow a label (东辛房街道：斋堂镇：… gives an item with no text yet), so
        // the place just after a label is tried again.
        for (qsizetype at = starts.at(s); at < end;) {
            const QString sentence = plain.mid(at, end - at);
            if (const auto also = alsoPattern().match(sentence); also.hasMatch()) {
                const QStringList units = unitsOf(also.captured(1), line, true);
                if (!units.isEmpty()) {
                    closeItem(at);
                    current = nullptr;
                    category.alsoUnits += units;
                    break;
                }
            }
            if (const auto label = labelPattern().match(sentence); label.hasMatch()) {
                const QStringList units = unitsOf(label.captured(1), line, atCategoryStart());
                if (!units.isEmpty()) {
                    closeItem(at);
                    category.items.append(BriefItem{units, RichText()});
                    current = &category.items.last();
                    textStart = at + label.capturedEnd();
                    at = textStart;
                    continue;
                }
            }
            if (current == nullptr) {
                return Error::badInput(
                    m_log.error(line, BriefSplitterText::tr("the 简讯 text under 【%1】 must start "
                                                            "with the unit it is credited to and a "
                                                            "colon (东辛房街道：…), not \"%2\"")
                                          .arg(category.name, trimBlank(sentence).left(30))));
            }
            break;
        }
    }
    closeItem(plain.size());
    return {};
}

} // namespace kuaibao
