#include "templatearchive.h"

#include "storage/database.h"

#include "core/templatelibrary.h"
#include "storage/sqlutil.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct TemplateArchiveText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::TemplateArchive)
};

} // namespace

Result<bool> TemplateArchive::has(const QSqlDatabase &db, const QString &id, int version) {
    Result<QVariant> count = scalarSql(
        db,
        QStringLiteral(
            "SELECT COUNT(*) FROM template_versions WHERE template_id = ? AND version = ?"),
        {id, version},
        TemplateArchiveText::tr("looking up template %1 version %2").arg(id).arg(version));
    if (!count) {
        return count.error();
    }
    return count->toInt() > 0;
}

Status TemplateArchive::keep(const QSqlDatabase &db, const BulletinTemplate &bulletinTemplate) {
    return execSql(
        db,
        QStringLiteral("INSERT INTO template_versions (template_id, version, source, stored_at) "
                       "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"),
        {bulletinTemplate.id(), bulletinTemplate.version(), bulletinTemplate.source(),
         QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        TemplateArchiveText::tr("keeping template %1 version %2")
            .arg(bulletinTemplate.id())
            .arg(bulletinTemplate.version()));
}

Result<std::optional<BulletinTemplate>> TemplateArchive::find(const QSqlDatabase &db,
                                                              const QString &id, int version) {
    Result<QSqlQuery> query =
        runSql(db,
               QStringLiteral(
                   "SELECT source FROM template_versions WHERE template_id = ? AND version = ?"),
               {id, version},
               TemplateArchiveText::tr("reading template %1 version %2").arg(id).arg(version));
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return std::optional<BulletinTemplate>();
    }
    Result<BulletinTemplate> parsed = BulletinTemplate::fromJson(
        query->value(0).toByteArray(),
        TemplateArchiveText::tr("%1 version %2 (archived)").arg(id).arg(version));
    if (!parsed) {
        return parsed.error();
    }
    return std::optional<BulletinTemplate>(std::move(parsed).value());
}

std::optional<BulletinTemplate> TemplateArchive::findFile(const QString &id, int version) {
    const QStringList folders = TemplateLibrary::searchFolders() << QStringLiteral(":/templates");
    for (const QString &folder : folders) {
        QFile file(QDir(folder).filePath(id + QStringLiteral(".json")));
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        Result<BulletinTemplate> parsed =
            BulletinTemplate::fromJson(file.readAll(), file.fileName());
        if (parsed && parsed->version() == version) {
            return std::move(parsed).value();
        }
    }
    return std::nullopt;
}

Result<IssueTemplate> templateForIssue(const QSqlDatabase &db, const Issue &issue) {
    const QString id =
        issue.templateId.isEmpty() ? TemplateLibrary::defaultTemplateId() : issue.templateId;
    if (!issue.templateId.isEmpty()) {
        Result<std::optional<BulletinTemplate>> archived =
            TemplateArchive::find(db, id, issue.templateVersion);
        if (!archived) {
            return archived.error();
        }
        if (*archived) {
            return IssueTemplate{**archived, QString()};
        }
        if (std::optional<BulletinTemplate> file =
                TemplateArchive::findFile(id, issue.templateVersion)) {
            return IssueTemplate{*file, QString()};
        }
    }
    Result<BulletinTemplate> newest = TemplateLibrary::load(id);
    if (!newest) {
        return newest.error();
    }
    const QString note =
        issue.templateId.isEmpty()
            ? TemplateArchiveText::tr("the issue names no template; printing with %1 version %2")
                  .arg(id)
                  .arg(newest->version())
            : TemplateArchiveText::tr("template %1 version %2, which the issue was set with, is "
                                      "no longer available; printing with version %3")
                  .arg(id)
                  .arg(issue.templateVersion)
                  .arg(newest->version());
    return IssueTemplate{*newest, note};
}

Result<IssueTemplate> templateForIssue(const Database &database, const Issue &issue) {
    return templateForIssue(database.connection(), issue);
}

} // namespace kuaibao
