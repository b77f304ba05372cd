#pragma once

#include "core/bulletintemplate.h"
#include "core/issue.h"
#include "seededrandom.h"

#include <QDate>

namespace kuaibao {

// Where a generated archive starts. The defaults continue right after the sample issue
// (第673期, 2022-04-13), so that the sample can be imported beside a generated archive.
struct ArchiveGeneratorOptions {
    std::uint64_t seed = 1;
    int firstNumber = 674;
    QDate firstDate = QDate(2022, 4, 15);
};

// Makes realistic issues for tests and benchmarks: the template's sections, a 指挥调度 report
// of several paragraphs, one or two 检查督导 reports, 简讯 items credited to units of the
// template's list with also-took-part units, a footer, dates two to five days apart. The same
// seed always gives the same sequence of issues.
class ArchiveGenerator {
public:
    ArchiveGenerator(const BulletinTemplate &bulletinTemplate, ArchiveGeneratorOptions options);

    // The next issue of the sequence (numbers and dates rise).
    Issue next();

private:
    Article commandReport();
    Article inspectionReport();
    BriefCategory briefCategory(const QString &name);
    QString sentence();
    QString paragraph(int sentences);

    const BulletinTemplate &m_template;
    SeededRandom m_random;
    QStringList m_units;
    int m_number;
    QDate m_date;
};

} // namespace kuaibao
