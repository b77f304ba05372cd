#include "findreplacebar.h"

#include "core/document/issuedocument.h"
#include "editor/issueeditor.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

namespace kuaibao {

FindReplaceBar::FindReplaceBar(IssueEditor &editor, QWidget *parent)
    : QFrame(parent), m_editor(editor) {
    setObjectName(QStringLiteral("findReplaceBar"));
    m_find = new QLineEdit;
    m_find->setObjectName(QStringLiteral("findBox"));
    m_find->setPlaceholderText(tr("Find in this issue"));
    m_find->setClearButtonEnabled(true);
    m_replace = new QLineEdit;
    m_replace->setObjectName(QStringLiteral("replaceBox"));
    m_replace->setPlaceholderText(tr("Replace with"));
    auto *previous = new QPushButton(tr("Previous"));
    auto *next = new QPushButton(tr("Next"));
    m_replaceButton = new QPushButton(tr("Replace"));
    m_replaceAllButton = new QPushButton(tr("Replace all"));
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("findCount"));
    // A fixed width, so that the buttons stay put while the count changes with the typing.
    const QFontMetrics metrics(m_count->font());
    int countWidth = 0;
    for (const QString &sample :
         {tr("%1 of %2").arg(9999).arg(9999), tr("Not found"), tr("%n found", nullptr, 9999)}) {
        countWidth = qMax(countWidth, metrics.horizontalAdvance(sample));
    }
    m_count->setFixedWidth(countWidth + 8);
    auto *close = new QToolButton;
    close->setText(QStringLiteral("✕"));
    close->setToolTip(tr("Close (Esc)"));
    close->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_find, 2);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(m_replace, 2);
    layout->addWidget(m_replaceButton);
    layout->addWidget(m_replaceAllButton);
    layout->addWidget(m_count);
    layout->addWidget(close);

    m_find->installEventFilter(this);
    m_replace->installEventFilter(this);
    connect(m_find, &QLineEdit::textChanged, this, [this] {
        m_current = -1;
        m_shown.reset();
        m_editor.clearMatchHighlights();
        if (IssueDocument *document = m_editor.document()) {
            showMatchCount(IssueSearch::findAll(document->issue(), m_find->text()));
        }
    });
    connect(m_replace, &QLineEdit::returnPressed, this, &FindReplaceBar::replaceCurrent);
    connect(previous, &QPushButton::clicked, this, &FindReplaceBar::findPrevious);
    connect(next, &QPushButton::clicked, this, &FindReplaceBar::findNext);
    connect(m_replaceButton, &QPushButton::clicked, this, &FindReplaceBar::replaceCurrent);
    connect(m_replaceAllButton, &QPushButton::clicked, this, &FindReplaceBar::replaceAll);
    connect(close, &QToolButton::clicked, this, &FindReplaceBar::closeBar);
}

void FindReplaceBar::showFind() {
    m_replace->hide();
    m_replaceButton->hide();
    m_replaceAllButton->hide();
    show();
    m_find->setFocus(Qt::ShortcutFocusReason);
    m_find->selectAll();
}

void FindReplaceBar::showReplace() {
    m_replace->show();
    m_replaceButton->show();
    m_replaceAllButton->show();
    show();
    m_find->setFocus(Qt::ShortcutFocusReason);
    m_find->selectAll();
}

void FindReplaceBar::findNext() {
    step(1);
}

void FindReplaceBar::findPrevious() {
    step(-1);
}

void FindReplaceBar::step(int delta) {
    IssueDocument *document = m_editor.document();
    if (!document) {
        return;
    }
    const QList<TextMatch> matches = IssueSearch::findAll(document->issue(), m_find->text());
    showMatchCount(matches);
    if (matches.isEmpty()) {
        m_current = -1;
        m_shown.reset();
        m_editor.clearMatchHighlights();
        return;
    }
    m_current = m_current < 0 ? (delta > 0 ? 0 : int(matches.size()) - 1)
                              : (m_current + delta + int(matches.size())) % int(matches.size());
    m_shown = matches.at(m_current);
    m_editor.revealMatch(*m_shown);
    m_count->setText(tr("%1 of %2").arg(m_current + 1).arg(matches.size()));
}

void FindReplaceBar::replaceCurrent() {
    IssueDocument *document = m_editor.document();
    if (!document || m_find->text().isEmpty()) {
        return;
    }
    const QList<TextMatch> matches = IssueSearch::findAll(document->issue(), m_find->text());
    if (m_current < 0 || m_current >= matches.size()) {
        step(1); // show the first one before replacing anything
        return;
    }
    const int replacing = m_current;
    if (const std::optional<Issue> replaced =
            IssueSearch::replaceOne(document->issue(), matches.at(replacing), m_replace->text())) {
        document->setContent(*replaced, tr("replace"));
    }
    m_current = replacing - 1; // the next match has moved into its place
    step(1);
}

void FindReplaceBar::replaceAll() {
    IssueDocument *document = m_editor.document();
    if (!document || m_find->text().isEmpty()) {
        return;
    }
    int count = 0;
    const Issue replaced =
        IssueSearch::replaceAll(document->issue(), m_find->text(), m_replace->text(), &count);
    if (count > 0) {
        document->setContent(replaced, tr("replace all"));
    }
    m_current = -1;
    showMatchCount(IssueSearch::findAll(document->issue(), m_find->text()));
    emit message(tr("Replaced %n occurrence(s).", nullptr, count));
}

void FindReplaceBar::showMatchCount(const QList<TextMatch> &matches) {
    m_count->setText(m_find->text().isEmpty() ? QString()
                     : matches.isEmpty()      ? tr("Not found")
                                              : tr("%n found", nullptr, int(matches.size())));
}

void FindReplaceBar::closeBar() {
    m_editor.clearMatchHighlights();
    const bool hadFocus = isAncestorOf(QApplication::focusWidget());
    hide();
    if (m_shown && hadFocus) {
        m_editor.placeCursorAfter(*m_shown);
    }
    m_shown.reset();
    m_current = -1;
}

bool FindReplaceBar::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride) {
        return QFrame::eventFilter(watched, event);
    }
    auto *key = static_cast<QKeyEvent *>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (!enter && key->key() != Qt::Key_Escape) {
        return QFrame::eventFilter(watched, event);
    }
    if (event->type() == QEvent::ShortcutOverride) {
        event->accept(); // Enter and Esc belong to the bar, before any window shortcut
        return true;
    }
    if (key->key() == Qt::Key_Escape) {
        closeBar();
    } else if (watched == m_replace) {
        replaceCurrent();
    } else if (key->modifiers() & Qt::ShiftModifier) {
        findPrevious();
    } else {
        findNext();
    }
    return true; // never passed on: the document does not see these keys
}

void FindReplaceBar::keyPressEvent(QKeyEvent *event) {
    if (event->key() == Qt::Key_Escape) {
        closeBar();
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace kuaibao
