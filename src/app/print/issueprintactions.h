#pragma once

#include "core/issue.h"
#include "core/signoff/signoffproof.h"
#include "printableissue.h"
#include "render/issuelayout.h"

#include <QObject>
#include <QString>

#include <optional>

class QPrinter;
class QWidget;

namespace kuaibao {

class Database;

// File ▸ Export PDF, File ▸ Print and File ▸ Print Preview for one laid-out issue: the same
// pages as the command line's PDF, with the preflight list shown before output and any
// character no font can draw confirmed by the user first.
class IssuePrintActions : public QObject {
    Q_OBJECT

public:
    explicit IssuePrintActions(QWidget *parent);

    // The same three for a stored issue: lays it out with the template version it was set with
    // (PrintableIssue), telling the user when that version is gone or the template is broken.
    void exportPdf(const Database &db, const Issue &issue);
    void print(const Database &db, const Issue &issue);
    void printPreview(const Database &db, const Issue &issue);

    // Asks for a file name (suggesting 工作快报第N期.pdf), then writes the PDF, carrying a
    // signed issue's proof when given.
    void exportPdf(const IssueLayout &layout, const std::optional<SignoffProof> &proof = {});
    // The print dialog, then the printer.
    void print(const IssueLayout &layout);
    // A preview window painting the pages; its print button prints them.
    void printPreview(const IssueLayout &layout);

    // Shows which font each role uses and the characters none can draw; true when nothing is
    // missing or the user chose to go on without them.
    bool confirmPreflight(const IssueLayout &layout);
    // Says which installed face stands in for each missing preferred one, until the user asks
    // not to be told again about the same fonts; false when cancelled.
    bool confirmStandIns(const PreflightReport &report);

private:
    // The issue's layout, or nothing after telling the user why not.
    std::optional<PrintableIssue> layoutFor(const Database &db, const Issue &issue);
    void showError(const QString &title, const QString &message);

    QWidget *m_parent;
};

} // namespace kuaibao
