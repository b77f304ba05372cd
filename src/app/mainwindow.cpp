#include "mainwindow.h"

#include "apptheme.h"
#include "archivefeatures.h"
#include "autosaver.h"
#include "core/document/issuedocument.h"
#include "editingsession.h"
#include "editor/formlock.h"
#include "editor/issueeditor.h"
#include "editor/richtextedit.h"
#include "editor/undokeyrouter.h"
#include "filefeatures.h"
#include "findreplacebar.h"
#include "help/helpfeatures.h"
#include "issueactions.h"
#include "issuelistpanel.h"
#include "office/issuelease.h"
#include "office/officefeatures.h"
#include "preflightfeatures.h"
#include "preview/pagespanel.h"
#include "preview/previewupdater.h"
#include "recoveryfile.h"
#include "recoveryoffer.h"
#include "signofffeatures.h"
#include "storage/database.h"
#include "submission/submissionfeatures.h"
#include "windowsettings.h"

#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace kuaibao {

namespace {
// A theme icon (the desktop's own), with Qt's standard icon where the theme has none.
QIcon themedIcon(const QWidget &widget, const char *name, QStyle::StandardPixmap fallback) {
    return QIcon::fromTheme(QString::fromLatin1(name), widget.style()->standardIcon(fallback));
}

// The toolbar WPS and Word users look for, made of the menus' own actions.
void buildToolBar(QMainWindow &window) {
    QToolBar *bar = window.addToolBar(MainWindow::tr("Toolbar"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    const struct {
        const char *action;
        const char *icon;
        QStyle::StandardPixmap fallback;
    } buttons[] = {
        {"newIssueAction", "document-new", QStyle::SP_FileIcon},
        {"saveAction", "document-save", QStyle::SP_DialogSaveButton},
        {nullptr, nullptr, QStyle::SP_CustomBase},
        {"undoAction", "edit-undo", QStyle::SP_ArrowBack},
        {"redoAction", "edit-redo", QStyle::SP_ArrowForward},
        {"boldAction", "format-text-bold", QStyle::SP_TitleBarShadeButton},
        {"findAction", "edit-find", QStyle::SP_FileDialogContentsView},
        {nullptr, nullptr, QStyle::SP_CustomBase},
        {"printPreviewAction", "document-print-preview", QStyle::SP_FileDialogDetailedView},
        {"exportPdfAction", "application-pdf", QStyle::SP_DriveFDIcon},
        {"signoffAction", "mail-signed", QStyle::SP_DialogApplyButton},
    };
    for (const auto &b : buttons) {
        if (!b.action) {
            bar->addSeparator();
            continue;
        }
        QAction *action = window.findChild<QAction *>(QString::fromLatin1(b.action));
        if (!action) {
            continue; // a feature that is not built in
        }
        if (action->icon().isNull()) {
            action->setIcon(themedIcon(window, b.icon, b.fallback));
        }
        bar->addAction(action);
    }
}
} // namespace

MainWindow::MainWindow(Database &database, const QString &settingsPath, QWidget *parent)
    : QMainWindow(parent), m_database(database), m_repository(database),
      m_settings(std::make_unique<WindowSettings>(settingsPath)) {
    setObjectName(QStringLiteral("mainWindow"));
    applyAppTheme(this);
    qApp->installEventFilter(new UndoKeyRouter(this));
    m_session = new EditingSession(m_repository, database.path(), this);
    m_actions = new IssueActions(m_repository, *m_session, this);
    m_preview = new PreviewUpdater(makePageRenderer([&database](const Issue &issue) {
                                       return templateForIssue(database, issue);
                                   }),
                                   this);
    m_preview->setPixelsPerMm(1.7);
    buildPanels();
    buildMenus();
    buildStatusBar();
    m_fileFeatures = new FileFeatures(*this, database);
    m_signoffFeatures = new SignoffFeatures(*this, database);
    m_archiveFeatures = new ArchiveFeatures(*this, database);
    m_preflightFeatures = new PreflightFeatures(*this, database);
    m_fileFeatures->setOutputGate(
        [this](const QString &what) { return m_preflightFeatures->clearedForOutput(what); });
    m_submissionFeatures = new SubmissionFeatures(*this, database);
    m_officeFeatures = new OfficeFeatures(*this, database);
    auto *help = new HelpFeatures(*this, database.path());
    connect(help, &HelpFeatures::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });

    buildToolBar(*this);
    connect(m_session, &EditingSession::documentChanged, this, &MainWindow::showDocument);
    connect(m_session, &EditingSession::notice, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_actions, &IssueActions::archiveChanged, this, &MainWindow::reloadArchive);
    connect(m_actions, &IssueActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connect(m_list, &IssueListPanel::issueChosen, this, &MainWindow::openIssue);
    connect(m_preview, &PreviewUpdater::pagesReady, m_pages, &PagesPanel::showPages);

    resize(1360, 860);
    restoreGeometry(m_settings->geometry());
    if (!m_settings->splitterState().isEmpty()) {
        m_splitter->restoreState(m_settings->splitterState());
    }
    reloadArchive(m_settings->lastIssueId());
    updateTitle();
    // Once the window is up: a warning about changed signed issues belongs in front of it,
    // and so does the offer of work kept in recovery files.
    QTimer::singleShot(0, m_signoffFeatures, &SignoffFeatures::checkSignedIssues);
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

IssueDocument *MainWindow::currentDocument() const {
    return m_session->document();
}

void MainWindow::buildPanels() {
    m_list = new IssueListPanel;
    m_editor = new IssueEditor;
    m_findBar = new FindReplaceBar(*m_editor);
    m_findBar->hide();
    connect(m_findBar, &FindReplaceBar::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    m_pages = new PagesPanel;

    auto *editing = new QWidget;
    auto *editingLayout = new QVBoxLayout(editing);
    editingLayout->setContentsMargins(0, 0, 0, 0);
    editingLayout->setSpacing(0);
    m_banner = new QLabel;
    m_banner->setObjectName(QStringLiteral("issueBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff4e0; color: #6d3d00; border-bottom: 1px solid #e0a000; "
        "padding: 6px 10px; }"));
    m_banner->hide();
    editingLayout->addWidget(m_banner);
    editingLayout->addWidget(m_editor);
    editingLayout->addWidget(m_findBar);

    auto *greeting = new QWidget;
    greeting->setObjectName(QStringLiteral("greeting"));
    auto *greetingLayout = new QVBoxLayout(greeting);
    auto *title = new QLabel(tr("No issue is open.\nStart the next issue from the template, "
                                "bring in earlier issues from text files, or pick one on the "
                                "left."));
    title->setAlignment(Qt::AlignCenter);
    auto *newButton = new QPushButton(tr("New issue from the template"));
    newButton->setObjectName(QStringLiteral("greetingNewButton"));
    connect(newButton, &QPushButton::clicked, m_actions, &IssueActions::createNext);
    m_greetingButtons = new QWidget;
    auto *buttons = new QHBoxLayout(m_greetingButtons);
    buttons->addWidget(newButton);
    greetingLayout->addStretch();
    greetingLayout->addWidget(title);
    greetingLayout->addWidget(m_greetingButtons, 0, Qt::AlignCenter);
    greetingLayout->addStretch();

    m_centre = new QStackedWidget;
    m_centre->addWidget(greeting);
    m_centre->addWidget(editing);

    m_splitter = new QSplitter;
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_centre);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setSizes({240, 660, 420});
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);
}

void MainWindow::buildMenus() {
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *newIssue =
        m_fileMenu->addAction(tr("&New issue"), m_actions, &IssueActions::createNext);
    newIssue->setShortcut(QKeySequence::New);
    newIssue->setObjectName(QStringLiteral("newIssueAction"));
    QAction *duplicate =
        m_fileMenu->addAction(tr("&Duplicate issue"), m_actions, &IssueActions::duplicateCurrent);
    QAction *remove =
        m_fileMenu->addAction(tr("De&lete issue…"), m_actions, &IssueActions::deleteCurrent);
    m_makeDraft = m_fileMenu->addAction(tr("&Make a draft of this past issue"), m_actions,
                                        &IssueActions::makeCurrentDraft);
    m_makeDraft->setObjectName(QStringLiteral("makeDraftAction"));
    m_makeDraft->setEnabled(false);
    m_fileMenu->addSeparator();
    QAction *save = m_fileMenu->addAction(tr("&Save"), this, [this] {
        const Status saved = m_session->save();
        if (saved) {
            statusBar()->showMessage(tr("Saved."), 3000);
        }
    });
    save->setShortcut(QKeySequence::Save);
    save->setObjectName(QStringLiteral("saveAction"));
    m_quitSeparator = m_fileMenu->addSeparator();
    QAction *quit = m_fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    auto *undo = new QAction(tr("&Undo"), this);
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setEnabled(false);
    auto *redo = new QAction(tr("&Redo"), this);
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcuts({QKeySequence(tr("Ctrl+Y")), QKeySequence(tr("Ctrl+Shift+Z"))});
    redo->setEnabled(false);
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
    m_editMenu->addAction(undo);
    m_editMenu->addAction(redo);
    m_editMenu->addSeparator();
    QAction *bold = m_editMenu->addAction(tr("&Bold"), this, &MainWindow::toggleBoldInFocus);
    bold->setShortcut(QKeySequence::Bold);
    bold->setObjectName(QStringLiteral("boldAction"));
    m_editMenu->addSeparator();
    QAction *find = m_editMenu->addAction(tr("&Find…"), m_findBar, &FindReplaceBar::showFind);
    find->setShortcut(QKeySequence::Find);
    find->setObjectName(QStringLiteral("findAction"));
    QAction *replace =
        m_editMenu->addAction(tr("&Replace…"), m_findBar, &FindReplaceBar::showReplace);
    replace->setShortcut(QKeySequence(tr("Ctrl+H")));
    m_issueActions = {duplicate, remove, save, bold, find, replace};
    m_editActions = {remove, save, bold, replace};
}

void MainWindow::setIssueBanner(const QString &text) {
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
}

void MainWindow::addIssueBar(QWidget *bar) {
    auto *layout = static_cast<QVBoxLayout *>(m_banner->parentWidget()->layout());
    layout->insertWidget(layout->indexOf(m_banner) + 1, bar);
}

void MainWindow::addGreetingAction(QAction *action) {
    auto *button = new QPushButton(action->text().remove(QLatin1Char('&')));
    button->setObjectName(action->objectName() + QStringLiteral("Button"));
    connect(button, &QPushButton::clicked, action, &QAction::trigger);
    m_greetingButtons->layout()->addWidget(button);
}

void MainWindow::addFileActions(const QList<QAction *> &actions, bool needOpenIssue) {
    m_fileMenu->insertActions(m_quitSeparator, actions);
    m_fileMenu->insertSeparator(m_quitSeparator);
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
                m_list->setIssues(*issues);
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
    connect(m_pages, &PagesPanel::pageCountChanged, this, [this](int pages, bool footerAlone) {
        m_pageCount->setText(
            pages == 0 ? QString()
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
    m_list->setIssues(*issues);
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
    m_list->setIssues(*issues);
    if (currentDocument()) {
        m_list->setCurrentIssue(currentDocument()->issue().storageId);
    }
    emit archiveReloaded();
    return true;
}

bool MainWindow::openIssue(qint64 storageId) {
    const Status opened = m_session->open(storageId);
    if (!opened) {
        QMessageBox::warning(this, tr("Cannot open the issue"), opened.error().message);
        if (currentDocument()) {
            m_list->setCurrentIssue(currentDocument()->issue().storageId);
        }
        return false;
    }
    m_list->setCurrentIssue(storageId);
    m_settings->setLastIssueId(storageId);
    return true;
}

void MainWindow::showDocument(IssueDocument *document) {
    m_saveState->setProperty("failed", false);
    m_saveState->setStyleSheet(QString());
    m_saveState->setToolTip(QString());
    m_editor->setDocument(document, m_session->bulletinTemplate());
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
    if (readOnly || m_editor->property("formReadOnly").toBool()) {
        setFormReadOnly(m_editor, readOnly);
    }
    const bool past = document && document->issue().status == IssueStatus::Past;
    if (readOnly) {
        m_saveState->setText(past ? tr("Past issue, imported: read-only")
                             : m_session->editedElsewhere()
                                 ? tr("Read-only: someone else is editing this issue")
                                 : tr("Signed and published: read-only"));
    }
    m_makeDraft->setEnabled(past);
    m_centre->setCurrentIndex(document ? 1 : 0);
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
    m_settings->setSplitterState(m_splitter->saveState());
    m_settings->sync();
    m_officeFeatures->lease()->release(); // others may edit the issue at once
    event->accept();
}

} // namespace kuaibao
