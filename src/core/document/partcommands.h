#pragma once

#include "core/issue.h"
#include "fieldkey.h"
#include "issuedocument.h"
#include "mergeids.h"

#include <QUndoCommand>

namespace kuaibao {

// An edit of one whole part of the issue (the masthead, the footer): `Apply` puts a state of the
// part into the document, and typing into one field of it merges into one undo step.
template <typename Part, void (IssueDocument::*Apply)(const Part &), MergeId Merge>
class PartEditCommand : public QUndoCommand {
public:
    PartEditCommand(IssueDocument &document, Part before, Part after, const QString &text,
                    FieldKey key)
        : QUndoCommand(text), m_document(document), m_before(std::move(before)),
          m_after(std::move(after)), m_key(key), m_lastEditMs(typingClockMs()) {}

    void undo() override { (m_document.*Apply)(m_before); }
    void redo() override { (m_document.*Apply)(m_after); }
    int id() const override { return m_key.field == FieldKey::None ? -1 : int(Merge); }

    bool mergeWith(const QUndoCommand *other) override {
        const auto *next = static_cast<const PartEditCommand *>(other);
        if (next->m_key != m_key || next->m_lastEditMs - m_lastEditMs > kTypingPauseMs) {
            return false;
        }
        m_after = next->m_after;
        m_lastEditMs = next->m_lastEditMs;
        return true;
    }

private:
    IssueDocument &m_document;
    Part m_before;
    Part m_after;
    FieldKey m_key;
    qint64 m_lastEditMs;
};

// Masthead fields (number, date, office …) and footer fields (staff names, 报/发, contacts).
using MastheadCommand =
    PartEditCommand<Masthead, &IssueDocument::applyMasthead, MergeId::MastheadTyping>;
using FooterCommand = PartEditCommand<Footer, &IssueDocument::applyFooter, MergeId::FooterTyping>;

} // namespace kuaibao
