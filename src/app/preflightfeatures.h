#pragma once

#include "core/preflight/finding.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QDockWidget;
class QMainWindow;
class QTimer;

namespace kuaibao {

class Database;
class EditingSession;
class FindingsList;
class IssueDocument;
class IssueEditor;

// The preflight panel (a dock beside the pages): the open issue's findings, checked again a
// moment after each change; clicking one selects its place in the editor, and its fix is one
// undoable step.
class PreflightFeatures : public QObject {
    Q_OBJECT

public:
    PreflightFeatures(QMainWindow &window, Database &database, EditingSession &session,
                      IssueEditor &editor);

    // The dock; its toggle action (objectName preflightAction) belongs in the Edit menu.
    QDockWidget *dock() const { return m_dock; }
    FindingsList *panel() const { return m_panel; }
    // Checks the open issue now (the panel does it itself a moment after each change).
    void refresh();
    // Before the issue goes out (print, PDF, Word): true when the preflight finds no error in
    // it, or the user chose to go on anyway; false when they chose to look at the findings
    // (the panel is shown with the first error selected) or to cancel. A read-only issue is
    // cleared at once: nobody can change it here.
    bool clearedForOutput(const QString &what);

    // How long the panel waits after a change before it checks again.
    static constexpr int kDebounceMs = 400;

private:
    void documentChanged(IssueDocument *document);
    void showFinding(const Finding &finding);
    void applyFix(const Finding &finding);
    // What the archive tells about the open issue, read again when its number or date changes.
    const PreflightContext &context(const Issue &issue);

    QMainWindow &m_window;
    Database &m_database;
    EditingSession &m_session;
    IssueEditor &m_editor;
    QDockWidget *m_dock;
    FindingsList *m_panel;
    QTimer *m_debounce;
    QPointer<IssueDocument> m_document;
    std::optional<PreflightContext> m_context;
    QString m_contextKey; // the issue (id, series, number, date) m_context was read for
};

} // namespace kuaibao
