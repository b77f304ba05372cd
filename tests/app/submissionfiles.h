#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace kuaibao::test {

// A zip of the named entries (libzip, through the project's ZipWriter).
QByteArray zipOf(const QList<std::pair<QString, QByteArray>> &entries);
// A .docx with one paragraph per pair: a bold run (the unit and "：") and a plain run.
QByteArray submissionDocx(const QList<std::pair<QString, QString>> &paragraphs);

} // namespace kuaibao::test
