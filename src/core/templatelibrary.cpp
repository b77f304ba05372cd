#include "templatelibrary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct TemplateLibraryText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::TemplateLibrary)
};

QStringList candidateFolders() {
    return TemplateLibrary::searchFolders() << QStringLiteral(":/templates");
}

Result<BulletinTemplate> loadFile(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::storage(
            TemplateLibraryText::tr("cannot read template %1: %2").arg(path, file.errorString()));
    }
    return BulletinTemplate::fromJson(file.readAll(), path);
}

} // namespace

QString TemplateLibrary::defaultTemplateId() {
    return QStringLiteral("mentougou");
}

QStringList TemplateLibrary::searchFolders() {
    QStringList folders;
    const QString fromEnv = qEnvironmentVariable("KUAIBAO_TEMPLATE_DIR");
    if (!fromEnv.isEmpty()) {
        folders << fromEnv;
    }
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!data.isEmpty()) {
        folders << QDir(data).filePath(QStringLiteral("templates"));
    }
    return folders;
}

Result<BulletinTemplate> TemplateLibrary::load(const QString &id) {
    std::optional<BulletinTemplate> best;
    for (const QString &folder : candidateFolders()) {
        const QString path = QDir(folder).filePath(id + QStringLiteral(".json"));
        if (!QFile::exists(path)) {
            continue;
        }
        Result<BulletinTemplate> loaded = loadFile(path);
        if (!loaded) {
            return loaded.error(); // a broken office template is reported, never skipped
        }
        if (!best || loaded->version() > best->version()) {
            best = std::move(loaded).value();
        }
    }
    if (!best) {
        return Error::notFound(TemplateLibraryText::tr("no template named \"%1\"").arg(id));
    }
    return *best;
}

QStringList TemplateLibrary::availableIds() {
    QStringList ids;
    for (const QString &folder : candidateFolders()) {
        const QStringList files = QDir(folder).entryList({QStringLiteral("*.json")}, QDir::Files);
        for (const QString &file : files) {
            const QString id = file.chopped(5);
            if (!ids.contains(id)) {
                ids << id;
            }
        }
    }
    ids.sort();
    return ids;
}

} // namespace kuaibao
