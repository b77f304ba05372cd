#pragma once

#include "core/bulletintemplate.h"

#include <QStringList>

namespace kuaibao {

class IssueRepository;

// What one run of File ▸ Import text files brought in and what it could not.
struct TextImportSummary {
    QStringList imported; // "No. 12 (file.txt)"
    QStringList errors;   // one per file that was not imported, naming the file
    QStringList warnings; // the reader's guesses, "file.txt:12: warning: …"
    qint64 lastImportedId = 0;

    // The summary for people: counts first, then each error and warning.
    QString text() const;
};

// Reads plain-text bulletins with TextImporter and stores each as a new issue, one transaction
// a file, as `kuaibao-cli import` does: a bad file is reported and the others still come in.
class TextFileImport {
public:
    TextFileImport(IssueRepository &repository, BulletinTemplate bulletinTemplate);

    TextImportSummary importFiles(const QStringList &paths);

private:
    IssueRepository &m_repository;
    BulletinTemplate m_template;
};

} // namespace kuaibao
