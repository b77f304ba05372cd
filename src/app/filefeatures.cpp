#include "filefeatures.h"

#include "backup/backupactions.h"
#include "core/document/issuedocument.h"
#include "core/templatelibrary.h"
#include "editingsession.h"
#include "print/issueprintactions.h"
#include "storage/database.h"
#include "storage/issuerepository.h"
#include "textfileimport.h"
#include "wordexport.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>
#include <QStatusBar>
#include <QThread>

namespace kuaibao {

FileFeatures::FileFeatures(QMainWindow &window, Database &database, EditingSession &session)
    : QObject(&window), m_window(window), m_database(database), m_session(session),
      m_printActions(new IssuePrintActions(&window)),
      m_backupActions(new BackupActions(database, &window)), m_wordExport(new WordExport(&window)) {
    m_import = new QAction(tr("&Import text files…"), this);
    m_import->setObjectName(QStringLiteral("importTextAction"));
    connect(m_import, &QAction::triggered, this, &FileFeatures::chooseFilesToImport);

    m_exportPdf = new QAction(tr("&Export PDF…"), this);
    m_exportPdf->setObjectName(QStringLiteral("exportPdfAction"));
    m_print = new QAction(tr("&Print…"), this);
    m_print->setObjectName(QStringLiteral("printAction"));
    m_print->setShortcut(QKeySequence::Print);
    m_printPreview = new QAction(tr("Print Pre&view…"), this);
    m_printPreview->setObjectName(QStringLiteral("printPreviewAction"));
    // A preview only shows the pages; what goes out is checked first.
    connect(m_exportPdf, &QAction::triggered, this,
            [this] { output(&IssuePrintActions::exportPdf, tr("Export PDF")); });
    connect(m_print, &QAction::triggered, this,
            [this] { output(&IssuePrintActions::print, tr("Print")); });
    connect(m_printPreview, &QAction::triggered, this,
            [this] { output(&IssuePrintActions::printPreview, QString()); });
    m_exportWord = new QAction(tr("Export as &Word…"), this);
    m_exportWord->setObjectName(QStringLiteral("exportWordAction"));
    connect(m_exportWord, &QAction::triggered, this, [this] {
        if (readyForOutput(tr("Export as Word"))) {
            m_wordExport->exportIssue(m_database, m_session.document()->issue());
        }
    });

    connect(m_backupActions, &BackupActions::dailyBackupDone, this,
            [statusBar = QPointer<QStatusBar>(window.statusBar())](const QString &text) {
                if (statusBar && !text.isEmpty()) {
                    statusBar->showMessage(text, 8000);
                }
            });
    if (!database.isServer()) { // a server is backed up with pg_dump (docs/server.md)
        m_backupActions->startDailyBackup(BackupActions::backupFolder());
    }
    m_backupActions->backUpAction()->setEnabled(!database.isServer());
    m_backupActions->restoreAction()->setEnabled(!database.isServer());

    QPointer<QStatusBar> statusBar = window.statusBar();
    database.setBusyObserver([statusBar](int, int) {
        const auto show = [statusBar] {
            if (statusBar) {
                statusBar->showMessage(tr("The archive is busy, retrying…"), 3000);
                statusBar->repaint(); // the retry waits on this thread
            }
        };
        if (QThread::currentThread() == qApp->thread()) {
            show();
        } else {
            QMetaObject::invokeMethod(qApp, show, Qt::QueuedConnection);
        }
    });
}

FileFeatures::~FileFeatures() {
    m_database.setBusyObserver(nullptr);
}

QAction *FileFeatures::backUpAction() const {
    return m_backupActions->backUpAction();
}

QAction *FileFeatures::restoreAction() const {
    return m_backupActions->restoreAction();
}

bool FileFeatures::saveOpenIssue() {
    if (!m_session.document()) {
        return false;
    }
    const Status saved = m_session.save();
    if (!saved) {
        QMessageBox::warning(&m_window, tr("Save the issue first"),
                             tr("The issue could not be saved, so it is not printed as it "
                                "stands: %1")
                                 .arg(saved.error().message));
        return false;
    }
    return true;
}

void FileFeatures::output(void (IssuePrintActions::*action)(const Database &, const Issue &),
                          const QString &what) {
    if (what.isEmpty() ? saveOpenIssue() : readyForOutput(what)) {
        (m_printActions->*action)(m_database, m_session.document()->issue());
    }
}

bool FileFeatures::readyForOutput(const QString &what) {
    return saveOpenIssue() && (!m_outputGate || m_outputGate(what));
}

QFileDialog *FileFeatures::chooseFilesToImport() {
    auto *dialog = new QFileDialog(&m_window, tr("Import text files"));
    dialog->setObjectName(QStringLiteral("importFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setNameFilters({tr("Text files (*.txt)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::filesSelected, this, &FileFeatures::importFiles);
    dialog->open();
    return dialog;
}

TextImportSummary FileFeatures::importFiles(const QStringList &paths) {
    Result<BulletinTemplate> bulletinTemplate =
        TemplateLibrary::load(TemplateLibrary::defaultTemplateId());
    if (!bulletinTemplate) {
        TextImportSummary failed;
        failed.errors << bulletinTemplate.error().message;
        showSummary(failed);
        return failed;
    }
    IssueRepository repository(m_database);
    TextImportSummary summary = TextFileImport(repository, *bulletinTemplate).importFiles(paths);
    emit archiveChanged(summary.lastImportedId);
    showSummary(summary);
    return summary;
}

void FileFeatures::showSummary(const TextImportSummary &summary) {
    auto *box =
        new QMessageBox(summary.errors.isEmpty() ? QMessageBox::Information : QMessageBox::Warning,
                        tr("Import text files"), summary.text(), QMessageBox::Ok, &m_window);
    box->setObjectName(QStringLiteral("importSummary"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace kuaibao
