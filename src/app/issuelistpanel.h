#pragma once

#include "storage/issuerepository.h"

#include <QHash>
#include <QMap>
#include <QPair>
#include <QWidget>

class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace kuaibao {

// The left-hand panel: every issue in the archive, grouped by year, newest first, with its
// number, date and status, and a filter box (number, date, name or status).
class IssueListPanel : public QWidget {
    Q_OBJECT

public:
    explicit IssueListPanel(QWidget *parent = nullptr);

    void setIssues(const QList<IssueSummary> &issues);
    // Marks the open issue (without signalling a choice).
    void setCurrentIssue(qint64 storageId);
    qint64 currentIssueId() const;
    // Marks issues whose signed content was changed outside the program (kept across reloads);
    // each key is (series, number), each value the differences for the tooltip.
    void setTamperedIssues(const QMap<QPair<int, int>, QString> &tampered);
    bool isMarkedTampered(qint64 storageId) const;
    // Marks issues returned by a signer with a remark not yet dealt with (kept across
    // reloads); each key is a storage id, each value the remark for the tooltip.
    void setReturnedIssues(const QHash<qint64, QString> &remarks);
    bool isMarkedReturned(qint64 storageId) const { return m_returned.contains(storageId); }
    QLineEdit *filterBox() const { return m_filter; }
    QTreeWidget *tree() const { return m_tree; }

signals:
    void issueChosen(qint64 storageId);

private:
    void applyFilter(const QString &text);
    void populateYear(qint64 year);

    QLineEdit *m_filter = nullptr;
    QTreeWidget *m_tree = nullptr;
    QList<IssueSummary> m_issues;
    QMap<QPair<int, int>, QString> m_tampered;
    QHash<qint64, QString> m_returned;
    bool m_settingCurrent = false;
};

} // namespace kuaibao
