#pragma once

#include <QObject>

#include <functional>

class QAction;
class QFileDialog;

namespace kuaibao {

class BackupActions;
class Database;
class IssuePrintActions;
class MainWindow;
class WordExport;
struct TextImportSummary;

// The File menu's ways in and out of the archive: Import text files…, Export PDF…, Export as
// Word…, Print…,
// Print Preview…, Back up…; the daily backup at start; and the busy notice in the status bar.
class FileFeatures : public QObject {
    Q_OBJECT

public:
    FileFeatures(MainWindow &window, Database &database);
    ~FileFeatures() override;

    QAction *importAction() const { return m_import; }
    QAction *exportPdfAction() const { return m_exportPdf; }
    QAction *exportWordAction() const { return m_exportWord; }
    QAction *printAction() const { return m_print; }
    QAction *printPreviewAction() const { return m_printPreview; }

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

private:
    // The open issue, saved, for printing; false after telling the user why not.
    bool saveOpenIssue();
    // saveOpenIssue(), then the output gate.
    bool readyForOutput(const QString &what);
    void showSummary(const TextImportSummary &summary);

    MainWindow &m_window;
    Database &m_database;
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
