#include "submissionfeatures.h"

#include "app/editingsession.h"
#include "app/editor/issueeditor.h"
#include "core/document/issuedocument.h"
#include "submissioncatcher.h"
#include "submissiondialog.h"
#include "submissionintake.h"

#include <QApplication>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>
#include <QStatusBar>

namespace kuaibao {

namespace {

// A wait cursor while the archive is read.
class BusyCursor {
public:
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor &) = delete;
    BusyCursor &operator=(const BusyCursor &) = delete;
};

} // namespace

SubmissionFeatures::SubmissionFeatures(QMainWindow &window, Database &database,
                                       EditingSession &session, IssueEditor &editor)
    : QObject(&window), m_window(window), m_database(database), m_session(session),
      m_editor(editor),
      m_catcher(new SubmissionCatcher(
          editor, [this] { return canTake(); },
          [this](const QList<RichText> &paragraphs, bool intoItemText) {
              const Result<QStringList> units = SubmissionIntake::unitNames(m_database);
              return SubmissionIntake::isSubmissionPaste(paragraphs, units ? *units : QStringList(),
                                                         intoItemText);
          },
          this)) {
    qApp->installEventFilter(m_catcher);
    connect(m_catcher, &SubmissionCatcher::filesDropped, this, &SubmissionFeatures::offerFiles);
    connect(m_catcher, &SubmissionCatcher::submissionPasted, this,
            &SubmissionFeatures::offerParagraphs);
}

bool SubmissionFeatures::canTake() const {
    return m_session.document() && !m_session.isReadOnly();
}

void SubmissionFeatures::offerFiles(int section, const QStringList &paths) {
    if (!canTake()) {
        return;
    }
    std::optional<Result<SubmissionIntake>> intake;
    std::optional<Result<QList<SubmissionRow>>> rows;
    {
        const BusyCursor busy;
        intake = SubmissionIntake::load(m_database, m_session.document()->issue(), section);
        if (*intake) {
            rows = (*intake)->readFiles(paths);
        }
    }
    if (!*intake) {
        refuse(intake->error().message);
        return;
    }
    if (!*rows) {
        refuse(rows->error().message);
        return;
    }
    QStringList names;
    for (const QString &path : paths) {
        names << QFileInfo(path).fileName();
    }
    confirm(**intake, **rows, names.join(QStringLiteral("、")));
}

void SubmissionFeatures::offerParagraphs(int section, const QList<RichText> &paragraphs) {
    if (!canTake()) {
        return;
    }
    std::optional<Result<SubmissionIntake>> intake;
    {
        const BusyCursor busy;
        intake = SubmissionIntake::load(m_database, m_session.document()->issue(), section);
    }
    if (!*intake) {
        refuse(intake->error().message);
        return;
    }
    const QString origin = tr("the pasted text");
    Result<QList<SubmissionRow>> rows = (*intake)->readParagraphs(paragraphs, origin);
    if (!rows) {
        refuse(rows.error().message);
        return;
    }
    confirm(**intake, *rows, origin);
}

void SubmissionFeatures::confirm(const SubmissionIntake &intake, const QList<SubmissionRow> &rows,
                                 const QString &source) {
    const QPointer<IssueDocument> document = m_session.document();
    SubmissionDialog dialog(intake, rows, source, &m_window);
    if (dialog.exec() != QDialog::Accepted || !document || document != m_session.document() ||
        !canTake()) {
        return;
    }
    const AddedSubmissions added =
        SubmissionIntake::addRows(*document, intake.section(), dialog.rows());
    if (added.count == 0) {
        return;
    }
    m_editor.focusField(added.first);
    m_window.statusBar()->showMessage(
        tr("Added %n item(s) to 【%1】; Ctrl+Z takes them out again.", nullptr, added.count)
            .arg(document->issue().sections.at(intake.section()).name),
        8000);
}

void SubmissionFeatures::refuse(const QString &message) {
    QMessageBox::warning(&m_window, tr("Cannot add the submission"),
                         tr("Nothing was added.\n\n%1").arg(message));
}

} // namespace kuaibao
