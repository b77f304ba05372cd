#pragma once

#include "core/document/issuesearch.h"

#include <QFrame>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace kuaibao {

class IssueEditor;

// Find and replace across the whole open issue (Ctrl+F, Ctrl+H): a bar under the editor.
// Enter finds the next match and Shift+Enter the previous one; the focus stays in the bar.
class FindReplaceBar : public QFrame {
    Q_OBJECT

public:
    explicit FindReplaceBar(IssueEditor &editor, QWidget *parent = nullptr);

    void showFind();
    void showReplace();
    void findNext();
    void findPrevious();
    void replaceCurrent();
    void replaceAll();
    QLineEdit *findBox() const { return m_find; }
    QLineEdit *replaceBox() const { return m_replace; }

signals:
    void message(const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void step(int delta);
    void showMatchCount(const QList<TextMatch> &matches);
    // Hides the bar, clears every mark it made and gives the text back its cursor.
    void closeBar();
    bool eventFilter(QObject *watched, QEvent *event) override;

    IssueEditor &m_editor;
    QLineEdit *m_find = nullptr;
    QLineEdit *m_replace = nullptr;
    QPushButton *m_replaceButton = nullptr;
    QPushButton *m_replaceAllButton = nullptr;
    QLabel *m_count = nullptr;
    int m_current = -1;
    std::optional<TextMatch> m_shown; // the match marked last
};

} // namespace kuaibao
