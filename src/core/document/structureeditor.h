#pragma once

#include "core/issue.h"

#include <QCoreApplication>

namespace kuaibao {

class IssueDocument;

// The structure edits of an issue as named, undoable steps: add, remove and move sections,
// articles, categories and items, and set a paragraph's heading level. Each returns false (and
// changes nothing) for an index that does not exist or a move past either end.
class StructureEditor {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::StructureEditor)

public:
    explicit StructureEditor(IssueDocument &document) : m_document(document) {}

    bool addSection(int at, const QString &name, SectionKind kind);
    bool removeSection(int section);
    bool moveSection(int section, int delta);

    bool addArticle(int section, int at);
    bool removeArticle(int section, int article);
    bool moveArticle(int section, int article, int delta);

    // Makes paragraph `paragraph` of an article a heading of `level` (1–4), or body text (0):
    // one undoable step. A new heading without numbering of its level gets the number that
    // continues the sequence (its numbering of another level replaced); body text keeps its
    // text. False for a paragraph that does not exist or a level out of range.
    bool setParagraphLevel(int section, int article, int paragraph, int level);
    // Numbers every heading of an article in sequence: one undoable step; false when there is no
    // such article or nothing changes.
    bool renumberHeadings(int section, int article);

    bool addCategory(int section, int at, const QString &name);
    bool removeCategory(int section, int category);
    bool moveCategory(int section, int category, int delta);

    bool addItem(int section, int category, int at, const BriefItem &item = {});
    bool removeItem(int section, int category, int item);
    // Moves an item up or down, across into the neighbouring category at either end.
    bool moveItem(int section, int category, int item, int delta);
    // Moves an item to position `to` of category `toCategory` (as counted before the move),
    // in the same section: a drag and drop.
    bool moveItemTo(int section, int category, int item, int toCategory, int to);

private:
    const Section *section(int index) const;
    IssueDocument &m_document;
};

} // namespace kuaibao
