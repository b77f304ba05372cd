#include "textfileimport.h"

#include "io/textimporter.h"
#include "storage/issuerepository.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace kuaibao {

namespace {
// The translation context of this file's messages.
struct TextFileImportText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::TextFileImport)
};

QString issueLabel(const Masthead &m) {
    return m.series == Series::Supplement ? TextFileImportText::tr("Supplement %1").arg(m.number)
                                          : TextFileImportText::tr("No. %1").arg(m.number);
}
} // namespace

QString TextImportSummary::text() const {
    QStringList lines;
    lines << TextFileImportText::tr("%n file(s) imported.", nullptr, int(imported.size()));
    if (!errors.isEmpty()) {
        lines << TextFileImportText::tr("%n file(s) not imported:", nullptr, int(errors.size()))
              << errors;
    }
    if (!warnings.isEmpty()) {
        lines << TextFileImportText::tr("Please check:") << warnings;
    }
    return lines.join(QLatin1Char('\n'));
}

TextFileImport::TextFileImport(IssueRepository &repository, BulletinTemplate bulletinTemplate)
    : m_repository(repository), m_template(std::move(bulletinTemplate)) {}

TextImportSummary TextFileImport::importFiles(const QStringList &paths) {
    TextImportSummary summary;
    const TextImporter importer(m_template);
    for (const QString &path : paths) {
        const QString name = QFileInfo(path).fileName();
        Result<TextImport> read = importer.importFile(path, TextImportOptions{name, std::nullopt});
        if (!read) {
            summary.errors << read.error().message;
            continue;
        }
        Result<Issue> saved = m_repository.save(read->issue);
        if (!saved) {
            summary.errors << QStringLiteral("%1: %2").arg(name, saved.error().message);
            continue;
        }
        summary.warnings << read->warnings;
        summary.imported << QStringLiteral("%1 (%2)").arg(issueLabel(saved->masthead), name);
        summary.lastImportedId = saved->storageId;
    }
    return summary;
}

} // namespace kuaibao
