#pragma once

#include "core/issue.h"
#include "editorcontext.h"

#include <QFrame>

class QComboBox;
class QLineEdit;

namespace kuaibao {

class RichTextEdit;

// One article of a section: its title, its paragraphs (one per line of the body) and its
// attribution, with buttons and Alt+↑/↓ to move it and to add or remove articles, and a style
// box (Ctrl+1 … Ctrl+4, Ctrl+0) that makes the paragraph at the cursor a heading or body text.
class ArticleView : public QFrame {
    Q_OBJECT

public:
    ArticleView(const EditorContext &context, int section, int article, QWidget *parent = nullptr);

    // Shows `article` where the fields do not already show it.
    void sync(const Article &article);
    QWidget *fieldWidget(FieldKey::Field field) const;
    RichTextEdit *body() const { return m_body; }
    QComboBox *levelBox() const { return m_level; }

private:
    void buildActions();
    void buildLevelBox();
    // Makes the paragraph at the cursor a heading of `level`, or body text (0): one undo step.
    void setCurrentLevel(int level);
    void showCurrentLevel();
    FieldKey key(FieldKey::Field field) const { return {field, m_section, m_article}; }

    const EditorContext &m_context; // the editor's, updated when another issue opens
    int m_section;
    int m_article;
    QLineEdit *m_title = nullptr;
    RichTextEdit *m_body = nullptr;
    QLineEdit *m_attribution = nullptr;
    QComboBox *m_level = nullptr;
    int m_paragraphCount = 0;
};

} // namespace kuaibao
