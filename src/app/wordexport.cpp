#include "wordexport.h"

#include "core/chineseformat.h"
#include "core/files/outputfile.h"
#include "io/docx/docxexporter.h"
#include "storage/templates/templatearchive.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>

namespace kuaibao {

WordExport::WordExport(QWidget *parent) : QObject(parent), m_parent(parent) {}

Status WordExport::write(const Database &db, const Issue &issue, const QString &path) {
    Result<IssueTemplate> found = templateForIssue(db, issue);
    if (!found) {
        return found.error();
    }
    Result<QByteArray> docx = exportIssueDocx(issue, found->bulletinTemplate);
    if (!docx) {
        return docx.error();
    }
    return OutputFile::write(path, *docx);
}

void WordExport::exportIssue(const Database &db, const Issue &issue) {
    const Masthead &head = issue.masthead;
    const QString name = head.nameLines.isEmpty() ? head.name() : head.nameLines.last();
    const QString suggested = name +
                              issueNumberLabel(head.number, head.series == Series::Supplement) +
                              QStringLiteral(".docx");
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(m_parent, tr("Export as Word"),
                                                      QDir(folder).filePath(suggested),
                                                      tr("Word documents (*.docx)"));
    if (path.isEmpty()) {
        return;
    }
    const Status written = write(db, issue, path);
    if (!written) {
        QMessageBox::critical(m_parent, tr("Export as Word"), written.error().message);
    }
}

} // namespace kuaibao
