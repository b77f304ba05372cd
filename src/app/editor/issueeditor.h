#pragma once

#include "core/document/issuesearch.h"
#include "editorcontext.h"

#include <QPointer>
#include <QScrollArea>

#include <memory>

class QLineEdit;
class QVBoxLayout;

namespace kuaibao {

class FooterForm;
class MastheadForm;
class SectionView;

// The centre of the window: the open issue as a form, top to bottom as it prints (masthead,
// sections, footer). Views follow the document's signals, so undo and redo show at once.
class IssueEditor : public QScrollArea {
    Q_OBJECT

public:
    explicit IssueEditor(QWidget *parent = nullptr);
    ~IssueEditor() override;

    // Edits `document` (not owned; null shows nothing); `units` is its template, may be null.
    void setDocument(IssueDocument *document, const BulletinTemplate *units);
    IssueDocument *document() const { return m_document; }

    // Puts the cursor into a field and scrolls to it.
    void focusField(const FieldKey &key);
    // Marks a found piece of text in its field and scrolls to it; the focus stays where it
    // is (in the find bar), so that typing and Enter never reach the document.
    void revealMatch(const TextMatch &match);
    // Selects a found piece of text in its field, with the focus there (a search hit opened).
    void selectMatch(const TextMatch &match);
    // Removes the mark of every found piece of text, in every field.
    void clearMatchHighlights();
    // Puts the cursor at the end of a found piece of text in its field (the find bar closed).
    void placeCursorAfter(const TextMatch &match);
    QWidget *fieldWidget(const FieldKey &key) const;
    const QList<SectionView *> &sections() const { return m_sections; }

private:
    void buildPage();
    void rebuildSections();
    void syncSections();
    void addSection();

    IssueDocument *m_document = nullptr;
    std::unique_ptr<StructureEditor> m_structure;
    EditorContext m_context;
    QWidget *m_page = nullptr;
    QVBoxLayout *m_sectionsLayout = nullptr;
    MastheadForm *m_masthead = nullptr;
    FooterForm *m_footer = nullptr;
    QList<SectionView *> m_sections;
    QList<QMetaObject::Connection> m_connections;
    QByteArray m_unitsSource;        // the template the unit fields were made for
    QPointer<QLineEdit> m_foundLine; // a one-line field whose selection marks a found text
};

} // namespace kuaibao
