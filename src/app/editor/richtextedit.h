#pragma once

#include "core/richtext.h"

#include <QTextEdit>

namespace kuaibao {

// The editor of paragraph text: plain text with bold runs and nothing else. Ctrl+B toggles
// bold; pasting keeps text and bold only. It grows with its text instead of scrolling, and
// its own undo is off: every change goes to the undo stack through its owner.
class RichTextEdit : public QTextEdit {
    Q_OBJECT

public:
    // A multi-paragraph edit (an article body) or a one-paragraph edit (a 简讯 item).
    enum class Mode { Paragraphs, SingleParagraph };
    explicit RichTextEdit(Mode mode, QWidget *parent = nullptr);

    QList<RichText> paragraphs() const;
    // Shows `paragraphs` without signalling an edit, keeping the cursor where it was.
    void setParagraphs(const QList<RichText> &paragraphs);
    // For a one-paragraph edit: all its text as one RichText.
    RichText text() const;
    // The heading level (0 body text, 1–4) of each paragraph, and setting them without
    // signalling an edit; a heading paragraph is shown tinted. Enter at the end of a heading
    // starts a paragraph of body text, as in Word and WPS.
    QList<int> levels() const;
    void setLevels(const QList<int> &levels);
    // The paragraph the cursor is in.
    int currentParagraph() const;

    // Bold on or off for the selection, or for what is typed next.
    void toggleBold();
    // Actions offered on top of the standard ones in the context menu (move, remove …).
    void setExtraActions(const QList<QAction *> &actions) { m_extraActions = actions; }
    // Selects characters [offset, offset+length) of paragraph `paragraph`, and shows them.
    void selectRange(int paragraph, qsizetype offset, qsizetype length);
    // Marks characters [offset, offset+length) of paragraph `paragraph` as a find result,
    // without moving the cursor or the focus; clearFoundHighlight() removes the mark.
    void highlightRange(int paragraph, qsizetype offset, qsizetype length);
    void clearFoundHighlight();
    bool hasFoundHighlight() const { return !extraSelections().isEmpty(); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    // The user changed the text (never sent for setParagraphs).
    void edited();
    // Enter in a one-paragraph edit: the owner may start the next item.
    void returnPressed();

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void insertParagraphs(const QList<RichText> &paragraphs);
    void fitHeight();
    int contentHeight() const;

    Mode m_mode;
    bool m_updating = false;
    QList<QAction *> m_extraActions;
};

} // namespace kuaibao
