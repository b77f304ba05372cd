#pragma once

#include "sourcelines.h"

#include "core/bulletintemplate.h"
#include "core/issue.h"
#include "core/result.h"

namespace kuaibao {

// Splits the run-in text of a 简讯 category
// (`东辛房街道：…。斋堂镇：…。区国资委、龙泉镇也开展了相关活动。`) into items by their leading unit
// labels, and the closing "also took part" sentence into units. Labels count whether or not they
// are bold; the item text leaves the label out. Unit names are matched against the template's unit
// list (aliases give the canonical name); a name that is not in the list is kept, with a warning.
class BriefSplitter {
public:
    BriefSplitter(const BulletinTemplate &bulletinTemplate, ImportLog &log)
        : m_template(bulletinTemplate), m_log(log) {}

    // Adds the items and also-took-part units found in `text` (read at `line`) to `category`;
    // text that names no unit where an item starts is an error.
    Status split(const RichText &text, int line, BriefCategory &category);

private:
    QStringList unitsOf(const QString &label, int line, bool anyName);
    QString resolveUnit(const QString &name, int line);

    const BulletinTemplate &m_template;
    ImportLog &m_log;
};

} // namespace kuaibao
