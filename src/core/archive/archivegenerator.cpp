#include "archivegenerator.h"

#include "archivephrases.h"

namespace kuaibao {

namespace {

const ArchivePhrases &words() {
    return ArchivePhrases::instance();
}

} // namespace

ArchiveGenerator::ArchiveGenerator(const BulletinTemplate &bulletinTemplate,
                                   ArchiveGeneratorOptions options)
    : m_template(bulletinTemplate), m_random(options.seed), m_units(bulletinTemplate.unitNames()),
      m_number(options.firstNumber), m_date(options.firstDate) {}

QString ArchiveGenerator::sentence() {
    const ArchivePhrases &w = words();
    switch (m_random.between(0, 3)) {
    case 0:
        return m_random.pick(m_units) + m_random.pick(w.actions) + m_random.pick(w.topics) +
               QStringLiteral("，") + m_random.pick(w.results) + QStringLiteral("。");
    case 1:
        return QStringLiteral("会议强调，") + m_random.pick(w.demands) + QStringLiteral("。");
    case 2:
        return QStringLiteral("各单位围绕") + m_random.pick(w.inspections) +
               QStringLiteral("等重点，在") + m_random.pick(w.places) + QStringLiteral("持续开展") +
               m_random.pick(w.topics) + QStringLiteral("。");
    default:
        return m_random.pick(w.timeWords) + QStringLiteral("，") + m_random.pick(m_units) +
               QStringLiteral("在") + m_random.pick(w.places) + m_random.pick(w.actions) +
               m_random.pick(w.topics) + QStringLiteral("。");
    }
}

QString ArchiveGenerator::paragraph(int sentences) {
    QString text;
    for (int i = 0; i < sentences; ++i) {
        text += sentence();
    }
    return text;
}

Article ArchiveGenerator::commandReport() {
    const ArchivePhrases &w = words();
    Article article;
    const QString leader = m_random.pick(w.leaders);
    article.paragraphs.append({RichText(
        QStringLiteral("我区%1日召开%2。%3出席会议并讲话，各镇街、各相关部门负责同志参加。")
            .arg(m_date.day())
            .arg(m_random.pick(w.meetings), leader))});
    const int more = m_random.between(2, 4);
    for (int i = 0; i < more; ++i) {
        RichText text(paragraph(m_random.between(1, 3)));
        if (m_random.chance(30)) {
            text.append(QStringLiteral("%1要求：%2。").arg(leader, m_random.pick(w.demands)), true);
        }
        article.paragraphs.append({text});
    }
    article.attribution = QStringLiteral("（本刊）");
    return article;
}

Article ArchiveGenerator::inspectionReport() {
    const ArchivePhrases &w = words();
    Article article;
    const QString leader = m_random.pick(w.leaders);
    const QString place = m_random.pick(w.places);
    article.title =
        QStringLiteral("%1%2日实地检查督导%3创城工作").arg(leader).arg(m_date.day()).arg(place);
    const QStringList present = m_random.pickDistinct(m_units, m_random.between(2, 5));
    const QStringList looked = m_random.pickDistinct(w.inspections, 2);
    article.paragraphs.append({RichText(
        QStringLiteral("%1等相关负责同志参加。先后查看了%2及周边%3、%4等创城指标落实情况。")
            .arg(present.join(QStringLiteral("、")), place, looked.at(0), looked.at(1)))});
    const int more = m_random.between(1, 2);
    for (int i = 0; i < more; ++i) {
        RichText text;
        text.append(QStringLiteral("%1要求：").arg(leader));
        text.append(m_random.pick(w.demands) + QStringLiteral("。"), true);
        text.append(paragraph(1));
        article.paragraphs.append({text});
    }
    article.attribution = QStringLiteral("（本刊）");
    return article;
}

BriefCategory ArchiveGenerator::briefCategory(const QString &name) {
    const ArchivePhrases &w = words();
    BriefCategory category;
    category.name = name;
    const QStringList credited = m_random.pickDistinct(m_units, m_random.between(1, 3));
    for (const QString &unit : credited) {
        BriefItem item;
        item.units.append(unit);
        if (m_random.chance(10)) {
            item.units.append(m_random.pick(m_units));
            item.units.removeDuplicates();
        }
        item.text = RichText(QStringLiteral("%1，%2%3%4，%5。")
                                 .arg(m_random.pick(w.timeWords), m_random.pick(w.places),
                                      m_random.pick(w.actions), m_random.pick(w.topics),
                                      m_random.pick(w.results)));
        category.items.append(item);
    }
    if (m_random.chance(60)) {
        for (const QString &unit : m_random.pickDistinct(m_units, m_random.between(1, 3))) {
            if (!credited.contains(unit)) {
                category.alsoUnits.append(unit);
            }
        }
    }
    return category;
}

Issue ArchiveGenerator::next() {
    const ArchivePhrases &w = words();
    Issue issue = m_template.emptyIssue(m_number, m_date);
    for (Section &section : issue.sections) {
        if (section.kind == SectionKind::Briefs) {
            for (BriefCategory &category : section.categories) {
                category = briefCategory(category.name);
            }
        } else if (section.name == QStringLiteral("指挥调度")) {
            section.articles.append(commandReport());
        } else {
            const int reports = m_random.between(1, 2);
            for (int i = 0; i < reports; ++i) {
                section.articles.append(inspectionReport());
            }
        }
    }
    for (StaffCredit &credit : issue.footer.staff) {
        credit.name = m_random.pick(w.staff);
    }
    issue.footer.printRun = 60;
    const int roll = m_random.between(1, 100);
    issue.status = roll <= 90   ? IssueStatus::Published
                   : roll <= 95 ? IssueStatus::AwaitingSignature
                                : IssueStatus::Draft;
    ++m_number;
    m_date = m_date.addDays(m_random.between(2, 5));
    return issue;
}

} // namespace kuaibao
