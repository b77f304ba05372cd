// kuaibao-cli dev: tools for developers (a generated archive for tests and benchmarks).
#include "archivecommands.h"

#include "cli/clicontext.h"
#include "core/templatelibrary.h"
#include "storage/bulk/archivefiller.h"
#include "storage/database.h"
#include "storage/search/archivesearch.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct DevCommandText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::DevCommand)
};

Result<qint64> wholeNumber(const QCommandLineParser &parser, const QString &option, qint64 fallback,
                           qint64 lowest) {
    if (!parser.isSet(option)) {
        return fallback;
    }
    bool ok = false;
    const qint64 value = parser.value(option).toLongLong(&ok);
    if (!ok || value < lowest) {
        return Error::badInput(
            DevCommandText::tr("--%1: \"%2\" is not a whole number of %3 or more")
                .arg(option, parser.value(option))
                .arg(lowest));
    }
    return value;
}

// Runs each line of a file as a search query in this one process and prints, per query, the
// milliseconds the search took, the number of hits and the query: for the benchmark, which
// wants the search's own cost apart from starting the program and opening the archive.
int timeSearch(CliContext &cli, const QCommandLineParser &parser) {
    if (!parser.isSet(QStringLiteral("queries"))) {
        return cli.usageError(
            DevCommandText::tr("dev time-search needs --queries FILE (one query a line)"));
    }
    QFile file(parser.value(QStringLiteral("queries")));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return cli.fail(Error::badInput(
            DevCommandText::tr("%1 cannot be read: %2").arg(file.fileName(), file.errorString())));
    }
    Result<qint64> limit = wholeNumber(parser, QStringLiteral("limit"), 50, 0);
    if (!limit) {
        return cli.fail(limit.error());
    }
    Result<Database *> db = cli.database();
    if (!db) {
        return cli.fail(db.error());
    }
    const ArchiveSearch search(**db);
    for (const QString &line :
         QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        SearchQuery query;
        query.text = line;
        query.limit = static_cast<int>(std::min<qint64>(*limit, 1 << 30));
        QElapsedTimer timer;
        timer.start();
        Result<QList<SearchHit>> hits = search.find(query);
        const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        if (!hits) {
            return cli.fail(hits.error());
        }
        cli.out() << QString::number(ms, 'f', 3) << '\t' << hits->size() << '\t' << line << '\n';
    }
    return ExitOk;
}

// `task` is generate-archive or time-search: the two share their options' parser.
int dev(CliContext &cli, const QString &task) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("issues"), DevCommandText::tr("How many issues to generate."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("seed"),
                      DevCommandText::tr("The seed (same seed, same archive; default 1)."),
                      QStringLiteral("S")});
    parser.addOption({QStringLiteral("first-number"),
                      DevCommandText::tr("The first issue's number (default 674)."),
                      QStringLiteral("M")});
    parser.addOption({QStringLiteral("first-date"),
                      DevCommandText::tr("The first issue's date (default 2022-04-15)."),
                      QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("queries"),
                      DevCommandText::tr("time-search: the file of queries, one a line."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("limit"),
                      DevCommandText::tr("time-search: at most K hits (default 50)."),
                      QStringLiteral("K")});
    if (auto stop = cli.parse(parser, QStringLiteral("dev ") + task)) {
        return *stop;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return cli.usageError(DevCommandText::tr("dev %1 takes no positional arguments").arg(task));
    }
    if (task == QLatin1String("time-search")) {
        return timeSearch(cli, parser);
    }
    if (!parser.isSet(QStringLiteral("issues"))) {
        return cli.usageError(DevCommandText::tr("dev generate-archive needs --issues N"));
    }
    ArchiveGeneratorOptions options;
    Result<qint64> count = wholeNumber(parser, QStringLiteral("issues"), 0, 1);
    Result<qint64> seed = wholeNumber(parser, QStringLiteral("seed"), 1, 0);
    Result<qint64> first =
        wholeNumber(parser, QStringLiteral("first-number"), options.firstNumber, 1);
    for (const Result<qint64> *value : {&count, &seed, &first}) {
        if (!*value) {
            return cli.fail(value->error());
        }
    }
    options.seed = static_cast<std::uint64_t>(*seed);
    options.firstNumber = static_cast<int>(std::min<qint64>(*first, 1 << 30));
    if (parser.isSet(QStringLiteral("first-date"))) {
        Result<QDate> date = parseDateArgument(QStringLiteral("first-date"),
                                               parser.value(QStringLiteral("first-date")));
        if (!date) {
            return cli.fail(date.error());
        }
        options.firstDate = *date;
    }
    Result<BulletinTemplate> bulletinTemplate =
        TemplateLibrary::load(TemplateLibrary::defaultTemplateId());
    if (!bulletinTemplate) {
        return cli.fail(bulletinTemplate.error());
    }
    Result<Database *> db = cli.database();
    if (!db) {
        return cli.fail(db.error());
    }
    Status filled = ArchiveFiller(**db).fill(*bulletinTemplate, options,
                                             static_cast<int>(std::min<qint64>(*count, 1 << 30)));
    if (!filled) {
        return cli.fail(filled.error());
    }
    cli.out() << DevCommandText::tr("generated %1 issues").arg(*count) << '\n';
    return ExitOk;
}

} // namespace

QList<CliCommand> devCommands() {
    return {{QStringLiteral("dev generate-archive"),
             QStringLiteral("dev generate-archive --issues N [--seed S] [--first-number M] "
                            "[--first-date DATE]"),
             DevCommandText::tr("Fill the archive with generated, realistic issues "
                                "(deterministic per seed)."),
             [](CliContext &cli) { return dev(cli, QStringLiteral("generate-archive")); }},
            {QStringLiteral("dev time-search"),
             QStringLiteral("dev time-search --queries FILE [--limit K]"),
             DevCommandText::tr("Time searches in one process (benchmarks)."),
             [](CliContext &cli) { return dev(cli, QStringLiteral("time-search")); }},
            holdLeaseCommand()};
}

} // namespace kuaibao
