#pragma once

#include "core/bulletintemplate.h"
#include "core/issue.h"
#include "core/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace kuaibao {

// How one text is to be read.
struct TextImportOptions {
    QString origin; // the file name that messages start with
    std::optional<int>
        number; // the issue number to use (--number), required when the text has none
};

// An issue read from text, with what the reader had to guess or leave out.
struct TextImport {
    Issue issue;
    QStringList warnings; // each "ORIGIN:LINE: warning: …"
    QString encoding;     // UTF-8, UTF-16LE, UTF-16BE or GB18030
};

// Reads a plain-text bulletin (the form offices paste out of Word or PDF, and the form
// exportIssueText writes; docs/text-format.md) into an Issue set with the given template. Unknown
// section, category and unit names are kept, with warnings. Every error names the origin and the
// line ("kuaibao-673.txt:12: …"); nothing is returned half-read.
class TextImporter {
public:
    explicit TextImporter(BulletinTemplate bulletinTemplate);

    Result<TextImport> importBytes(const QByteArray &bytes, const TextImportOptions &options) const;
    Result<TextImport> importText(const QString &text, const TextImportOptions &options) const;
    // Reads the file at `path` (refusing folders, unreadable files and files above the size
    // limit before reading them) and imports it; the origin defaults to the path.
    Result<TextImport> importFile(const QString &path, TextImportOptions options) const;

private:
    BulletinTemplate m_template;
};

} // namespace kuaibao
