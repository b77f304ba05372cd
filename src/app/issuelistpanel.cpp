#include "issuelistpanel.h"

#include <QScrollBar>
#include <QSet>

#include <QColor>
#include <QHeaderView>
#include <QLineEdit>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kuaibao {

namespace {
constexpr int kIdRole = Qt::UserRole;
constexpr int kSearchRole = Qt::UserRole + 1;
} // namespace

IssueListPanel::IssueListPanel(QWidget *parent) : QWidget(parent) {
    setObjectName(QStringLiteral("issueListPanel"));
    m_filter = new QLineEdit;
    m_filter->setObjectName(QStringLiteral("issueFilter"));
    m_filter->setPlaceholderText(tr("Filter: number, date, status…"));
    m_filter->setClearButtonEnabled(true);
    m_tree = new QTreeWidget;
    m_tree->setObjectName(QStringLiteral("issueTree"));
    m_tree->setHeaderLabels({tr("Issue"), tr("Date"), tr("Status")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 0, 6);
    layout->setSpacing(6);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree);

    connect(m_filter, &QLineEdit::textChanged, this, &IssueListPanel::applyFilter);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!m_settingCurrent && item && item->data(0, kIdRole).isValid()) {
            emit issueChosen(item->data(0, kIdRole).toLongLong());
        }
    });
    connect(m_tree, &QTreeWidget::itemExpanded, this, [this](QTreeWidgetItem *item) {
        if (item->childCount() == 0) {
            populateYear(item->data(0, kSearchRole).toLongLong());
        }
    });
}

void IssueListPanel::setIssues(const QList<IssueSummary> &issues) {
    const qint64 current = currentIssueId();
    // Read again (after a change made elsewhere): the years opened stay open, the view in place.
    QSet<qint64> opened;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        if (m_tree->topLevelItem(i)->isExpanded()) {
            opened.insert(m_tree->topLevelItem(i)->data(0, kSearchRole).toLongLong());
        }
    }
    const int scrolled = m_tree->verticalScrollBar()->value();
    m_issues = issues;
    m_settingCurrent = true;
    m_tree->clear();
    // Years are filled when opened, so that a large archive shows at once.
    for (const IssueSummary &s : issues) {
        const int year = s.date.year();
        if (m_tree->topLevelItemCount() == 0 ||
            m_tree->topLevelItem(m_tree->topLevelItemCount() - 1)->data(0, kSearchRole).toInt() !=
                year) {
            auto *yearItem = new QTreeWidgetItem(m_tree, {tr("%1").arg(year)});
            yearItem->setData(0, kSearchRole, year);
            yearItem->setChildIndicatorPolicy(QTreeWidgetItem::ShowIndicator);
            yearItem->setFirstColumnSpanned(true);
        }
    }
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *year = m_tree->topLevelItem(i);
        year->setExpanded(i == 0 || opened.contains(year->data(0, kSearchRole).toLongLong()));
    }
    m_settingCurrent = false;
    setCurrentIssue(current);
    applyFilter(m_filter->text());
    if (!opened.isEmpty()) {
        m_tree->verticalScrollBar()->setValue(scrolled);
    }
}

void IssueListPanel::populateYear(qint64 year) {
    QTreeWidgetItem *yearItem = nullptr;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        if (m_tree->topLevelItem(i)->data(0, kSearchRole).toLongLong() == year) {
            yearItem = m_tree->topLevelItem(i);
        }
    }
    if (!yearItem || yearItem->childCount() > 0) {
        return;
    }
    QList<QTreeWidgetItem *> children;
    for (const IssueSummary &s : std::as_const(m_issues)) {
        if (s.date.year() != year) {
            continue;
        }
        const QString number = s.series == Series::Supplement ? tr("Supplement %1").arg(s.number)
                                                              : tr("No. %1").arg(s.number);
        auto *item = new QTreeWidgetItem(
            {number, s.date.toString(QStringLiteral("MM-dd")), statusDisplayName(s.status)});
        item->setData(0, kIdRole, s.storageId);
        item->setData(0, kSearchRole,
                      QStringList{QString::number(s.number), number, s.date.toString(Qt::ISODate),
                                  statusDisplayName(s.status), statusChineseLabel(s.status), s.name}
                          .join(QLatin1Char(' ')));
        item->setToolTip(0, s.name);
        const auto returned = m_returned.constFind(s.storageId);
        if (returned != m_returned.cend()) {
            item->setText(2, tr("Returned: %1").arg(statusDisplayName(s.status)));
            item->setForeground(2, QColor(0xb2, 0x5e, 0x00));
            item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxInformation));
            item->setToolTip(0, s.name + QLatin1Char('\n') + *returned);
            item->setToolTip(2, *returned);
        }
        const auto tampered = m_tampered.constFind({int(s.series), s.number});
        if (tampered != m_tampered.cend()) {
            item->setText(2, tr("Changed after signing!"));
            item->setForeground(2, QColor(0xb7, 0x1c, 0x1c));
            item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxWarning));
            item->setToolTip(0, s.name + QLatin1Char('\n') + *tampered);
            item->setToolTip(2, *tampered);
        }
        children << item;
    }
    yearItem->addChildren(children);
}

void IssueListPanel::setCurrentIssue(qint64 storageId) {
    for (const IssueSummary &s : std::as_const(m_issues)) {
        if (s.storageId != storageId) {
            continue;
        }
        populateYear(s.date.year());
        for (int y = 0; y < m_tree->topLevelItemCount(); ++y) {
            QTreeWidgetItem *yearItem = m_tree->topLevelItem(y);
            for (int i = 0; i < yearItem->childCount(); ++i) {
                if (yearItem->child(i)->data(0, kIdRole).toLongLong() == storageId) {
                    m_settingCurrent = true;
                    yearItem->setExpanded(true);
                    m_tree->setCurrentItem(yearItem->child(i));
                    m_tree->scrollToItem(yearItem->child(i));
                    m_settingCurrent = false;
                    return;
                }
            }
        }
    }
}

void IssueListPanel::setTamperedIssues(const QMap<QPair<int, int>, QString> &tampered) {
    m_tampered = tampered;
    setIssues(m_issues); // the rows are made again with the marks
}

void IssueListPanel::setReturnedIssues(const QHash<qint64, QString> &remarks) {
    if (remarks == m_returned) {
        return;
    }
    m_returned = remarks;
    setIssues(m_issues); // the rows are made again with the marks
}

bool IssueListPanel::isMarkedTampered(qint64 storageId) const {
    for (const IssueSummary &s : std::as_const(m_issues)) {
        if (s.storageId == storageId) {
            return m_tampered.contains({int(s.series), s.number});
        }
    }
    return false;
}

qint64 IssueListPanel::currentIssueId() const {
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item && item->data(0, kIdRole).isValid() ? item->data(0, kIdRole).toLongLong() : 0;
}

void IssueListPanel::applyFilter(const QString &text) {
    const QString needle = text.trimmed();
    for (int y = 0; y < m_tree->topLevelItemCount(); ++y) {
        QTreeWidgetItem *yearItem = m_tree->topLevelItem(y);
        if (!needle.isEmpty()) {
            populateYear(yearItem->data(0, kSearchRole).toLongLong());
        }
        int shown = 0;
        for (int i = 0; i < yearItem->childCount(); ++i) {
            QTreeWidgetItem *item = yearItem->child(i);
            const bool match =
                needle.isEmpty() ||
                item->data(0, kSearchRole).toString().contains(needle, Qt::CaseInsensitive);
            item->setHidden(!match);
            shown += match ? 1 : 0;
        }
        const bool yearMatches = yearItem->text(0).contains(needle);
        yearItem->setHidden(!needle.isEmpty() && shown == 0 && !yearMatches);
        if (!needle.isEmpty() && shown > 0) {
            yearItem->setExpanded(true);
        }
    }
}

} // namespace kuaibao
