#include "structureeditor.h"

#include "headingnumbering.h"
#include "issuedocument.h"

#include "core/headingnumber.h"

namespace kuaibao {

namespace {
template <typename T> bool validIndex(const QList<T> &list, int index) {
    return index >= 0 && index < list.size();
}

template <typename T> bool canMove(const QList<T> &list, int index, int delta) {
    return validIndex(list, index) && validIndex(list, index + delta) && delta != 0;
}
} // namespace

const Section *StructureEditor::section(int index) const {
    const QList<Section> &sections = m_document.issue().sections;
    return validIndex(sections, index) ? &sections.at(index) : nullptr;
}

bool StructureEditor::addSection(int at, const QString &name, SectionKind kind) {
    QList<Section> sections = m_document.issue().sections;
    if (at < 0 || at > sections.size()) {
        return false;
    }
    Section added{name, kind, {}, {}};
    if (kind == SectionKind::Articles) {
        added.articles << Article{};
    }
    sections.insert(at, added);
    m_document.setSections(sections, tr("Add section"));
    return true;
}

bool StructureEditor::removeSection(int index) {
    QList<Section> sections = m_document.issue().sections;
    if (!validIndex(sections, index)) {
        return false;
    }
    sections.removeAt(index);
    m_document.setSections(sections, tr("Remove section"));
    return true;
}

bool StructureEditor::moveSection(int index, int delta) {
    QList<Section> sections = m_document.issue().sections;
    if (!canMove(sections, index, delta)) {
        return false;
    }
    sections.move(index, index + delta);
    m_document.setSections(sections, tr("Move section"));
    return true;
}

bool StructureEditor::addArticle(int index, int at) {
    const Section *current = section(index);
    if (!current || at < 0 || at > current->articles.size()) {
        return false;
    }
    Section edited = *current;
    edited.articles.insert(at, Article{});
    m_document.setSection(index, edited, tr("Add article"));
    return true;
}

bool StructureEditor::removeArticle(int index, int article) {
    const Section *current = section(index);
    if (!current || !validIndex(current->articles, article)) {
        return false;
    }
    Section edited = *current;
    edited.articles.removeAt(article);
    m_document.setSection(index, edited, tr("Remove article"));
    return true;
}

bool StructureEditor::setParagraphLevel(int index, int article, int paragraph, int level) {
    const Section *current = section(index);
    if (!current || !validIndex(current->articles, article) ||
        !validIndex(current->articles.at(article).paragraphs, paragraph) || level < kBodyLevel ||
        level > kMaxHeadingLevel) {
        return false;
    }
    Section edited = *current;
    QList<Paragraph> &paragraphs = edited.articles[article].paragraphs;
    Paragraph &changed = paragraphs[paragraph];
    changed.level = level;
    if (level != kBodyLevel && HeadingNumber::of(changed.text.plainText()).level != level) {
        changed.text = HeadingNumbering::numbered(
            changed.text, level, HeadingNumbering::valueAt(paragraphs, paragraph, level));
    }
    m_document.setSection(
        index, edited, level == kBodyLevel ? tr("Body text") : tr("Heading level %1").arg(level));
    return true;
}

bool StructureEditor::renumberHeadings(int index, int article) {
    const Section *current = section(index);
    if (!current || !validIndex(current->articles, article)) {
        return false;
    }
    Section edited = *current;
    edited.articles[article].paragraphs =
        HeadingNumbering::renumbered(edited.articles.at(article).paragraphs);
    if (edited == *current) {
        return false;
    }
    m_document.setSection(index, edited, tr("Renumber headings"));
    return true;
}

bool StructureEditor::moveArticle(int index, int article, int delta) {
    const Section *current = section(index);
    if (!current || !canMove(current->articles, article, delta)) {
        return false;
    }
    Section edited = *current;
    edited.articles.move(article, article + delta);
    m_document.setSection(index, edited, tr("Move article"));
    return true;
}

bool StructureEditor::addCategory(int index, int at, const QString &name) {
    const Section *current = section(index);
    if (!current || at < 0 || at > current->categories.size()) {
        return false;
    }
    Section edited = *current;
    edited.categories.insert(at, BriefCategory{name, {}, {}});
    m_document.setSection(index, edited, tr("Add category"));
    return true;
}

bool StructureEditor::removeCategory(int index, int category) {
    const Section *current = section(index);
    if (!current || !validIndex(current->categories, category)) {
        return false;
    }
    Section edited = *current;
    edited.categories.removeAt(category);
    m_document.setSection(index, edited, tr("Remove category"));
    return true;
}

bool StructureEditor::moveCategory(int index, int category, int delta) {
    const Section *current = section(index);
    if (!current || !canMove(current->categories, category, delta)) {
        return false;
    }
    Section edited = *current;
    edited.categories.move(category, category + delta);
    m_document.setSection(index, edited, tr("Move category"));
    return true;
}

bool StructureEditor::addItem(int index, int category, int at, const BriefItem &item) {
    const Section *current = section(index);
    if (!current || !validIndex(current->categories, category) || at < 0 ||
        at > current->categories.at(category).items.size()) {
        return false;
    }
    Section edited = *current;
    edited.categories[category].items.insert(at, item);
    m_document.setSection(index, edited, tr("Add item"));
    return true;
}

bool StructureEditor::removeItem(int index, int category, int item) {
    const Section *current = section(index);
    if (!current || !validIndex(current->categories, category) ||
        !validIndex(current->categories.at(category).items, item)) {
        return false;
    }
    Section edited = *current;
    edited.categories[category].items.removeAt(item);
    m_document.setSection(index, edited, tr("Remove item"));
    return true;
}

bool StructureEditor::moveItem(int index, int category, int item, int delta) {
    const Section *current = section(index);
    if (!current || !validIndex(current->categories, category) ||
        !validIndex(current->categories.at(category).items, item) || (delta != 1 && delta != -1)) {
        return false;
    }
    Section edited = *current;
    QList<BriefItem> &items = edited.categories[category].items;
    if (validIndex(items, item + delta)) {
        items.move(item, item + delta);
    } else if (validIndex(edited.categories, category + delta)) {
        // Past the end of its category: into the neighbouring one, at the near end.
        const BriefItem moved = items.takeAt(item);
        QList<BriefItem> &target = edited.categories[category + delta].items;
        target.insert(delta > 0 ? 0 : target.size(), moved);
    } else {
        return false;
    }
    m_document.setSection(index, edited, tr("Move item"));
    return true;
}

bool StructureEditor::moveItemTo(int index, int category, int item, int toCategory, int to) {
    const Section *current = section(index);
    if (!current || !validIndex(current->categories, category) ||
        !validIndex(current->categories.at(category).items, item) ||
        !validIndex(current->categories, toCategory) || to < 0 ||
        to > current->categories.at(toCategory).items.size()) {
        return false;
    }
    if (toCategory == category && (to == item || to == item + 1)) {
        return false; // dropped where it already is
    }
    Section edited = *current;
    const BriefItem moved = edited.categories[category].items.takeAt(item);
    const int at = toCategory == category && to > item ? to - 1 : to;
    edited.categories[toCategory].items.insert(at, moved);
    m_document.setSection(index, edited, tr("Move item"));
    return true;
}

} // namespace kuaibao
