#include "clicontext.h"

#include "core/chineseformat.h"
#include "maintenance/busynotice.h"
#include "storage/database.h"
#include "storage/issuerepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>

#include <cstdio>

namespace kuaibao {

namespace {
// The translation context of this file's messages.
struct CliText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::Cli)
};
} // namespace

CliContext::CliContext(QString databasePath, QStringList arguments)
    : m_databasePath(std::move(databasePath)), m_arguments(std::move(arguments)), m_out(stdout),
      m_err(stderr) {}

CliContext::~CliContext() = default;

Result<Database *> CliContext::database() {
    if (!m_database) {
        Result<std::unique_ptr<Database>> opened = Database::open(m_databasePath);
        if (!opened) {
            return opened.error();
        }
        m_database = std::move(opened).value();
        reportBusyRetries(*this, *m_database);
    }
    return m_database.get();
}

Result<Issue> CliContext::loadIssue(int number, Series series) {
    Result<Database *> db = database();
    if (!db) {
        return db.error();
    }
    return IssueRepository(**db).load(number, series);
}

int CliContext::fail(const Error &error) {
    QString line = error.message;
    line.replace(QLatin1Char('\n'), QStringLiteral("; "));
    m_out.flush();
    m_err << "kuaibao-cli: " << line << Qt::endl;
    switch (error.kind) {
    case ErrorKind::BadInput:
    case ErrorKind::NotFound:
    case ErrorKind::Conflict:
    case ErrorKind::Forbidden:
        return ExitUsage;
    case ErrorKind::Busy:
    case ErrorKind::Storage:
    case ErrorKind::Corrupt:
        return ExitFailure;
    }
    return ExitFailure;
}

int CliContext::usageError(const QString &message) {
    return fail(Error::badInput(message));
}

std::optional<int> CliContext::parse(QCommandLineParser &parser, const QString &command) {
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  CliText::tr("Show this command's options."));
    parser.addOption(help);
    QStringList args = m_arguments;
    args.prepend(command);
    if (!parser.parse(args)) {
        return usageError(
            CliText::tr("%1: %2 (see kuaibao-cli %1 --help)").arg(command, parser.errorText()));
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        text.replace(QRegularExpression(QStringLiteral("^Usage: \\S+")),
                     QStringLiteral("Usage: kuaibao-cli [--db PATH] ") + command);
        m_out << text;
        return ExitOk;
    }
    return std::nullopt;
}

QCommandLineOption supplementOption() {
    return {QStringLiteral("supplement"), CliText::tr("Use the 增刊 (supplement) series.")};
}

Series seriesOption(const QCommandLineParser &parser) {
    return parser.isSet(QStringLiteral("supplement")) ? Series::Supplement : Series::Regular;
}

Result<int> parseIssueNumber(const QString &text) {
    bool ok = false;
    const int number = text.trimmed().toInt(&ok);
    if (!ok || number < 1) {
        return Error::badInput(
            CliText::tr("the issue number must be a whole number of 1 or more, not \"%1\"")
                .arg(text));
    }
    return number;
}

Result<QDate> parseDateArgument(const QString &option, const QString &text) {
    const std::optional<QDate> date = parseIsoDate(text);
    if (!date) {
        return Error::badInput(
            CliText::tr("--%1: \"%2\" is not a real date written YYYY-MM-DD").arg(option, text));
    }
    return *date;
}

} // namespace kuaibao
