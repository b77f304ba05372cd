#pragma once

#include "core/issue.h"
#include "fieldkey.h"

#include <QObject>
#include <QUndoStack>

#include <optional>

namespace kuaibao {

// The issue open for editing: the model, its undo stack, and signals telling views what
// changed. Every edit goes through a command on the stack, so everything can be undone.
class IssueDocument : public QObject {
    Q_OBJECT

public:
    explicit IssueDocument(Issue issue, QObject *parent = nullptr);

    const Issue &issue() const { return m_issue; }
    QUndoStack *undoStack() { return &m_undo; }

    // Edits, each one undoable step (typing with a key merges with the step before it).
    void setMasthead(const Masthead &masthead, const QString &text, FieldKey key = {});
    void setSection(int index, const Section &section, const QString &text, FieldKey key = {},
                    bool startsNewStep = false);
    void setSections(const QList<Section> &sections, const QString &text);
    void setFooter(const Footer &footer, const QString &text, FieldKey key = {});
    // Content (masthead, sections, footer) replaced as one step: find and replace.
    void setContent(const Issue &content, const QString &text);

    // How many edits, undos and redos have been applied; a save records the one it stored.
    quint64 changeSerial() const { return m_serial; }
    // Follows the undo stack's clean state: undoing back to what was saved is unmodified.
    bool isModified() const { return !m_undo.isClean(); }
    // Records a successful save of the state at `serial`, with its new storage bookkeeping.
    // When edits came in while it was saving, no state on the stack is the saved one.
    void markSaved(quint64 serial, qint64 storageId, int revision);

    // Used by the commands: apply a state without touching the undo stack.
    void applyMasthead(const Masthead &masthead);
    void applySection(int index, const Section &section);
    void applySections(const QList<Section> &sections);
    void applyFooter(const Footer &footer);
    void applyContent(const Issue &content);

signals:
    void mastheadChanged();
    void sectionChanged(int index);
    void sectionsReset(); // sections added, removed or moved
    void footerChanged();
    void changed(); // after any of the above
    void modifiedChanged(bool modified);

private:
    void touch();

    Issue m_issue;
    QUndoStack m_undo;
    quint64 m_serial = 0;
};

} // namespace kuaibao
