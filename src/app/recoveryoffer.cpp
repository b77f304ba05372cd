#include "recoveryoffer.h"

#include "recoveryfile.h"
#include "storage/issuerepository.h"

#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace kuaibao {

RecoveryOffer::RecoveryOffer(IssueRepository &repository, QWidget *window)
    : QObject(window), m_repository(repository), m_window(window) {}

QMessageBox *RecoveryOffer::box() const {
    return m_box.data();
}

void RecoveryOffer::offer() {
    const QStringList paths = pendingRecoveryFiles();
    if (paths.isEmpty() || m_box) {
        return;
    }
    QStringList lines;
    for (const QString &path : paths) {
        const Result<Issue> issue = readRecoveryFile(path);
        lines << (issue ? tr("No. %1, kept %2")
                              .arg(issue->masthead.number)
                              .arg(QFileInfo(path).lastModified().toString(
                                  QStringLiteral("yyyy-MM-dd HH:mm")))
                        : tr("%1 (unreadable: %2)")
                              .arg(QFileInfo(path).fileName(), issue.error().message));
    }
    m_box = new QMessageBox(QMessageBox::Question, tr("Restore unsaved work?"),
                            tr("Last time the archive refused to store these edits, and they "
                               "were kept in files:\n%1\n\nRestore them into the archive? "
                               "Restoring replaces the archived issue of the same number.")
                                .arg(lines.join(QLatin1Char('\n'))),
                            QMessageBox::NoButton, m_window);
    m_box->setObjectName(QStringLiteral("recoveryOffer"));
    m_box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *restore = m_box->addButton(tr("Restore"), QMessageBox::AcceptRole);
    restore->setObjectName(QStringLiteral("recoveryRestore"));
    QPushButton *aside = m_box->addButton(tr("Set aside"), QMessageBox::DestructiveRole);
    aside->setObjectName(QStringLiteral("recoverySetAside"));
    QPushButton *later = m_box->addButton(tr("Later"), QMessageBox::RejectRole);
    later->setObjectName(QStringLiteral("recoveryLater"));
    m_box->setDefaultButton(restore);
    connect(restore, &QPushButton::clicked, this, [this, paths] { restoreAll(paths); });
    connect(aside, &QPushButton::clicked, this, [this, paths] { setAllAside(paths); });
    m_box->open();
}

void RecoveryOffer::restoreAll(const QStringList &paths) {
    QStringList problems;
    qint64 last = 0;
    for (const QString &path : paths) {
        Result<Issue> issue = readRecoveryFile(path);
        if (!issue) {
            problems << issue.error().message;
            continue;
        }
        Result<Issue> stored = m_repository.replace(*issue);
        if (!stored) {
            problems << tr("No. %1: %2").arg(issue->masthead.number).arg(stored.error().message);
            continue;
        }
        last = stored->storageId;
        if (Status aside = setRecoveryFileAside(path); !aside) {
            problems << aside.error().message;
        }
    }
    if (last != 0) {
        emit restored(last);
    }
    emit message(problems.isEmpty() ? tr("Restored %n issue(s) from the recovery files.", nullptr,
                                         int(paths.size()))
                                    : tr("Some recovery files could not be restored: %1")
                                          .arg(problems.join(QStringLiteral("; "))));
}

void RecoveryOffer::setAllAside(const QStringList &paths) {
    for (const QString &path : paths) {
        if (Status aside = setRecoveryFileAside(path); !aside) {
            emit message(aside.error().message);
            return;
        }
    }
    emit message(tr("The recovery files were set aside in %1.")
                     .arg(recoveryFolder() + QStringLiteral("/done")));
}

} // namespace kuaibao
