#pragma once

#include "core/issue.h"

#include <QUndoCommand>

namespace kuaibao {

class IssueDocument;

// A change across the whole issue at once (masthead, sections and footer): replace all.
class ContentCommand : public QUndoCommand {
public:
    ContentCommand(IssueDocument &document, Issue before, Issue after, const QString &text);
    void undo() override;
    void redo() override;

private:
    IssueDocument &m_document;
    Issue m_before;
    Issue m_after;
};

} // namespace kuaibao
