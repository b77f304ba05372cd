#pragma once

#include "core/result.h"
#include "layoutstyle.h"

#include <QList>
#include <QString>

namespace kuaibao {

// The font a role will print with, out of its chain.
struct RoleFontChoice {
    FontRole role = FontRole::Body;
    QString family;    // empty when no family of the chain is installed
    QStringList chain; // the template's chain, in order
};

// A character of the issue that no font of its role's chain can draw.
struct MissingGlyph {
    FontRole role = FontRole::Body;
    char32_t character = 0;
};

// What is checked before output: each role's font and the characters nothing can draw.
struct PreflightReport {
    QList<RoleFontChoice> fonts;
    QList<MissingGlyph> missing;

    bool hasMissingGlyphs() const { return !missing.isEmpty(); }
    // The missing characters, each once, in the order they first occur.
    QString missingCharacters() const;
    // One line per role: "body: AR PL UMing CN (chain: 仿宋_GB2312, …)".
    QStringList fontLines() const;
    // One line per preferred face that is not installed and the face that stands in for it:
    // "仿宋_GB2312 is not installed; AR PL UMing CN stands in for it (body)". Empty when every
    // role prints with the first face of its chain.
    QStringList standInLines() const;
    // The error PDF and print give while glyphs are missing and the user has not confirmed.
    Error missingGlyphsError() const;
};

} // namespace kuaibao
