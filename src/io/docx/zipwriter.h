#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace kuaibao {

// Builds a zip archive in memory (libzip): named entries, deflated, in the order added.
class ZipWriter {
public:
    void add(const QString &name, const QByteArray &bytes);
    // The whole archive, or an error when libzip refuses.
    Result<QByteArray> finish() const;

private:
    struct Entry {
        QString name;
        QByteArray bytes;
    };
    QList<Entry> m_entries;
};

} // namespace kuaibao
