#include "editingsession.h"

#include "autosaver.h"
#include "core/document/issuedocument.h"
#include "core/templatelibrary.h"
#include "storage/issuerepository.h"

namespace kuaibao {

EditingSession::EditingSession(IssueRepository &repository, const QString &databasePath,
                               QObject *parent)
    : QObject(parent), m_repository(repository), m_autosaver(new Autosaver(databasePath, this)) {}

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
    Result<BulletinTemplate> templ = TemplateLibrary::load(issue->templateId);
    if (templ) {
        m_template = *templ;
    } else {
        m_template.reset();
        emit notice(tr("Unit names cannot be checked: %1").arg(templ.error().message));
    }
    auto document = std::make_unique<IssueDocument>(std::move(*issue));
    m_autosaver->setDocument(document.get());
    emit documentChanged(document.get());
    m_document = std::move(document); // the old one goes only after every view has let go
    return {};
}

Status EditingSession::close() {
    if (Status saved = save(); !saved) {
        return saved;
    }
    m_autosaver->setDocument(nullptr);
    emit documentChanged(nullptr);
    m_document.reset();
    m_template.reset();
    return {};
}

const BulletinTemplate *EditingSession::bulletinTemplate() const {
    return m_template ? &*m_template : nullptr;
}

} // namespace kuaibao
