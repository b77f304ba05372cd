#include "textimporter.h"

#include "bodyparser.h"
#include "mastheadparser.h"
#include "sourcelines.h"
#include "textdecoding.h"

#include "core/issuevalidator.h"

#include "core/files/inputfile.h"
#include <QCoreApplication>

#include <QFile>
#include <QFileInfo>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct TextImporterText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::TextImporter)
};

} // namespace

TextImporter::TextImporter(BulletinTemplate bulletinTemplate)
    : m_template(std::move(bulletinTemplate)) {}

Result<TextImport> TextImporter::importBytes(const QByteArray &bytes,
                                             const TextImportOptions &options) const {
    Result<DecodedText> decoded = decodeBulletinText(bytes, options.origin);
    if (!decoded) {
        return decoded.error();
    }
    Result<TextImport> imported = importText(decoded->text, options);
    if (imported) {
        imported->encoding = decoded->encoding;
    }
    return imported;
}

Result<TextImport> TextImporter::importText(const QString &text,
                                            const TextImportOptions &options) const {
    ImportLog log(options.origin);
    const QList<SourceLine> lines = splitSourceLines(text);
    if (lines.isEmpty()) {
        return Error::badInput(log.error(1, TextImporterText::tr("the file is empty")));
    }
    qsizetype firstHeading = -1;
    for (qsizetype i = 0; i < lines.size() && firstHeading < 0; ++i) {
        if (BodyParser::headingName(lines.at(i).plain)) {
            firstHeading = i;
        }
    }
    if (firstHeading < 0) {
        return Error::badInput(log.error(
            lines.last().number,
            TextImporterText::tr(
                "no 【section】 heading anywhere: this is not a bulletin, or the file is truncated "
                "after the masthead")));
    }
    MastheadParser mastheadParser(m_template, log);
    Result<Masthead> masthead = mastheadParser.parse(lines.mid(0, firstHeading),
                                                     lines.at(firstHeading).number, options.number);
    if (!masthead) {
        return masthead.error();
    }
    BodyParser bodyParser(m_template, log);
    Result<IssueBody> body = bodyParser.parse(lines.mid(firstHeading));
    if (!body) {
        return body.error();
    }
    TextImport result;
    result.issue.masthead = *masthead;
    result.issue.sections = body->sections;
    result.issue.footer = body->footer;
    result.issue.templateId = m_template.id();
    result.issue.templateVersion = m_template.version();
    result.issue.status = IssueStatus::Past; // a bulletin already issued, kept for the record
    if (Status valid = checkIssue(result.issue); !valid) {
        return Error::badInput(log.error(1, valid.error().message));
    }
    result.warnings = log.warnings();
    return result;
}

Result<TextImport> TextImporter::importFile(const QString &path, TextImportOptions options) const {
    if (options.origin.isEmpty()) {
        options.origin = path;
    }
    // A FIFO, a device, a folder or a link loop is refused before it is opened: reading one
    // would hang or never end.
    if (Status regular = InputFile::checkRegular(path, kMaxBulletinTextBytes); !regular) {
        if (regular.error().kind == ErrorKind::NotFound) {
            return Error::badInput(TextImporterText::tr("%1: no such file").arg(options.origin));
        }
        if (regular.error().message.contains(QLatin1String("too large"))) {
            return Error::badInput(tooLargeMessage(options.origin, QFileInfo(path).size()));
        }
        return Error::badInput(regular.error().message);
    }
    Result<QByteArray> bytes = InputFile::read(path, kMaxBulletinTextBytes);
    if (!bytes) {
        return Error::badInput(bytes.error().message);
    }
    return importBytes(*bytes, options);
}

} // namespace kuaibao
