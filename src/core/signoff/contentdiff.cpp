#include "contentdiff.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct ContentDiffText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::ContentDiff)
};

QString fixedPlace(const QString &key) {
    static const QHash<QString, const char *> names = {
        {QStringLiteral("template"), QT_TRANSLATE_NOOP("kuaibao::ContentDiff", "template")},
        {QStringLiteral("masthead.name"),
         QT_TRANSLATE_NOOP("kuaibao::ContentDiff", "masthead name")},
        {QStringLiteral("masthead.series"), QT_TRANSLATE_NOOP("kuaibao::ContentDiff", "series")},
        {QStringLiteral("masthead.number"),
         QT_TRANSLATE_NOOP("kuaibao::ContentDiff", "issue number")},
        {QStringLiteral("masthead.cumulative"),
         QT_TRANSLATE_NOOP("kuaibao::ContentDiff", "cumulative number")},
        {QStringLiteral("masthead.office"), QT_TRANSLATE_NOOP("kuaibao::ContentDiff", "office")},
        {QStringLiteral("masthead.date"), QT_TRANSLATE_NOOP("kuaibao::ContentDiff", "issue date")},
        {QStringLiteral("footer.roles"), QT_TRANSLATE_NOOP("kuaibao::ContentDiff", "footer roles")},
        {QStringLiteral("footer.printRun"), QT_TRANSLATE_NOOP("kuaibao::ContentDiff", "print run")},
    };
    const auto found = names.constFind(key);
    return found == names.constEnd() ? QString() : ContentDiffText::tr(*found);
}

QString sectionPlace(const QString &number, const CanonicalContent &context) {
    const QString name = context.value(QStringLiteral("s%1.name").arg(number));
    return name.isEmpty() ? ContentDiffText::tr("section %1").arg(number)
                          : ContentDiffText::tr("section %1 (%2)").arg(number, name);
}

QString quoted(const QString &text) {
    return QStringLiteral("“") + text + QStringLiteral("”");
}

} // namespace

QString describePlace(const QString &key, const CanonicalContent &context) {
    if (const QString fixed = fixedPlace(key); !fixed.isEmpty()) {
        return fixed;
    }
    static const QRegularExpression footerLine(
        QStringLiteral("^footer\\.(distribution|contact)(\\d+)$"));
    if (const auto m = footerLine.match(key); m.hasMatch()) {
        return m.captured(1) == QLatin1String("contact")
                   ? ContentDiffText::tr("footer contact line %1").arg(m.captured(2))
                   : ContentDiffText::tr("footer distribution line %1").arg(m.captured(2));
    }
    static const QRegularExpression located(
        QStringLiteral("^s(\\d+)(?:\\.([ac])(\\d+))?(?:\\.([pi])(\\d+))?(?:\\.(\\w+))?$"));
    const auto m = located.match(key);
    if (!m.hasMatch()) {
        return key;
    }
    QStringList parts{sectionPlace(m.captured(1), context)};
    if (!m.captured(2).isEmpty()) {
        parts << (m.captured(2) == QLatin1String("a")
                      ? ContentDiffText::tr("article %1").arg(m.captured(3))
                      : ContentDiffText::tr("category %1").arg(m.captured(3)));
    }
    if (!m.captured(4).isEmpty()) {
        parts << (m.captured(4) == QLatin1String("p")
                      ? ContentDiffText::tr("paragraph %1").arg(m.captured(5))
                      : ContentDiffText::tr("item %1").arg(m.captured(5)));
    }
    const QString field = m.captured(6);
    if (field == QLatin1String("name")) {
        parts << ContentDiffText::tr("name");
    } else if (field == QLatin1String("kind")) {
        parts << ContentDiffText::tr("kind");
    } else if (field == QLatin1String("title")) {
        parts << ContentDiffText::tr("title");
    } else if (field == QLatin1String("attribution")) {
        parts << ContentDiffText::tr("attribution");
    } else if (field == QLatin1String("units")) {
        parts << ContentDiffText::tr("units");
    } else if (field == QLatin1String("also")) {
        parts << ContentDiffText::tr("also-took-part units");
    } else if (field == QLatin1String("level")) {
        parts << ContentDiffText::tr("heading level");
    }
    return parts.join(QStringLiteral(", "));
}

QList<ContentDifference> diffContent(const CanonicalContent &before,
                                     const CanonicalContent &after) {
    QHash<QString, QString> old;
    for (const CanonicalLine &line : before.lines()) {
        old.insert(line.key, line.value);
    }
    QSet<QString> seen;
    QList<ContentDifference> out;
    for (const CanonicalLine &line : after.lines()) {
        seen.insert(line.key);
        const auto found = old.constFind(line.key);
        if (found == old.constEnd()) {
            out.append({ContentDifference::Kind::Added, line.key, describePlace(line.key, after),
                        QString(), line.value});
        } else if (*found != line.value) {
            out.append({ContentDifference::Kind::Changed, line.key, describePlace(line.key, after),
                        *found, line.value});
        }
    }
    for (const CanonicalLine &line : before.lines()) {
        if (!seen.contains(line.key)) {
            out.append({ContentDifference::Kind::Removed, line.key, describePlace(line.key, before),
                        line.value, QString()});
        }
    }
    return out;
}

QString describeDifference(const ContentDifference &d) {
    switch (d.kind) {
    case ContentDifference::Kind::Added:
        return ContentDiffText::tr("%1: not in the signed version, now %2")
            .arg(d.place, quoted(d.after));
    case ContentDifference::Kind::Removed:
        return ContentDiffText::tr("%1: signed %2, now missing").arg(d.place, quoted(d.before));
    case ContentDifference::Kind::Changed:
        break;
    }
    return ContentDiffText::tr("%1: signed %2, now %3")
        .arg(d.place, quoted(d.before), quoted(d.after));
}

} // namespace kuaibao
