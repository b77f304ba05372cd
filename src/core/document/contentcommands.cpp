#include "contentcommands.h"

#include "issuedocument.h"

namespace kuaibao {

ContentCommand::ContentCommand(IssueDocument &document, Issue before, Issue after,
                               const QString &text)
    : QUndoCommand(text), m_document(document), m_before(std::move(before)),
      m_after(std::move(after)) {}

void ContentCommand::undo() {
    m_document.applyContent(m_before);
}

void ContentCommand::redo() {
    m_document.applyContent(m_after);
}

} // namespace kuaibao
