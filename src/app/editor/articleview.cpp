#include "articleview.h"

#include "core/document/structureeditor.h"
#include "richtextedit.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace kuaibao {

namespace {
void syncLine(QLineEdit *edit, const QString &text) {
    if (edit->text() != text) {
        const int position = edit->cursorPosition();
        edit->setText(text);
        edit->setCursorPosition(qMin(position, int(text.size())));
    }
}

bool samePlainText(const QList<Paragraph> &a, const QList<Paragraph> &b) {
    if (a.size() != b.size()) {
        return false;
    }
    for (int i = 0; i < a.size(); ++i) {
        if (a.at(i).text.plainText() != b.at(i).text.plainText() ||
            a.at(i).level != b.at(i).level) {
            return false;
        }
    }
    return true;
}

QToolButton *toolButton(QAction *action) {
    auto *button = new QToolButton;
    button->setDefaultAction(action);
    button->setAutoRaise(true);
    return button;
}
} // namespace

ArticleView::ArticleView(const EditorContext &context, int section, int article, QWidget *parent)
    : QFrame(parent), m_context(context), m_section(section), m_article(article) {
    setObjectName(QStringLiteral("articleCard"));
    setFrameShape(QFrame::NoFrame);
    setContextMenuPolicy(Qt::ActionsContextMenu);

    m_title = new QLineEdit;
    m_title->setObjectName(QStringLiteral("articleTitle"));
    m_title->setPlaceholderText(tr("Title (leave empty for a report without one)"));
    m_body = new RichTextEdit(RichTextEdit::Mode::Paragraphs);
    m_body->setObjectName(QStringLiteral("articleBody"));
    m_body->setPlaceholderText(tr("Type or paste the report; each line is a paragraph"));
    m_attribution = new QLineEdit;
    m_attribution->setObjectName(QStringLiteral("attribution"));
    m_attribution->setPlaceholderText(tr("Attribution, e.g. （本刊）"));
    m_attribution->setMaximumWidth(220);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(4);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Article %1").arg(article + 1)));
    top->addWidget(m_title, 1);
    layout->addLayout(top);
    layout->addWidget(m_body);
    m_level = new QComboBox;
    m_level->setObjectName(QStringLiteral("paragraphLevel"));
    m_level->setFocusPolicy(Qt::ClickFocus);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_level);
    bottom->addStretch();
    bottom->addWidget(m_attribution);
    layout->addLayout(bottom);
    buildActions();
    buildLevelBox();

    connect(m_title, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_context.editSection(m_section, key(FieldKey::ArticleTitle),
                              [&](Section &s) { s.articles[m_article].title = text; });
    });
    connect(m_attribution, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_context.editSection(m_section, key(FieldKey::ArticleAttribution),
                              [&](Section &s) { s.articles[m_article].attribution = text; });
    });
    connect(m_body, &RichTextEdit::edited, this, [this] {
        QList<Paragraph> paragraphs;
        const QList<int> levels = m_body->levels();
        for (const RichText &text : m_body->paragraphs()) {
            paragraphs << Paragraph{text, levels.value(paragraphs.size())};
        }
        if (paragraphs.size() == 1 && paragraphs.first().text.isEmpty()) {
            paragraphs.clear(); // an empty body is an article without paragraphs
        }
        const auto change = [&](Section &s) { s.articles[m_article].paragraphs = paragraphs; };
        if (samePlainText(paragraphs,
                          m_context.section(m_section).articles.at(m_article).paragraphs)) {
            m_context.formatSection(m_section, change); // only bold changed
            return;
        }
        // A new or joined paragraph starts a new undo step.
        const bool newStep = paragraphs.size() != m_paragraphCount;
        m_paragraphCount = int(paragraphs.size());
        m_context.editSection(m_section, key(FieldKey::ArticleBody), change, newStep);
    });
    sync(m_context.section(section).articles.at(article));
}

void ArticleView::buildActions() {
    const EditorContext *context = &m_context;
    const int s = m_section;
    const int a = m_article;
    QAction *up = addLocalAction(this, tr("Move article up"), QKeySequence(tr("Alt+Up")), [=] {
        if (context->structure->moveArticle(s, a, -1)) {
            context->focusField({FieldKey::ArticleBody, s, a - 1});
        }
    });
    QAction *down =
        addLocalAction(this, tr("Move article down"), QKeySequence(tr("Alt+Down")), [=] {
            if (context->structure->moveArticle(s, a, 1)) {
                context->focusField({FieldKey::ArticleBody, s, a + 1});
            }
        });
    QAction *add = addLocalAction(this, tr("Add article below"), QKeySequence(), [=] {
        if (context->structure->addArticle(s, a + 1)) {
            context->focusField({FieldKey::ArticleBody, s, a + 1});
        }
    });
    QAction *remove = addLocalAction(this, tr("Remove article"), QKeySequence(), [=] {
        if (context->structure->removeArticle(s, a)) {
            context->focusField({FieldKey::ArticleBody, s, qMax(0, a - 1)});
        }
    });
    up->setIcon(editorIcon(EditorIcon::Up));
    down->setIcon(editorIcon(EditorIcon::Down));
    add->setIcon(editorIcon(EditorIcon::Add));
    remove->setIcon(editorIcon(EditorIcon::Remove));
    auto *top = static_cast<QHBoxLayout *>(layout()->itemAt(0)->layout());
    for (QAction *action : {up, down, add, remove}) {
        top->addWidget(toolButton(action));
    }
    QAction *renumber = addLocalAction(this, tr("Renumber headings"), QKeySequence(),
                                       [=] { context->structure->renumberHeadings(s, a); });
    m_body->setExtraActions({up, down, add, remove, renumber});
}

void ArticleView::buildLevelBox() {
    m_level->addItem(tr("Body text"));
    m_level->addItem(tr("Heading 1 (一、)"));
    m_level->addItem(tr("Heading 2 (（一）)"));
    m_level->addItem(tr("Heading 3 (1.)"));
    m_level->addItem(tr("Heading 4 (（1）)"));
    m_level->setToolTip(tr("The style of the paragraph at the cursor (Ctrl+1 … Ctrl+4 for a "
                           "heading, Ctrl+0 for body text)"));
    for (int level = kBodyLevel; level <= kMaxHeadingLevel; ++level) {
        addLocalAction(this, m_level->itemText(level),
                       QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + level)),
                       [this, level] { setCurrentLevel(level); });
    }
    connect(m_level, &QComboBox::activated, this, [this](int level) {
        setCurrentLevel(level);
        m_body->setFocus(Qt::OtherFocusReason);
    });
    connect(m_body, &RichTextEdit::cursorPositionChanged, this, &ArticleView::showCurrentLevel);
}

void ArticleView::setCurrentLevel(int level) {
    if (m_body->isReadOnly()) {
        return;
    }
    const int paragraph = m_body->currentParagraph();
    if (m_context.structure->setParagraphLevel(m_section, m_article, paragraph, level)) {
        showCurrentLevel();
    }
}

void ArticleView::showCurrentLevel() {
    const QList<int> levels = m_body->levels();
    const QSignalBlocker blocker(m_level);
    m_level->setCurrentIndex(levels.value(m_body->currentParagraph()));
}

void ArticleView::sync(const Article &article) {
    syncLine(m_title, article.title);
    syncLine(m_attribution, article.attribution);
    QList<RichText> paragraphs;
    QList<int> levels;
    for (const Paragraph &p : article.paragraphs) {
        paragraphs << p.text;
        levels << p.level;
    }
    if (paragraphs.isEmpty()) {
        paragraphs << RichText();
    }
    m_body->setParagraphs(paragraphs);
    m_body->setLevels(levels);
    m_paragraphCount = int(article.paragraphs.size());
    showCurrentLevel();
}

QWidget *ArticleView::fieldWidget(FieldKey::Field field) const {
    switch (field) {
    case FieldKey::ArticleTitle:
        return m_title;
    case FieldKey::ArticleAttribution:
        return m_attribution;
    default:
        return m_body;
    }
}

} // namespace kuaibao
