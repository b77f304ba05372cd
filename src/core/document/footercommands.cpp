#include "footercommands.h"

#include "issuedocument.h"
#include "mergeids.h"

namespace kuaibao {

FooterCommand::FooterCommand(IssueDocument &document, Footer before, Footer after,
                             const QString &text, FieldKey key)
    : QUndoCommand(text), m_document(document), m_before(std::move(before)),
      m_after(std::move(after)), m_key(key), m_lastEditMs(typingClockMs()) {}

void FooterCommand::undo() {
    m_document.applyFooter(m_before);
}

void FooterCommand::redo() {
    m_document.applyFooter(m_after);
}

int FooterCommand::id() const {
    return m_key.field == FieldKey::None ? -1 : int(MergeId::FooterTyping);
}

bool FooterCommand::mergeWith(const QUndoCommand *other) {
    const auto *next = static_cast<const FooterCommand *>(other);
    if (next->m_key != m_key || next->m_lastEditMs - m_lastEditMs > kTypingPauseMs) {
        return false;
    }
    m_after = next->m_after;
    m_lastEditMs = next->m_lastEditMs;
    return true;
}

} // namespace kuaibao
