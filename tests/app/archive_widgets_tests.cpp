// The archive widgets: the search panel opens the hit, the statistics dialog counts, charts
// and exports, the units editor maps an unknown name.
#include "app/archive/archivesearchpanel.h"
#include "app/archive/integerticks.h"
#include "app/archive/statisticsdialog.h"
#include "app/archive/unitseditordialog.h"

#include "core/templatelibrary.h"
#include "storage/bulk/archivefiller.h"
#include "storage/database.h"
#include "storage/issuerepository.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QValueAxis>

#include <cmath>

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

TEST_CASE("the statistics dialog shows a table and a chart and exports for Excel",
          "[app][archive][issue14]") {
    FilledArchive archive(10);
    StatisticsDialog dialog(*archive.db);
    REQUIRE(dialog.table()->rowCount() == dialog.rows().size());
    REQUIRE(dialog.rows().size() >= 29);
    CHECK(dialog.table()->item(0, 1)->text().toInt() == dialog.rows().first().items);

    // Horizontal bars named in full, only units with something to show, the most at the top.
    QChart *chart = dialog.chartView()->chart();
    auto *series = qobject_cast<QHorizontalBarSeries *>(chart->series().value(0));
    REQUIRE(series != nullptr);
    REQUIRE(series->barSets().size() == 2);
    auto *names = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Vertical).value(0));
    REQUIRE(names != nullptr);
    const QStringList labels = names->categories();
    int withCounts = 0;
    for (const StatsRow &row : dialog.rows()) {
        withCounts += row.items > 0 || row.mentions > 0 ? 1 : 0;
    }
    CHECK(labels.size() == std::min(withCounts, 15)); // the 15 largest
    CHECK(labels.last() == dialog.rows().first().key);
    for (int i = 0; i < labels.size(); ++i) {
        CHECK(series->barSets().at(0)->at(i) + series->barSets().at(1)->at(i) > 0);
    }
    // Whole-number ticks: the axis ends on a whole number of whole steps.
    const auto *counts = qobject_cast<QValueAxis *>(chart->axes(Qt::Horizontal).value(0));
    REQUIRE(counts != nullptr);
    CHECK(counts->tickType() == QValueAxis::TicksDynamic);
    CHECK(counts->tickInterval() >= 1);
    CHECK(counts->tickInterval() == std::floor(counts->tickInterval()));
    CHECK(std::fmod(counts->max(), counts->tickInterval()) == 0);
    CHECK(IntegerTicks::forMaximum(1).top == 1);
    CHECK(IntegerTicks::forMaximum(1).step == 1);
    CHECK(IntegerTicks::forMaximum(0).top == 1);
    CHECK(IntegerTicks::forMaximum(13).step == 2);
    CHECK(IntegerTicks::forMaximum(13).top == 14);
    CHECK(IntegerTicks::forMaximum(240).step == 50);

    // CSV for Excel: a byte-order mark, the table's own Chinese headers.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.csv"));
    REQUIRE(dialog.exportTo(path).ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QString csv = QString::fromUtf8(bytes.mid(3));
    QStringList shownHeaders;
    for (int c = 0; c < dialog.table()->columnCount(); ++c) {
        shownHeaders << dialog.table()->horizontalHeaderItem(c)->text();
    }
    CHECK(csv.startsWith(shownHeaders.join(QLatin1Char(',')) + QLatin1Char('\n')));
    CHECK(csv.count(QLatin1Char('\n')) == dialog.rows().size() + 1);

    // A workbook: a zip holding the sheet, with the first unit's name and its count as a number.
    const QString xlsx = dir.filePath(QStringLiteral("s.xlsx"));
    REQUIRE(dialog.exportTo(xlsx).ok());
    QFile workbook(xlsx);
    REQUIRE(workbook.open(QIODevice::ReadOnly));
    CHECK(workbook.read(2) == "PK");
    if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty()) {
        KUAIBAO_SKIP(QStringLiteral("unzip is not installed to read the workbook back"));
    }
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx});
    REQUIRE(unzip.waitForFinished(10000));
    const QString inside = QString::fromUtf8(unzip.readAllStandardOutput());
    CHECK(inside.contains(dialog.rows().first().key));
    CHECK(inside.contains(QStringLiteral("<v>%1</v>").arg(dialog.rows().first().items)));

    dialog.setGrouping(StatsGrouping::Month);
    CHECK(dialog.table()->columnCount() == 4);
    CHECK(!dialog.exportTo(dir.filePath(QStringLiteral("missing/folder/s.csv"))).ok());
    CHECK(!dialog.exportTo(dir.filePath(QStringLiteral("missing/folder/s.xlsx"))).ok());
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("missing"))));
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
