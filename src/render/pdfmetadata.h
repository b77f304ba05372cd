#pragma once

#include "core/issue.h"
#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <utility>

namespace kuaibao {

// What a bulletin's PDF says about itself.
struct PdfMetadata {
    QString title;   // 门头沟区创建全国文明城市工作快报 第673期
    QString author;  // the issuing office
    QString subject; // 第673期 2022年4月13日: 指挥调度、检查督导、简讯
    QString creator; // kuaibao 0.1.0
    QString producer;
    QDateTime created;       // UTC, whole seconds
    QByteArray signoffProof; // SignoffProof::toJson() of a signed issue, else empty

    static PdfMetadata forIssue(const Issue &issue, const QDateTime &now);
    // The XMP packet (Dublin Core, xmp, pdf and, for PDF/A-1b, pdfaid) matching the Info
    // dictionary that appendInfoDictionary() writes, and a signed issue's proof as base64 in
    // kb:signoffProof (namespace kSignoffProofNamespace).
    QByteArray xmp(bool pdfa) const;
};

// The XMP namespace of the sign-off proof.
inline constexpr char kSignoffProofNamespace[] = "urn:kuaibao:signoff-proof:1/";

// Appends an incremental update to a finished PDF: an Info dictionary with title, author,
// subject, creator, producer and dates (Qt's writer has no author or subject), and new versions
// of the objects in `replaced` (object number, body). The original bytes are kept as they are.
// Fails on a file whose trailer it cannot read.
Status appendUpdate(QByteArray &pdf, const PdfMetadata &metadata,
                    const QList<std::pair<int, QByteArray>> &replaced = {});

} // namespace kuaibao
