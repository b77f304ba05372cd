#include "findreplacebar.h"

#include "core/document/issuedocument.h"
#include "editor/issueeditor.h"
#include "ui_findreplacebar.h"

#include <QApplication>
#include <QKeyEvent>

namespace kuaibao {

FindReplaceBar::FindReplaceBar(IssueEditor &editor, QWidget *parent)
    : QFrame(parent), m_ui(std::make_unique<Ui::FindReplaceBar>()), m_editor(editor) {
    m_ui->setupUi(this);
    // A fixed width, so that the buttons stay put while the count changes with the typing.
    const QFontMetrics metrics(m_ui->findCount->font());
    int countWidth = 0;
    for (const QString &sample :
         {tr("%1 of %2").arg(9999).arg(9999), tr("Not found"), tr("%n found", nullptr, 9999)}) {
        countWidth = qMax(countWidth, metrics.horizontalAdvance(sample));
    }
    m_ui->findCount->setFixedWidth(countWidth + 8);

    m_ui->findBox->installEventFilter(this);
    m_ui->replaceBox->installEventFilter(this);
    connect(m_ui->findBox, &QLineEdit::textChanged, this, [this] {
        m_current = -1;
        m_shown.reset();
        m_editor.clearMatchHighlights();
        if (IssueDocument *document = m_editor.document()) {
            showMatchCount(IssueSearch::findAll(document->issue(), m_ui->findBox->text()));
        }
    });
    connect(m_ui->replaceBox, &QLineEdit::returnPressed, this, &FindReplaceBar::replaceCurrent);
    connect(m_ui->previousButton, &QPushButton::clicked, this, &FindReplaceBar::findPrevious);
    connect(m_ui->nextButton, &QPushButton::clicked, this, &FindReplaceBar::findNext);
    connect(m_ui->replaceButton, &QPushButton::clicked, this, &FindReplaceBar::replaceCurrent);
    connect(m_ui->replaceAllButton, &QPushButton::clicked, this, &FindReplaceBar::replaceAll);
    connect(m_ui->closeButton, &QToolButton::clicked, this, &FindReplaceBar::closeBar);
}

FindReplaceBar::~FindReplaceBar() = default;

QLineEdit *FindReplaceBar::findBox() const {
    return m_ui->findBox;
}

QLineEdit *FindReplaceBar::replaceBox() const {
    return m_ui->replaceBox;
}

void FindReplaceBar::showFind() {
    m_ui->replaceBox->hide();
    m_ui->replaceButton->hide();
    m_ui->replaceAllButton->hide();
    show();
    m_ui->findBox->setFocus(Qt::ShortcutFocusReason);
    m_ui->findBox->selectAll();
}

void FindReplaceBar::showReplace() {
    m_ui->replaceBox->show();
    m_ui->replaceButton->show();
    m_ui->replaceAllButton->show();
    show();
    m_ui->findBox->setFocus(Qt::ShortcutFocusReason);
    m_ui->findBox->selectAll();
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
    const QList<TextMatch> matches = IssueSearch::findAll(document->issue(), m_ui->findBox->text());
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
    m_ui->findCount->setText(tr("%1 of %2").arg(m_current + 1).arg(matches.size()));
}

void FindReplaceBar::replaceCurrent() {
    IssueDocument *document = m_editor.document();
    if (!document || m_ui->findBox->text().isEmpty()) {
        return;
    }
    const QList<TextMatch> matches = IssueSearch::findAll(document->issue(), m_ui->findBox->text());
    if (m_current < 0 || m_current >= matches.size()) {
        step(1); // show the first one before replacing anything
        return;
    }
    const int replacing = m_current;
    if (const std::optional<Issue> replaced = IssueSearch::replaceOne(
            document->issue(), matches.at(replacing), m_ui->replaceBox->text())) {
        document->setContent(*replaced, tr("replace"));
    }
    m_current = replacing - 1; // the next match has moved into its place
    step(1);
}

void FindReplaceBar::replaceAll() {
    IssueDocument *document = m_editor.document();
    if (!document || m_ui->findBox->text().isEmpty()) {
        return;
    }
    int count = 0;
    const Issue replaced = IssueSearch::replaceAll(document->issue(), m_ui->findBox->text(),
                                                   m_ui->replaceBox->text(), &count);
    if (count > 0) {
        document->setContent(replaced, tr("replace all"));
    }
    m_current = -1;
    showMatchCount(IssueSearch::findAll(document->issue(), m_ui->findBox->text()));
    emit message(tr("Replaced %n occurrence(s).", nullptr, count));
}

void FindReplaceBar::showMatchCount(const QList<TextMatch> &matches) {
    m_ui->findCount->setText(m_ui->findBox->text().isEmpty() ? QString()
                             : matches.isEmpty()             ? tr("Not found")
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
    } else if (watched == m_ui->replaceBox) {
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
