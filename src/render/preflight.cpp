#include "preflight.h"

#include <QCoreApplication>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct PreflightText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::Preflight)
};

} // namespace

QString PreflightReport::missingCharacters() const {
    QString out;
    for (const MissingGlyph &glyph : missing) {
        const QString ch = QString::fromUcs4(&glyph.character, 1);
        if (!out.contains(ch)) {
            out += ch;
        }
    }
    return out;
}

QStringList PreflightReport::fontLines() const {
    QStringList lines;
    for (const RoleFontChoice &choice : fonts) {
        const QString family =
            choice.family.isEmpty() ? PreflightText::tr("(none installed)") : choice.family;
        lines << PreflightText::tr("%1: %2 (chain: %3)")
                     .arg(fontRoleKey(choice.role), family,
                          choice.chain.join(QStringLiteral(", ")));
    }
    return lines;
}

QStringList PreflightReport::standInLines() const {
    // Roles sharing a preferred face and its stand-in (masthead and title) make one line.
    QList<std::pair<QString, QString>> pairs;
    QList<QStringList> roles;
    for (const RoleFontChoice &choice : fonts) {
        if (choice.chain.isEmpty() || choice.family.isEmpty() ||
            choice.family == choice.chain.first()) {
            continue;
        }
        const std::pair<QString, QString> pair{choice.chain.first(), choice.family};
        const qsizetype at = pairs.indexOf(pair);
        if (at < 0) {
            pairs << pair;
            roles << QStringList{fontRoleKey(choice.role)};
        } else {
            roles[at] << fontRoleKey(choice.role);
        }
    }
    QStringList lines;
    for (qsizetype i = 0; i < pairs.size(); ++i) {
        lines << PreflightText::tr("%1 is not installed; %2 stands in for it (%3)")
                     .arg(pairs.at(i).first, pairs.at(i).second,
                          roles.at(i).join(QStringLiteral(", ")));
    }
    return lines;
}

Error PreflightReport::missingGlyphsError() const {
    QStringList parts;
    for (const MissingGlyph &glyph : missing) {
        const QString code = QString::number(uint(glyph.character), 16)
                                 .toUpper()
                                 .rightJustified(4, QLatin1Char('0'));
        const QString part =
            QStringLiteral("%1 U+%2 (%3)")
                .arg(QString::fromUcs4(&glyph.character, 1), code, fontRoleKey(glyph.role));
        if (!parts.contains(part)) {
            parts << part;
        }
    }
    return Error::badInput(
        PreflightText::tr("no font of the template can draw %n character(s): %1; install a font "
                          "that has them or confirm printing without them",
                          nullptr, int(parts.size()))
            .arg(parts.join(QStringLiteral(", "))));
}

} // namespace kuaibao
