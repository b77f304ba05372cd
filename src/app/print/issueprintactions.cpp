#include "issueprintactions.h"

#include "core/chineseformat.h"
#include "printableissue.h"
#include "render/issueprinter.h"
#include "render/pdfexport.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>

namespace kuaibao {

namespace {

QString suggestedFileName(const IssueLayout &layout) {
    const Masthead &head = layout.issue().masthead;
    const QString name = head.nameLines.isEmpty() ? head.name() : head.nameLines.last();
    return name + issueNumberLabel(head.number, head.series == Series::Supplement) +
           QStringLiteral(".pdf");
}

} // namespace

IssuePrintActions::IssuePrintActions(QWidget *parent) : QObject(parent), m_parent(parent) {}

bool IssuePrintActions::confirmPreflight(const IssueLayout &layout) {
    const PreflightReport &report = layout.preflight();
    if (!report.hasMissingGlyphs()) {
        return confirmStandIns(report);
    }
    QMessageBox box(
        QMessageBox::Warning, tr("Characters no font can draw"),
        tr("No font of the template can draw these characters: %1")
                .arg(report.missingCharacters()) +
            QStringLiteral("\n\n") +
            tr("They will print as empty boxes or in another typeface. Install a font that "
               "has them (put it in the fonts folder of the program's data folder), or go "
               "on without them."),
        QMessageBox::Cancel, m_parent);
    box.setDetailedText(tr("Fonts in use:") + QLatin1Char('\n') +
                        (report.standInLines() + report.fontLines()).join(QLatin1Char('\n')));
    QPushButton *goOn = box.addButton(tr("Print without them"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == goOn;
}

bool IssuePrintActions::confirmStandIns(const PreflightReport &report) {
    const QStringList standIns = report.standInLines();
    const QString seen = standIns.join(QLatin1Char('\n'));
    QSettings settings;
    const QString key = QStringLiteral("print/acknowledgedStandIns");
    if (standIns.isEmpty() || settings.value(key).toString() == seen) {
        return true;
    }
    QMessageBox box(QMessageBox::Information, tr("Fonts standing in"),
                    tr("Some of the template's fonts are not installed; the print uses others "
                       "in their place:") +
                        QStringLiteral("\n\n") + standIns.join(QLatin1Char('\n')),
                    QMessageBox::Ok | QMessageBox::Cancel, m_parent);
    box.setDetailedText(tr("Fonts in use:") + QLatin1Char('\n') +
                        report.fontLines().join(QLatin1Char('\n')));
    auto *quiet = new QCheckBox(tr("Do not tell me again while the fonts stay the same"), &box);
    box.setCheckBox(quiet);
    if (box.exec() != QMessageBox::Ok) {
        return false;
    }
    if (quiet->isChecked()) {
        settings.setValue(key, seen);
    }
    return true;
}

void IssuePrintActions::exportPdf(const IssueLayout &layout,
                                  const std::optional<SignoffProof> &proof) {
    if (!confirmPreflight(layout)) {
        return;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        m_parent, tr("Export PDF"), QDir(folder).filePath(suggestedFileName(layout)),
        tr("PDF files (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    PdfOptions options;
    options.allowMissingGlyphs = true; // confirmed above
    options.proof = proof;
    const Status written = writePdf(layout, path, options);
    if (!written) {
        showError(tr("Export PDF"), written.error().message);
    }
}

void IssuePrintActions::print(const IssueLayout &layout) {
    if (!confirmPreflight(layout)) {
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(layout, printer);
    QPrintDialog dialog(&printer, m_parent);
    dialog.setWindowTitle(tr("Print"));
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const Status printed = printLayout(layout, printer, true);
    if (!printed) {
        showError(tr("Print"), printed.error().message);
    }
}

void IssuePrintActions::printPreview(const IssueLayout &layout) {
    if (!confirmPreflight(layout)) {
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(layout, printer);
    QPrintPreviewDialog dialog(&printer, m_parent);
    dialog.setWindowTitle(tr("Print Preview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this, layout](QPrinter *target) {
        const Status printed = printLayout(layout, *target, true);
        if (!printed) {
            showError(tr("Print Preview"), printed.error().message);
        }
    });
    dialog.exec();
}

std::optional<PrintableIssue> IssuePrintActions::layoutFor(const Database &db, const Issue &issue) {
    Result<PrintableIssue> prepared = PrintableIssue::prepare(db, issue);
    if (!prepared) {
        showError(tr("Print"), prepared.error().message);
        return std::nullopt;
    }
    if (!prepared->note.isEmpty()) {
        QMessageBox::information(m_parent, tr("Print"), prepared->note);
    }
    return *prepared;
}

void IssuePrintActions::exportPdf(const Database &db, const Issue &issue) {
    if (const std::optional<PrintableIssue> prepared = layoutFor(db, issue)) {
        exportPdf(prepared->layout, prepared->proof);
    }
}

void IssuePrintActions::print(const Database &db, const Issue &issue) {
    if (const std::optional<PrintableIssue> prepared = layoutFor(db, issue)) {
        print(prepared->layout);
    }
}

void IssuePrintActions::printPreview(const Database &db, const Issue &issue) {
    if (const std::optional<PrintableIssue> prepared = layoutFor(db, issue)) {
        printPreview(prepared->layout);
    }
}

void IssuePrintActions::showError(const QString &title, const QString &message) {
    QMessageBox::critical(m_parent, title, message);
}

} // namespace kuaibao
