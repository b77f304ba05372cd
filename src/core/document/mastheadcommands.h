#pragma once

#include "core/issue.h"
#include "fieldkey.h"

#include <QUndoCommand>

namespace kuaibao {

class IssueDocument;

// An edit of the masthead (number, date, office); typing in one field merges.
class MastheadCommand : public QUndoCommand {
public:
    MastheadCommand(IssueDocument &document, Masthead before, Masthead after, const QString &text,
                    FieldKey key);
    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    IssueDocument &m_document;
    Masthead m_before;
    Masthead m_after;
    FieldKey m_key;
    qint64 m_lastEditMs;
};

} // namespace kuaibao
