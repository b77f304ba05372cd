#include "signofffeatures.h"

#include "core/document/issuedocument.h"
#include "editingsession.h"
#include "issuelistpanel.h"
#include "mainwindow.h"
#include "preview/printedpagesview.h"
#include "print/printableissue.h"
#include "signoff/issuepreview.h"
#include "signoff/signoffdialog.h"
#include "signoff/signoffscreen.h"
#include "signoff/tamperalert.h"
#include "storage/database.h"
#include "storage/signoff/openreturns.h"

#include <QAction>
#include <QDateTime>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QStatusBar>

namespace kuaibao {

QWidget *printedIssuePreview(Database &database, const Issue &issue, QWidget *parent) {
    Result<PrintableIssue> printable = PrintableIssue::prepare(database, issue);
    if (!printable) {
        return textIssuePreview(issue, parent);
    }
    auto *scroll = new QScrollArea(parent);
    scroll->setObjectName(QStringLiteral("printedIssuePreview"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(new PrintedPagesView(printable->layout));
    return scroll;
}

SignoffFeatures::SignoffFeatures(MainWindow &window, Database &database)
    : QObject(&window), m_window(window), m_database(database) {
    QMenu *menu = window.menuBar()->addMenu(tr("Si&gn-off"));
    menu->setObjectName(QStringLiteral("signoffMenu"));
    m_signoff = menu->addAction(tr("&Sign off / review…"), this, &SignoffFeatures::openSignoff);
    m_signoff->setObjectName(QStringLiteral("signoffAction"));
    menu->addAction(tr("&Check signed issues"), this, &SignoffFeatures::checkSignedIssues);
    connect(window.session(), &EditingSession::documentChanged, this,
            &SignoffFeatures::showOpenReturns);
    connect(&window, &MainWindow::archiveReloaded, this, &SignoffFeatures::showOpenReturns);
}

void SignoffFeatures::showOpenReturns() {
    Result<QHash<qint64, ReturnRemark>> open = OpenReturns(m_database).newestByIssue();
    if (!open) {
        m_window.statusBar()->showMessage(open.error().message, 10000);
        return;
    }
    QHash<qint64, QString> marks;
    for (auto it = open->cbegin(); it != open->cend(); ++it) {
        marks.insert(it.key(),
                     tr("Returned by %1 (%2): %3").arg(it->personName, it->role, it->remark));
    }
    m_window.issueList()->setReturnedIssues(marks);
    const IssueDocument *document = m_window.currentDocument();
    const auto remark = document ? open->constFind(document->issue().storageId) : open->cend();
    if (remark == open->cend() && document && document->issue().status == IssueStatus::Past) {
        m_window.setIssueBanner(
            tr("Past issue, imported from a file: it is kept, searched and counted, and nobody "
               "signs it. To edit it or send it through sign-off, choose File ▸ Make a draft "
               "of this past issue."));
        return;
    }
    m_window.setIssueBanner(
        remark == open->cend()
            ? QString()
            : tr("Returned by %1 (%2) on %3: %4")
                      .arg(remark->personName, remark->role,
                           remark->returnedAt.toLocalTime().toString(
                               QStringLiteral("yyyy-MM-dd HH:mm")),
                           remark->remark) +
                  QLatin1Char('\n') +
                  tr("Change the issue, then mark the remark dealt with on the sign-off screen."));
}

SignoffDialog *SignoffFeatures::openSignoff() {
    if (m_window.currentDocument()) {
        if (const Status saved = m_window.session()->save(); !saved) {
            m_window.statusBar()->showMessage(
                tr("The open issue could not be saved: %1").arg(saved.error().message), 10000);
        }
    }
    auto *dialog = new SignoffDialog(m_database, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    Database &database = m_database;
    dialog->screen()->setPreviewFactory([&database](const Issue &issue, QWidget *parent) {
        return printedIssuePreview(database, issue, parent);
    });
    connect(dialog, &SignoffDialog::issueChanged, this, &SignoffFeatures::issueChanged);
    dialog->open();
    return dialog;
}

void SignoffFeatures::issueChanged(qint64 storageId) {
    // The live updates (office/officefeatures.cpp) leave the screen that made this change be.
    m_window.setProperty("signoffChangedAt", QDateTime::currentMSecsSinceEpoch());
    // Taken before the reload, which replaces (and deletes) the open document.
    const IssueDocument *open = m_window.currentDocument();
    const qint64 openId = open ? open->issue().storageId : storageId;
    if (open && openId == storageId) {
        if (const Status reloaded = m_window.session()->reload(); !reloaded) {
            m_window.statusBar()->showMessage(reloaded.error().message, 10000);
        }
    }
    m_window.reloadArchive(openId);
}

void SignoffFeatures::checkSignedIssues() {
    warnAboutAdminKeyChange(m_database, &m_window);
    const QList<VerifyReport> tampered = warnAboutTamperedIssues(m_database, &m_window);
    QMap<QPair<int, int>, QString> marks;
    for (const VerifyReport &report : tampered) {
        marks.insert({int(report.series), report.number}, report.problems.join(QLatin1Char('\n')));
    }
    m_window.issueList()->setTamperedIssues(marks);
    if (tampered.isEmpty() && sender()) { // asked for from the menu: say it was checked
        m_window.statusBar()->showMessage(tr("Every signed issue matches what was signed."), 5000);
    }
}

} // namespace kuaibao
