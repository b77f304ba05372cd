#pragma once

#include "editorcontext.h"

#include <QFrame>

class QLabel;
class QVBoxLayout;

namespace kuaibao {

class ArticleView;
class CategoryView;

// One section of the issue: its heading, then its articles or its 简讯 categories.
class SectionView : public QFrame {
    Q_OBJECT

public:
    SectionView(const EditorContext &context, int section, QWidget *parent = nullptr);

    // Shows `section`; rebuilds the parts only when they were added, removed or moved between.
    void sync(const Section &section);
    QWidget *fieldWidget(const FieldKey &key) const;
    SectionKind kind() const { return m_kind; }
    const QList<ArticleView *> &articles() const { return m_articles; }
    const QList<CategoryView *> &categories() const { return m_categories; }

private:
    void buildHeader(QVBoxLayout *layout);
    void rebuildParts(const Section &section);

    const EditorContext &m_context; // the editor's, updated when another issue opens
    int m_section;
    SectionKind m_kind;
    QLabel *m_heading = nullptr;
    QLabel *m_emptyHint = nullptr;
    QVBoxLayout *m_partsLayout = nullptr;
    QList<ArticleView *> m_articles;
    QList<CategoryView *> m_categories;
};

} // namespace kuaibao
