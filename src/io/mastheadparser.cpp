#include "mastheadparser.h"

#include "numberwords.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct MastheadParserText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::MastheadParser)
};

QString numberClass() {
    return QStringLiteral("[") + QString::fromUtf16(kNumberWordClass) + QStringLiteral("]+");
}

const QRegularExpression &cumulativePattern() {
    static const QRegularExpression p = textPattern(
        QStringLiteral("[（(]?\\s*总\\s*第\\s*(%1)\\s*期\\s*[）)]?").arg(numberClass()));
    return p;
}

const QRegularExpression &numberPattern() {
    static const QRegularExpression p =
        textPattern(QStringLiteral("(增刊)?\\s*第\\s*(%1)\\s*期").arg(numberClass()));
    return p;
}

const QRegularExpression &chineseDatePattern() {
    static const QRegularExpression p =
        textPattern(QStringLiteral("(%1)\\s*年\\s*(%1)\\s*月\\s*(%1)\\s*日").arg(numberClass()));
    return p;
}

const QRegularExpression &isoDatePattern() {
    static const QRegularExpression p = textPattern(QStringLiteral(
        "(?<![0-9])([0-9]{4})\\s*[-/.]\\s*([0-9]{1,2})\\s*[-/.]\\s*([0-9]{1,2})(?![0-9])"));
    return p;
}

// What one masthead line held once its number and date were taken out.
struct MastheadLine {
    int line = 0;
    QString rest;
    bool hasNumber = false;
};

// Removes the match from text, leaving a space so that its neighbours stay apart.
QString cut(const QString &text, const QRegularExpressionMatch &match) {
    return text.left(match.capturedStart()) + QLatin1Char(' ') + text.mid(match.capturedEnd());
}

QStringList splitNameLine(const QString &line) {
    static const QRegularExpression gap = textPattern(QStringLiteral("\\s+"));
    const QStringList parts = line.split(gap, Qt::SkipEmptyParts);
    return parts.size() == 2 ? parts : QStringList{line};
}

} // namespace

Result<Masthead> MastheadParser::parse(const QList<SourceLine> &lines, int endLine,
                                       std::optional<int> number) {
    Masthead m;
    std::optional<int> foundNumber;
    int numberLine = 0;
    QList<MastheadLine> rests;
    for (const SourceLine &line : lines) {
        QString text = line.plain;
        MastheadLine entry{line.number, {}, false};
        if (const auto match = cumulativePattern().match(text); match.hasMatch()) {
            m.cumulativeNumber = parseNumberWords(match.captured(1));
            if (!m.cumulativeNumber || *m.cumulativeNumber < 1) {
                return Error::badInput(m_log.error(
                    line.number,
                    MastheadParserText::tr("\"%1\" is not a cumulative number of 1 or more")
                        .arg(match.captured(0))));
            }
            text = cut(text, match);
        }
        if (const auto match = numberPattern().match(text); match.hasMatch() && !foundNumber) {
            foundNumber = parseNumberWords(match.captured(2));
            if (!foundNumber || *foundNumber < 1) {
                return Error::badInput(
                    m_log.error(line.number,
                                MastheadParserText::tr("\"%1\" is not an issue number of 1 or more")
                                    .arg(match.captured(0))));
            }
            m.series = match.captured(1).isEmpty() ? Series::Regular : Series::Supplement;
            numberLine = line.number;
            entry.hasNumber = true;
            text = cut(text, match);
        }
        QRegularExpressionMatch date = chineseDatePattern().match(text);
        if (!date.hasMatch()) {
            date = isoDatePattern().match(text);
        }
        if (date.hasMatch() && !m.date.isValid()) {
            const std::optional<int> y = parseNumberWords(date.captured(1));
            const std::optional<int> mo = parseNumberWords(date.captured(2));
            const std::optional<int> d = parseNumberWords(date.captured(3));
            m.date = (y && mo && d) ? QDate(*y, *mo, *d) : QDate();
            if (!m.date.isValid()) {
                return Error::badInput(m_log.error(
                    line.number,
                    MastheadParserText::tr("\"%1\" is not a real date").arg(date.captured(0))));
            }
            text = cut(text, date);
        }
        entry.rest = trimBlank(text);
        if (!entry.rest.isEmpty() || entry.hasNumber) {
            rests.append(entry);
        }
    }
    if (number) {
        if (foundNumber && *foundNumber != *number) {
            m_log.warn(numberLine,
                       MastheadParserText::tr("the text says issue %1; --number makes it %2")
                           .arg(*foundNumber)
                           .arg(*number));
        }
        foundNumber = number;
    }
    if (!foundNumber) {
        return Error::badInput(m_log.error(
            endLine,
            MastheadParserText::tr(
                "no issue number (第N期) above the first section; give it with --number N")));
    }
    m.number = *foundNumber;
    if (!m.date.isValid()) {
        return Error::badInput(m_log.error(
            endLine, MastheadParserText::tr(
                         "no date (2022年4月13日 or 2022-04-13) above the first section")));
    }

    // Lines above the number line name the bulletin; the first one below it is the office.
    QList<MastheadLine> above;
    QList<MastheadLine> below;
    const qsizetype numberIndex = [&] {
        for (qsizetype i = 0; i < rests.size(); ++i) {
            if (rests.at(i).hasNumber) {
                return i;
            }
        }
        return qsizetype(-1);
    }();
    for (qsizetype i = 0; i < rests.size(); ++i) {
        if (rests.at(i).rest.isEmpty()) {
            continue;
        }
        if (numberIndex >= 0 ? i < numberIndex : (i == 0 || (i == 1 && rests.size() > 2))) {
            above << rests.at(i);
        } else if (numberIndex >= 0 && i == numberIndex && above.isEmpty()) {
            above << rests.at(i); // the name on the number's line
        } else {
            below << rests.at(i);
        }
    }
    if (above.size() == 1) {
        m.nameLines = splitNameLine(above.first().rest);
    } else if (above.size() >= 2) {
        // The two lines nearest the number name the bulletin; lines above them (内部资料 …) do not.
        const qsizetype first = above.size() - 2;
        m.nameLines = {above.at(first).rest, above.at(first + 1).rest};
        for (qsizetype i = 0; i < first; ++i) {
            m_log.warn(above.at(i).line,
                       MastheadParserText::tr("masthead line not understood and left out: %1")
                           .arg(above.at(i).rest));
        }
    } else {
        m.nameLines = m_template.nameLines();
        m_log.warn(endLine,
                   MastheadParserText::tr(
                       "no bulletin name above the issue number; the template's \"%1\" is used")
                       .arg(m_template.name()));
    }
    if (!below.isEmpty()) {
        m.office = below.first().rest;
        for (qsizetype i = 1; i < below.size(); ++i) {
            m_log.warn(below.at(i).line,
                       MastheadParserText::tr("masthead line not understood and left out: %1")
                           .arg(below.at(i).rest));
        }
    } else {
        m_log.warn(endLine, MastheadParserText::tr("no issuing office in the masthead"));
    }
    return m;
}

} // namespace kuaibao
