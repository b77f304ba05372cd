#pragma once

#include "core/issue.h"

#include <QUndoCommand>

namespace kuaibao {

class IssueDocument;

// A change of the list of sections: one added, removed or moved.
class SectionListCommand : public QUndoCommand {
public:
    SectionListCommand(IssueDocument &document, QList<Section> before, QList<Section> after,
                       const QString &text);
    void undo() override;
    void redo() override;

private:
    IssueDocument &m_document;
    QList<Section> m_before;
    QList<Section> m_after;
};

} // namespace kuaibao
