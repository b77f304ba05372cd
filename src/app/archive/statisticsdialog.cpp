#include "statisticsdialog.h"

#include "core/chineseformat.h"
#include "integerticks.h"
#include "statsexport.h"
#include "ui_statisticsdialog.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFileDialog>
#include <QHorizontalBarSeries>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QValueAxis>

#include <algorithm>

namespace kuaibao {

namespace {

// The chart shows at most this many rows, the largest (the table shows them all).
constexpr int kChartRows = 15;

} // namespace

StatisticsDialog::StatisticsDialog(Database &database, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::StatisticsDialog>()), m_database(database) {
    m_ui->setupUi(this);
    m_ui->groupingCombo->addItem(tr("By unit"), static_cast<int>(StatsGrouping::Unit));
    m_ui->groupingCombo->addItem(tr("By category"), static_cast<int>(StatsGrouping::Category));
    m_ui->groupingCombo->addItem(tr("By month"), static_cast<int>(StatsGrouping::Month));
    for (QLineEdit *field : {m_ui->fromEdit, m_ui->toEdit}) {
        connect(field, &QLineEdit::returnPressed, this, &StatisticsDialog::refresh);
    }
    m_ui->statisticsChart->setRenderHint(QPainter::Antialiasing);

    connect(m_ui->countButton, &QPushButton::clicked, this, &StatisticsDialog::refresh);
    connect(m_ui->groupingCombo, &QComboBox::currentIndexChanged, this, &StatisticsDialog::refresh);
    connect(m_ui->exportStatisticsButton, &QPushButton::clicked, this,
            &StatisticsDialog::askAndExport);
    refresh();
}

StatisticsDialog::~StatisticsDialog() = default;

QTableWidget *StatisticsDialog::table() const {
    return m_ui->statisticsTable;
}

QChartView *StatisticsDialog::chartView() const {
    return m_ui->statisticsChart;
}

StatsGrouping StatisticsDialog::grouping() const {
    return static_cast<StatsGrouping>(m_ui->groupingCombo->currentData().toInt());
}

void StatisticsDialog::setRange(const QDate &from, const QDate &to) {
    m_ui->fromEdit->setText(from.isValid() ? from.toString(Qt::ISODate) : QString());
    m_ui->toEdit->setText(to.isValid() ? to.toString(Qt::ISODate) : QString());
    refresh();
}

void StatisticsDialog::setGrouping(StatsGrouping grouping) {
    m_ui->groupingCombo->setCurrentIndex(m_ui->groupingCombo->findData(static_cast<int>(grouping)));
    refresh();
}

void StatisticsDialog::refresh() {
    m_rows.clear();
    m_ui->statisticsMessage->clear();
    StatsRange range;
    for (const auto &[field, target] :
         {std::pair{m_ui->fromEdit, &range.from}, std::pair{m_ui->toEdit, &range.to}}) {
        const QString text = field->text().trimmed();
        if (text.isEmpty()) {
            continue;
        }
        const std::optional<QDate> date = parseIsoDate(text);
        if (!date) {
            m_ui->statisticsMessage->setText(
                tr("\"%1\" is not a real date written YYYY-MM-DD").arg(text));
            fillTable();
            fillChart();
            return;
        }
        *target = *date;
    }
    ArchiveStatistics statistics(m_database);
    Result<QList<StatsRow>> rows = grouping() == StatsGrouping::Unit ? statistics.byUnit(range)
                                   : grouping() == StatsGrouping::Category
                                       ? statistics.byCategory(range)
                                       : statistics.byMonth(range);
    if (!rows) {
        m_ui->statisticsMessage->setText(rows.error().message);
    } else {
        m_rows = std::move(rows).value();
    }
    fillTable();
    fillChart();
}

void StatisticsDialog::fillTable() {
    const StatsGrouping g = grouping();
    const QStringList headers = StatsExport::header(g);
    m_ui->statisticsTable->clear();
    m_ui->statisticsTable->setColumnCount(static_cast<int>(headers.size()));
    m_ui->statisticsTable->setHorizontalHeaderLabels(headers);
    m_ui->statisticsTable->setRowCount(static_cast<int>(m_rows.size()));
    for (int r = 0; r < m_rows.size(); ++r) {
        const QStringList cells = StatsTable::cells(g, m_rows.at(r));
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c > 0) {
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            }
            if (c == 0 && !m_rows.at(r).knownUnit) {
                item->setToolTip(tr("Not in the unit list: map it in the unit editor"));
            }
            m_ui->statisticsTable->setItem(r, c, item);
        }
    }
    m_ui->statisticsTable->resizeColumnsToContents();
}

void StatisticsDialog::fillChart() {
    auto *chart = new QChart;
    auto *items = new QBarSet(tr("Items adopted"));
    auto *mentions = new QBarSet(tr("Mentions"));
    QStringList labels;
    int highest = 0;
    // Only rows with something to show, the largest at the top: a horizontal bar chart reads
    // from the bottom up, so the rows go in reversed.
    QList<StatsRow> shown;
    for (const StatsRow &row : m_rows) {
        if (row.items > 0 || row.mentions > 0) {
            shown << row;
        }
    }
    shown = shown.mid(0, kChartRows);
    std::reverse(shown.begin(), shown.end());
    for (const StatsRow &row : std::as_const(shown)) {
        labels << row.key;
        *items << row.items;
        *mentions << row.mentions;
        highest = std::max({highest, row.items, row.mentions});
    }
    auto *series = new QHorizontalBarSeries;
    series->append(items);
    series->append(mentions);
    chart->addSeries(series);
    auto *unitAxis = new QBarCategoryAxis;
    unitAxis->append(labels);
    auto *countAxis = new QValueAxis;
    const IntegerTicks ticks = IntegerTicks::forMaximum(highest);
    countAxis->setRange(0, ticks.top);
    countAxis->setTickType(QValueAxis::TicksDynamic);
    countAxis->setTickAnchor(0);
    countAxis->setTickInterval(ticks.step);
    countAxis->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(unitAxis, Qt::AlignLeft);
    chart->addAxis(countAxis, Qt::AlignBottom);
    series->attachAxis(unitAxis);
    series->attachAxis(countAxis);
    chart->legend()->setAlignment(Qt::AlignTop);
    // Each name needs its own line: a category narrower than its label is drawn as "…".
    QFont labelFont = unitAxis->labelsFont();
    labelFont.setPointSizeF(9);
    unitAxis->setLabelsFont(labelFont);
    m_ui->statisticsChart->setMinimumHeight(std::max(260, 90 + 28 * int(shown.size())));
    QChart *old = m_ui->statisticsChart->chart();
    m_ui->statisticsChart->setChart(chart);
    delete old;
}

Status StatisticsDialog::exportTo(const QString &path) const {
    return StatsExport::write(path, grouping(), m_rows);
}

void StatisticsDialog::askAndExport() {
    const QString xlsx = tr("Excel workbook (*.xlsx)");
    const QString csv = tr("CSV for Excel (*.csv)");
    QString filter = xlsx;
    QString path = QFileDialog::getSaveFileName(this, tr("Export statistics"),
                                                tr("statistics") + QStringLiteral(".xlsx"),
                                                xlsx + QStringLiteral(";;") + csv, &filter);
    if (path.isEmpty()) {
        return;
    }
    const QString suffix = filter == csv ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
    if (!path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive) &&
        !path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive)) {
        path += suffix;
    }
    if (Status s = exportTo(path); !s) {
        QMessageBox::warning(this, tr("Export statistics"), s.error().message);
    }
}

} // namespace kuaibao
