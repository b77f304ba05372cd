#pragma once

#include "storage/stats/statstable.h"

#include <QDialog>

class QChartView;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace kuaibao {

class Database;

// Statistics over a date range: per unit, category or month, as a table and a bar chart of
// items and mentions, exported for Excel.
class StatisticsDialog : public QDialog {
    Q_OBJECT

public:
    explicit StatisticsDialog(Database &database, QWidget *parent = nullptr);

    // Counts again for the grouping and range in the form; errors show in the dialog.
    void refresh();
    void setRange(const QDate &from, const QDate &to);
    void setGrouping(StatsGrouping grouping);
    // Writes the rows shown for Excel (.xlsx, or CSV with a byte-order mark for a .csv path);
    // the error is shown to the user by the caller.
    Status exportTo(const QString &path) const;

    const QList<StatsRow> &rows() const { return m_rows; }
    QTableWidget *table() const { return m_table; }
    QChartView *chartView() const { return m_chartView; }

private:
    StatsGrouping grouping() const;
    void fillTable();
    void fillChart();
    void askAndExport();

    Database &m_database;
    QComboBox *m_grouping = nullptr;
    QLineEdit *m_from = nullptr;
    QLineEdit *m_to = nullptr;
    QLabel *m_message = nullptr;
    QTableWidget *m_table = nullptr;
    QChartView *m_chartView = nullptr;
    QList<StatsRow> m_rows;
};

} // namespace kuaibao
