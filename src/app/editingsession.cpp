#include "editingsession.h"

#include "autosaver.h"
#include "core/document/issuedocument.h"
#include "core/templatelibrary.h"
#include "office/issuelease.h"
#include "storage/issuerepository.h"

namespace kuaibao {

EditingSession::EditingSession(IssueRepository &repository, const QString &databasePath,
                               QObject *parent)
    : QObject(parent), m_repository(repository), m_autosaver(new Autosaver(databasePath, this)) {
    // Queued: the save that noticed it may be part of opening another issue.
    connect(m_autosaver, &Autosaver::storedStateDiffers, this, &EditingSession::takeStoredState,
            Qt::QueuedConnection);
}

EditingSession::~EditingSession() {
    m_autosaver->setDocument(nullptr);
}

Status EditingSession::save() {
    return m_autosaver->saveNow();
}

Status EditingSession::open(qint64 storageId) {
    if (m_document && m_document->issue().storageId == storageId) {
        return {};
    }
    if (Status saved = save(); !saved) {
        return saved;
    }
    Result<Issue> issue = m_repository.loadById(storageId);
    if (!issue) {
        return issue.error();
    }
    show(std::move(*issue));
    return {};
}

void EditingSession::show(Issue issue) {
    Result<BulletinTemplate> templ = TemplateLibrary::load(issue.templateId);
    if (templ) {
        m_template = *templ;
    } else {
        m_template.reset();
        emit notice(tr("Unit names cannot be checked: %1").arg(templ.error().message));
    }
    m_readOnly = !isEditableStatus(issue.status);
    m_editedBy.reset();
    if (m_lease && m_readOnly) {
        m_lease->release(); // nobody edits a signed or a past issue
    } else if (m_lease) {
        m_editedBy = m_lease->take(issue.storageId);
        m_readOnly = m_editedBy.has_value();
    }
    auto document = std::make_unique<IssueDocument>(std::move(issue));
    m_autosaver->setDocument(m_readOnly ? nullptr : document.get());
    // document() answers the new issue while the views are told; the old one goes only
    // after every view has let go of it.
    std::swap(m_document, document);
    emit documentChanged(m_document.get());
}

void EditingSession::takeStoredState(qint64 storageId) {
    if (!m_document || m_document->issue().storageId != storageId || m_document->isModified()) {
        return; // another issue is open, or typing went on: the next save brings it again
    }
    Result<Issue> stored = m_repository.loadById(storageId);
    if (!stored) {
        emit notice(tr("Could not read the issue back: %1").arg(stored.error().message));
        return;
    }
    if (stored->status != m_document->issue().status) {
        emit notice(tr("The archive set this issue's status to %1.")
                        .arg(statusDisplayName(stored->status)));
    }
    show(std::move(*stored));
}

Status EditingSession::reload() {
    if (!m_document) {
        return {};
    }
    const qint64 id = m_document->issue().storageId;
    if (Status saved = save(); !saved) {
        return saved;
    }
    Result<Issue> stored = m_repository.loadById(id);
    if (!stored) {
        return stored.error();
    }
    show(std::move(*stored));
    return {};
}

Status EditingSession::startEditing() {
    if (!m_document || !m_editedBy) {
        return {};
    }
    Result<Issue> stored = m_repository.loadById(m_document->issue().storageId);
    if (!stored) {
        return stored.error();
    }
    show(std::move(*stored));
    if (m_editedBy) {
        return Error::conflict(tr("%1 is still editing this issue").arg(m_editedBy->name));
    }
    return {};
}

Status EditingSession::follow() {
    if (!m_document || (!m_readOnly && m_document->isModified())) {
        return {};
    }
    Result<Issue> stored = m_repository.loadById(m_document->issue().storageId);
    if (!stored) {
        return stored.error();
    }
    const Issue &shown = m_document->issue();
    if (!m_readOnly && stored->revision == shown.revision && stored->status == shown.status) {
        return {}; // this window's own save
    }
    if (stored->status != shown.status) {
        emit notice(tr("The archive set this issue's status to %1.")
                        .arg(statusDisplayName(stored->status)));
    }
    show(std::move(*stored));
    return {};
}

Status EditingSession::close() {
    if (Status saved = save(); !saved) {
        return saved;
    }
    if (m_lease) {
        m_lease->release();
    }
    m_editedBy.reset();
    m_autosaver->setDocument(nullptr);
    const std::unique_ptr<IssueDocument> closing = std::move(m_document); // kept until told
    m_template.reset();
    m_readOnly = false;
    emit documentChanged(nullptr);
    return {};
}

const BulletinTemplate *EditingSession::bulletinTemplate() const {
    return m_template ? &*m_template : nullptr;
}

} // namespace kuaibao
