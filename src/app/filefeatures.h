#pragma once

#include <QObject>

#include <functional>

class QAction;
class QFileDialog;
class QMainWindow;

namespace kuaibao {

class BackupActions;
class Database;
class EditingSession;
class IssuePrintActions;
class WordExport;
struct Issue;
struct TextImportSummary;

// The File menu's ways in and out of the archive: Import text files…, Export PDF…, Export as
// Word…, Print…,
// Print Preview…, Back up…; the daily backup at start; and the busy notice in the status bar.
// The window puts the actions in its File menu.
class FileFeatures : public QObject {
    Q_OBJECT

public:
    FileFeatures(QMainWindow &window, Database &database, EditingSession &session);
    ~FileFeatures() override;

    QAction *importAction() const { return m_import; }
    QAction *exportPdfAction() const { return m_exportPdf; }
    QAction *exportWordAction() const { return m_exportWord; }
    QAction *printAction() const { return m_print; }
    QAction *printPreviewAction() const { return m_printPreview; }
    QAction *backUpAction() const;
    QAction *restoreAction() const;

    // Asks for text files (the dialog is open when this returns) and imports those chosen.
    QFileDialog *chooseFilesToImport();
    // Imports `paths`, refreshes the archive, opens the last issue that came in and shows
    // the summary; returns it.
    TextImportSummary importFiles(const QStringList &paths);

    // Asked before the issue goes out (print, PDF, Word) with what is about to happen; false
    // stops it. Without one, everything goes out.
    void setOutputGate(std::function<bool(const QString &what)> gate) {
        m_outputGate = std::move(gate);
    }

signals:
    // Issues came in: the archive list should be read again, opening `openId` (or keeping the
    // open issue, or the newest).
    void archiveChanged(qint64 openId);

private:
    // The open issue, saved, for printing; false after telling the user why not.
    bool saveOpenIssue();
    // saveOpenIssue(), then the output gate.
    bool readyForOutput(const QString &what);
    // Saves the open issue and, for `what` (empty for a preview, which only shows the pages),
    // passes the output gate, then hands the issue to the print action.
    void output(void (IssuePrintActions::*action)(const Database &, const Issue &),
                const QString &what);
    void showSummary(const TextImportSummary &summary);

    QMainWindow &m_window;
    Database &m_database;
    EditingSession &m_session;
    IssuePrintActions *m_printActions;
    BackupActions *m_backupActions;
    QAction *m_import;
    QAction *m_exportPdf;
    WordExport *m_wordExport;
    QAction *m_exportWord;
    QAction *m_print;
    QAction *m_printPreview;
    std::function<bool(const QString &)> m_outputGate;
};

} // namespace kuaibao
