#pragma once

#include "core/preflight/finding.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QDockWidget;
class QTimer;

namespace kuaibao {

class Database;
class FindingsList;
class IssueDocument;
class MainWindow;

// The preflight panel (a dock beside the pages): the open issue's findings, checked again a
// moment after each change; clicking one selects its place in the editor, and its fix is one
// undoable step.
class PreflightFeatures : public QObject {
    Q_OBJECT

public:
    PreflightFeatures(MainWindow &window, Database &database);

    QDockWidget *dock() const { return m_dock; }
    FindingsList *panel() const { return m_panel; }
    // Checks the open issue now (the panel does it itself a moment after each change).
    void refresh();

    // How long the panel waits after a change before it checks again.
    static constexpr int kDebounceMs = 400;

private:
    void documentChanged(IssueDocument *document);
    void showFinding(const Finding &finding);
    void applyFix(const Finding &finding);
    // What the archive tells about the open issue, read again when its number or date changes.
    const PreflightContext &context(const Issue &issue);

    MainWindow &m_window;
    Database &m_database;
    QDockWidget *m_dock;
    FindingsList *m_panel;
    QTimer *m_debounce;
    QPointer<IssueDocument> m_document;
    std::optional<PreflightContext> m_context;
    QString m_contextKey; // the issue (id, series, number, date) m_context was read for
};

} // namespace kuaibao
