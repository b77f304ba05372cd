#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

namespace kuaibao {

// Names of people who sign, made impossible to imitate: NFKC-normalised; control characters,
// format characters (zero-width, U+2060, bidi marks) and CJK compatibility ideographs refused;
// and a new name refused when it equals, after normalisation, or is confusable with (ICU's
// spoof checker, Unicode's confusables data) a name already in the list.
class PersonName {
public:
    // The normalised name, or why `raw` cannot be a name.
    static Result<QString> normalise(const QString &raw);
    // Refuses `name` (already normalised) when it imitates one of `existing`.
    static Status checkDistinct(const QString &name, const QStringList &existing);
    // Whether ICU's spoof checker finds the two names confusable.
    static bool confusable(const QString &a, const QString &b);
};

// Whether `text` holds control characters (other than the line breaks `allowNewlines` lets).
bool hasControlCharacters(const QString &text, bool allowNewlines = false);

// `text` with control and format characters written as \n, \t, \e or \u{…}, so that stored
// text cannot fake lines or colours in a terminal.
QString escapeControls(const QString &text);

} // namespace kuaibao
