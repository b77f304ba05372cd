#pragma once

#include "core/bulletintemplate.h"
#include "core/result.h"
#include "storage/live/editingleases.h"

#include <QObject>

#include <memory>
#include <optional>

namespace kuaibao {

class Autosaver;
class IssueDocument;
class IssueLease;
class IssueRepository;

// The issue open in the window: loads it, keeps its template for the unit list, autosaves it,
// saves it before another is opened or the window closes, and holds its editing lease.
class EditingSession : public QObject {
    Q_OBJECT

public:
    // Loads through `repository`; autosaves through a connection of its own to `databasePath`.
    EditingSession(IssueRepository &repository, const QString &databasePath,
                   QObject *parent = nullptr);
    ~EditingSession() override;

    // One editor per issue: the session takes `lease` on each issue it opens for editing and
    // opens an issue someone else edits read-only (none: every issue is editable).
    void setLease(IssueLease *lease) { m_lease = lease; }

    // Saves the open issue, then opens the stored issue `storageId`. When the save fails the
    // open issue stays open (its edits are still in memory) and the error is returned.
    Status open(qint64 storageId);
    // Saves and closes the open issue; on failure it stays open.
    Status close();
    Status save();
    // Saves the open issue, then shows it again as stored (after a sign-off changed it).
    Status reload();
    // Opens the issue shown read-only because it was edited elsewhere for editing, as stored
    // now, when its lease is free; refused (Conflict) while someone still edits it.
    Status startEditing();
    // Someone else changed the open issue: shows it as stored now when it is read-only here,
    // or when it holds no unsaved edits and the archive has a newer revision or another state.
    // Unsaved edits are never replaced.
    Status follow();

    IssueDocument *document() const { return m_document.get(); }
    // An 已签发 issue is open for reading only: it is never autosaved or saved.
    bool isReadOnly() const { return m_readOnly; }
    // Who else edits the open issue, which is then read-only here.
    const std::optional<LeaseHolder> &editedElsewhere() const { return m_editedBy; }
    // The template of the open issue, when it could be loaded (the unit list comes from it).
    const BulletinTemplate *bulletinTemplate() const;
    Autosaver &autosaver() const { return *m_autosaver; }

signals:
    // A different issue (or none) is open now.
    void documentChanged(kuaibao::IssueDocument *document);
    // A note for the status bar, e.g. that the template could not be loaded.
    void notice(const QString &text);

private:
    // Shows `issue` (just loaded) in a new document.
    void show(Issue issue);
    // Replaces the open document with the issue as stored, when it holds no unsaved edits.
    void takeStoredState(qint64 storageId);

    IssueRepository &m_repository;
    Autosaver *m_autosaver = nullptr;
    IssueLease *m_lease = nullptr;
    std::optional<LeaseHolder> m_editedBy;
    std::unique_ptr<IssueDocument> m_document;
    std::optional<BulletinTemplate> m_template;
    bool m_readOnly = false;
};

} // namespace kuaibao
