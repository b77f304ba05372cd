#include "issueeditor.h"

#include "core/bulletintemplate.h"
#include "core/document/issuedocument.h"
#include "core/document/structureeditor.h"
#include "footerform.h"
#include "mastheadform.h"
#include "richtextedit.h"
#include "sectionview.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

namespace kuaibao {

IssueEditor::IssueEditor(QWidget *parent) : QScrollArea(parent) {
    setObjectName(QStringLiteral("issueEditor"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
}

IssueEditor::~IssueEditor() = default;

void IssueEditor::setDocument(IssueDocument *document, const BulletinTemplate *units) {
    for (const QMetaObject::Connection &c : std::as_const(m_connections)) {
        disconnect(c);
    }
    m_connections.clear();
    // Another issue of the same template keeps the form: the views show the new content, and
    // only parts of a different shape are rebuilt. Opening an issue is then mostly setText.
    const bool reuse = document && m_page && units == m_context.units &&
                       m_unitsSource == (units ? units->source() : QByteArray());
    if (!reuse) {
        m_sections.clear();
        m_masthead = nullptr;
        m_footer = nullptr;
        delete takeWidget();
        m_page = nullptr;
    }
    m_document = document;
    if (!document) {
        m_structure.reset();
        m_context = EditorContext{};
        return;
    }
    m_structure = std::make_unique<StructureEditor>(*document);
    m_context.document = document;
    m_context.structure = m_structure.get();
    m_context.units = units;
    m_context.focusField = [this](const FieldKey &key) { focusField(key); };
    m_unitsSource = units ? units->source() : QByteArray();
    if (reuse) {
        m_masthead->sync(document->issue().masthead);
        m_footer->sync(document->issue().footer);
        syncSections();
        verticalScrollBar()->setValue(0);
    } else {
        buildPage();
    }

    m_connections << connect(document, &IssueDocument::mastheadChanged, this,
                             [this] { m_masthead->sync(m_document->issue().masthead); });
    m_connections << connect(document, &IssueDocument::footerChanged, this,
                             [this] { m_footer->sync(m_document->issue().footer); });
    m_connections << connect(document, &IssueDocument::sectionsReset, this,
                             &IssueEditor::rebuildSections);
    m_connections << connect(document, &IssueDocument::sectionChanged, this, [this](int index) {
        if (index >= 0 && index < m_sections.size()) {
            m_sections.at(index)->sync(m_document->issue().sections.at(index));
        }
    });
}

void IssueEditor::buildPage() {
    m_page = new QWidget;
    m_page->setObjectName(QStringLiteral("editorPage"));
    auto *layout = new QVBoxLayout(m_page);
    layout->setContentsMargins(24, 16, 24, 24);
    layout->setSpacing(12);
    m_masthead = new MastheadForm(m_context);
    layout->addWidget(m_masthead);
    m_sectionsLayout = new QVBoxLayout;
    m_sectionsLayout->setSpacing(12);
    layout->addLayout(m_sectionsLayout);
    auto *addSectionButton = new QPushButton(tr("Add section…"));
    addSectionButton->setObjectName(QStringLiteral("addSectionButton"));
    connect(addSectionButton, &QPushButton::clicked, this, &IssueEditor::addSection);
    layout->addWidget(addSectionButton, 0, Qt::AlignLeft);
    m_footer = new FooterForm(m_context);
    layout->addWidget(m_footer);
    layout->addStretch();
    rebuildSections();
    setWidget(m_page);
}

void IssueEditor::syncSections() {
    const QList<Section> &sections = m_document->issue().sections;
    bool sameShape = sections.size() == m_sections.size();
    for (int i = 0; sameShape && i < sections.size(); ++i) {
        sameShape = m_sections.at(i)->kind() == sections.at(i).kind;
    }
    if (!sameShape) {
        rebuildSections();
        return;
    }
    for (int i = 0; i < sections.size(); ++i) {
        m_sections.at(i)->sync(sections.at(i));
    }
}

void IssueEditor::rebuildSections() {
    for (SectionView *view : std::as_const(m_sections)) {
        view->hide();
        view->deleteLater(); // it may be the one whose action is running
    }
    m_sections.clear();
    for (int i = 0; i < m_document->issue().sections.size(); ++i) {
        auto *view = new SectionView(m_context, i);
        m_sectionsLayout->addWidget(view);
        m_sections << view;
    }
}

void IssueEditor::addSection() {
    QMenu menu;
    QAction *articles = menu.addAction(tr("Section of articles (e.g. 指挥调度)"));
    QAction *briefs = menu.addAction(tr("Section of brief items (简讯)"));
    QAction *chosen = menu.exec(QCursor::pos());
    if (!chosen) {
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add section"), tr("Name of the section:"),
                                               QLineEdit::Normal, QString(), &ok)
                             .trimmed();
    if (!ok || name.isEmpty()) {
        return;
    }
    const int at = int(m_document->issue().sections.size());
    m_structure->addSection(at, name,
                            chosen == articles ? SectionKind::Articles : SectionKind::Briefs);
    if (chosen == briefs) {
        m_structure->addCategory(at, 0, QString());
        focusField({FieldKey::CategoryName, at, 0});
    } else {
        focusField({FieldKey::ArticleBody, at, 0});
    }
}

QWidget *IssueEditor::fieldWidget(const FieldKey &key) const {
    if (!m_document) {
        return nullptr;
    }
    switch (key.field) {
    case FieldKey::MastheadNumber:
    case FieldKey::MastheadCumulative:
    case FieldKey::MastheadDate:
    case FieldKey::MastheadOffice:
        return m_masthead->fieldWidget(key.field);
    case FieldKey::StaffName:
    case FieldKey::DistributionText:
    case FieldKey::ContactText:
        return m_footer->fieldWidget(key);
    default:
        return key.section >= 0 && key.section < m_sections.size()
                   ? m_sections.at(key.section)->fieldWidget(key)
                   : nullptr;
    }
}

void IssueEditor::focusField(const FieldKey &key) {
    QWidget *widget = fieldWidget(key);
    if (!widget) {
        return;
    }
    widget->setFocus(Qt::OtherFocusReason);
    // New rows are laid out on the next pass: scroll once they have their place.
    QTimer::singleShot(0, this, [this, widget = QPointer<QWidget>(widget)] {
        if (widget) {
            ensureWidgetVisible(widget, 40, 80);
        }
    });
}

namespace {
// Where a match starts in a one-line field: unit lists show their names joined with 、.
int lineOffset(const QLineEdit &line, const TextMatch &match) {
    qsizetype offset = match.offset;
    if (match.key.field == FieldKey::ItemUnits || match.key.field == FieldKey::AlsoUnits) {
        const QStringList units = line.text().split(QStringLiteral("、"));
        for (int i = 0; i < match.paragraph && i < units.size(); ++i) {
            offset += units.at(i).size() + 1;
        }
    }
    return int(offset);
}
} // namespace

void IssueEditor::revealMatch(const TextMatch &match) {
    clearMatchHighlights();
    QWidget *widget = fieldWidget(match.key);
    if (auto *rich = qobject_cast<RichTextEdit *>(widget)) {
        rich->highlightRange(match.paragraph, match.offset, match.length);
    } else if (auto *line = qobject_cast<QLineEdit *>(widget)) {
        // A line edit shows its selection even without the focus (in the inactive colour).
        line->setSelection(lineOffset(*line, match), int(match.length));
        m_foundLine = line;
    }
    if (widget) {
        ensureWidgetVisible(widget, 40, 80);
    }
}

void IssueEditor::selectMatch(const TextMatch &match) {
    clearMatchHighlights();
    QWidget *widget = fieldWidget(match.key);
    if (auto *rich = qobject_cast<RichTextEdit *>(widget)) {
        rich->selectRange(match.paragraph, match.offset, match.length);
    } else if (auto *line = qobject_cast<QLineEdit *>(widget)) {
        line->setFocus(Qt::OtherFocusReason);
        line->setSelection(lineOffset(*line, match), int(match.length));
    } else if (widget) {
        widget->setFocus(Qt::OtherFocusReason);
    }
    if (widget) {
        ensureWidgetVisible(widget, 40, 80);
    }
}

void IssueEditor::clearMatchHighlights() {
    if (m_page) {
        for (RichTextEdit *rich : m_page->findChildren<RichTextEdit *>()) {
            if (rich->hasFoundHighlight()) {
                rich->clearFoundHighlight();
            }
        }
    }
    if (m_foundLine) {
        m_foundLine->deselect();
        m_foundLine = nullptr;
    }
}

void IssueEditor::placeCursorAfter(const TextMatch &match) {
    QWidget *widget = fieldWidget(match.key);
    if (auto *rich = qobject_cast<RichTextEdit *>(widget)) {
        rich->selectRange(match.paragraph, match.offset + match.length, 0);
    } else if (auto *line = qobject_cast<QLineEdit *>(widget)) {
        line->setFocus(Qt::OtherFocusReason);
        line->setCursorPosition(lineOffset(*line, match) + int(match.length));
    }
}

} // namespace kuaibao
