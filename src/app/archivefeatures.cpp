#include "archivefeatures.h"

#include "archive/archivesearchpanel.h"
#include "archive/statisticsdialog.h"
#include "archive/unitseditordialog.h"
#include "core/document/issuedocument.h"
#include "core/document/issuesearch.h"
#include "editingsession.h"
#include "editor/issueeditor.h"

#include <QAction>
#include <QDockWidget>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>

namespace kuaibao {

namespace {

// The match in `issue` that is the hit: the same text at the same offset in the same section
// and block when there is one, else the first of that text in the section, else the first.
std::optional<TextMatch> matchForHit(const Issue &issue, const SearchHit &hit) {
    if (hit.snippet.matchStart < 0 || hit.snippet.matchLength <= 0) {
        return std::nullopt;
    }
    const QString found = hit.text.mid(hit.snippet.matchStart, hit.snippet.matchLength);
    const QList<TextMatch> matches = IssueSearch::findAll(issue, found);
    std::optional<TextMatch> inSection;
    for (const TextMatch &m : matches) {
        if (m.key.section != hit.location.section) {
            continue;
        }
        if (m.key.index == hit.location.block && m.offset == hit.snippet.matchStart) {
            return m;
        }
        if (!inSection) {
            inSection = m;
        }
    }
    if (inSection) {
        return inSection;
    }
    return matches.isEmpty() ? std::nullopt : std::optional<TextMatch>(matches.first());
}

} // namespace

ArchiveFeatures::ArchiveFeatures(QMainWindow &window, Database &database, EditingSession &session,
                                 IssueEditor &editor, std::function<bool(qint64)> openIssue)
    : QObject(&window), m_window(window), m_database(database), m_session(session),
      m_editor(editor), m_openIssue(std::move(openIssue)),
      m_menu(window.menuBar()->addMenu(tr("&Archive"))), m_search(new ArchiveSearchPanel(database)),
      m_dock(new QDockWidget(tr("Search"), &window)) {
    m_dock->setObjectName(QStringLiteral("archiveSearchDock"));
    m_dock->setWidget(m_search);
    m_dock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea |
                            Qt::BottomDockWidgetArea);
    window.addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    m_dock->hide();
    connect(m_search, &ArchiveSearchPanel::hitActivated, this, &ArchiveFeatures::openHit);

    m_menu->setObjectName(QStringLiteral("archiveMenu"));
    QAction *search =
        m_menu->addAction(tr("&Search the archive…"), this, &ArchiveFeatures::showSearch);
    search->setObjectName(QStringLiteral("archiveSearchAction"));
    search->setShortcut(QKeySequence(tr("Ctrl+Shift+F")));
    m_statistics = m_menu->addAction(tr("S&tatistics…"), this, &ArchiveFeatures::showStatistics);
    m_statistics->setObjectName(QStringLiteral("statisticsAction"));
    m_units = m_menu->addAction(tr("&Units…"), this, &ArchiveFeatures::showUnits);
    m_units->setObjectName(QStringLiteral("unitsAction"));
}

void ArchiveFeatures::showSearch() {
    const bool opening = m_dock->isHidden();
    m_dock->show();
    m_dock->raise();
    if (opening && m_window.dockWidgetArea(m_dock) == Qt::BottomDockWidgetArea) {
        // A strip under the editor, not half the window: about a quarter of its height.
        m_window.resizeDocks({m_dock}, {qBound(180, m_window.height() / 4, 320)}, Qt::Vertical);
    }
    if (auto *box = m_search->findChild<QLineEdit *>()) {
        box->setFocus();
        box->selectAll();
    }
}

void ArchiveFeatures::openHit(qint64 storageId, const SearchHit &hit) {
    if (!m_openIssue(storageId) || !m_session.document()) {
        return;
    }
    if (const std::optional<TextMatch> match = matchForHit(m_session.document()->issue(), hit)) {
        m_editor.selectMatch(*match);
    }
}

void ArchiveFeatures::showStatistics() {
    auto *dialog = new StatisticsDialog(m_database, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ArchiveFeatures::showUnits() {
    auto *dialog = new UnitsEditorDialog(m_database, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace kuaibao
