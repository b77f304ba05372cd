#include "signoffscreen.h"

#include "addpersondialog.h"
#include "adminkeybanner.h"
#include "contentdiffview.h"
#include "openremarkspanel.h"
#include "retirepersondialog.h"
#include "signoffactionpanel.h"
#include "signofflogview.h"

#include "app/preflight/findingslist.h"
#include "core/preflight/preflight.h"
#include "core/signoff/canonicalcontent.h"
#include "core/signoff/signoffroles.h"
#include "storage/database.h"
#include "storage/issuerepository.h"
#include "storage/preflight/preflightcontextloader.h"
#include "storage/signoff/peoplestore.h"
#include "storage/signoff/signoffqueue.h"
#include "storage/signoff/signoffverifier.h"

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

namespace {

// What each queue entry carries besides its text.
enum QueueRole { StorageIdRole = Qt::UserRole, NumberRole, SeriesRole, NextRoleRole };

} // namespace

SignoffScreen::SignoffScreen(Database &database, QWidget *parent)
    : QWidget(parent), m_db(database) {
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
        m_signedIn = currentPerson();
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
    if (m_shown) {
        showPreview(*m_shown); // only the view changes: nothing is seen again
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
    m_signedIn = name;
    if (m_person->currentIndex() == index) {
        reloadQueue(); // the same person, now signed in
    } else {
        m_person->setCurrentIndex(index);
    }
    return true;
}

void SignoffScreen::reload() {
    const QString previous = currentPerson();
    Result<QList<Person>> people = PeopleStore(m_db).list();
    {
        const QSignalBlocker quiet(m_person);
        m_person->clear();
        if (people) {
            for (const Person &p : *people) {
                if (!p.retired()) { // a retired person signs nothing more
                    m_person->addItem(p.name);
                }
            }
        }
        m_person->setCurrentIndex(std::max(0, m_person->findText(previous)));
    }
    if (!people) {
        showMessage(people.error().message, true);
    } else if (people->isEmpty()) {
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

QString SignoffScreen::currentPerson() const {
    return m_person->currentText();
}

std::optional<IssueRef> SignoffScreen::currentIssue() const {
    const QListWidgetItem *item = m_queue->currentItem();
    if (!item) {
        return std::nullopt;
    }
    return IssueRef{item->data(NumberRole).toInt(),
                    static_cast<Series>(item->data(SeriesRole).toInt())};
}

void SignoffScreen::reloadQueue() {
    const QSignalBlocker quiet(m_queue);
    m_queue->clear();
    if (!currentPerson().isEmpty()) {
        Result<QList<WaitingIssue>> waiting = SignoffQueue(m_db).waitingFor(currentPerson());
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
                auto *item = new QListWidgetItem(text, m_queue);
                item->setData(StorageIdRole, w.summary.storageId);
                item->setData(NumberRole, w.summary.number);
                item->setData(SeriesRole, static_cast<int>(w.summary.series));
                item->setData(NextRoleRole, w.nextRole);
            }
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
    m_shown.reset();
    const QListWidgetItem *item = m_queue->currentItem();
    m_actions->setRole(item ? item->data(NextRoleRole).toString() : QString());
    if (!item) {
        m_findings->setFindings({});
        m_tabs->setTabText(2, tr("Preflight"));
        m_changes->clear();
        m_log->clear();
        m_remarks->setRemarks({});
        return;
    }
    const qint64 id = item->data(StorageIdRole).toLongLong();
    Result<Issue> issue = IssueRepository(m_db).loadById(id);
    if (!issue) {
        showMessage(issue.error().message, true);
        return;
    }
    m_shown = *issue;
    showPreview(*issue);
    showFindings(*issue);

    const CanonicalContent current = CanonicalContent::fromIssue(*issue);
    SignoffQueue queue(m_db);
    Result<QString> seen = queue.lastSeenBy(currentPerson(), id);
    m_changes->showChanges(seen ? *seen : QString(), current);
    m_tabs->setTabText(1, m_changes->differenceCount() > 0
                              ? tr("Changes (%1)").arg(m_changes->differenceCount())
                              : tr("Changes"));
    // Seen only by the person signed in: not by whoever happens to be first in the list.
    if (!m_signedIn.isEmpty() && m_signedIn == currentPerson()) {
        if (Status marked = queue.markSeen(currentPerson(), id, current.text()); !marked) {
            showMessage(marked.error().message, true);
        }
    }
    SignatureStore store(m_db);
    Result<QList<SignoffLogEntry>> log = store.logOf(id);
    m_log->setEntries(log ? *log : QList<SignoffLogEntry>());
    Result<QList<ReturnRemark>> remarks = store.returnsOf(id, true);
    m_remarks->setRemarks(remarks ? *remarks : QList<ReturnRemark>());
    Result<VerifyReport> check =
        SignoffVerifier(m_db).verify(issue->masthead.number, issue->masthead.series);
    if (check && !check->intact()) {
        showMessage(tr("Warning: this issue no longer matches what was signed:") +
                        QLatin1Char('\n') + check->problems.join(QLatin1Char('\n')),
                    true);
    }
}

void SignoffScreen::showFindings(const Issue &issue) {
    Result<PreflightContext> context = PreflightContextLoader(m_db).load(issue);
    if (!context) {
        showMessage(context.error().message, true);
    }
    m_findings->setFindings(Preflight::run(issue, context ? *context : PreflightContext{}));
    const QList<Finding> &findings = m_findings->findings();
    m_tabs->setTabText(2, findings.isEmpty() ? tr("Preflight")
                                             : tr("Preflight (%1)").arg(findings.size()));
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
    if (!password.isEmpty()) {
        return true;
    }
    // An empty box is no attempt at all: it must not count toward the lock-out.
    showMessage(tr("Enter your password first."), true);
    m_actions->focusPassword();
    return false;
}

void SignoffScreen::approve(const QByteArray &password) {
    const std::optional<IssueRef> ref = currentIssue();
    if (!ref || !keyTrusted() || !passwordGiven(password)) {
        return;
    }
    const QString role = m_queue->currentItem()->data(NextRoleRole).toString();
    if (m_shown) {
        if (const Status allowed =
                Preflight::allowsPassing(m_findings->findings(), signoffRolesFor(*m_shown), role);
            !allowed) {
            m_actions->clearInput(false); // as after any refused step
            showMessage(allowed.error().message, true);
            m_tabs->setCurrentWidget(m_findings);
            return;
        }
    }
    finishStep(SignoffService(m_db).sign(*ref, role, currentPerson(), password),
               [&](const Issue &issue) {
                   return tr("You signed issue %1 as %2; it is now %3.")
                       .arg(ref->number)
                       .arg(role, statusDisplayName(issue.status));
               });
}

void SignoffScreen::returnIssue(const QByteArray &password, const QString &remark) {
    const std::optional<IssueRef> ref = currentIssue();
    if (!ref || !keyTrusted() || !passwordGiven(password)) {
        return;
    }
    const QString role = m_queue->currentItem()->data(NextRoleRole).toString();
    finishStep(SignoffService(m_db).returnIssue(*ref, role, currentPerson(), password, remark),
               [&](const Issue &issue) {
                   return tr("You returned issue %1 to the editor; it is now %2.")
                       .arg(ref->number)
                       .arg(statusDisplayName(issue.status));
               });
}

void SignoffScreen::resolveRemark(qint64 returnId) {
    const std::optional<IssueRef> ref = currentIssue();
    if (!ref || !keyTrusted()) {
        return;
    }
    bool ok = false;
    const QString password = QInputDialog::getText(
        this, tr("Mark dealt with"),
        tr("%1's password (marking a remark dealt with is signed):").arg(currentPerson()),
        QLineEdit::Password, {}, &ok);
    if (!ok) {
        return;
    }
    if (Status s =
            SignoffService(m_db).resolveRemark(*ref, returnId, currentPerson(), password.toUtf8());
        !s) {
        showMessage(s.error().message, true);
        return;
    }
    const qint64 storageId = m_queue->currentItem()->data(StorageIdRole).toLongLong();
    emit issueChanged(storageId);
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
