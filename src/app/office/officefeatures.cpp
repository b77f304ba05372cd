#include "officefeatures.h"

#include "app/autosaver.h"
#include "app/editingsession.h"
#include "app/windowsettings.h"
#include "archiveswitch.h"
#include "connectionkeeper.h"
#include "connectserverdialog.h"
#include "core/document/issuedocument.h"
#include "issuelease.h"
#include "leasebanner.h"
#include "liveupdates.h"
#include "storage/database.h"

#include <QAction>
#include <QLabel>
#include <QMainWindow>
#include <QStatusBar>

namespace kuaibao {

OfficeFeatures::OfficeFeatures(QMainWindow &window, Database &database, EditingSession &session,
                               WindowSettings &settings, QLabel &saveState)
    : QObject(&window), m_window(window), m_session(session), m_settings(settings),
      m_saveState(saveState), m_lease(new IssueLease(database, this)), m_banner(new LeaseBanner),
      m_live(new LiveUpdates(this)),
      m_keeper(new ConnectionKeeper(
          database.isServer(),
          [&session]() -> const Issue * {
              return session.document() ? &session.document()->issue() : nullptr;
          },
          this)) {
    session.setLease(m_lease);
    connect(&session, &EditingSession::documentChanged, this, &OfficeFeatures::showLeaseState);
    connect(m_lease, &IssueLease::watchedFreed, m_banner, &LeaseBanner::showFreed);
    connect(m_banner, &LeaseBanner::editRequested, this, &OfficeFeatures::startEditing);
    connect(m_lease, &IssueLease::notice, this,
            [this](const QString &text) { m_window.statusBar()->showMessage(text, 10000); });
    connect(m_lease, &IssueLease::lost, this, [this](const LeaseHolder &holder) {
        m_window.statusBar()->showMessage(
            tr("%1 has taken this issue over while this window was not renewing its claim; "
               "your saves are still checked against theirs")
                .arg(holder.name),
            15000);
    });
    m_connect = new QAction(tr("Connect to &server…"), this);
    m_connect->setObjectName(QStringLiteral("connectServerAction"));
    connect(m_connect, &QAction::triggered, this, &OfficeFeatures::connectToServer);
    m_local = new QAction(tr("Open this computer's &archive"), this);
    m_local->setObjectName(QStringLiteral("openLocalArchiveAction"));
    m_local->setEnabled(database.isServer());
    connect(m_local, &QAction::triggered, this, &OfficeFeatures::openLocalArchive);
    connect(m_live, &LiveUpdates::mayHaveChanged, m_lease, &IssueLease::checkWatched);
    connect(m_live, &LiveUpdates::archiveChanged, this, &OfficeFeatures::follow);
    Autosaver &autosaver = session.autosaver();
    connect(&autosaver, &Autosaver::saveFailed, m_keeper, &ConnectionKeeper::saveFailed);
    connect(&autosaver, &Autosaver::saved, m_keeper, &ConnectionKeeper::saved);
    connect(m_live, &LiveUpdates::unreachable, m_keeper, &ConnectionKeeper::unreachable);
    connect(m_live, &LiveUpdates::reachableAgain, m_keeper, &ConnectionKeeper::reachableAgain);
    connect(m_keeper, &ConnectionKeeper::status, this, &OfficeFeatures::showConnection);
    connect(m_live, &LiveUpdates::startFailed, this, [this](const Error &error) {
        m_window.statusBar()->showMessage(
            tr("Changes made by others will show only when the issue is opened again: %1")
                .arg(error.message),
            10000);
    });
    m_live->start(database.path());
}

void OfficeFeatures::follow(const QList<ArchiveChange> &changes) {
    emit archiveListStale();
    if (const IssueDocument *open = m_session.document()) {
        const Masthead &shown = open->issue().masthead;
        const bool touched = std::any_of(changes.cbegin(), changes.cend(), [&](const auto &c) {
            return c.number == shown.number && c.series == shown.series;
        });
        if (touched) {
            if (const Status followed = m_session.follow(); !followed) {
                m_window.statusBar()->showMessage(followed.error().message, 10000);
            }
        }
    }
    emit signoffQueuesStale(); // the sign-off screens' 待我处理 queues
}

void OfficeFeatures::showConnection(const QString &text) {
    if (text.isEmpty()) {
        return; // the saved time the window shows says it is over
    }
    m_saveState.setStyleSheet(m_keeper->isDisconnected()
                                  ? QStringLiteral("color: #b71c1c; font-weight: bold;")
                                  : QString());
    m_saveState.setText(text);
    if (m_keeper->isDisconnected()) {
        m_saveState.setToolTip(
            tr("Your changes are kept in this window and in a recovery file, and "
               "are saved as soon as the server answers again."));
    }
}

void OfficeFeatures::connectToServer() {
    ConnectServerDialog dialog(m_settings.server(), &m_window);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    m_settings.setServer(dialog.address());
    ArchiveSwitch::ask(dialog.address());
    m_window.close();
}

void OfficeFeatures::openLocalArchive() {
    m_settings.setServer(QString());
    ArchiveSwitch::ask(Database::defaultPath());
    m_window.close();
}

void OfficeFeatures::showLeaseState() {
    const std::optional<LeaseHolder> &holder = m_session.editedElsewhere();
    if (holder && m_session.document()) {
        m_banner->showHeldBy(holder->name, holder->since);
    } else {
        m_banner->hide();
    }
}

void OfficeFeatures::startEditing() {
    if (const Status started = m_session.startEditing(); !started) {
        m_window.statusBar()->showMessage(started.error().message, 10000);
    }
}

} // namespace kuaibao
