// `kuaibao-cli import-submission FILE... --into N`: units' 简讯 items, from .docx or text
// submissions, added to an issue's 简讯 section.
#include "importexportcommands.h"

#include "cli/clicontext.h"

#include "io/submission/submissionhistory.h"
#include "io/submission/submissionreader.h"
#include "storage/database.h"
#include "storage/issuerepository.h"
#include "storage/units/unitdirectory.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct SubmissionCommandText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::SubmissionCommand)
};

// How far back an item counts as already sent.
constexpr int kRepeatMonths = 3;

Result<QList<Issue>> loadArchive(IssueRepository &repository) {
    Result<QList<IssueSummary>> summaries = repository.list();
    if (!summaries) {
        return summaries.error();
    }
    QList<Issue> issues;
    for (const IssueSummary &summary : *summaries) {
        Result<Issue> issue = repository.loadById(summary.storageId);
        if (!issue) {
            return issue.error();
        }
        issues << *issue;
    }
    return issues;
}

BriefCategory &categoryNamed(Section &section, const QString &name) {
    for (BriefCategory &category : section.categories) {
        if (category.name == name) {
            return category;
        }
    }
    section.categories << BriefCategory{name, {}, {}};
    return section.categories.last();
}

// The category for an item: --category, else the unit's usual one, else the section's first;
// says on stderr when it is only a suggestion.
QString chooseCategory(CliContext &cli, const QCommandLineParser &parser,
                       const SubmissionHistory &history, const Section &briefs,
                       const QString &unit) {
    if (parser.isSet(QStringLiteral("category"))) {
        return parser.value(QStringLiteral("category"));
    }
    if (std::optional<QString> usual = history.suggestedCategory(unit)) {
        cli.err() << "kuaibao-cli: "
                  << SubmissionCommandText::tr("%1: category %2 is a suggestion (where the "
                                               "unit's items most often went); give --category "
                                               "to choose")
                         .arg(unit, *usual)
                  << Qt::endl;
        return *usual;
    }
    const QString first =
        briefs.categories.isEmpty() ? QStringLiteral("简讯") : briefs.categories.first().name;
    cli.err() << "kuaibao-cli: "
              << SubmissionCommandText::tr("%1: no earlier items; category %2 is a suggestion; "
                                           "give --category to choose")
                     .arg(unit, first)
              << Qt::endl;
    return first;
}

} // namespace

int runImportSubmissionCommand(CliContext &cli) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 SubmissionCommandText::tr("Submissions: .docx or plain text."),
                                 QStringLiteral("FILE..."));
    parser.addOption({QStringLiteral("into"),
                      SubmissionCommandText::tr("The issue whose 简讯 section gets the items."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("category"),
                      SubmissionCommandText::tr("Put every item under this category."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("allow-repeat"),
                      SubmissionCommandText::tr("Add items that repeat an earlier one too.")});
    parser.addOption(supplementOption());
    if (auto stop = cli.parse(parser, QStringLiteral("import-submission"))) {
        return *stop;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty() || !parser.isSet(QStringLiteral("into"))) {
        return cli.usageError(SubmissionCommandText::tr(
            "import-submission needs files and an issue (import-submission FILE... --into N)"));
    }
    Result<int> number = parseIssueNumber(parser.value(QStringLiteral("into")));
    if (!number) {
        return cli.fail(number.error());
    }

    Result<Database *> db = cli.database();
    if (!db) {
        return cli.fail(db.error());
    }
    Result<QList<UnitEntry>> unitList = UnitDirectory(**db).list();
    if (!unitList) {
        return cli.fail(unitList.error());
    }
    QStringList unitNames;
    for (const UnitEntry &entry : *unitList) {
        unitNames << entry.name << entry.aliases;
    }

    // Every file is read before anything is added: one unreadable file adds nothing.
    QList<SubmittedItem> submitted;
    for (const QString &file : files) {
        Result<QList<SubmittedItem>> items = SubmissionReader::readFile(file, unitNames);
        if (!items) {
            return cli.fail(items.error());
        }
        submitted += *items;
    }

    Result<Issue> loaded = cli.loadIssue(*number, seriesOption(parser));
    if (!loaded) {
        return cli.fail(loaded.error());
    }
    Issue issue = *loaded;
    IssueRepository repository(**db);
    Result<QList<Issue>> archive = loadArchive(repository);
    if (!archive) {
        return cli.fail(archive.error());
    }
    Result<UnitNormalizer> units = UnitDirectory::normalizer(**db);
    if (!units) {
        return cli.fail(units.error());
    }
    Section *briefs = nullptr;
    for (Section &section : issue.sections) {
        if (section.kind == SectionKind::Briefs) {
            briefs = &section;
            break;
        }
    }
    if (!briefs) {
        return cli.fail(Error::badInput(
            SubmissionCommandText::tr("issue %1 has no 简讯 section").arg(*number)));
    }

    const SubmissionHistory history(*archive);
    const QDate since = (issue.masthead.date.isValid() ? issue.masthead.date : QDate::currentDate())
                            .addMonths(-kRepeatMonths);
    QList<SubmittedItem> added;
    QStringList lines;
    for (const SubmittedItem &item : submitted) {
        const QString unit = units->canonical(item.unit);
        const QString text = item.text.plainText();
        if (!units->isKnown(item.unit)) {
            cli.err() << "kuaibao-cli: "
                      << SubmissionCommandText::tr(
                             "unknown unit \"%1\": kept as written; map it once with "
                             "kuaibao-cli units map")
                             .arg(unit)
                      << Qt::endl;
        }
        if (!parser.isSet(QStringLiteral("allow-repeat"))) {
            std::optional<PastItem> earlier = history.repeatOf(unit, text, since);
            const bool repeatsThisRun =
                std::any_of(added.cbegin(), added.cend(), [&](const SubmittedItem &other) {
                    return other.unit == unit &&
                           SubmissionHistory::sharedCharacters(other.text.plainText(), text) >= 0.8;
                });
            if (earlier || repeatsThisRun) {
                cli.err() << "kuaibao-cli: "
                          << (earlier ? SubmissionCommandText::tr(
                                            "skipped %1's item \"%2\": it repeats the item of "
                                            "issue %3 (%4); give --allow-repeat to add it")
                                            .arg(unit, text.left(20))
                                            .arg(earlier->number)
                                            .arg(earlier->category)
                                      : SubmissionCommandText::tr(
                                            "skipped %1's item \"%2\": it repeats another item "
                                            "of these files; give --allow-repeat to add it")
                                            .arg(unit, text.left(20)))
                          << Qt::endl;
                continue;
            }
        }
        const QString category = chooseCategory(cli, parser, history, *briefs, unit);
        categoryNamed(*briefs, category).items << BriefItem{{unit}, item.text};
        added << SubmittedItem{unit, item.text};
        lines << QStringLiteral("%1\t%2\t%3\t%4").arg(*number).arg(category, unit, text.left(20));
    }
    if (!added.isEmpty()) {
        // The repository's save enforces the sign-off rules: a signed issue is not changed.
        Result<Issue> saved = repository.save(issue);
        if (!saved) {
            return cli.fail(saved.error());
        }
    }
    for (const QString &line : lines) {
        cli.out() << line << '\n';
    }
    return ExitOk;
}

} // namespace kuaibao
