#include "issuedocument.h"

#include "contentcommands.h"
#include "partcommands.h"
#include "sectioncommands.h"
#include "sectionlistcommands.h"

namespace kuaibao {

IssueDocument::IssueDocument(Issue issue, QObject *parent)
    : QObject(parent), m_issue(std::move(issue)) {
    m_undo.setUndoLimit(1000);
    connect(&m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) {
        if (m_undo.count() == 0) {
            return; // the stack is being cleared as the document goes: nobody is to be told
        }
        emit modifiedChanged(!clean);
    });
}

void IssueDocument::setMasthead(const Masthead &masthead, const QString &text, FieldKey key) {
    if (masthead == m_issue.masthead) {
        return;
    }
    m_undo.push(new MastheadCommand(*this, m_issue.masthead, masthead, text, key));
}

void IssueDocument::setSection(int index, const Section &section, const QString &text, FieldKey key,
                               bool startsNewStep) {
    if (index < 0 || index >= m_issue.sections.size() || section == m_issue.sections.at(index)) {
        return;
    }
    m_undo.push(new SectionCommand(*this, index, m_issue.sections.at(index), section, text, key,
                                   startsNewStep));
}

void IssueDocument::setSections(const QList<Section> &sections, const QString &text) {
    if (sections == m_issue.sections) {
        return;
    }
    m_undo.push(new SectionListCommand(*this, m_issue.sections, sections, text));
}

void IssueDocument::setFooter(const Footer &footer, const QString &text, FieldKey key) {
    if (footer == m_issue.footer) {
        return;
    }
    m_undo.push(new FooterCommand(*this, m_issue.footer, footer, text, key));
}

void IssueDocument::setContent(const Issue &content, const QString &text) {
    if (content.sameContent(m_issue)) {
        return;
    }
    m_undo.push(new ContentCommand(*this, m_issue, content, text));
}

void IssueDocument::markSaved(quint64 serial, qint64 storageId, int revision) {
    m_issue.storageId = storageId;
    m_issue.revision = revision;
    if (serial == m_serial) {
        m_undo.setClean();
    } else {
        m_undo.resetClean(); // typed on meanwhile: the saved state is not on the stack
    }
}

void IssueDocument::applyMasthead(const Masthead &masthead) {
    m_issue.masthead = masthead;
    emit mastheadChanged();
    touch();
}

void IssueDocument::applySection(int index, const Section &section) {
    m_issue.sections[index] = section;
    emit sectionChanged(index);
    touch();
}

void IssueDocument::applySections(const QList<Section> &sections) {
    m_issue.sections = sections;
    emit sectionsReset();
    touch();
}

void IssueDocument::applyFooter(const Footer &footer) {
    m_issue.footer = footer;
    emit footerChanged();
    touch();
}

void IssueDocument::applyContent(const Issue &content) {
    m_issue.masthead = content.masthead;
    m_issue.sections = content.sections;
    m_issue.footer = content.footer;
    emit mastheadChanged();
    emit sectionsReset();
    emit footerChanged();
    touch();
}

void IssueDocument::touch() {
    ++m_serial;
    emit changed();
}

} // namespace kuaibao
