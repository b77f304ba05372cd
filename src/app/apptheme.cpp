#include "apptheme.h"

#include <QWidget>

namespace kuaibao {

void applyAppTheme(QWidget *window) {
    window->setStyleSheet(QStringLiteral(R"(
QMainWindow, QWidget#greeting { background: #f3f4f6; }
QWidget#editorPage { background: #eceef1; }
QFrame#mastheadCard, QFrame#sectionCard, QFrame#footerCard {
    background: #ffffff; border: 1px solid #d9dce1; border-radius: 6px; }
QFrame#articleCard, QFrame#categoryCard { background: #fafbfc; border: 1px solid #e6e8eb;
    border-radius: 4px; }
QLabel#mastheadName { color: #c8102e; font-size: 22px; font-weight: bold;
    font-family: "Noto Serif CJK SC"; padding: 4px; }
QLabel#sectionHeading { color: #1f2933; font-size: 16px; font-weight: bold;
    font-family: "Noto Sans CJK SC"; }
QLabel#emptyHint { color: #7b8794; padding: 2px 4px; }
QLabel#dragHandle { color: #9aa5b1; font-size: 15px; }
QLabel#footerHeading { color: #52606d; font-weight: bold; }
QTextEdit#articleBody, QTextEdit#itemText { font-family: "Noto Serif CJK SC"; font-size: 15px;
    background: #ffffff; border: 1px solid #d0d4da; border-radius: 3px; }
QTextEdit:focus, QLineEdit:focus { border: 1px solid #2f6fde; }
QLineEdit { border: 1px solid #d0d4da; border-radius: 3px; padding: 3px 5px; background: #ffffff; }
QLineEdit#articleTitle { font-weight: bold; font-size: 15px; }
QWidget#issueListPanel, QTreeWidget#issueTree { background: #f8f9fb; }
QTreeWidget#issueTree { border: 1px solid #d9dce1; }
QTreeWidget#issueTree::item:selected { background: #dbe7fb; color: #1a3d7c; }
QScrollArea#pagesPanel, QWidget#pagesBackground { background: #5f6670; }
QLabel#pageImage { border: 1px solid #3b4048; border-bottom: 3px solid #3b4048; }
QLabel#previewNote { color: #e4e7eb; font-size: 11px; }
QLabel#pagesPlaceholder { color: #e4e7eb; font-size: 14px; padding: 40px 16px; }
QLabel#footerWarning { background: #fff4e5; color: #8a4b00; border: 1px solid #f0b35b;
    border-radius: 4px; padding: 6px; }
QFrame#findReplaceBar { background: #ffffff; border-top: 1px solid #d9dce1; }
QPushButton { padding: 4px 12px; border: 1px solid #c5cad1; border-radius: 3px;
    background: #ffffff; }
QPushButton:hover { background: #eef3fc; border-color: #2f6fde; }
QPushButton#greetingNewButton { background: #c8102e; color: white; border: none;
    padding: 8px 24px; font-size: 15px; }
QStatusBar { background: #e9ebef; }
)"));
}

} // namespace kuaibao
