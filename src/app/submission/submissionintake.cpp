#include "submissionintake.h"

#include "core/document/issuedocument.h"
#include "io/submission/submissionreader.h"
#include "storage/database.h"
#include "storage/issuerepository.h"
#include "storage/units/unitdirectory.h"

#include <QHash>

namespace kuaibao {

namespace {

// The unit list as a normaliser: each name and alias to its name.
UnitNormalizer normalizerOf(const QList<UnitEntry> &units) {
    QHash<QString, QString> canonical;
    for (const UnitEntry &unit : units) {
        canonical.insert(unit.name, unit.name);
        for (const QString &alias : unit.aliases) {
            canonical.insert(alias, unit.name);
        }
    }
    return UnitNormalizer(std::move(canonical));
}

// The stored issues, with `into` as edited in place of its stored copy.
QList<Issue> withOpenIssue(const QList<Issue> &archive, const Issue &into) {
    QList<Issue> issues;
    for (const Issue &issue : archive) {
        if (into.storageId == 0 || issue.storageId != into.storageId) {
            issues << issue;
        }
    }
    issues << into;
    return issues;
}

// Every category name of the archive's 简讯, the most used first.
QStringList categoriesByUse(const QList<Issue> &issues) {
    QHash<QString, int> uses;
    QStringList names;
    for (const Issue &issue : issues) {
        for (const Section &section : issue.sections) {
            for (const BriefCategory &category : section.categories) {
                if (category.name.trimmed().isEmpty()) {
                    continue;
                }
                if (!uses.contains(category.name)) {
                    names << category.name;
                }
                uses[category.name] += int(category.items.size());
            }
        }
    }
    std::stable_sort(names.begin(), names.end(), [&](const QString &a, const QString &b) {
        return uses.value(a) > uses.value(b);
    });
    return names;
}

QStringList namesAndAliases(const QList<UnitEntry> &units) {
    QStringList names;
    for (const UnitEntry &unit : units) {
        names << unit.name;
    }
    for (const UnitEntry &unit : units) {
        names << unit.aliases;
    }
    return names;
}

} // namespace

SubmissionIntake::SubmissionIntake(QList<UnitEntry> units, const QList<Issue> &archive, Issue into,
                                   int section)
    : m_units(std::move(units)), m_normalizer(normalizerOf(m_units)),
      m_history(withOpenIssue(archive, into)),
      m_archiveCategories(categoriesByUse(withOpenIssue(archive, into))), m_into(std::move(into)),
      m_section(section) {}

Result<SubmissionIntake> SubmissionIntake::load(Database &database, const Issue &into,
                                                int section) {
    Result<QList<UnitEntry>> units = UnitDirectory(database).list();
    if (!units) {
        return units.error();
    }
    IssueRepository repository(database);
    Result<QList<IssueSummary>> summaries = repository.list();
    if (!summaries) {
        return summaries.error();
    }
    QList<Issue> archive;
    for (const IssueSummary &summary : *summaries) {
        if (into.storageId != 0 && summary.storageId == into.storageId) {
            continue; // the open issue is taken as it is being edited
        }
        Result<Issue> issue = repository.loadById(summary.storageId);
        if (!issue) {
            return issue.error();
        }
        archive << *issue;
    }
    return SubmissionIntake(*units, archive, into, section);
}

Result<QStringList> SubmissionIntake::unitNames(Database &database) {
    Result<QList<UnitEntry>> units = UnitDirectory(database).list();
    if (!units) {
        return units.error();
    }
    return namesAndAliases(*units);
}

Result<QList<SubmissionRow>> SubmissionIntake::readFiles(const QStringList &paths) const {
    QList<SubmittedItem> items;
    for (const QString &path : paths) {
        Result<QList<SubmittedItem>> read =
            SubmissionReader::readFile(path, namesAndAliases(m_units));
        if (!read) {
            return read.error();
        }
        items += *read;
    }
    QList<SubmissionRow> rows;
    for (const SubmittedItem &item : std::as_const(items)) {
        rows << assess(item.unit, item.text, rows);
    }
    return rows;
}

Result<QList<SubmissionRow>> SubmissionIntake::readParagraphs(const QList<RichText> &paragraphs,
                                                              const QString &origin) const {
    Result<QList<SubmittedItem>> items =
        SubmissionReader::split(paragraphs, origin, namesAndAliases(m_units));
    if (!items) {
        return items.error();
    }
    QList<SubmissionRow> rows;
    for (const SubmittedItem &item : std::as_const(*items)) {
        rows << assess(item.unit, item.text, rows);
    }
    return rows;
}

SubmissionRow SubmissionIntake::assess(const QString &writtenUnit, const RichText &text,
                                       const QList<SubmissionRow> &above) const {
    SubmissionRow row;
    row.writtenUnit = writtenUnit.trimmed();
    row.unit = m_normalizer.canonical(row.writtenUnit);
    row.unitKnown = m_normalizer.isKnown(row.writtenUnit);
    row.text = text;
    row.category = proposedCategory(row.unit, &row.categorySource);

    const QString plain = text.plainText();
    const QDate date = m_into.masthead.date.isValid() ? m_into.masthead.date : QDate::currentDate();
    if (std::optional<PastItem> past =
            m_history.repeatOf(row.unit, plain, date.addMonths(-kRepeatMonths), kRepeatShare)) {
        row.earlier =
            EarlierItem{*past, false, SubmissionHistory::sharedCharacters(past->text, plain)};
    } else {
        for (const SubmissionRow &other : above) {
            const double shared =
                SubmissionHistory::sharedCharacters(other.text.plainText(), plain);
            if (other.unit == row.unit && shared >= kRepeatShare) {
                row.earlier = EarlierItem{
                    PastItem{0, QDate(), other.category, other.unit, other.text.plainText()}, true,
                    shared};
                break;
            }
        }
    }
    row.checked = !row.earlier;
    return row;
}

QString SubmissionIntake::proposedCategory(const QString &unit, CategorySource *source) const {
    if (std::optional<QString> usual = m_history.suggestedCategory(unit)) {
        *source = CategorySource::Usual;
        return *usual;
    }
    *source = CategorySource::Default;
    const QStringList choices = categoryChoices();
    return choices.isEmpty() ? QStringLiteral("简讯") : choices.first();
}

QStringList SubmissionIntake::unitCompletions() const {
    return namesAndAliases(m_units);
}

QStringList SubmissionIntake::categoryChoices() const {
    QStringList choices;
    if (m_section >= 0 && m_section < m_into.sections.size()) {
        for (const BriefCategory &category : m_into.sections.at(m_section).categories) {
            if (!category.name.trimmed().isEmpty() && !choices.contains(category.name)) {
                choices << category.name;
            }
        }
    }
    for (const QString &name : m_archiveCategories) {
        if (!choices.contains(name)) {
            choices << name;
        }
    }
    return choices;
}

bool SubmissionIntake::isSubmissionPaste(const QList<RichText> &paragraphs,
                                         const QStringList &knownUnits, bool intoItemText) {
    Result<QList<SubmittedItem>> items = SubmissionReader::split(paragraphs, QString(), knownUnits);
    return items && items->size() >= (intoItemText ? 2 : 1);
}

Section SubmissionIntake::withRows(Section briefs, const QList<SubmissionRow> &rows) {
    for (const SubmissionRow &row : rows) {
        if (!row.checked) {
            continue;
        }
        const QString name = row.category.trimmed();
        auto category = std::find_if(briefs.categories.begin(), briefs.categories.end(),
                                     [&](const BriefCategory &c) { return c.name == name; });
        if (category == briefs.categories.end()) {
            briefs.categories << BriefCategory{name, {}, {}};
            category = briefs.categories.end() - 1;
        }
        category->items << BriefItem{{row.unit.trimmed()}, row.text};
    }
    return briefs;
}

AddedSubmissions SubmissionIntake::addRows(IssueDocument &document, int section,
                                           const QList<SubmissionRow> &rows) {
    const QList<Section> &sections = document.issue().sections;
    if (section < 0 || section >= sections.size() ||
        sections.at(section).kind != SectionKind::Briefs) {
        return {};
    }
    const Section before = sections.at(section);
    const Section after = withRows(before, rows);
    AddedSubmissions added;
    for (int c = 0; c < after.categories.size(); ++c) {
        const qsizetype had =
            c < before.categories.size() ? before.categories.at(c).items.size() : 0;
        const qsizetype now = after.categories.at(c).items.size();
        if (now > had && added.count == 0) {
            added.first = FieldKey{FieldKey::ItemText, section, c, int(had)};
        }
        added.count += int(now - had);
    }
    if (added.count > 0) {
        // No field key: a step of its own that no typing merges into, undone as one.
        document.setSection(section, after, tr("Add %n submitted item(s)", nullptr, added.count),
                            FieldKey{}, true);
    }
    return added;
}

} // namespace kuaibao
