#include "issuevalidator.h"

#include <QCoreApplication>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct IssueValidatorText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::IssueValidator)
};

void checkBriefs(const Section &section, int s, QStringList &problems) {
    if (!section.articles.isEmpty()) {
        problems << IssueValidatorText::tr(
                        "section %1 (%2) holds brief categories and cannot hold articles")
                        .arg(s + 1)
                        .arg(section.name);
    }
    for (int c = 0; c < section.categories.size(); ++c) {
        const BriefCategory &category = section.categories.at(c);
        if (category.name.trimmed().isEmpty()) {
            problems << IssueValidatorText::tr("section %1, category %2 has no name")
                            .arg(s + 1)
                            .arg(c + 1);
        }
        for (int i = 0; i < category.items.size(); ++i) {
            const BriefItem &item = category.items.at(i);
            if (isBlankItem(item)) {
                continue; // not filled in yet: stored as it is, printed as nothing
            }
            const QString where = IssueValidatorText::tr("section %1, category %2, item %3")
                                      .arg(section.name, category.name)
                                      .arg(i + 1);
            if (item.units.isEmpty()) {
                problems << IssueValidatorText::tr("%1 names no unit").arg(where);
            }
            for (const QString &unit : item.units) {
                if (unit.trimmed().isEmpty()) {
                    problems << IssueValidatorText::tr("%1 has an empty unit name").arg(where);
                }
            }
        }
        for (const QString &unit : category.alsoUnits) {
            if (unit.trimmed().isEmpty()) {
                problems << IssueValidatorText::tr(
                                "section %1, category %2 has an empty also-took-part unit")
                                .arg(section.name, category.name);
            }
        }
    }
}

} // namespace

bool isBlankItem(const BriefItem &item) {
    return item.units.isEmpty() && item.text.plainText().trimmed().isEmpty();
}

QStringList issueProblems(const Issue &issue) {
    QStringList problems;
    const Masthead &m = issue.masthead;
    if (m.number < 1) {
        problems
            << IssueValidatorText::tr("the issue number must be 1 or more, not %1").arg(m.number);
    }
    if (m.cumulativeNumber && *m.cumulativeNumber < 1) {
        problems << IssueValidatorText::tr("the cumulative number must be 1 or more, not %1")
                        .arg(*m.cumulativeNumber);
    }
    if (!m.date.isValid()) {
        problems << IssueValidatorText::tr("the issue has no valid date");
    }
    if (m.nameLines.isEmpty() || m.nameLines.size() > 2 || m.name().trimmed().isEmpty()) {
        problems << IssueValidatorText::tr("the bulletin name must be one or two non-empty lines");
    }
    for (int s = 0; s < issue.sections.size(); ++s) {
        const Section &section = issue.sections.at(s);
        if (section.name.trimmed().isEmpty()) {
            problems << IssueValidatorText::tr("section %1 has no name").arg(s + 1);
        }
        if (section.kind == SectionKind::Briefs) {
            checkBriefs(section, s, problems);
        } else if (!section.categories.isEmpty()) {
            problems << IssueValidatorText::tr(
                            "section %1 (%2) holds articles and cannot hold brief categories")
                            .arg(s + 1)
                            .arg(section.name);
        }
    }
    for (const StaffCredit &credit : issue.footer.staff) {
        if (credit.role.trimmed().isEmpty()) {
            problems << IssueValidatorText::tr("a staff credit in the footer has no role");
        }
    }
    for (const LabelledLine &line : issue.footer.distribution + issue.footer.contacts) {
        if (line.label.trimmed().isEmpty()) {
            problems << IssueValidatorText::tr("a footer line has no label");
        }
    }
    if (issue.footer.printRun && *issue.footer.printRun < 1) {
        problems << IssueValidatorText::tr("the print run must be 1 or more, not %1")
                        .arg(*issue.footer.printRun);
    }
    return problems;
}

Status checkIssue(const Issue &issue) {
    const QStringList problems = issueProblems(issue);
    if (problems.isEmpty()) {
        return {};
    }
    return Error::badInput(problems.first());
}

} // namespace kuaibao
