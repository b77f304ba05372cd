#include "canonicalcontent.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct CanonicalContentText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::CanonicalContent)
};

const QString kHeader = QStringLiteral("kuaibao-canonical %1");

QString escaped(const QString &value) {
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        if (c == QLatin1Char('\\')) {
            out += QLatin1String("\\\\");
        } else if (c == QLatin1Char('\n')) {
            out += QLatin1String("\\n");
        } else if (c == QLatin1Char('\t')) {
            out += QLatin1String("\\t");
        } else {
            out += c;
        }
    }
    return out;
}

std::optional<QString> unescaped(const QString &value) {
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c != QLatin1Char('\\')) {
            out += c;
            continue;
        }
        if (++i >= value.size()) {
            return std::nullopt;
        }
        const QChar next = value.at(i);
        if (next == QLatin1Char('\\')) {
            out += QLatin1Char('\\');
        } else if (next == QLatin1Char('n')) {
            out += QLatin1Char('\n');
        } else if (next == QLatin1Char('t')) {
            out += QLatin1Char('\t');
        } else {
            return std::nullopt;
        }
    }
    return out;
}

QString joinUnits(const QStringList &units) {
    return units.join(QStringLiteral("、"));
}

} // namespace

QString sha256Hex(const QString &text) {
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

void CanonicalContent::add(const QString &key, const QString &value) {
    m_lines.append({key, value});
}

CanonicalContent CanonicalContent::fromIssue(const Issue &issue) {
    CanonicalContent c;
    const Masthead &m = issue.masthead;
    c.add(QStringLiteral("template"),
          issue.templateId + QLatin1Char(' ') + QString::number(issue.templateVersion));
    c.add(QStringLiteral("masthead.name"), m.nameLines.join(QLatin1Char('\n')));
    c.add(QStringLiteral("masthead.series"), seriesKey(m.series));
    c.add(QStringLiteral("masthead.number"), QString::number(m.number));
    c.add(QStringLiteral("masthead.cumulative"),
          m.cumulativeNumber ? QString::number(*m.cumulativeNumber) : QString());
    c.add(QStringLiteral("masthead.office"), m.office);
    c.add(QStringLiteral("masthead.date"), m.date.toString(Qt::ISODate));
    for (qsizetype s = 0; s < issue.sections.size(); ++s) {
        const Section &section = issue.sections.at(s);
        const QString sk = QStringLiteral("s%1").arg(s + 1);
        c.add(sk + QStringLiteral(".name"), section.name);
        c.add(sk + QStringLiteral(".kind"), section.kind == SectionKind::Briefs
                                                ? QStringLiteral("briefs")
                                                : QStringLiteral("articles"));
        for (qsizetype a = 0; a < section.articles.size(); ++a) {
            const Article &article = section.articles.at(a);
            const QString ak = sk + QStringLiteral(".a%1").arg(a + 1);
            c.add(ak + QStringLiteral(".title"), article.title);
            for (qsizetype p = 0; p < article.paragraphs.size(); ++p) {
                const Paragraph &paragraph = article.paragraphs.at(p);
                const QString pk = ak + QStringLiteral(".p%1").arg(p + 1);
                c.add(pk, paragraph.text.toMarkup());
                // Only headings have a level line, so that content without headings (every
                // issue signed before levels existed) keeps the text, and the hash, it had.
                if (paragraph.isHeading()) {
                    c.add(pk + QStringLiteral(".level"), QString::number(paragraph.level));
                }
            }
            c.add(ak + QStringLiteral(".attribution"), article.attribution);
        }
        for (qsizetype g = 0; g < section.categories.size(); ++g) {
            const BriefCategory &category = section.categories.at(g);
            const QString gk = sk + QStringLiteral(".c%1").arg(g + 1);
            c.add(gk + QStringLiteral(".name"), category.name);
            for (qsizetype i = 0; i < category.items.size(); ++i) {
                const BriefItem &item = category.items.at(i);
                const QString ik = gk + QStringLiteral(".i%1").arg(i + 1);
                c.add(ik + QStringLiteral(".units"), joinUnits(item.units));
                c.add(ik, item.text.toMarkup());
            }
            c.add(gk + QStringLiteral(".also"), joinUnits(category.alsoUnits));
        }
    }
    QStringList roles;
    for (const StaffCredit &credit : issue.footer.staff) {
        roles << credit.role;
    }
    c.add(QStringLiteral("footer.roles"), roles.join(QStringLiteral("、")));
    for (qsizetype i = 0; i < issue.footer.distribution.size(); ++i) {
        const LabelledLine &line = issue.footer.distribution.at(i);
        c.add(QStringLiteral("footer.distribution%1").arg(i + 1),
              line.label + QStringLiteral("：") + line.text);
    }
    for (qsizetype i = 0; i < issue.footer.contacts.size(); ++i) {
        const LabelledLine &line = issue.footer.contacts.at(i);
        c.add(QStringLiteral("footer.contact%1").arg(i + 1),
              line.label + QStringLiteral("：") + line.text);
    }
    c.add(QStringLiteral("footer.printRun"),
          issue.footer.printRun ? QString::number(*issue.footer.printRun) : QString());
    return c;
}

Result<CanonicalContent> CanonicalContent::parse(const QString &text) {
    QStringList rows = text.split(QLatin1Char('\n'));
    if (!rows.isEmpty() && rows.last().isEmpty()) {
        rows.removeLast();
    }
    if (rows.isEmpty() || rows.first() != kHeader.arg(kFormVersion)) {
        return Error::corrupt(
            CanonicalContentText::tr("the signed content snapshot has an unknown header"));
    }
    CanonicalContent c;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const qsizetype tab = rows.at(i).indexOf(QLatin1Char('\t'));
        const std::optional<QString> value =
            tab > 0 ? unescaped(rows.at(i).mid(tab + 1)) : std::nullopt;
        if (!value) {
            return Error::corrupt(
                CanonicalContentText::tr("line %1 of the signed content snapshot is damaged")
                    .arg(i + 1));
        }
        c.add(rows.at(i).left(tab), *value);
    }
    return c;
}

QString CanonicalContent::text() const {
    QString out = kHeader.arg(kFormVersion) + QLatin1Char('\n');
    for (const CanonicalLine &line : m_lines) {
        out += line.key + QLatin1Char('\t') + escaped(line.value) + QLatin1Char('\n');
    }
    return out;
}

QString CanonicalContent::sha256() const {
    return sha256Hex(text());
}

QString CanonicalContent::value(const QString &key) const {
    for (const CanonicalLine &line : m_lines) {
        if (line.key == key) {
            return line.value;
        }
    }
    return {};
}

} // namespace kuaibao
