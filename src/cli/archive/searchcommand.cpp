// kuaibao-cli search: full-text search over the archive.
#include "archivecommands.h"
#include "archiveoptions.h"

#include "cli/clicontext.h"
#include "storage/database.h"
#include "storage/search/archivesearch.h"

#include <QCoreApplication>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct SearchCommandText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::SearchCommand)
};

Result<SearchQuery> queryFrom(const QCommandLineParser &parser) {
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || positional.first().trimmed().isEmpty()) {
        return Error::badInput(
            SearchCommandText::tr("search takes exactly one non-empty text to look for "
                                  "(quote it if it has spaces)"));
    }
    SearchQuery query;
    query.text = positional.first();
    Result<std::pair<QDate, QDate>> range = DateRangeOptions::read(parser);
    if (!range) {
        return range.error();
    }
    query.from = range->first;
    query.to = range->second;
    query.unit = parser.value(QStringLiteral("unit"));
    query.section = parser.value(QStringLiteral("section"));
    query.category = parser.value(QStringLiteral("category"));
    if (parser.isSet(QStringLiteral("status"))) {
        query.status = statusFromKey(parser.value(QStringLiteral("status")));
        if (!query.status) {
            return Error::badInput(
                SearchCommandText::tr("--status: \"%1\" is not one of draft, review, "
                                      "signature, published")
                    .arg(parser.value(QStringLiteral("status"))));
        }
    }
    query.limit = 0; // every hit, like grep; --limit K for the newest K
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        query.limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || query.limit < 0) {
            return Error::badInput(
                SearchCommandText::tr("--limit: \"%1\" is not a whole number of 0 (all) or more")
                    .arg(parser.value(QStringLiteral("limit"))));
        }
    }
    return query;
}

int search(CliContext &cli) {
    QCommandLineParser parser;
    DateRangeOptions::add(parser);
    parser.addOption({QStringLiteral("unit"),
                      SearchCommandText::tr("Only hits in items of this unit."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("section"),
                      SearchCommandText::tr("Only hits in this section."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("category"),
                      SearchCommandText::tr("Only hits in this 简讯 category."),
                      QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("status"),
         SearchCommandText::tr("Only issues in this state: draft, review, signature, published."),
         QStringLiteral("STATE")});
    parser.addOption({QStringLiteral("limit"),
                      SearchCommandText::tr("At most K hits, the newest (default: all)."),
                      QStringLiteral("K")});
    if (auto stop = cli.parse(parser, QStringLiteral("search"))) {
        return *stop;
    }
    Result<SearchQuery> query = queryFrom(parser);
    if (!query) {
        return cli.fail(query.error());
    }
    Result<Database *> db = cli.database();
    if (!db) {
        return cli.fail(db.error());
    }
    // One hit more than asked for tells whether older hits were left out.
    const int shown = query->limit;
    if (shown > 0) {
        query->limit = shown + 1;
    }
    Result<QList<SearchHit>> hits = ArchiveSearch(**db).find(*query);
    if (!hits) {
        return cli.fail(hits.error());
    }
    const bool more = shown > 0 && hits->size() > shown;
    if (more) {
        hits->removeLast();
    }
    for (const SearchHit &hit : *hits) {
        const QString number = hit.series == Series::Supplement
                                   ? QStringLiteral("增刊%1").arg(hit.number)
                                   : QString::number(hit.number);
        const QString where =
            hit.category.isEmpty() ? hit.section : hit.section + QLatin1Char('/') + hit.category;
        cli.out() << number << '\t' << hit.date.toString(Qt::ISODate) << '\t' << where << '\t'
                  << hit.snippet.text << '\n';
    }
    if (more) {
        cli.err() << SearchCommandText::tr(
                         "(the newest %1 hits; --limit 0 shows all, --from/--to narrows the dates)")
                         .arg(shown)
                  << '\n';
    }
    return ExitOk;
}

} // namespace

CliCommand searchCommand() {
    return {QStringLiteral("search"),
            QStringLiteral("search TEXT [--from DATE] [--to DATE] [--unit NAME] [--section NAME] "
                           "[--category NAME] [--status STATE] [--limit K]"),
            SearchCommandText::tr(
                "Find text in every issue, newest first: number, date, section, excerpt."),
            search};
}

} // namespace kuaibao
