#pragma once

#include "core/result.h"
#include "core/richtext.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace kuaibao {

// One unit's item as a submission gives it: the unit as written and what it did.
struct SubmittedItem {
    QString unit;
    RichText text;
};

// Reads a unit's submission, a .docx or a plain-text file (any encoding the text importer
// knows), into items. A paragraph that starts with a unit's name and "：" begins an item, so a
// week's round-up of several units gives one item per unit; the paragraphs after it, up to the
// next, are its text. A name is a unit's when it is one of `knownUnits` (names and aliases) or
// ends as unit names do (镇, 街道, 局, 委, 社区 …): "张翠萍要求：" continues the item. Headers such
// as 本周各单位报送信息汇总 and anything before the first item are dropped. A file with no item at
// all is refused.
class SubmissionReader {
public:
    static Result<QList<SubmittedItem>> readFile(const QString &path,
                                                 const QStringList &knownUnits = {});
    static Result<QList<SubmittedItem>> readBytes(const QByteArray &bytes, const QString &origin,
                                                  const QStringList &knownUnits = {});
    // Splits paragraphs into items (shared by files, drops and pastes).
    static Result<QList<SubmittedItem>> split(const QList<RichText> &paragraphs,
                                              const QString &origin,
                                              const QStringList &knownUnits = {});
};

} // namespace kuaibao
