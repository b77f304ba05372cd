// kuaibao-cli dev: tools for developers (a generated archive for tests and benchmarks).
#include "archivecommands.h"

#include "cli/clicontext.h"
#include "core/templatelibrary.h"
#include "storage/bulk/archivefiller.h"
#include "storage/database.h"

#include <QCoreApplication>

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

int dev(CliContext &cli) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("generate-archive"),
                                 DevCommandText::tr("Fill the archive with generated issues."));
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
    if (auto stop = cli.parse(parser, QStringLiteral("dev"))) {
        return *stop;
    }
    if (parser.positionalArguments() != QStringList{QStringLiteral("generate-archive")}) {
        return cli.usageError(
            DevCommandText::tr("dev knows one task: dev generate-archive --issues N --seed S"));
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

CliCommand devCommand() {
    return {
        QStringLiteral("dev"),
        QStringLiteral(
            "dev generate-archive --issues N [--seed S] [--first-number M] [--first-date DATE]"),
        DevCommandText::tr(
            "Fill the archive with generated, realistic issues (deterministic per seed)."),
        dev};
}

} // namespace kuaibao
