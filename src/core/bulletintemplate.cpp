#include "bulletintemplate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct BulletinTemplateText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::BulletinTemplate)
};

// Reads keys from one JSON object, remembering the first problem with its key path.
class JsonReader {
public:
    JsonReader(QJsonObject object, QString path)
        : m_object(std::move(object)), m_path(std::move(path)) {}

    QString key(const QString &name) const {
        return m_path.isEmpty() ? name : m_path + QLatin1Char('.') + name;
    }

    QString string(const QString &name, QString *error, bool required = true) const {
        const QJsonValue v = m_object.value(name);
        if (v.isUndefined() && !required) {
            return {};
        }
        if (!v.isString() || (required && v.toString().trimmed().isEmpty())) {
            fail(error,
                 BulletinTemplateText::tr("key \"%1\" must be a non-empty string").arg(key(name)));
            return {};
        }
        return v.toString().trimmed();
    }

    QStringList strings(const QString &name, QString *error, bool required = true) const {
        const QJsonValue v = m_object.value(name);
        if (v.isUndefined() && !required) {
            return {};
        }
        if (!v.isArray()) {
            fail(error,
                 BulletinTemplateText::tr("key \"%1\" must be a list of strings").arg(key(name)));
            return {};
        }
        QStringList out;
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString() || array.at(i).toString().trimmed().isEmpty()) {
                fail(error, BulletinTemplateText::tr("key \"%1[%2]\" must be a non-empty string")
                                .arg(key(name))
                                .arg(i));
                return {};
            }
            out << array.at(i).toString().trimmed();
        }
        return out;
    }

    QJsonArray array(const QString &name, QString *error) const {
        const QJsonValue v = m_object.value(name);
        if (!v.isArray()) {
            fail(error, BulletinTemplateText::tr("key \"%1\" must be a list").arg(key(name)));
            return {};
        }
        return v.toArray();
    }

    QJsonObject object(const QString &name, QString *error) const {
        const QJsonValue v = m_object.value(name);
        if (!v.isObject()) {
            fail(error, BulletinTemplateText::tr("key \"%1\" must be an object").arg(key(name)));
            return {};
        }
        return v.toObject();
    }

    static void fail(QString *error, const QString &message) {
        if (error->isEmpty()) {
            *error = message;
        }
    }

private:
    QJsonObject m_object;
    QString m_path;
};

QList<LabelledLine> readLines(const JsonReader &parent, const QString &name, QString *error) {
    QList<LabelledLine> lines;
    const QJsonArray array = parent.array(name, error);
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = parent.key(name) + QStringLiteral("[%1]").arg(i);
        if (!array.at(i).isObject()) {
            JsonReader::fail(error,
                             BulletinTemplateText::tr("key \"%1\" must be an object").arg(path));
            return {};
        }
        JsonReader line(array.at(i).toObject(), path);
        lines.append({line.string(QStringLiteral("label"), error),
                      line.string(QStringLiteral("text"), error)});
    }
    return lines;
}

} // namespace

Result<BulletinTemplate> BulletinTemplate::fromJson(const QByteArray &json, const QString &origin) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return Error::corrupt(
            BulletinTemplateText::tr("template %1 is not valid JSON: %2 at byte %3")
                .arg(origin, parseError.errorString())
                .arg(parseError.offset));
    }
    BulletinTemplate t;
    t.m_json = doc.object();
    t.m_source = json;
    QString error;
    const JsonReader root(t.m_json, QString());
    t.m_id = root.string(QStringLiteral("id"), &error);
    const QJsonValue version = t.m_json.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toInt() < 1 || version.toDouble() != version.toInt()) {
        JsonReader::fail(&error, BulletinTemplateText::tr(
                                     "key \"version\" must be a whole number of at least 1"));
    }
    t.m_version = version.toInt();

    const JsonReader masthead(root.object(QStringLiteral("masthead"), &error),
                              QStringLiteral("masthead"));
    t.m_nameLines = masthead.strings(QStringLiteral("nameLines"), &error);
    if (error.isEmpty() && (t.m_nameLines.isEmpty() || t.m_nameLines.size() > 2)) {
        error = BulletinTemplateText::tr("key \"masthead.nameLines\" must hold one or two lines");
    }
    t.m_office = masthead.string(QStringLiteral("office"), &error);

    const QJsonArray sections = root.array(QStringLiteral("sections"), &error);
    for (qsizetype i = 0; i < sections.size() && error.isEmpty(); ++i) {
        const QString path = QStringLiteral("sections[%1]").arg(i);
        const JsonReader section(sections.at(i).toObject(), path);
        SectionSkeleton skeleton;
        skeleton.name = section.string(QStringLiteral("name"), &error);
        const QString kind = section.string(QStringLiteral("kind"), &error);
        if (kind == QLatin1String("briefs")) {
            skeleton.kind = SectionKind::Briefs;
            skeleton.categories = section.strings(QStringLiteral("categories"), &error);
        } else if (kind != QLatin1String("articles") && error.isEmpty()) {
            error = BulletinTemplateText::tr("key \"%1.kind\" must be \"articles\" or \"briefs\"")
                        .arg(path);
        }
        t.m_sections.append(skeleton);
    }

    const JsonReader footer(root.object(QStringLiteral("footer"), &error),
                            QStringLiteral("footer"));
    t.m_staffRoles = footer.strings(QStringLiteral("staffRoles"), &error);
    t.m_distribution = readLines(footer, QStringLiteral("distribution"), &error);
    t.m_contacts = readLines(footer, QStringLiteral("contacts"), &error);

    const QJsonArray units = root.array(QStringLiteral("units"), &error);
    for (qsizetype i = 0; i < units.size() && error.isEmpty(); ++i) {
        const JsonReader unit(units.at(i).toObject(), QStringLiteral("units[%1]").arg(i));
        t.m_units.append({unit.string(QStringLiteral("name"), &error),
                          unit.strings(QStringLiteral("aliases"), &error, false)});
    }
    if (!error.isEmpty()) {
        return Error::badInput(BulletinTemplateText::tr("template %1: %2").arg(origin, error));
    }
    return t;
}

QStringList BulletinTemplate::unitNames() const {
    QStringList names;
    for (const UnitEntry &unit : m_units) {
        names << unit.name;
    }
    return names;
}

QString BulletinTemplate::canonicalUnit(const QString &nameOrAlias) const {
    const QString wanted = nameOrAlias.trimmed();
    for (const UnitEntry &unit : m_units) {
        if (unit.name == wanted || unit.aliases.contains(wanted)) {
            return unit.name;
        }
    }
    return {};
}

Issue BulletinTemplate::emptyIssue(int number, const QDate &date) const {
    Issue issue;
    issue.masthead.nameLines = m_nameLines;
    issue.masthead.number = number;
    issue.masthead.office = m_office;
    issue.masthead.date = date;
    for (const SectionSkeleton &skeleton : m_sections) {
        Section section;
        section.name = skeleton.name;
        section.kind = skeleton.kind;
        for (const QString &category : skeleton.categories) {
            section.categories.append(BriefCategory{category, {}, {}});
        }
        issue.sections.append(section);
    }
    for (const QString &role : m_staffRoles) {
        issue.footer.staff.append({role, QString()});
    }
    issue.footer.distribution = m_distribution;
    issue.footer.contacts = m_contacts;
    issue.templateId = m_id;
    issue.templateVersion = m_version;
    return issue;
}

} // namespace kuaibao
