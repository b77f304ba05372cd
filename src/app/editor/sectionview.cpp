#include "sectionview.h"

#include "articleview.h"
#include "categoryview.h"
#include "core/document/structureeditor.h"
#include "io/textexporter.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace kuaibao {

SectionView::SectionView(const EditorContext &context, int section, QWidget *parent)
    : QFrame(parent), m_context(context), m_section(section),
      m_kind(context.section(section).kind) {
    setObjectName(QStringLiteral("sectionCard"));
    // Submission files may be dropped anywhere on a 简讯 section (SubmissionCatcher takes them).
    setAcceptDrops(m_kind == SectionKind::Briefs);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 10);
    layout->setSpacing(6);
    buildHeader(layout);
    m_emptyHint = new QLabel(m_kind == SectionKind::Briefs
                                 ? tr("No categories yet: click “Add category” to start.")
                                 : tr("No report yet: click “Add article” to write one."));
    m_emptyHint->setObjectName(QStringLiteral("emptyHint"));
    layout->addWidget(m_emptyHint);
    m_partsLayout = new QVBoxLayout;
    m_partsLayout->setSpacing(6);
    layout->addLayout(m_partsLayout);
    sync(context.section(section));
}

void SectionView::buildHeader(QVBoxLayout *layout) {
    auto *header = new QHBoxLayout;
    m_heading = new QLabel;
    m_heading->setObjectName(QStringLiteral("sectionHeading"));
    header->addWidget(m_heading);
    header->addStretch();

    const EditorContext *context = &m_context;
    const int s = m_section;
    const bool briefs = context->section(s).kind == SectionKind::Briefs;
    auto *addPart = new QPushButton(briefs ? tr("Add category") : tr("Add article"));
    addPart->setObjectName(QStringLiteral("addPartButton"));
    connect(addPart, &QPushButton::clicked, this, [=] {
        const Section &current = context->section(s);
        if (current.kind == SectionKind::Briefs) {
            const int at = int(current.categories.size());
            if (context->structure->addCategory(s, at, QString())) {
                context->focusField({FieldKey::CategoryName, s, at});
            }
        } else {
            const int at = int(current.articles.size());
            if (context->structure->addArticle(s, at)) {
                context->focusField({FieldKey::ArticleBody, s, at});
            }
        }
    });
    header->addWidget(addPart);

    QAction *up = addLocalAction(this, tr("Move section up"), QKeySequence(),
                                 [=] { context->structure->moveSection(s, -1); });
    QAction *down = addLocalAction(this, tr("Move section down"), QKeySequence(),
                                   [=] { context->structure->moveSection(s, 1); });
    QAction *remove = addLocalAction(this, tr("Remove section"), QKeySequence(), [=] {
        context->structure->removeSection(s); // undoable, so no question is asked
    });
    up->setIcon(editorIcon(EditorIcon::Up));
    down->setIcon(editorIcon(EditorIcon::Down));
    remove->setIcon(editorIcon(EditorIcon::Remove));
    for (QAction *action : {up, down, remove}) {
        auto *button = new QToolButton;
        button->setDefaultAction(action);
        button->setAutoRaise(true);
        header->addWidget(button);
    }
    setContextMenuPolicy(Qt::ActionsContextMenu);
    layout->addLayout(header);
}

void SectionView::sync(const Section &section) {
    m_heading->setText(sectionHeading(section.name));
    const bool sameShape =
        section.kind == SectionKind::Briefs
            ? m_categories.size() == section.categories.size() && m_articles.isEmpty()
            : m_articles.size() == section.articles.size() && m_categories.isEmpty();
    if (!sameShape) {
        rebuildParts(section);
    }
    m_emptyHint->setVisible(m_articles.isEmpty() && m_categories.isEmpty());
    for (int i = 0; i < m_articles.size(); ++i) {
        m_articles.at(i)->sync(section.articles.at(i));
    }
    for (int i = 0; i < m_categories.size(); ++i) {
        m_categories.at(i)->sync(section.categories.at(i));
    }
}

void SectionView::rebuildParts(const Section &section) {
    for (QWidget *old : m_partsLayout->parentWidget()->findChildren<QWidget *>(
             QString(), Qt::FindDirectChildrenOnly)) {
        if (qobject_cast<ArticleView *>(old) || qobject_cast<CategoryView *>(old)) {
            old->hide();
            old->deleteLater(); // it may be the one whose action is running
        }
    }
    m_articles.clear();
    m_categories.clear();
    if (section.kind == SectionKind::Briefs) {
        for (int i = 0; i < section.categories.size(); ++i) {
            auto *view = new CategoryView(m_context, m_section, i, this);
            m_partsLayout->addWidget(view);
            m_categories << view;
        }
    } else {
        for (int i = 0; i < section.articles.size(); ++i) {
            auto *view = new ArticleView(m_context, m_section, i, this);
            m_partsLayout->addWidget(view);
            m_articles << view;
        }
    }
}

QWidget *SectionView::fieldWidget(const FieldKey &key) const {
    if (key.index < 0) {
        return nullptr;
    }
    if (key.field == FieldKey::ArticleTitle || key.field == FieldKey::ArticleBody ||
        key.field == FieldKey::ArticleAttribution) {
        return key.index < m_articles.size() ? m_articles.at(key.index)->fieldWidget(key.field)
                                             : nullptr;
    }
    return key.index < m_categories.size() ? m_categories.at(key.index)->fieldWidget(key) : nullptr;
}

} // namespace kuaibao
