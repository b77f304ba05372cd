#pragma once

#include "canonicalcontent.h"

#include <QList>
#include <QString>

namespace kuaibao {

// One element that differs between two versions of an issue's content.
struct ContentDifference {
    enum class Kind { Changed, Added, Removed };
    Kind kind = Kind::Changed;
    QString key;    // "s1.a2.p3"
    QString place;  // "section 1 (指挥调度), article 2, paragraph 3", translated
    QString before; // empty when added
    QString after;  // empty when removed
};

// The differences from `before` to `after`, element by element, in the order of `after`
// (removed elements where they stood in `before`).
QList<ContentDifference> diffContent(const CanonicalContent &before, const CanonicalContent &after);

// Where a canonical key sits, in words: "section 1 (指挥调度), article 2, paragraph 3".
// `context` supplies the section names.
QString describePlace(const QString &key, const CanonicalContent &context);

// One line for a person: "section 1 (…), article 2, paragraph 3: signed “…”, now “…”".
QString describeDifference(const ContentDifference &difference);

} // namespace kuaibao
