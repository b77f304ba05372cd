#include "issueactions.h"

#include "core/document/issuedocument.h"
#include "editingsession.h"
#include "storage/issuecreation.h"
#include "storage/issuerepository.h"
#include "storage/pastissue.h"

#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

namespace kuaibao {

IssueActions::IssueActions(IssueRepository &repository, EditingSession &session, QWidget *window)
    : QObject(window), m_repository(repository), m_session(session), m_window(window) {}

void IssueActions::report(const QString &title, const Error &error) {
    QMessageBox::warning(m_window, title, error.message);
}

void IssueActions::createNext() {
    if (Status saved = m_session.save(); !saved) {
        report(tr("Cannot create the issue"), saved.error());
        return;
    }
    NewIssueRequest request;
    if (IssueDocument *open = m_session.document()) {
        // "Next issue" follows the series of the issue being looked at.
        request.series = open->issue().masthead.series;
    }
    Result<Issue> created = createNextIssue(m_repository, request);
    if (!created) {
        report(tr("Cannot create the issue"), created.error());
        return;
    }
    emit archiveChanged(created->storageId);
    emit message(tr("Issue %1 created from the latest issue.").arg(created->masthead.number));
}

void IssueActions::duplicateCurrent() {
    IssueDocument *open = m_session.document();
    if (!open) {
        return;
    }
    if (Status saved = m_session.save(); !saved) {
        report(tr("Cannot duplicate the issue"), saved.error());
        return;
    }
    Issue copy = open->issue();
    Result<std::optional<Issue>> latest = m_repository.latest(copy.masthead.series);
    if (!latest) {
        report(tr("Cannot duplicate the issue"), latest.error());
        return;
    }
    copy.masthead.number = (latest->has_value() ? (*latest)->masthead.number : 0) + 1;
    if (copy.masthead.cumulativeNumber && latest->has_value() &&
        (*latest)->masthead.cumulativeNumber) {
        copy.masthead.cumulativeNumber = *(*latest)->masthead.cumulativeNumber + 1;
    }
    copy.masthead.date = QDate::currentDate();
    copy.status = IssueStatus::Draft;
    copy.storageId = 0;
    copy.revision = 0;
    Result<Issue> stored = m_repository.save(copy);
    if (!stored) {
        report(tr("Cannot duplicate the issue"), stored.error());
        return;
    }
    emit archiveChanged(stored->storageId);
    emit message(tr("Copied as issue %1.").arg(stored->masthead.number));
}

void IssueActions::deleteCurrent() {
    IssueDocument *open = m_session.document();
    if (!open) {
        return;
    }
    const Issue issue = open->issue();
    if (issue.status != IssueStatus::Draft) {
        QMessageBox::information(
            m_window, tr("Cannot delete the issue"),
            tr("Issue %1 is %2: only a draft can be deleted. A signed issue stays in the archive.")
                .arg(issue.masthead.number)
                .arg(statusDisplayName(issue.status)));
        return;
    }
    QMessageBox ask(QMessageBox::Warning, tr("Delete issue"),
                    tr("Delete issue %1 (%2) from the archive? This cannot be undone.")
                        .arg(issue.masthead.number)
                        .arg(issue.masthead.date.toString(Qt::ISODate)),
                    QMessageBox::NoButton, m_window);
    QPushButton *remove = ask.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    QPushButton *keep = ask.addButton(tr("Keep it"), QMessageBox::RejectRole);
    ask.setDefaultButton(keep);
    ask.exec();
    if (ask.clickedButton() != remove) {
        return;
    }
    if (Status closed = m_session.close(); !closed) {
        report(tr("Cannot delete the issue"), closed.error());
        return;
    }
    if (Status removed = m_repository.remove(issue.masthead.number, issue.masthead.series);
        !removed) {
        report(tr("Cannot delete the issue"), removed.error());
        emit archiveChanged(issue.storageId);
        return;
    }
    emit archiveChanged(0);
    emit message(tr("Issue %1 deleted.").arg(issue.masthead.number));
}

void IssueActions::makeCurrentDraft() {
    IssueDocument *open = m_session.document();
    if (!open || open->issue().status != IssueStatus::Past) {
        return;
    }
    const Masthead masthead = open->issue().masthead;
    Result<Issue> draft = makePastIssueDraft(m_repository, masthead.number, masthead.series);
    if (!draft) {
        report(tr("Cannot make the issue a draft"), draft.error());
        return;
    }
    if (Status reopened = m_session.reload(); !reopened) {
        report(tr("Cannot make the issue a draft"), reopened.error());
    }
    emit archiveChanged(draft->storageId);
    emit message(
        tr("Issue %1 is now a draft: it can be edited and signed off.").arg(masthead.number));
}

} // namespace kuaibao
