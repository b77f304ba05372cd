// The archive widgets: the search panel opens the hit, the statistics dialog counts, charts
// and exports, the units editor maps an unknown name.
#include "app/archive/archivesearchpanel.h"
#include "app/archive/statisticsdialog.h"
#include "app/archive/unitseditordialog.h"

#include "core/templatelibrary.h"
#include "storage/bulk/archivefiller.h"
#include "storage/database.h"
#include "storage/issuerepository.h"

#include <catch2/catch.hpp>

#include <QBarSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace kuaibao;

namespace {

struct FilledArchive {
    QTemporaryDir dir;
    std::unique_ptr<Database> db;

    explicit FilledArchive(int issues) {
        db = Database::open(dir.filePath(QStringLiteral("a.db"))).value();
        auto t = TemplateLibrary::load(TemplateLibrary::defaultTemplateId());
        REQUIRE(t.ok());
        if (issues > 0) {
            REQUIRE(ArchiveFiller(*db).fill(*t, {}, issues).ok());
        }
    }
};

} // namespace

TEST_CASE("clicking a search hit opens its issue at the hit", "[app][archive]") {
    FilledArchive archive(12);
    ArchiveSearchPanel panel(*archive.db);
    panel.show();
    panel.setQuery(QStringLiteral("门前三包"));
    QTest::keyClick(panel.findChild<QLineEdit *>(), Qt::Key_Return);
    QTreeWidget *list = panel.resultList();
    REQUIRE(list->topLevelItemCount() >= 2);
    REQUIRE(list->topLevelItemCount() == panel.hits().size());

    QSignalSpy opened(&panel, &ArchiveSearchPanel::hitActivated);
    QTreeWidgetItem *second = list->topLevelItem(1);
    const QRect rect = list->visualItemRect(second);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    REQUIRE(opened.size() == 1); // a click opens it once; the double click does not open it again
    const qint64 storageId = opened.first().at(0).toLongLong();
    const SearchHit hit = opened.first().at(1).value<SearchHit>();
    const Issue issue = IssueRepository(*archive.db).loadById(storageId).value();
    CHECK(QString::number(issue.masthead.number) == second->text(0));
    CHECK(textAt(issue, hit.location).mid(hit.snippet.matchStart, hit.snippet.matchLength) ==
          QStringLiteral("门前三包"));
}

TEST_CASE("a bad date in the search panel is explained, not searched", "[app][archive]") {
    FilledArchive archive(3);
    ArchiveSearchPanel panel(*archive.db);
    panel.setQuery(QStringLiteral("镇"));
    const QList<QLineEdit *> fields = panel.findChildren<QLineEdit *>();
    REQUIRE(fields.size() >= 3);
    fields.at(1)->setText(QStringLiteral("2022-02-30"));
    panel.runSearch();
    CHECK(panel.hits().isEmpty());
    bool explained = false;
    for (QLabel *label : panel.findChildren<QLabel *>()) {
        explained = explained || label->text().contains(QStringLiteral("2022-02-30"));
    }
    CHECK(explained);
}

TEST_CASE("the statistics dialog shows a table and a chart and exports CSV", "[app][archive]") {
    FilledArchive archive(10);
    StatisticsDialog dialog(*archive.db);
    REQUIRE(dialog.table()->rowCount() == dialog.rows().size());
    REQUIRE(dialog.rows().size() >= 29);
    const auto *series = qobject_cast<QBarSeries *>(dialog.chartView()->chart()->series().value(0));
    REQUIRE(series != nullptr);
    CHECK(series->barSets().size() == 2);
    CHECK(dialog.table()->item(0, 1)->text().toInt() == dialog.rows().first().items);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.csv"));
    REQUIRE(dialog.exportCsv(path).ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    CHECK(csv.startsWith(QStringLiteral("unit,items,mentions\n")));
    CHECK(csv.count(QLatin1Char('\n')) == dialog.rows().size() + 1);

    dialog.setGrouping(StatsGrouping::Month);
    CHECK(dialog.table()->columnCount() == 4);
    CHECK(!dialog.exportCsv(dir.filePath(QStringLiteral("missing/folder/s.csv"))).ok());
}

TEST_CASE("the units editor maps an unknown name in one step", "[app][archive]") {
    FilledArchive archive(0);
    auto t = TemplateLibrary::load(TemplateLibrary::defaultTemplateId());
    Issue issue = t->emptyIssue(5, QDate(2022, 3, 1));
    issue.sections[2].categories[0].items = {
        {{QStringLiteral("永定镇政府")}, RichText(QStringLiteral("测试条目"))}};
    REQUIRE(IssueRepository(*archive.db).save(issue).ok());

    UnitsEditorDialog dialog(*archive.db);
    REQUIRE(dialog.unknownList()->topLevelItemCount() == 1);
    dialog.unknownList()->setCurrentItem(dialog.unknownList()->topLevelItem(0));
    auto *target = dialog.findChild<QComboBox *>();
    target->setCurrentText(QStringLiteral("永定镇"));
    dialog.mapSelected();
    CHECK(dialog.unknownList()->topLevelItemCount() == 0);
    const Issue stored = IssueRepository(*archive.db).load(5).value();
    CHECK(stored.sections[2].categories[0].items[0].units == QStringList{QStringLiteral("永定镇")});
}

TEST_CASE("the search panel's filters narrow the hits", "[app][archive]") {
    FilledArchive archive(12);
    ArchiveSearchPanel panel(*archive.db);
    panel.setQuery(QStringLiteral("，"));
    panel.runSearch();
    const qsizetype everything = panel.hits().size();
    const QList<QComboBox *> combos = panel.findChildren<QComboBox *>();
    REQUIRE(combos.size() == 4);                          // section, category, unit, state
    combos.at(2)->setCurrentText(QStringLiteral("斋堂")); // an alias of 斋堂镇
    panel.runSearch();
    REQUIRE(!panel.hits().isEmpty());
    CHECK(panel.hits().size() < everything);
    const IssueRepository repository(*archive.db);
    for (const SearchHit &hit : panel.hits()) {
        const Issue issue = repository.loadById(hit.storageId).value();
        const SearchLocation &at = hit.location;
        CHECK(issue.sections[at.section].categories[at.block].items[at.element].units.contains(
            QStringLiteral("斋堂镇")));
    }
    combos.at(2)->setCurrentText(QString());
    combos.at(0)->setCurrentIndex(combos.at(0)->findData(QStringLiteral("检查督导")));
    panel.runSearch();
    REQUIRE(!panel.hits().isEmpty());
    for (const SearchHit &hit : panel.hits()) {
        CHECK(hit.section == QStringLiteral("检查督导"));
    }
}
