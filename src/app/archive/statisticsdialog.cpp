#include "statisticsdialog.h"

#include "core/chineseformat.h"
#include "core/files/outputfile.h"

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
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace kuaibao {

namespace {

// The chart shows at most this many rows (the table shows them all).
constexpr int kChartRows = 30;

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
    auto *exportButton = new QPushButton(tr("Export CSV…"), this);
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
    resize(760, 640);

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
    QStringList headers = {g == StatsGrouping::Unit       ? tr("Unit")
                           : g == StatsGrouping::Category ? tr("Category")
                                                          : tr("Month")};
    if (g == StatsGrouping::Month) {
        headers << tr("Issues");
    }
    headers << tr("Items adopted") << tr("Mentions");
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
    for (const StatsRow &row : m_rows.mid(0, kChartRows)) {
        labels << row.key;
        *items << row.items;
        *mentions << row.mentions;
        highest = std::max({highest, row.items, row.mentions});
    }
    auto *series = new QBarSeries;
    series->append(items);
    series->append(mentions);
    chart->addSeries(series);
    auto *xAxis = new QBarCategoryAxis;
    xAxis->append(labels);
    xAxis->setLabelsAngle(-60);
    auto *yAxis = new QValueAxis;
    yAxis->setRange(0, std::max(1, highest));
    yAxis->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    series->attachAxis(xAxis);
    series->attachAxis(yAxis);
    chart->legend()->setAlignment(Qt::AlignTop);
    QChart *old = m_chartView->chart();
    m_chartView->setChart(chart);
    delete old;
}

Status StatisticsDialog::exportCsv(const QString &path) const {
    return OutputFile::write(path, StatsTable::csv(grouping(), m_rows).toUtf8());
}

void StatisticsDialog::askAndExport() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export statistics"), QStringLiteral("statistics.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    if (Status s = exportCsv(path); !s) {
        QMessageBox::warning(this, tr("Export statistics"), s.error().message);
    }
}

} // namespace kuaibao
