#pragma once

#include "storage/stats/statstable.h"

#include <QDialog>

#include <memory>

class QChartView;
class QTableWidget;

namespace Ui {
class StatisticsDialog;
}

namespace kuaibao {

class Database;

// Statistics over a date range: per unit, category or month, as a table and a bar chart of
// items and mentions, exported for Excel.
class StatisticsDialog : public QDialog {
    Q_OBJECT

public:
    explicit StatisticsDialog(Database &database, QWidget *parent = nullptr);
    ~StatisticsDialog() override;

    // Counts again for the grouping and range in the form; errors show in the dialog.
    void refresh();
    void setRange(const QDate &from, const QDate &to);
    void setGrouping(StatsGrouping grouping);
    // Writes the rows shown for Excel (.xlsx, or CSV with a byte-order mark for a .csv path);
    // the error is shown to the user by the caller.
    Status exportTo(const QString &path) const;

    const QList<StatsRow> &rows() const { return m_rows; }
    QTableWidget *table() const;
    QChartView *chartView() const;

private:
    StatsGrouping grouping() const;
    void fillTable();
    void fillChart();
    void askAndExport();

    std::unique_ptr<Ui::StatisticsDialog> m_ui;
    Database &m_database;
    QList<StatsRow> m_rows;
};

} // namespace kuaibao
