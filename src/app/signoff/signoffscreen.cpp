#include "signoffscreen.h"

#include "addpersondialog.h"
#include "adminkeybanner.h"
#include "contentdiffview.h"
#include "openremarkspanel.h"
#include "retirepersondialog.h"
#include "signoffactionpanel.h"
#include "signofflogview.h"

#include "app/preflight/findingslist.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace kuaibao {

SignoffScreen::SignoffScreen(Database &database, QWidget *parent)
    : QWidget(parent), m_db(database), m_desk(database) {
    m_person = new QComboBox;
    m_person->setObjectName(QStringLiteral("signoffPerson"));
    m_queue = new QListWidget;
    m_queue->setObjectName(QStringLiteral("signoffQueue"));
    m_changes = new ContentDiffView;
    m_findings = new FindingsList(false);
    m_findings->setObjectName(QStringLiteral("signoffFindings"));
    m_log = new SignoffLogView;
    m_remarks = new OpenRemarksPanel;
    m_actions = new SignoffActionPanel;
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("signoffMessage"));
    m_message->setWordWrap(true);

    auto *previewPage = new QWidget;
    m_previewLayout = new QVBoxLayout(previewPage);
    m_previewLayout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget;
    m_tabs->addTab(previewPage, tr("Issue"));
    m_tabs->addTab(m_changes, tr("Changes"));
    m_tabs->addTab(m_findings, tr("Preflight"));
    m_tabs->addTab(m_log, tr("Log"));

    m_adminKey = new AdminKeyBanner(m_db);
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    auto *who = new QFormLayout;
    m_addPerson = new QPushButton(tr("Add a person…"));
    m_addPerson->setObjectName(QStringLiteral("addPerson"));
    m_retirePerson = new QPushButton(tr("Retire a person…"));
    m_retirePerson->setObjectName(QStringLiteral("retirePerson"));
    who->addRow(tr("I am"), m_person);
    who->addRow(m_addPerson);
    who->addRow(m_retirePerson);
    leftLayout->addLayout(who);
    leftLayout->addWidget(new QLabel(tr("Waiting for me:")));
    leftLayout->addWidget(m_queue);

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->addWidget(m_tabs, 1);
    rightLayout->addWidget(m_remarks);
    rightLayout->addWidget(m_actions);
    rightLayout->addWidget(m_message);

    auto *splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_adminKey);
    layout->addWidget(splitter, 1);

    connect(m_person, &QComboBox::currentIndexChanged, this, [this] { reloadQueue(); });
    connect(m_person, &QComboBox::activated, this, [this] {
        m_desk.signIn(m_person->currentText());
        reloadQueue();
    });
    connect(m_queue, &QListWidget::currentRowChanged, this, [this] { showWaitingIssue(); });
    connect(m_actions, &SignoffActionPanel::approveRequested, this, &SignoffScreen::approve);
    connect(m_actions, &SignoffActionPanel::returnRequested, this, &SignoffScreen::returnIssue);
    connect(m_remarks, &OpenRemarksPanel::resolveRequested, this, &SignoffScreen::resolveRemark);
    connect(m_addPerson, &QPushButton::clicked, this, &SignoffScreen::addPerson);
    connect(m_retirePerson, &QPushButton::clicked, this, &SignoffScreen::retirePerson);
    connect(m_adminKey, &AdminKeyBanner::trustChanged, this, &SignoffScreen::applyKeyTrust);
    reload();
}

void SignoffScreen::setPreviewFactory(IssuePreviewFactory factory) {
    m_previewFactory = std::move(factory);
    if (m_desk.opened()) {
        showPreview(m_desk.opened()->issue); // only the view changes: nothing is seen again
    }
}

void SignoffScreen::showPreview(const Issue &issue) {
    delete m_preview;
    m_preview = m_previewFactory(issue, nullptr);
    m_previewLayout->addWidget(m_preview);
}

bool SignoffScreen::selectPerson(const QString &name) {
    const int index = m_person->findText(name);
    if (index < 0) {
        return false;
    }
    m_desk.signIn(name);
    if (m_person->currentIndex() == index) {
        reloadQueue(); // the same person, now signed in
    } else {
        m_person->setCurrentIndex(index);
    }
    return true;
}

void SignoffScreen::reload() {
    const QString previous = m_person->currentText();
    Result<DeskPeople> people = m_desk.people();
    {
        const QSignalBlocker quiet(m_person);
        m_person->clear();
        if (people) {
            m_person->addItems(people->signers);
        }
        m_person->setCurrentIndex(std::max(0, m_person->findText(previous)));
    }
    if (!people) {
        showMessage(people.error().message, true);
    } else if (!people->anyone) {
        showMessage(tr("Nobody is in the people list yet: add people first."), false);
        m_noPeopleMessage = true;
    } else if (m_noPeopleMessage) {
        showMessage(QString(), false);
    }
    m_adminKey->refresh();
    reloadQueue();
    applyKeyTrust();
}

void SignoffScreen::applyKeyTrust() {
    const bool trusted = m_adminKey->trusted();
    m_actions->setEnabled(trusted);
    m_remarks->setEnabled(trusted);
    m_addPerson->setEnabled(trusted);
    m_retirePerson->setEnabled(trusted);
    if (!trusted) {
        showMessage(m_adminKey->watch().warningText(), true);
    } else if (m_message->text() == m_adminKey->watch().warningText()) {
        showMessage(QString(), false);
    }
}

bool SignoffScreen::keyTrusted() {
    if (m_adminKey->trusted()) {
        return true;
    }
    showMessage(m_adminKey->watch().warningText(), true);
    return false;
}

void SignoffScreen::reloadQueue() {
    const QSignalBlocker quiet(m_queue);
    m_queue->clear();
    m_desk.setPerson(m_person->currentText());
    Result<QList<WaitingIssue>> waiting = m_desk.loadQueue();
    if (!waiting) {
        showMessage(waiting.error().message, true);
    } else {
        for (const WaitingIssue &w : *waiting) {
            QString text = tr("Issue %1 (%2), %3: waiting for %4")
                               .arg(w.summary.number)
                               .arg(w.summary.date.toString(Qt::ISODate),
                                    statusDisplayName(w.summary.status), w.nextRole);
            if (w.openRemarks > 0) {
                text += QLatin1Char(' ') + tr("(%n open remark(s))", nullptr, w.openRemarks);
            }
            m_queue->addItem(text);
        }
    }
    if (m_queue->count() > 0) {
        m_queue->setCurrentRow(0);
    }
    showWaitingIssue();
}

void SignoffScreen::showWaitingIssue() {
    delete m_preview;
    m_preview = nullptr;
    const Status opened = m_desk.open(m_queue->currentRow());
    const std::optional<WaitingIssue> waiting = m_desk.current();
    m_actions->setRole(waiting ? waiting->nextRole : QString());
    if (!waiting) {
        m_findings->setFindings({});
        m_tabs->setTabText(2, tr("Preflight"));
        m_changes->clear();
        m_log->clear();
        m_remarks->setRemarks({});
        return;
    }
    if (!opened) {
        showMessage(opened.error().message, true);
        return;
    }
    const DeskIssue &shown = *m_desk.opened();
    showPreview(shown.issue);
    m_findings->setFindings(shown.findings);
    m_tabs->setTabText(2, shown.findings.isEmpty()
                              ? tr("Preflight")
                              : tr("Preflight (%1)").arg(shown.findings.size()));
    m_changes->showChanges(shown.lastSeen, shown.content);
    m_tabs->setTabText(1, m_changes->differenceCount() > 0
                              ? tr("Changes (%1)").arg(m_changes->differenceCount())
                              : tr("Changes"));
    m_log->setEntries(shown.log);
    m_remarks->setRemarks(shown.openRemarks);
    for (const Error &problem : shown.reading) {
        showMessage(problem.message, true);
    }
    if (!shown.drift.isEmpty()) {
        showMessage(tr("Warning: this issue no longer matches what was signed:") +
                        QLatin1Char('\n') + shown.drift.join(QLatin1Char('\n')),
                    true);
    }
}

void SignoffScreen::finishStep(const Result<Issue> &result,
                               const std::function<QString(const Issue &)> &done) {
    QPointer<QWidget> focused = QApplication::focusWidget();
    m_actions->clearInput(result.ok());
    if (!result) {
        showMessage(result.error().message, true);
        return;
    }
    emit issueChanged(result->storageId);
    reloadQueue();
    showMessage(done(*result), false);
    // The focus stays where it was; when that field is gone or off, the queue takes it.
    if (focused && focused->isVisible() && focused->isEnabled() && isAncestorOf(focused)) {
        focused->setFocus(Qt::OtherFocusReason);
    } else {
        m_queue->setFocus(Qt::OtherFocusReason);
    }
}

bool SignoffScreen::passwordGiven(const QByteArray &password) {
    const Status given = SignoffDesk::passwordGiven(password);
    if (!given) {
        showMessage(given.error().message, true);
        m_actions->focusPassword();
    }
    return given.ok();
}

void SignoffScreen::approve(const QByteArray &password) {
    const std::optional<WaitingIssue> waiting = m_desk.current();
    if (!waiting || !keyTrusted() || !passwordGiven(password)) {
        return;
    }
    if (const Status allowed = m_desk.mayPass(); !allowed) {
        m_actions->clearInput(false); // as after any refused step
        showMessage(allowed.error().message, true);
        m_tabs->setCurrentWidget(m_findings);
        return;
    }
    finishStep(m_desk.approve(password), [&](const Issue &issue) {
        return tr("You signed issue %1 as %2; it is now %3.")
            .arg(waiting->summary.number)
            .arg(waiting->nextRole, statusDisplayName(issue.status));
    });
}

void SignoffScreen::returnIssue(const QByteArray &password, const QString &remark) {
    const std::optional<WaitingIssue> waiting = m_desk.current();
    if (!waiting || !keyTrusted() || !passwordGiven(password)) {
        return;
    }
    finishStep(m_desk.returnIssue(password, remark), [&](const Issue &issue) {
        return tr("You returned issue %1 to the editor; it is now %2.")
            .arg(waiting->summary.number)
            .arg(statusDisplayName(issue.status));
    });
}

void SignoffScreen::resolveRemark(qint64 returnId) {
    const std::optional<WaitingIssue> waiting = m_desk.current();
    if (!waiting || !keyTrusted()) {
        return;
    }
    bool ok = false;
    const QString password = QInputDialog::getText(
        this, tr("Mark dealt with"),
        tr("%1's password (marking a remark dealt with is signed):").arg(m_desk.person()),
        QLineEdit::Password, {}, &ok);
    if (!ok) {
        return;
    }
    if (Status s = m_desk.resolveRemark(returnId, password.toUtf8()); !s) {
        showMessage(s.error().message, true);
        return;
    }
    emit issueChanged(waiting->summary.storageId);
    reloadQueue();
    showMessage(tr("The remark is marked dealt with."), false);
}

void SignoffScreen::addPerson() {
    if (!keyTrusted()) {
        return;
    }
    AddPersonDialog dialog(m_db, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
    }
}

void SignoffScreen::retirePerson() {
    if (!keyTrusted()) {
        return;
    }
    RetirePersonDialog dialog(m_db, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        showMessage(tr("The person is retired: they can no longer sign; their past signatures "
                       "still verify."),
                    false);
    }
}

void SignoffScreen::showMessage(const QString &text, bool error) {
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #a00000") : QString());
}

} // namespace kuaibao
