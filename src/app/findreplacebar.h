#pragma once

#include "core/document/issuesearch.h"

#include <QFrame>

#include <memory>
#include <optional>

class QLineEdit;

namespace Ui {
class FindReplaceBar;
}

namespace kuaibao {

class IssueEditor;

// Find and replace across the whole open issue (Ctrl+F, Ctrl+H): a bar under the editor.
// Enter finds the next match and Shift+Enter the previous one; the focus stays in the bar.
class FindReplaceBar : public QFrame {
    Q_OBJECT

public:
    explicit FindReplaceBar(IssueEditor &editor, QWidget *parent = nullptr);
    ~FindReplaceBar() override;

    void showFind();
    void showReplace();
    void findNext();
    void findPrevious();
    void replaceCurrent();
    void replaceAll();
    QLineEdit *findBox() const;
    QLineEdit *replaceBox() const;

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

    std::unique_ptr<Ui::FindReplaceBar> m_ui;
    IssueEditor &m_editor;
    int m_current = -1;
    std::optional<TextMatch> m_shown; // the match marked last
};

} // namespace kuaibao
