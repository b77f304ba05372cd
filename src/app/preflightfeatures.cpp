#include "preflightfeatures.h"

#include "core/document/issuedocument.h"
#include "core/preflight/preflight.h"
#include "editingsession.h"
#include "editor/issueeditor.h"
#include "preflight/findingslist.h"
#include "storage/database.h"
#include "storage/preflight/preflightcontextloader.h"

#include <QDockWidget>
#include <QListWidget>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>

namespace kuaibao {

PreflightFeatures::PreflightFeatures(QMainWindow &window, Database &database,
                                     EditingSession &session, IssueEditor &editor)
    : QObject(&window), m_window(window), m_database(database), m_session(session),
      m_editor(editor), m_dock(new QDockWidget(tr("Preflight"), &window)),
      m_panel(new FindingsList(true)), m_debounce(new QTimer(this)) {
    m_dock->setObjectName(QStringLiteral("preflightDock"));
    m_dock->setWidget(m_panel);
    m_dock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea |
                            Qt::BottomDockWidgetArea);
    window.addDockWidget(Qt::RightDockWidgetArea, m_dock);
    QAction *toggle = m_dock->toggleViewAction();
    toggle->setObjectName(QStringLiteral("preflightAction"));

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &PreflightFeatures::refresh);
    connect(&session, &EditingSession::documentChanged, this, &PreflightFeatures::documentChanged);
    connect(m_panel, &FindingsList::findingActivated, this, &PreflightFeatures::showFinding);
    connect(m_panel, &FindingsList::fixRequested, this, &PreflightFeatures::applyFix);
    documentChanged(session.document());
}

void PreflightFeatures::documentChanged(IssueDocument *document) {
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_document = document;
    m_context.reset();
    if (document) {
        connect(document, &IssueDocument::changed, m_debounce, qOverload<>(&QTimer::start));
    }
    refresh();
}

const PreflightContext &PreflightFeatures::context(const Issue &issue) {
    const QString key = QStringLiteral("%1/%2/%3/%4")
                            .arg(issue.storageId)
                            .arg(int(issue.masthead.series))
                            .arg(issue.masthead.number)
                            .arg(issue.masthead.date.toString(Qt::ISODate));
    if (!m_context || key != m_contextKey) {
        Result<PreflightContext> loaded = PreflightContextLoader(m_database).load(issue);
        if (!loaded) {
            m_window.statusBar()->showMessage(
                tr("The preflight could not read the archive: %1").arg(loaded.error().message),
                10000);
        }
        m_context = loaded ? *loaded : PreflightContext{};
        m_contextKey = key;
    }
    return *m_context;
}

void PreflightFeatures::refresh() {
    m_debounce->stop();
    if (!m_document) {
        m_panel->setFindings({});
        m_panel->setFixingAllowed(false);
        return;
    }
    const Issue &issue = m_document->issue();
    m_panel->setFindings(Preflight::run(issue, context(issue)));
    m_panel->setFixingAllowed(!m_session.isReadOnly());
}

bool PreflightFeatures::clearedForOutput(const QString &what) {
    if (!m_document || m_session.isReadOnly()) {
        return true;
    }
    refresh();
    const QList<Finding> findings = m_panel->findings();
    const auto firstError = std::find_if(findings.cbegin(), findings.cend(), [](const Finding &f) {
        return f.severity == FindingSeverity::Error;
    });
    if (firstError == findings.cend()) {
        return true;
    }
    const auto errors = std::count_if(findings.cbegin(), findings.cend(), [](const Finding &f) {
        return f.severity == FindingSeverity::Error;
    });
    QMessageBox box(QMessageBox::Warning, what,
                    tr("The preflight finds %n error(s) in this issue, the first at %1: %2",
                       nullptr, int(errors))
                            .arg(firstError->placeText, firstError->message) +
                        QStringLiteral("\n\n") +
                        tr("Errors print as they stand. Look at them first, or go on anyway?"),
                    QMessageBox::Cancel, &m_window);
    box.setObjectName(QStringLiteral("outputPreflightQuestion"));
    QPushButton *look = box.addButton(tr("Show the findings"), QMessageBox::AcceptRole);
    look->setObjectName(QStringLiteral("showFindingsButton"));
    QPushButton *goOn = box.addButton(tr("Go on anyway"), QMessageBox::DestructiveRole);
    goOn->setObjectName(QStringLiteral("goOnButton"));
    box.setDefaultButton(look);
    box.exec();
    if (box.clickedButton() == goOn) {
        return true;
    }
    if (box.clickedButton() == look) {
        m_dock->show();
        m_dock->raise();
        m_panel->list()->setCurrentRow(int(firstError - findings.cbegin()));
        showFinding(*firstError);
    }
    return false;
}

void PreflightFeatures::showFinding(const Finding &finding) {
    if (m_document) {
        m_editor.selectMatch(finding.place);
    }
}

void PreflightFeatures::applyFix(const Finding &finding) {
    if (!m_document || m_session.isReadOnly()) {
        return;
    }
    if (!Preflight::applyFix(*m_document, finding)) {
        m_window.statusBar()->showMessage(
            tr("The text there has changed since it was checked; check the finding again."), 8000);
    }
    refresh();
}

} // namespace kuaibao
