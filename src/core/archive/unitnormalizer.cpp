#include "unitnormalizer.h"

namespace kuaibao {

UnitNormalizer::UnitNormalizer(QHash<QString, QString> aliases) : m_canonical(std::move(aliases)) {}

UnitNormalizer UnitNormalizer::fromTemplate(const BulletinTemplate &bulletinTemplate) {
    QHash<QString, QString> map;
    for (const UnitEntry &unit : bulletinTemplate.units()) {
        map.insert(unit.name, unit.name);
        for (const QString &alias : unit.aliases) {
            map.insert(alias, unit.name);
        }
    }
    return UnitNormalizer(std::move(map));
}

QString UnitNormalizer::canonical(const QString &name) const {
    const QString trimmed = name.trimmed();
    return m_canonical.value(trimmed, trimmed);
}

bool UnitNormalizer::isKnown(const QString &name) const {
    return m_canonical.contains(name.trimmed());
}

QStringList UnitNormalizer::normalizedList(const QStringList &units) const {
    QStringList out;
    for (const QString &unit : units) {
        const QString name = canonical(unit);
        if (!out.contains(name)) {
            out.append(name);
        }
    }
    return out;
}

bool UnitNormalizer::normalize(Issue &issue) const {
    bool changed = false;
    for (Section &section : issue.sections) {
        for (BriefCategory &category : section.categories) {
            for (BriefItem &item : category.items) {
                QStringList units = normalizedList(item.units);
                if (units != item.units) {
                    item.units = std::move(units);
                    changed = true;
                }
            }
            QStringList also = normalizedList(category.alsoUnits);
            if (also != category.alsoUnits) {
                category.alsoUnits = std::move(also);
                changed = true;
            }
        }
    }
    return changed;
}

} // namespace kuaibao
