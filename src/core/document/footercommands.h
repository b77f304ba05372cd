#pragma once

#include "core/issue.h"
#include "fieldkey.h"

#include <QUndoCommand>

namespace kuaibao {

class IssueDocument;

// An edit of the footer (staff names, 报/发 lines, contacts); typing in one field merges.
class FooterCommand : public QUndoCommand {
public:
    FooterCommand(IssueDocument &document, Footer before, Footer after, const QString &text,
                  FieldKey key);
    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    IssueDocument &m_document;
    Footer m_before;
    Footer m_after;
    FieldKey m_key;
    qint64 m_lastEditMs;
};

} // namespace kuaibao
