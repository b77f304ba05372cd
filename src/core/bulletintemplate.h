#pragma once

#include "issue.h"
#include "result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace kuaibao {

// A unit (town, street office, department) that items are credited to, with the short or
// long forms of its name that mean the same unit.
struct UnitEntry {
    QString name;
    QStringList aliases;
};

// The skeleton of one section as the template lays it out in a new issue.
struct SectionSkeleton {
    QString name;
    SectionKind kind = SectionKind::Articles;
    QStringList categories; // for 简讯
};

// A bulletin's fixed parts, loaded from a JSON file in templates/: masthead, section skeleton,
// footer roles and lines, the unit list. The print layout lives in the same file (see render).
class BulletinTemplate {
public:
    // Parses a template; a bad file is an error that names the offending key.
    static Result<BulletinTemplate> fromJson(const QByteArray &json, const QString &origin);

    QString id() const { return m_id; }
    int version() const { return m_version; }
    QStringList nameLines() const { return m_nameLines; }
    QString name() const { return m_nameLines.join(QString()); }
    QString office() const { return m_office; }
    const QList<SectionSkeleton> &sections() const { return m_sections; }
    QStringList staffRoles() const { return m_staffRoles; }
    const QList<LabelledLine> &distribution() const { return m_distribution; }
    const QList<LabelledLine> &contacts() const { return m_contacts; }
    const QList<UnitEntry> &units() const { return m_units; }
    QStringList unitNames() const;

    // The canonical unit name for a name or alias; empty when the unit is not in the list.
    QString canonicalUnit(const QString &nameOrAlias) const;

    // The whole file as parsed, for layers that read their own keys (the render layout).
    const QJsonObject &json() const { return m_json; }
    // The exact bytes it was loaded from, so an issue can keep the version it was set with.
    const QByteArray &source() const { return m_source; }

    // Lays out a new, empty issue: masthead, the section skeleton, footer roles and lines.
    Issue emptyIssue(int number, const QDate &date) const;

private:
    QString m_id;
    int m_version = 0;
    QStringList m_nameLines;
    QString m_office;
    QList<SectionSkeleton> m_sections;
    QStringList m_staffRoles;
    QList<LabelledLine> m_distribution;
    QList<LabelledLine> m_contacts;
    QList<UnitEntry> m_units;
    QJsonObject m_json;
    QByteArray m_source;
};

} // namespace kuaibao
