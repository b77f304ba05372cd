#include "richtextedit.h"

#include "boldtext.h"

#include <QAbstractTextDocumentLayout>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QScrollBar>
#include <QTextBlock>

namespace kuaibao {

namespace {
bool isBoldShortcut(const QKeyEvent *key) {
    return key->key() == Qt::Key_B && (key->modifiers() & Qt::ControlModifier) &&
           !(key->modifiers() & (Qt::AltModifier | Qt::ShiftModifier));
}

// The block format property holding a paragraph's heading level.
constexpr int kLevelProperty = QTextFormat::UserProperty + 1;

int blockLevel(const QTextBlock &block) {
    return block.blockFormat().intProperty(kLevelProperty);
}

// A heading paragraph's tint, darker for higher levels; body text has none.
QTextBlockFormat levelFormat(int level) {
    QTextBlockFormat format;
    format.setProperty(kLevelProperty, level);
    if (level > 0) {
        format.setBackground(QColor::fromHsv(215, 40 - 6 * level, 250));
    } else {
        format.clearBackground();
    }
    return format;
}

QTextCharFormat weightFormat(bool bold) {
    QTextCharFormat format;
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    return format;
}
} // namespace

RichTextEdit::RichTextEdit(Mode mode, QWidget *parent) : QTextEdit(parent), m_mode(mode) {
    setUndoRedoEnabled(false);
    setAcceptRichText(false);
    setTabChangesFocus(true);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setLineWrapMode(QTextEdit::WidgetWidth);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    document()->setDocumentMargin(4);
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
            &RichTextEdit::fitHeight);
    connect(this, &QTextEdit::textChanged, this, [this] {
        if (!m_updating) {
            emit edited();
        }
    });
    fitHeight();
}

QList<RichText> RichTextEdit::paragraphs() const {
    return BoldText::paragraphs(*document());
}

RichText RichTextEdit::text() const {
    RichText joined;
    for (const RichText &p : paragraphs()) {
        joined.append(p);
    }
    return joined;
}

QList<int> RichTextEdit::levels() const {
    QList<int> out;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        out << blockLevel(block);
    }
    return out;
}

void RichTextEdit::setLevels(const QList<int> &levels) {
    if (levels == this->levels()) {
        return;
    }
    m_updating = true;
    QTextBlock block = document()->begin();
    for (int i = 0; block.isValid(); block = block.next(), ++i) {
        const int level = i < levels.size() ? levels.at(i) : 0;
        if (blockLevel(block) != level) {
            QTextCursor(block).setBlockFormat(levelFormat(level));
        }
    }
    m_updating = false;
}

int RichTextEdit::currentParagraph() const {
    return textCursor().blockNumber();
}

void RichTextEdit::setParagraphs(const QList<RichText> &paragraphs) {
    if (paragraphs == this->paragraphs()) {
        return;
    }
    const int position = textCursor().position();
    m_updating = true;
    document()->clear();
    QTextCursor cursor(document());
    for (int i = 0; i < paragraphs.size(); ++i) {
        if (i > 0) {
            cursor.insertBlock();
        }
        for (const TextRun &run : paragraphs.at(i).runs()) {
            cursor.insertText(run.text, weightFormat(run.bold));
        }
    }
    QTextCursor restored(document());
    restored.setPosition(qBound(0, position, document()->characterCount() - 1));
    setTextCursor(restored);
    m_updating = false;
}

void RichTextEdit::toggleBold() {
    if (isReadOnly()) {
        return;
    }
    QTextCursor cursor = textCursor();
    if (!cursor.hasSelection()) {
        mergeCurrentCharFormat(weightFormat(currentCharFormat().fontWeight() < QFont::DemiBold));
        return;
    }
    // Bold when any of the selection is plain, plain when all of it is bold (as Word and WPS).
    const int start = cursor.selectionStart();
    const int end = cursor.selectionEnd();
    bool anyPlain = false;
    for (QTextBlock block = document()->findBlock(start); block.isValid() && block.position() < end;
         block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const bool overlaps =
                fragment.position() < end && fragment.position() + fragment.length() > start;
            anyPlain =
                anyPlain || (overlaps && fragment.charFormat().fontWeight() < QFont::DemiBold);
        }
    }
    cursor.mergeCharFormat(weightFormat(anyPlain));
    setTextCursor(cursor);
}

void RichTextEdit::selectRange(int paragraph, qsizetype offset, qsizetype length) {
    const QTextBlock block = document()->findBlockByNumber(paragraph);
    if (!block.isValid()) {
        return;
    }
    QTextCursor cursor(document());
    cursor.setPosition(block.position() + int(qMin<qsizetype>(offset, block.length() - 1)));
    cursor.setPosition(block.position() + int(qMin<qsizetype>(offset + length, block.length() - 1)),
                       QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    setFocus(Qt::OtherFocusReason);
}

void RichTextEdit::highlightRange(int paragraph, qsizetype offset, qsizetype length) {
    const QTextBlock block = document()->findBlockByNumber(paragraph);
    if (!block.isValid()) {
        return;
    }
    QTextEdit::ExtraSelection found;
    found.cursor = QTextCursor(document());
    found.cursor.setPosition(block.position() + int(qMin<qsizetype>(offset, block.length() - 1)));
    found.cursor.setPosition(block.position() +
                                 int(qMin<qsizetype>(offset + length, block.length() - 1)),
                             QTextCursor::KeepAnchor);
    found.format.setBackground(QColor(0xff, 0xd5, 0x4f));
    found.format.setForeground(Qt::black);
    setExtraSelections({found});
}

void RichTextEdit::clearFoundHighlight() {
    setExtraSelections({});
}

QSize RichTextEdit::sizeHint() const {
    return {QTextEdit::sizeHint().width(), contentHeight()};
}

QSize RichTextEdit::minimumSizeHint() const {
    return {80, contentHeight()};
}

bool RichTextEdit::event(QEvent *event) {
    // Ctrl+B belongs to the text being edited, before any window shortcut sees it.
    if (event->type() == QEvent::ShortcutOverride &&
        isBoldShortcut(static_cast<QKeyEvent *>(event))) {
        event->accept();
        return true;
    }
    return QTextEdit::event(event);
}

void RichTextEdit::keyPressEvent(QKeyEvent *event) {
    if (isReadOnly()) {
        QTextEdit::keyPressEvent(event); // moving and copying only
        return;
    }
    if (isBoldShortcut(event)) {
        toggleBold();
        return;
    }
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && m_mode == Mode::SingleParagraph) {
        emit returnPressed();
        return;
    }
    if (enter &&
        ((event->modifiers() & Qt::ShiftModifier) || blockLevel(textCursor().block()) > 0)) {
        // A paragraph, never a line break inside one; after a heading, one of body text.
        QTextCursor cursor = textCursor();
        const bool fromHeading = blockLevel(cursor.block()) > 0 && cursor.atBlockEnd();
        cursor.beginEditBlock();
        cursor.insertBlock();
        if (fromHeading) {
            cursor.setBlockFormat(levelFormat(0));
        }
        cursor.endEditBlock();
        setTextCursor(cursor);
        return;
    }
    QTextEdit::keyPressEvent(event);
}

void RichTextEdit::contextMenuEvent(QContextMenuEvent *event) {
    QMenu *menu = createStandardContextMenu(event->pos());
    // The text edit's own undo is off: offer the window's Undo and Redo instead, with the same
    // labels ("Undo typing") and shortcuts (Ctrl+Y) as the Edit menu.
    for (const QString &name : {QStringLiteral("undo"), QStringLiteral("redo")}) {
        QAction *standard = menu->findChild<QAction *>(QStringLiteral("edit-") + name);
        QAction *shared = window()->findChild<QAction *>(name + QStringLiteral("Action"));
        if (standard && shared) {
            menu->insertAction(standard, shared);
            menu->removeAction(standard);
        }
    }
    if (isReadOnly()) {
        menu->exec(event->globalPos());
        delete menu;
        return;
    }
    menu->addSeparator();
    QAction *bold = menu->addAction(tr("&Bold"), this, &RichTextEdit::toggleBold);
    bold->setShortcut(QKeySequence::Bold);
    if (!m_extraActions.isEmpty()) {
        menu->addSeparator();
        menu->addActions(m_extraActions);
    }
    menu->exec(event->globalPos());
    delete menu;
}

bool RichTextEdit::canInsertFromMimeData(const QMimeData *source) const {
    return source->hasText() || source->hasHtml();
}

void RichTextEdit::insertFromMimeData(const QMimeData *source) {
    if (isReadOnly()) {
        return;
    }
    insertParagraphs(BoldText::fromMimeData(*source));
}

void RichTextEdit::insertParagraphs(const QList<RichText> &paragraphs) {
    QTextCursor cursor = textCursor();
    cursor.beginEditBlock();
    cursor.removeSelectedText();
    for (int i = 0; i < paragraphs.size(); ++i) {
        if (i > 0 && m_mode == Mode::Paragraphs) {
            cursor.insertBlock();
        }
        for (const TextRun &run : paragraphs.at(i).runs()) {
            cursor.insertText(run.text, weightFormat(run.bold));
        }
    }
    cursor.endEditBlock();
    setTextCursor(cursor);
    ensureCursorVisible();
}

void RichTextEdit::resizeEvent(QResizeEvent *event) {
    QTextEdit::resizeEvent(event);
    fitHeight();
}

int RichTextEdit::contentHeight() const {
    const int lineHeight = fontMetrics().lineSpacing();
    const int documentHeight = int(document()->size().height());
    return qMax(documentHeight, lineHeight + 8) + 2 * frameWidth();
}

void RichTextEdit::fitHeight() {
    const int height = contentHeight();
    if (height != this->height()) {
        setFixedHeight(height);
    }
}

} // namespace kuaibao
