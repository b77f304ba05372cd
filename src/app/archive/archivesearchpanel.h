#pragma once

#include "storage/search/archivesearch.h"

#include <QElapsedTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace kuaibao {

class Database;

// The search box over the archive: a query, filters (dates, section, category, unit, state)
// and the hits newest first. Activating a hit asks for its issue to be opened at that place.
class ArchiveSearchPanel : public QWidget {
    Q_OBJECT

public:
    explicit ArchiveSearchPanel(Database &database, QWidget *parent = nullptr);

    // The most hits shown for one query.
    static constexpr int kHitLimit = 200;

    void setQuery(const QString &text);
    // Runs the query in the box with the filters as set; errors show in the panel.
    void runSearch();
    // The hits currently listed, in list order.
    const QList<SearchHit> &hits() const { return m_hits; }
    QTreeWidget *resultList() const { return m_results; }

signals:
    // The issue with this storage id should be opened at `hit.location`, with
    // [hit.snippet.matchStart, +matchLength) of that text selected.
    void hitActivated(qint64 storageId, const kuaibao::SearchHit &hit);

private:
    Result<SearchQuery> queryFromForm() const;
    void activate(QTreeWidgetItem *item);

    Database &m_database;
    QLineEdit *m_query = nullptr;
    QLineEdit *m_from = nullptr;
    QLineEdit *m_to = nullptr;
    QComboBox *m_section = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_unit = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_message = nullptr;
    QTreeWidget *m_results = nullptr;
    QList<SearchHit> m_hits;
    int m_lastActivated = -1;
    QElapsedTimer m_sinceActivated;
};

} // namespace kuaibao
