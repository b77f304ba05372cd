#include "signofffeatures.h"

#include "core/document/issuedocument.h"
#include "editingsession.h"
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
#include <QMainWindow>
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

SignoffFeatures::SignoffFeatures(QMainWindow &window, Database &database, EditingSession &session)
    : QObject(&window), m_window(window), m_database(database), m_session(session) {
    QMenu *menu = window.menuBar()->addMenu(tr("Si&gn-off"));
    menu->setObjectName(QStringLiteral("signoffMenu"));
    m_signoff = menu->addAction(tr("&Sign off / review…"), this, &SignoffFeatures::openSignoff);
    m_signoff->setObjectName(QStringLiteral("signoffAction"));
    menu->addAction(tr("&Check signed issues"), this, &SignoffFeatures::checkSignedIssues);
    connect(&session, &EditingSession::documentChanged, this, &SignoffFeatures::showOpenReturns);
}

void SignoffFeatures::showMessage(const QString &text, int timeout) {
    m_window.statusBar()->showMessage(text, timeout);
}

void SignoffFeatures::showOpenReturns() {
    Result<QHash<qint64, ReturnRemark>> open = OpenReturns(m_database).newestByIssue();
    if (!open) {
        showMessage(open.error().message, 10000);
        return;
    }
    QHash<qint64, QString> marks;
    for (auto it = open->cbegin(); it != open->cend(); ++it) {
        marks.insert(it.key(),
                     tr("Returned by %1 (%2): %3").arg(it->personName, it->role, it->remark));
    }
    emit returnedIssuesChanged(marks);
    const IssueDocument *document = m_session.document();
    const auto remark = document ? open->constFind(document->issue().storageId) : open->cend();
    if (remark == open->cend() && document && document->issue().status == IssueStatus::Past) {
        emit issueBannerChanged(
            tr("Past issue, imported from a file: it is kept, searched and counted, and nobody "
               "signs it. To edit it or send it through sign-off, choose File ▸ Make a draft "
               "of this past issue."));
        return;
    }
    emit issueBannerChanged(
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
    if (m_session.document()) {
        if (const Status saved = m_session.save(); !saved) {
            showMessage(tr("The open issue could not be saved: %1").arg(saved.error().message),
                        10000);
        }
    }
    auto *dialog = new SignoffDialog(m_database, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    Database &database = m_database;
    dialog->screen()->setPreviewFactory([&database](const Issue &issue, QWidget *parent) {
        return printedIssuePreview(database, issue, parent);
    });
    connect(dialog, &SignoffDialog::issueChanged, this, &SignoffFeatures::issueChanged);
    m_dialogs.removeIf([](const QPointer<SignoffDialog> &d) { return d.isNull(); });
    m_dialogs << dialog;
    dialog->open();
    return dialog;
}

void SignoffFeatures::issueChanged(qint64 storageId) {
    // The live updates (reloadScreens) leave the screen that made this change be.
    m_changedAt = QDateTime::currentMSecsSinceEpoch();
    // Taken before the reload, which replaces (and deletes) the open document.
    const IssueDocument *open = m_session.document();
    const qint64 openId = open ? open->issue().storageId : storageId;
    if (open && openId == storageId) {
        if (const Status reloaded = m_session.reload(); !reloaded) {
            showMessage(reloaded.error().message, 10000);
        }
    }
    emit archiveChanged(openId);
}

void SignoffFeatures::reloadScreens() {
    if (QDateTime::currentMSecsSinceEpoch() - m_changedAt < 2000) {
        return;
    }
    for (const QPointer<SignoffDialog> &dialog : std::as_const(m_dialogs)) {
        if (dialog && dialog->screen()->isVisible()) {
            dialog->screen()->reload();
        }
    }
}

void SignoffFeatures::checkSignedIssues() {
    warnAboutAdminKeyChange(m_database, &m_window);
    const QList<VerifyReport> tampered = warnAboutTamperedIssues(m_database, &m_window);
    QMap<QPair<int, int>, QString> marks;
    for (const VerifyReport &report : tampered) {
        marks.insert({int(report.series), report.number}, report.problems.join(QLatin1Char('\n')));
    }
    emit tamperedIssuesChanged(marks);
    if (tampered.isEmpty() && sender()) { // asked for from the menu: say it was checked
        showMessage(tr("Every signed issue matches what was signed."), 5000);
    }
}

} // namespace kuaibao
