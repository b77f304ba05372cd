#pragma once

#include "core/archive/unitnormalizer.h"
#include "core/bulletintemplate.h"
#include "core/result.h"

#include <QList>
#include <QSqlDatabase>

namespace kuaibao {

class Database;

// A unit name that items or also-took-part lists use but that is neither a unit of the list
// nor an alias: how many items are credited to it and how many lists mention it.
struct UnknownUnit {
    QString name;
    int items = 0;
    int mentions = 0;
};

// The archive's unit list with aliases (tables units and unit_aliases, seeded from the
// template): listing, adding units and aliases, finding unknown names and mapping every
// occurrence of a name onto a unit in one step.
class UnitDirectory {
public:
    explicit UnitDirectory(Database &database) : m_db(database) {}

    Result<QList<UnitEntry>> list() const;
    Status add(const QString &name);
    // Makes `alias` another name of `unit`, and maps the items already stored under it.
    Result<int> addAlias(const QString &unit, const QString &alias);
    Status removeAlias(const QString &alias);
    Result<QList<UnknownUnit>> unknown() const;
    // Rewrites every item and also-took-part occurrence of `name` as `unit` and remembers
    // `name` as an alias of it. Returns how many occurrences changed.
    Result<int> map(const QString &name, const QString &unit);

    // The canonical names of the stored list.
    static Result<UnitNormalizer> normalizer(const QSqlDatabase &db);
    static Result<UnitNormalizer> normalizer(const Database &database);
    // The unit names in list order.
    static Result<QStringList> names(const QSqlDatabase &db);
    static Result<QStringList> names(const Database &database);

    // The statements of schema step 6 and the seeding of a new list from a template.
    static QStringList schemaStatements();
    static Status seed(const QSqlDatabase &db, const BulletinTemplate &bulletinTemplate);
    // Maps the stored occurrences of every alias to its unit and re-indexes what changed.
    static Status normalizeStored(const QSqlDatabase &db);

private:
    Result<int> countOccurrences(const QString &name) const;

    Database &m_db;
};

} // namespace kuaibao
