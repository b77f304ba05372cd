#pragma once

#include "sourcelines.h"

#include "core/bulletintemplate.h"
#include "core/issue.h"

namespace kuaibao {

// The contact labels the footer reader knows (电子邮箱, 电话 …): several of these can share a line.
const QStringList &footerContactLabels();

// Recognises and reads the 版记 lines: staff credits (编校：… 审核：… 核签：…, any of these roles
// in any order, several on a line), distribution (报：, 发：, 送：, 抄送：), contact lines
// (电子邮箱：… 电话：…) and the print run (印数：60份, 共印60份).
class FooterParser {
public:
    FooterParser(const BulletinTemplate &bulletinTemplate, ImportLog &log);

    // Whether a line starts the footer (it begins with a footer label).
    bool startsFooter(const SourceLine &line) const;
    // Adds one footer line to `footer`; a line it cannot read is left out with a warning.
    void read(const SourceLine &line, Footer &footer);

private:
    void readSegments(const SourceLine &line, Footer &footer);

    QStringList m_staffRoles;
    QRegularExpression m_staffPattern;
    QRegularExpression m_distributionPattern;
    QRegularExpression m_contactPattern;
    QRegularExpression m_segmentPattern;
    ImportLog &m_log;
};

} // namespace kuaibao
