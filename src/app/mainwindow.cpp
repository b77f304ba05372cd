#include "mainwindow.h"

#include "apptheme.h"
#include "autosaver.h"
#include "core/document/issuedocument.h"
#include "editingsession.h"
#include "editor/formlock.h"
#include "editor/issueeditor.h"
#include "editor/richtextedit.h"
#include "editor/undokeyrouter.h"
#include "findreplacebar.h"
#include "help/helpfeatures.h"
#include "issueactions.h"
#include "issuelistpanel.h"
#include "maintoolbar.h"
#include "office/issuelease.h"
#include "office/officefeatures.h"
#include "preview/pagespanel.h"
#include "preview/previewupdater.h"
#include "recoveryfile.h"
#include "recoveryoffer.h"
#include "signofffeatures.h"
#include "storage/database.h"
#include "ui_mainwindow.h"
#include "windowsettings.h"

#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>

namespace kuaibao {

MainWindow::MainWindow(Database &database, const QString &settingsPath, QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_database(database),
      m_repository(database), m_settings(std::make_unique<WindowSettings>(settingsPath)) {
    applyAppTheme(this);
    qApp->installEventFilter(new UndoKeyRouter(this));
    m_session = new EditingSession(m_repository, database.path(), this);
    m_actions = new IssueActions(m_repository, *m_session, this);
    m_preview = new PreviewUpdater(makePageRenderer([&database](const Issue &issue) {
                                       return templateForIssue(database, issue);
                                   }),
                                   this);
    m_preview->setPixelsPerMm(1.7);
    buildFrame();
    connectMenus();
    buildStatusBar();
    m_features = WindowFeatures::build(*this, database, *m_saveState);
    auto *help = new HelpFeatures(*this, database.path());
    connect(help, &HelpFeatures::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });

    finishToolBar(*this, *m_ui->mainToolBar);
    connect(m_session, &EditingSession::documentChanged, this, &MainWindow::showDocument);
    connect(m_session, &EditingSession::notice, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_actions, &IssueActions::archiveChanged, this, &MainWindow::reloadArchive);
    connect(m_actions, &IssueActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connect(m_ui->issueListPanel, &IssueListPanel::issueChosen, this, &MainWindow::openIssue);
    connect(m_preview, &PreviewUpdater::pagesReady, m_ui->pagesPanel, &PagesPanel::showPages);

    restoreGeometry(m_settings->geometry());
    if (!m_settings->splitterState().isEmpty()) {
        m_ui->mainSplitter->restoreState(m_settings->splitterState());
    }
    reloadArchive(m_settings->lastIssueId());
    updateTitle();
    // Once the window is up: a warning about changed signed issues belongs in front of it,
    // and so does the offer of work kept in recovery files.
    QTimer::singleShot(0, m_features.signoff, &SignoffFeatures::checkSignedIssues);
    m_recovery = new RecoveryOffer(m_repository, this);
    connect(m_recovery, &RecoveryOffer::restored, this, [this](qint64 storageId) {
        if (currentDocument() && currentDocument()->issue().storageId == storageId) {
            (void)m_session->close(); // shown as it was: open it again as now stored
        }
        reloadArchive(storageId);
    });
    connect(m_recovery, &RecoveryOffer::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    QTimer::singleShot(0, m_recovery, &RecoveryOffer::offer);
}

MainWindow::~MainWindow() {
    m_preview->setDocument(nullptr);
}

QLabel *MainWindow::issueBanner() const {
    return m_ui->issueBanner;
}

QMenu *MainWindow::fileMenu() const {
    return m_ui->fileMenu;
}

QMenu *MainWindow::editMenu() const {
    return m_ui->editMenu;
}

IssueListPanel *MainWindow::issueList() const {
    return m_ui->issueListPanel;
}

IssueEditor *MainWindow::editor() const {
    return m_ui->issueEditor;
}

PagesPanel *MainWindow::pages() const {
    return m_ui->pagesPanel;
}

IssueDocument *MainWindow::currentDocument() const {
    return m_session->document();
}

void MainWindow::buildFrame() {
    m_ui->setupUi(this);
    m_findBar = new FindReplaceBar(*m_ui->issueEditor);
    m_findBar->hide();
    m_ui->editingLayout->addWidget(m_findBar);
    // In Tab order the bar follows the editor, before the pages (its last stop is Close).
    setTabOrder(m_findBar->findChild<QWidget *>(QStringLiteral("closeButton")), m_ui->pagesPanel);
    connect(m_findBar, &FindReplaceBar::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connect(m_ui->greetingNewButton, &QPushButton::clicked, m_actions, &IssueActions::createNext);
    m_ui->mainSplitter->setSizes({240, 660, 420});
    m_quitSeparator = m_ui->fileMenu->insertSeparator(m_ui->quitAction);
}

void MainWindow::connectMenus() {
    const Ui::MainWindow &ui = *m_ui;
    // The desktop's standard keys (the form holds only keys of its own).
    ui.newIssueAction->setShortcut(QKeySequence::New);
    ui.saveAction->setShortcut(QKeySequence::Save);
    ui.quitAction->setShortcut(QKeySequence::Quit);
    ui.undoAction->setShortcut(QKeySequence::Undo);
    ui.redoAction->setShortcuts({QKeySequence(tr("Ctrl+Y")), QKeySequence(tr("Ctrl+Shift+Z"))});
    ui.boldAction->setShortcut(QKeySequence::Bold);
    ui.findAction->setShortcut(QKeySequence::Find);
    connect(ui.newIssueAction, &QAction::triggered, m_actions, &IssueActions::createNext);
    connect(ui.duplicateIssueAction, &QAction::triggered, m_actions,
            &IssueActions::duplicateCurrent);
    connect(ui.deleteIssueAction, &QAction::triggered, m_actions, &IssueActions::deleteCurrent);
    connect(ui.makeDraftAction, &QAction::triggered, m_actions, &IssueActions::makeCurrentDraft);
    connect(ui.saveAction, &QAction::triggered, this, [this] {
        const Status saved = m_session->save();
        if (saved) {
            statusBar()->showMessage(tr("Saved."), 3000);
        }
    });
    connect(ui.quitAction, &QAction::triggered, this, &QWidget::close);

    QAction *undo = ui.undoAction, *redo = ui.redoAction;
    connect(undo, &QAction::triggered, &m_undoGroup, &QUndoGroup::undo);
    connect(redo, &QAction::triggered, &m_undoGroup, &QUndoGroup::redo);
    connect(&m_undoGroup, &QUndoGroup::canUndoChanged, undo, &QAction::setEnabled);
    connect(&m_undoGroup, &QUndoGroup::canRedoChanged, redo, &QAction::setEnabled);
    connect(&m_undoGroup, &QUndoGroup::undoTextChanged, undo, [undo](const QString &text) {
        undo->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text));
    });
    connect(&m_undoGroup, &QUndoGroup::redoTextChanged, redo, [redo](const QString &text) {
        redo->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(text));
    });
    connect(ui.boldAction, &QAction::triggered, this, &MainWindow::toggleBoldInFocus);
    connect(ui.findAction, &QAction::triggered, m_findBar, &FindReplaceBar::showFind);
    connect(ui.replaceAction, &QAction::triggered, m_findBar, &FindReplaceBar::showReplace);
    m_issueActions = {ui.duplicateIssueAction, ui.deleteIssueAction, ui.saveAction,
                      ui.boldAction,           ui.findAction,        ui.replaceAction};
    m_editActions = {ui.deleteIssueAction, ui.saveAction, ui.boldAction, ui.replaceAction};
}

void MainWindow::setIssueBanner(const QString &text) {
    m_ui->issueBanner->setText(text);
    m_ui->issueBanner->setVisible(!text.isEmpty());
}

void MainWindow::addIssueBar(QWidget *bar) {
    m_ui->editingLayout->insertWidget(m_ui->editingLayout->indexOf(m_ui->issueBanner) + 1, bar);
}

void MainWindow::addGreetingAction(QAction *action) {
    auto *button = new QPushButton(action->text().remove(QLatin1Char('&')));
    button->setObjectName(action->objectName() + QStringLiteral("Button"));
    connect(button, &QPushButton::clicked, action, &QAction::trigger);
    m_ui->greetingButtonsLayout->addWidget(button);
}

void MainWindow::addFileActions(const QList<QAction *> &actions, bool needOpenIssue) {
    m_ui->fileMenu->insertActions(m_quitSeparator, actions);
    m_ui->fileMenu->insertSeparator(m_quitSeparator);
    if (needOpenIssue) {
        m_issueActions << actions;
        for (QAction *action : actions) {
            action->setEnabled(currentDocument() != nullptr);
        }
    }
}

void MainWindow::buildStatusBar() {
    m_saveState = new QLabel;
    m_saveState->setObjectName(QStringLiteral("saveState"));
    m_pageCount = new QLabel;
    m_pageCount->setObjectName(QStringLiteral("pageCount"));
    statusBar()->addPermanentWidget(m_saveState);
    statusBar()->addPermanentWidget(m_pageCount);
    Autosaver &autosaver = m_session->autosaver();
    connect(&autosaver, &Autosaver::saved, this, [this](const QDateTime &when) {
        if (m_saveState->property("failed").toBool()) {
            statusBar()->clearMessage(); // the failure it reported is over: one truthful status
            m_saveState->setToolTip(QString());
        }
        m_saveState->setProperty("failed", false);
        m_saveState->setStyleSheet(QString());
        m_saveState->setText(tr("Saved %1").arg(when.toString(QStringLiteral("HH:mm:ss"))));
        if (m_listStale) { // number or date changed: the archive list shows the stored values
            m_listStale = false;
            if (Result<QList<IssueSummary>> issues = m_repository.list()) {
                m_ui->issueListPanel->setIssues(*issues);
            }
        }
    });
    connect(&autosaver, &Autosaver::saveFailed, this, [this](const Error &error) {
        m_saveState->setProperty("failed", true);
        m_saveState->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold;"));
        m_saveState->setText(tr("Not saved: your changes are kept in this window"));
        m_saveState->setToolTip(error.message);
        statusBar()->showMessage(tr("Could not save: %1").arg(error.message), 10000);
    });
    connect(
        m_ui->pagesPanel, &PagesPanel::pageCountChanged, this, [this](int pages, bool footerAlone) {
            m_pageCount->setText(
                pages == 0
                    ? QString()
                    : tr("%n page(s) in all", nullptr, pages) +
                          (footerAlone ? tr(" (footer alone on the last page)") : QString()));
            m_pageCount->setStyleSheet(footerAlone ? QStringLiteral("color: #b71c1c;") : QString());
        });
}

void MainWindow::reloadArchive(qint64 openId) {
    Result<QList<IssueSummary>> issues = m_repository.list();
    if (!issues) {
        QMessageBox::warning(this, tr("Cannot read the archive"), issues.error().message);
        return;
    }
    m_ui->issueListPanel->setIssues(*issues);
    emit archiveReloaded();
    qint64 target = 0;
    for (const IssueSummary &s : std::as_const(*issues)) {
        target = s.storageId == openId ? openId : target;
    }
    if (target == 0 && currentDocument()) {
        target = currentDocument()->issue().storageId;
    }
    if (target == 0 && !issues->isEmpty()) {
        target = issues->first().storageId; // the newest
    }
    if (target == 0) {
        (void)m_session->close();
        return;
    }
    openIssue(target);
}

bool MainWindow::refreshArchiveList() {
    Result<QList<IssueSummary>> issues = m_repository.list();
    if (!issues) {
        return false;
    }
    m_ui->issueListPanel->setIssues(*issues);
    if (currentDocument()) {
        m_ui->issueListPanel->setCurrentIssue(currentDocument()->issue().storageId);
    }
    emit archiveReloaded();
    return true;
}

bool MainWindow::openIssue(qint64 storageId) {
    const Status opened = m_session->open(storageId);
    if (!opened) {
        QMessageBox::warning(this, tr("Cannot open the issue"), opened.error().message);
        if (currentDocument()) {
            m_ui->issueListPanel->setCurrentIssue(currentDocument()->issue().storageId);
        }
        return false;
    }
    m_ui->issueListPanel->setCurrentIssue(storageId);
    m_settings->setLastIssueId(storageId);
    return true;
}

void MainWindow::showDocument(IssueDocument *document) {
    m_saveState->setProperty("failed", false);
    m_saveState->setStyleSheet(QString());
    m_saveState->setToolTip(QString());
    m_ui->issueEditor->setDocument(document, m_session->bulletinTemplate());
    m_preview->setDocument(document);
    if (document) {
        m_undoGroup.addStack(document->undoStack());
        m_undoGroup.setActiveStack(document->undoStack());
        connect(document, &IssueDocument::modifiedChanged, this, &MainWindow::updateTitle);
        connect(document, &IssueDocument::mastheadChanged, this, [this] {
            m_listStale = true;
            updateTitle();
        });
        m_saveState->setText(tr("All changes saved"));
    } else {
        m_undoGroup.setActiveStack(nullptr);
        m_saveState->clear();
    }
    const bool readOnly = document && m_session->isReadOnly();
    if (readOnly || m_ui->issueEditor->property("formReadOnly").toBool()) {
        setFormReadOnly(m_ui->issueEditor, readOnly);
    }
    const bool past = document && document->issue().status == IssueStatus::Past;
    if (readOnly) {
        m_saveState->setText(past ? tr("Past issue, imported: read-only")
                             : m_session->editedElsewhere()
                                 ? tr("Read-only: someone else is editing this issue")
                                 : tr("Signed and published: read-only"));
    }
    m_ui->makeDraftAction->setEnabled(past);
    m_ui->centreStack->setCurrentIndex(document ? 1 : 0);
    for (QAction *action : std::as_const(m_issueActions)) {
        action->setEnabled(document != nullptr);
    }
    for (QAction *action : std::as_const(m_editActions)) {
        action->setEnabled(document != nullptr && !readOnly);
    }
    updateTitle();
}

void MainWindow::updateTitle() {
    const IssueDocument *document = currentDocument();
    if (!document) {
        setWindowTitle(tr("Kuaibao editor"));
        setWindowModified(false);
        return;
    }
    const Masthead &m = document->issue().masthead;
    const bool past = document->issue().status == IssueStatus::Past;
    const QString title = !m_session->isReadOnly() ? tr("No. %1 %2[*] — Kuaibao editor")
                          : past ? tr("No. %1 %2 (past issue, read-only) — Kuaibao editor")
                          : m_session->editedElsewhere()
                              ? tr("No. %1 %2 (edited elsewhere, read-only) — Kuaibao editor")
                              : tr("No. %1 %2 (signed, read-only) — Kuaibao editor");
    setWindowTitle(title.arg(m.number).arg(m.name()));
    setWindowModified(document->isModified());
}

void MainWindow::toggleBoldInFocus() {
    if (auto *edit = qobject_cast<RichTextEdit *>(QApplication::focusWidget())) {
        edit->toggleBold();
    }
}

bool MainWindow::saveBeforeLeaving() {
    const Status saved = m_session->save();
    if (saved) {
        return true;
    }
    // The archive refuses the save: keep the work in a file rather than lose it or ask.
    const Result<QString> kept = writeRecoveryFile(currentDocument()->issue());
    QMessageBox::warning(
        this, tr("Could not save to the archive"),
        kept ? tr("%1\n\nYour changes were written to:\n%2").arg(saved.error().message, *kept)
             : tr("%1\n\nThey could not be kept in a file either: %2")
                   .arg(saved.error().message, kept.error().message));
    return kept.ok();
}

void MainWindow::closeEvent(QCloseEvent *event) {
    if (currentDocument() && !saveBeforeLeaving()) {
        event->ignore(); // nowhere to keep the changes: stay open rather than lose them
        return;
    }
    m_settings->setGeometry(saveGeometry());
    m_settings->setSplitterState(m_ui->mainSplitter->saveState());
    m_settings->sync();
    m_features.office->lease()->release(); // others may edit the issue at once
    event->accept();
}

} // namespace kuaibao
