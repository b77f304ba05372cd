#include "statisticsdialog.h"

#include "core/chineseformat.h"
#include "integerticks.h"
#include "statsexport.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace kuaibao {

namespace {

// The chart shows at most this many rows, the largest (the table shows them all).
constexpr int kChartRows = 15;

} // namespace

StatisticsDialog::StatisticsDialog(Database &database, QWidget *parent)
    : QDialog(parent), m_database(database) {
    setWindowTitle(tr("Statistics"));
    m_grouping = new QComboBox(this);
    m_grouping->addItem(tr("By unit"), static_cast<int>(StatsGrouping::Unit));
    m_grouping->addItem(tr("By category"), static_cast<int>(StatsGrouping::Category));
    m_grouping->addItem(tr("By month"), static_cast<int>(StatsGrouping::Month));
    m_from = new QLineEdit(this);
    m_to = new QLineEdit(this);
    for (QLineEdit *field : {m_from, m_to}) {
        field->setPlaceholderText(QStringLiteral("YYYY-MM-DD"));
        field->setMaxLength(10);
        connect(field, &QLineEdit::returnPressed, this, &StatisticsDialog::refresh);
    }
    auto *count = new QPushButton(tr("Count"), this);
    auto *exportButton = new QPushButton(tr("Export for Excel…"), this);
    exportButton->setObjectName(QStringLiteral("exportStatisticsButton"));
    m_message = new QLabel(this);
    m_table = new QTableWidget(this);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_chartView = new QChartView(new QChart, this);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(260);

    auto *form = new QHBoxLayout;
    form->addWidget(m_grouping);
    form->addWidget(new QLabel(tr("From"), this));
    form->addWidget(m_from);
    form->addWidget(new QLabel(tr("to"), this));
    form->addWidget(m_to);
    form->addWidget(count);
    form->addStretch(1);
    form->addWidget(exportButton);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_chartView);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);
    resize(820, 780);

    connect(count, &QPushButton::clicked, this, &StatisticsDialog::refresh);
    connect(m_grouping, &QComboBox::currentIndexChanged, this, &StatisticsDialog::refresh);
    connect(exportButton, &QPushButton::clicked, this, &StatisticsDialog::askAndExport);
    refresh();
}

StatsGrouping StatisticsDialog::grouping() const {
    return static_cast<StatsGrouping>(m_grouping->currentData().toInt());
}

void StatisticsDialog::setRange(const QDate &from, const QDate &to) {
    m_from->setText(from.isValid() ? from.toString(Qt::ISODate) : QString());
    m_to->setText(to.isValid() ? to.toString(Qt::ISODate) : QString());
    refresh();
}

void StatisticsDialog::setGrouping(StatsGrouping grouping) {
    m_grouping->setCurrentIndex(m_grouping->findData(static_cast<int>(grouping)));
    refresh();
}

void StatisticsDialog::refresh() {
    m_rows.clear();
    m_message->clear();
    StatsRange range;
    for (const auto &[field, target] :
         {std::pair{m_from, &range.from}, std::pair{m_to, &range.to}}) {
        const QString text = field->text().trimmed();
        if (text.isEmpty()) {
            continue;
        }
        const std::optional<QDate> date = parseIsoDate(text);
        if (!date) {
            m_message->setText(tr("\"%1\" is not a real date written YYYY-MM-DD").arg(text));
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
        m_message->setText(rows.error().message);
    } else {
        m_rows = std::move(rows).value();
    }
    fillTable();
    fillChart();
}

void StatisticsDialog::fillTable() {
    const StatsGrouping g = grouping();
    const QStringList headers = StatsExport::header(g);
    m_table->clear();
    m_table->setColumnCount(static_cast<int>(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(static_cast<int>(m_rows.size()));
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
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
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
    m_chartView->setMinimumHeight(std::max(260, 90 + 28 * int(shown.size())));
    QChart *old = m_chartView->chart();
    m_chartView->setChart(chart);
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
