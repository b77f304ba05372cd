#include "sectioncommands.h"

#include "issuedocument.h"
#include "mergeids.h"

namespace kuaibao {

SectionCommand::SectionCommand(IssueDocument &document, int index, Section before, Section after,
                               const QString &text, FieldKey key, bool startsNewStep)
    : QUndoCommand(text), m_document(document), m_index(index), m_before(std::move(before)),
      m_after(std::move(after)), m_key(key), m_startsNewStep(startsNewStep),
      m_lastEditMs(typingClockMs()) {}

void SectionCommand::undo() {
    m_document.applySection(m_index, m_before);
}

void SectionCommand::redo() {
    m_document.applySection(m_index, m_after);
}

int SectionCommand::id() const {
    return m_key.field == FieldKey::None ? -1 : int(MergeId::SectionTyping);
}

bool SectionCommand::mergeWith(const QUndoCommand *other) {
    const auto *next = static_cast<const SectionCommand *>(other);
    if (next->m_index != m_index || next->m_key != m_key || next->m_startsNewStep ||
        next->m_lastEditMs - m_lastEditMs > kTypingPauseMs) {
        return false;
    }
    m_after = next->m_after;
    m_lastEditMs = next->m_lastEditMs;
    if (m_after == m_before) {
        setObsolete(true); // typed and erased again: nothing left to undo
    }
    return true;
}

} // namespace kuaibao
