#include "mastheadcommands.h"

#include "issuedocument.h"
#include "mergeids.h"

namespace kuaibao {

MastheadCommand::MastheadCommand(IssueDocument &document, Masthead before, Masthead after,
                                 const QString &text, FieldKey key)
    : QUndoCommand(text), m_document(document), m_before(std::move(before)),
      m_after(std::move(after)), m_key(key), m_lastEditMs(typingClockMs()) {}

void MastheadCommand::undo() {
    m_document.applyMasthead(m_before);
}

void MastheadCommand::redo() {
    m_document.applyMasthead(m_after);
}

int MastheadCommand::id() const {
    return m_key.field == FieldKey::None ? -1 : int(MergeId::MastheadTyping);
}

bool MastheadCommand::mergeWith(const QUndoCommand *other) {
    const auto *next = static_cast<const MastheadCommand *>(other);
    if (next->m_key != m_key || next->m_lastEditMs - m_lastEditMs > kTypingPauseMs) {
        return false;
    }
    m_after = next->m_after;
    m_lastEditMs = next->m_lastEditMs;
    return true;
}

} // namespace kuaibao
