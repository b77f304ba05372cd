#include "submissionreader.h"

#include "core/files/inputfile.h"
#include "io/docx/docxpackage.h"
#include "io/docx/docxparagraphs.h"
#include "io/textdecoding.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct SubmissionReaderText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::SubmissionReader)
};

// The longest unit name a paragraph may start with: 区国有资产监督管理委员会 and the like.
constexpr qsizetype kMaxUnitChars = 24;

// Whether a name reads as a unit's: one of the list, or ending as unit names do.
bool looksLikeUnit(const QString &name, const QStringList &knownUnits) {
    static const QStringList endings = {
        QStringLiteral("镇"),   QStringLiteral("乡"),   QStringLiteral("街道"),
        QStringLiteral("社区"), QStringLiteral("村"),   QStringLiteral("局"),
        QStringLiteral("委"),   QStringLiteral("办"),   QStringLiteral("部"),
        QStringLiteral("会"),   QStringLiteral("联"),   QStringLiteral("中心"),
        QStringLiteral("院"),   QStringLiteral("所"),   QStringLiteral("站"),
        QStringLiteral("队"),   QStringLiteral("公司"), QStringLiteral("集团"),
        QStringLiteral("学校"), QStringLiteral("馆"),   QStringLiteral("处"),
        QStringLiteral("科"),   QStringLiteral("团"),   QStringLiteral("区委")};
    if (knownUnits.contains(name)) {
        return true;
    }
    return std::any_of(endings.cbegin(), endings.cend(),
                       [&](const QString &ending) { return name.endsWith(ending); });
}

// The unit name an item paragraph starts with ("斋堂镇：…"), or nothing.
QString leadingUnit(const QString &text, const QStringList &knownUnits) {
    const qsizetype colon = text.indexOf(QChar(u'：'));
    if (colon <= 0 || colon > kMaxUnitChars) {
        return {};
    }
    const QString unit = text.left(colon).trimmed();
    static const QRegularExpression punctuation(QStringLiteral("[，。、；！？,.;!?\\s“”\"]"));
    if (unit.isEmpty() || unit.contains(punctuation) || !looksLikeUnit(unit, knownUnits)) {
        return {};
    }
    return unit;
}

bool isZip(const QByteArray &bytes) {
    return bytes.startsWith("PK") || bytes.startsWith(QByteArray::fromHex("D0CF11E0A1B11AE1"));
}

} // namespace

Result<QList<SubmittedItem>> SubmissionReader::readFile(const QString &path,
                                                        const QStringList &knownUnits) {
    // A .docx may be larger than a text file, but never past the expansion limit.
    const bool docxName = path.endsWith(QLatin1String(".docx"), Qt::CaseInsensitive) ||
                          path.endsWith(QLatin1String(".doc"), Qt::CaseInsensitive);
    const qint64 maxBytes = docxName ? kMaxDocxExpandedBytes : kMaxBulletinTextBytes;
    // A FIFO, a device, a folder or a link loop is refused before it is read.
    if (Status regular = InputFile::checkRegular(path, maxBytes); !regular) {
        if (regular.error().kind == ErrorKind::NotFound) {
            return Error::badInput(path + QStringLiteral(": ") +
                                   SubmissionReaderText::tr("no such file"));
        }
        if (QFileInfo(path).size() > maxBytes) {
            return Error::badInput(tooLargeMessage(path, QFileInfo(path).size()));
        }
        return Error::badInput(regular.error().message);
    }
    Result<QByteArray> bytes = InputFile::read(path, maxBytes);
    if (!bytes) {
        return Error::badInput(bytes.error().message);
    }
    return readBytes(*bytes, path, knownUnits);
}

Result<QList<SubmittedItem>> SubmissionReader::readBytes(const QByteArray &bytes,
                                                         const QString &origin,
                                                         const QStringList &knownUnits) {
    QList<RichText> paragraphs;
    if (isZip(bytes) || bytes.isEmpty()) {
        Result<QList<Paragraph>> read = DocxParagraphs::fromDocx(bytes, origin);
        if (!read) {
            return read.error();
        }
        for (const Paragraph &paragraph : *read) {
            paragraphs << paragraph.text;
        }
    } else {
        Result<DecodedText> decoded = decodeBulletinText(bytes, origin);
        if (!decoded) {
            return decoded.error();
        }
        for (const QString &line : decoded->text.split(QLatin1Char('\n'))) {
            paragraphs << RichText::fromMarkup(line);
        }
    }
    return split(paragraphs, origin, knownUnits);
}

Result<QList<SubmittedItem>> SubmissionReader::split(const QList<RichText> &paragraphs,
                                                     const QString &origin,
                                                     const QStringList &knownUnits) {
    if (std::all_of(paragraphs.cbegin(), paragraphs.cend(),
                    [](const RichText &p) { return p.trimmed().isEmpty(); })) {
        return Error::badInput(origin + QStringLiteral(": ") +
                               SubmissionReaderText::tr("the document has no text"));
    }
    QList<SubmittedItem> items;
    for (const RichText &raw : paragraphs) {
        const RichText paragraph = raw.trimmed();
        if (paragraph.isEmpty()) {
            continue;
        }
        const QString plain = paragraph.plainText();
        const QString unit = leadingUnit(plain, knownUnits);
        if (!unit.isEmpty()) {
            const qsizetype colon = plain.indexOf(QChar(u'：'));
            items << SubmittedItem{unit, paragraph.mid(colon + 1).trimmed()};
        } else if (!items.isEmpty()) {
            items.last().text.append(paragraph);
        }
        // Anything before the first item is a header (本周各单位报送信息汇总) and is dropped.
    }
    items.removeIf([](const SubmittedItem &item) { return item.text.isEmpty(); });
    if (items.isEmpty()) {
        return Error::badInput(
            origin + QStringLiteral(": ") +
            SubmissionReaderText::tr("no item found: an item starts with the unit's name and "
                                     "\"：\" (斋堂镇：…)"));
    }
    return items;
}

} // namespace kuaibao
