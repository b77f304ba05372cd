#pragma once

#include "sourcelines.h"

#include "core/bulletintemplate.h"
#include "core/issue.h"
#include "core/result.h"

#include <optional>

namespace kuaibao {

// Reads the lines above the first section heading into a masthead: the bulletin's name (one or
// two lines, or one line of two parts), 第673期 / 第九期 / 增刊第2期 with （总第N期）, the office
// and the date (2022年4月13日, 二〇二二年四月十三日, 2022-04-13), in any of the usual arrangements.
class MastheadParser {
public:
    MastheadParser(const BulletinTemplate &bulletinTemplate, ImportLog &log)
        : m_template(bulletinTemplate), m_log(log) {}

    // `lines` are the masthead's lines; `endLine` is where the masthead stops, for messages.
    // `number` (from --number) is used when given, and is required when the text has none.
    Result<Masthead> parse(const QList<SourceLine> &lines, int endLine, std::optional<int> number);

private:
    const BulletinTemplate &m_template;
    ImportLog &m_log;
};

} // namespace kuaibao
