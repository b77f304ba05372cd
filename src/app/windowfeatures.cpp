#include "windowfeatures.h"

#include "archivefeatures.h"
#include "filefeatures.h"
#include "issuelistpanel.h"
#include "mainwindow.h"
#include "office/leasebanner.h"
#include "office/officefeatures.h"
#include "preflightfeatures.h"
#include "signofffeatures.h"
#include "submission/submissionfeatures.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>

namespace kuaibao {

WindowFeatures WindowFeatures::build(MainWindow &window, Database &database, QLabel &saveState) {
    EditingSession &session = *window.session();
    IssueEditor &editor = *window.editor();
    IssueListPanel *list = window.issueList();
    WindowFeatures f;

    f.file = new FileFeatures(window, database, session);
    window.addFileActions({f.file->importAction()}, false);
    window.addGreetingAction(f.file->importAction());
    window.addFileActions({f.file->exportPdfAction(), f.file->exportWordAction(),
                           f.file->printPreviewAction(), f.file->printAction()},
                          true);
    window.addFileActions({f.file->backUpAction(), f.file->restoreAction()}, false);
    QObject::connect(f.file, &FileFeatures::archiveChanged, &window, &MainWindow::reloadArchive);

    f.signoff = new SignoffFeatures(window, database, session);
    QObject::connect(&window, &MainWindow::archiveReloaded, f.signoff,
                     &SignoffFeatures::showOpenReturns);
    QObject::connect(f.signoff, &SignoffFeatures::archiveChanged, &window,
                     &MainWindow::reloadArchive);
    QObject::connect(f.signoff, &SignoffFeatures::issueBannerChanged, &window,
                     &MainWindow::setIssueBanner);
    QObject::connect(f.signoff, &SignoffFeatures::returnedIssuesChanged, list,
                     &IssueListPanel::setReturnedIssues);
    QObject::connect(f.signoff, &SignoffFeatures::tamperedIssuesChanged, list,
                     &IssueListPanel::setTamperedIssues);

    f.archive = new ArchiveFeatures(window, database, session, editor, [&window](qint64 storageId) {
        return window.openIssue(storageId);
    });

    f.preflight = new PreflightFeatures(window, database, session, editor);
    window.editMenu()->addSeparator();
    window.editMenu()->addAction(f.preflight->dock()->toggleViewAction());
    f.file->setOutputGate([preflight = f.preflight](const QString &what) {
        return preflight->clearedForOutput(what);
    });

    f.submission = new SubmissionFeatures(window, database, session, editor);

    f.office = new OfficeFeatures(window, database, session, window.settings(), saveState);
    window.addIssueBar(f.office->leaseBanner());
    window.addFileActions({f.office->connectAction(), f.office->localAction()}, false);
    QObject::connect(f.office, &OfficeFeatures::archiveListStale, &window,
                     [&window] { (void)window.refreshArchiveList(); });
    QObject::connect(f.office, &OfficeFeatures::signoffQueuesStale, f.signoff,
                     &SignoffFeatures::reloadScreens);
    return f;
}

} // namespace kuaibao
