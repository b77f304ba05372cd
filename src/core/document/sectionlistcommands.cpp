#include "sectionlistcommands.h"

#include "issuedocument.h"

namespace kuaibao {

SectionListCommand::SectionListCommand(IssueDocument &document, QList<Section> before,
                                       QList<Section> after, const QString &text)
    : QUndoCommand(text), m_document(document), m_before(std::move(before)),
      m_after(std::move(after)) {}

void SectionListCommand::undo() {
    m_document.applySections(m_before);
}

void SectionListCommand::redo() {
    m_document.applySections(m_after);
}

} // namespace kuaibao
