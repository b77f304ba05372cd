#include "docxpackage.h"

#include <QCoreApplication>

#include <zip.h>

#include <memory>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct DocxPackageText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::DocxPackage)
};

Error refused(const QString &origin, const QString &message) {
    return Error::badInput(origin + QStringLiteral(": ") + message);
}

const QByteArray kOleSignature = QByteArray::fromHex("D0CF11E0A1B11AE1");

// An OLE compound file holding a password-protected Word document has a stream named
// EncryptionInfo; its directory stores names in UTF-16LE.
bool isEncryptedOffice(const QByteArray &bytes) {
    const QString name = QStringLiteral("EncryptionInfo");
    const QByteArray utf16(reinterpret_cast<const char *>(name.utf16()), name.size() * 2);
    return bytes.contains(utf16);
}

struct ZipCloser {
    void operator()(zip_t *archive) const { zip_discard(archive); }
};
struct ZipFileCloser {
    void operator()(zip_file_t *file) const { zip_fclose(file); }
};

} // namespace

Result<QByteArray> DocxPackage::readPart(const QByteArray &bytes, const QString &part,
                                         const QString &origin) {
    if (bytes.isEmpty()) {
        return refused(origin, DocxPackageText::tr("the file is empty"));
    }
    if (bytes.startsWith(kOleSignature)) {
        if (isEncryptedOffice(bytes)) {
            return refused(origin, DocxPackageText::tr("the Word document is password-protected: "
                                                       "remove the password in Word or WPS, save "
                                                       "it again and import that copy"));
        }
        return refused(origin, DocxPackageText::tr("this is an old Word document (.doc): open it "
                                                   "in Word or WPS and save it as .docx"));
    }
    if (!bytes.startsWith("PK")) {
        return refused(origin, DocxPackageText::tr("not a Word document (.docx): it is not a zip "
                                                   "package"));
    }
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source =
        zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, &error);
    if (!source) {
        zip_error_fini(&error);
        return refused(origin, DocxPackageText::tr("cannot read the zip package"));
    }
    std::unique_ptr<zip_t, ZipCloser> archive(
        zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error));
    if (!archive) {
        zip_source_free(source);
        const QString why = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        return refused(origin,
                       DocxPackageText::tr("the .docx is damaged or cut short (%1)").arg(why));
    }
    zip_error_fini(&error);

    // What the entries declare, before anything is expanded.
    const zip_int64_t count = zip_get_num_entries(archive.get(), 0);
    const qint64 limit = qMin(kMaxDocxExpandedBytes, qint64(bytes.size()) * kMaxDocxRatio);
    qint64 declared = 0;
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        if (zip_stat_index(archive.get(), zip_uint64_t(i), 0, &stat) == 0 &&
            (stat.valid & ZIP_STAT_SIZE)) {
            declared +=
                qint64(qMin<zip_uint64_t>(stat.size, zip_uint64_t(kMaxDocxExpandedBytes) + 1));
        }
    }
    if (declared > limit) {
        return refused(origin,
                       DocxPackageText::tr("refused: the .docx would expand to %1 bytes (the "
                                           "limit is 50 MB, and 100 times the file's size)")
                           .arg(declared));
    }

    const QByteArray name = part.toUtf8();
    std::unique_ptr<zip_file_t, ZipFileCloser> file(zip_fopen(archive.get(), name.constData(), 0));
    if (!file) {
        return refused(origin,
                       DocxPackageText::tr("not a Word document (.docx): it has no %1").arg(part));
    }
    // Read no more than the limit, whatever the entry declared.
    QByteArray content;
    char buffer[65536];
    zip_int64_t got = 0;
    while ((got = zip_fread(file.get(), buffer, sizeof buffer)) > 0) {
        content.append(buffer, qsizetype(got));
        if (content.size() > limit) {
            return refused(origin, DocxPackageText::tr("refused: the .docx expands past the limit "
                                                       "(50 MB, and 100 times the file's size)"));
        }
    }
    if (got < 0) {
        return refused(origin, DocxPackageText::tr("the .docx is damaged or cut short (%1)")
                                   .arg(QString::fromUtf8(zip_file_strerror(file.get()))));
    }
    return content;
}

} // namespace kuaibao
