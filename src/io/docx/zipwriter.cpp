#include "zipwriter.h"

#include <QCoreApplication>

#include <zip.h>

#include <cstdio>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct ZipWriterText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::ZipWriter)
};

Error zipError(zip_error_t *error) {
    return Error::storage(ZipWriterText::tr("cannot build the zip container: %1")
                              .arg(QString::fromUtf8(zip_error_strerror(error))));
}

// Reads the whole of a closed in-memory source.
Result<QByteArray> readSource(zip_source_t *source) {
    if (zip_source_open(source) < 0) {
        return zipError(zip_source_error(source));
    }
    QByteArray bytes;
    char buffer[65536];
    zip_int64_t got = 0;
    while ((got = zip_source_read(source, buffer, sizeof buffer)) > 0) {
        bytes.append(buffer, qsizetype(got));
    }
    const bool failed = got < 0;
    zip_source_close(source);
    if (failed) {
        return zipError(zip_source_error(source));
    }
    return bytes;
}

} // namespace

void ZipWriter::add(const QString &name, const QByteArray &bytes) {
    m_entries << Entry{name, bytes};
}

Result<QByteArray> ZipWriter::finish() const {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *target = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (!target) {
        const Error failure = zipError(&error);
        zip_error_fini(&error);
        return failure;
    }
    zip_t *archive = zip_open_from_source(target, ZIP_TRUNCATE, &error);
    if (!archive) {
        const Error failure = zipError(&error);
        zip_source_free(target);
        zip_error_fini(&error);
        return failure;
    }
    zip_error_fini(&error);
    zip_source_keep(target); // zip_close writes into it; it is read back below
    for (const Entry &entry : m_entries) {
        // The entries outlive the archive, so libzip may read them without copying.
        zip_source_t *data = zip_source_buffer(archive, entry.bytes.constData(),
                                               zip_uint64_t(entry.bytes.size()), 0);
        if (!data) {
            const Error failure = zipError(zip_get_error(archive));
            zip_discard(archive);
            zip_source_free(target);
            return failure;
        }
        if (zip_file_add(archive, entry.name.toUtf8().constData(), data, ZIP_FL_ENC_UTF_8) < 0) {
            const Error failure = zipError(zip_get_error(archive));
            zip_source_free(data);
            zip_discard(archive);
            zip_source_free(target);
            return failure;
        }
    }
    if (zip_close(archive) < 0) {
        const Error failure = zipError(zip_get_error(archive));
        zip_discard(archive);
        zip_source_free(target);
        return failure;
    }
    Result<QByteArray> bytes = readSource(target);
    zip_source_free(target);
    return bytes;
}

} // namespace kuaibao
