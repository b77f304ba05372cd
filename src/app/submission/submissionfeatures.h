#pragma once

#include "core/richtext.h"

#include <QObject>

class QMainWindow;

namespace kuaibao {

class Database;
class EditingSession;
class IssueEditor;
class SubmissionCatcher;
class SubmissionIntake;
struct SubmissionRow;

// Units' submissions dropped or pasted onto the open issue's 简讯 section: the catcher hands
// them here, the intake reads and judges them, the dialog asks which to add, and the intake adds
// the confirmed ones as one undoable step. A file that cannot be read is named in a message box,
// and nothing is added.
class SubmissionFeatures : public QObject {
    Q_OBJECT

public:
    SubmissionFeatures(QMainWindow &window, Database &database, EditingSession &session,
                       IssueEditor &editor);

    SubmissionCatcher *catcher() const { return m_catcher; }
    // Reads `paths` and offers their items for 简讯 section `section` of the open issue.
    void offerFiles(int section, const QStringList &paths);
    // The same for pasted paragraphs.
    void offerParagraphs(int section, const QList<kuaibao::RichText> &paragraphs);

private:
    bool canTake() const;
    void confirm(const SubmissionIntake &intake, const QList<SubmissionRow> &rows,
                 const QString &source);
    void refuse(const QString &message);

    QMainWindow &m_window;
    Database &m_database;
    EditingSession &m_session;
    IssueEditor &m_editor;
    SubmissionCatcher *m_catcher;
};

} // namespace kuaibao
