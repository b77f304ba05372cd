#pragma once

#include "core/issue.h"
#include "fieldkey.h"

#include <QUndoCommand>

namespace kuaibao {

class IssueDocument;

// An edit inside one section: typing into a field (merged while the typing goes on), or a
// structure change within it (articles, categories, items added, removed or moved).
class SectionCommand : public QUndoCommand {
public:
    // `startsNewStep` keeps a typing edit from merging into the one before (a new paragraph).
    SectionCommand(IssueDocument &document, int index, Section before, Section after,
                   const QString &text, FieldKey key, bool startsNewStep);
    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    IssueDocument &m_document;
    int m_index;
    Section m_before;
    Section m_after;
    FieldKey m_key;
    bool m_startsNewStep;
    qint64 m_lastEditMs;
};

} // namespace kuaibao
