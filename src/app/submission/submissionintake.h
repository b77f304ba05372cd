#pragma once

#include "core/archive/unitnormalizer.h"
#include "core/document/fieldkey.h"
#include "core/issue.h"
#include "core/result.h"
#include "io/submission/submissionhistory.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace kuaibao {

class Database;
class IssueDocument;

// Where the category proposed for a submitted item came from.
enum class CategorySource {
    Usual,   // where the unit's items most often went in the archive (a suggestion)
    Default, // the unit has no earlier items: the section's first category (a suggestion)
    Chosen,  // picked by the user
};

// The item a submitted item repeats: one of the archive (or of the open issue), or one above
// it in the same drop or paste.
struct EarlierItem {
    PastItem item;
    bool sameSubmission = false;
    double shared = 0; // the share of characters in common, 0–1
};

// One submitted item as the confirmation shows it and as it will be added.
struct SubmissionRow {
    QString writtenUnit; // as the submission spells it
    QString unit;        // the unit list's name when known, else as written
    bool unitKnown = false;
    RichText text;
    QString category;
    CategorySource categorySource = CategorySource::Default;
    std::optional<EarlierItem> earlier;
    bool checked = true; // a repeat starts unchecked
};

// What the adding did: how many items, and the first of them (to put the cursor in).
struct AddedSubmissions {
    int count = 0;
    FieldKey first;
};

// The logic behind dropping or pasting units' submissions onto an issue's 简讯 section: reads
// files or pasted paragraphs into items (SubmissionReader), matches units against the archive's
// unit list and aliases, proposes each item's category from the archive, finds repeats (same
// unit, ≥80% of characters shared with an item of the 3 months before the issue, in the open
// issue, or above it in the same submission), and turns the confirmed rows into one undoable
// edit of the document. No widgets: the dialog shows its rows and hands them back.
class SubmissionIntake {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::SubmissionIntake)

public:
    // How far back an item counts as already sent, and how much it must share.
    static constexpr int kRepeatMonths = 3;
    static constexpr double kRepeatShare = 0.8;

    // `archive` holds the stored issues; the stored copy of `into` (same storage id) is left
    // out and `into` as it is being edited is used instead. `section` is its 简讯 section.
    SubmissionIntake(QList<UnitEntry> units, const QList<Issue> &archive, Issue into, int section);
    // The unit list and every stored issue of `database`, for adding to `into`.
    static Result<SubmissionIntake> load(Database &database, const Issue &into, int section);
    // The unit names and aliases of `database`'s list (what a paste is split with).
    static Result<QStringList> unitNames(Database &database);

    // Files dropped: every file is read before anything is proposed, so one bad file gives its
    // error and no rows.
    Result<QList<SubmissionRow>> readFiles(const QStringList &paths) const;
    // Paragraphs pasted (`origin` names them in an error).
    Result<QList<SubmissionRow>> readParagraphs(const QList<RichText> &paragraphs,
                                                const QString &origin) const;
    // The row for an item of `writtenUnit`, given the rows above it in the same submission:
    // the unit matched, the category proposed, the repeat looked up. Used again when the user
    // corrects a unit.
    SubmissionRow assess(const QString &writtenUnit, const RichText &text,
                         const QList<SubmissionRow> &above) const;

    // The names a unit field completes from: the list's names, then their aliases.
    QStringList unitCompletions() const;
    // The categories to choose from: the section's own, then the archive's, most used first.
    QStringList categoryChoices() const;
    const Issue &issue() const { return m_into; }
    int section() const { return m_section; }

    // Whether pasted paragraphs are a submission to confirm rather than ordinary text: at least
    // one "UNIT：…" item, and at least two when pasted into an item's text field (one item
    // there is text the user is editing, and stays an ordinary paste).
    static bool isSubmissionPaste(const QList<RichText> &paragraphs, const QStringList &knownUnits,
                                  bool intoItemText);
    // `briefs` with the checked rows added at the end of their categories (a category the
    // section lacks is added after the others).
    static Section withRows(Section briefs, const QList<SubmissionRow> &rows);
    // Adds the checked rows to section `section` of `document` as one undoable step.
    static AddedSubmissions addRows(IssueDocument &document, int section,
                                    const QList<SubmissionRow> &rows);

private:
    QString proposedCategory(const QString &unit, CategorySource *source) const;

    QList<UnitEntry> m_units;
    UnitNormalizer m_normalizer;
    SubmissionHistory m_history;
    QStringList m_archiveCategories; // most used first
    Issue m_into;
    int m_section;
};

} // namespace kuaibao
