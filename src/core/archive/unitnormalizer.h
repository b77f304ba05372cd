#pragma once

#include "core/bulletintemplate.h"
#include "core/issue.h"

#include <QHash>
#include <QString>

namespace kuaibao {

// Rewrites the unit names of an issue's items and also-took-part lists to their canonical
// form (东辛房 → 东辛房街道, 区妇女联合会 → 区妇联), dropping a unit named twice in one list.
// Names it does not know stay as written, so that they can be listed as unknown units.
class UnitNormalizer {
public:
    UnitNormalizer() = default;
    // `aliases` maps an alias (or a canonical name) to the canonical name.
    explicit UnitNormalizer(QHash<QString, QString> aliases);
    static UnitNormalizer fromTemplate(const BulletinTemplate &bulletinTemplate);

    // The canonical name of `name` (trimmed), or `name` trimmed when it is not known.
    QString canonical(const QString &name) const;
    bool isKnown(const QString &name) const;

    // Normalises every unit list of the issue; returns whether anything changed.
    bool normalize(Issue &issue) const;

private:
    QStringList normalizedList(const QStringList &units) const;

    QHash<QString, QString> m_canonical;
};

} // namespace kuaibao
