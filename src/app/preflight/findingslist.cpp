#include "findingslist.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace kuaibao {

QString findingsSummary(const QList<Finding> &findings) {
    const auto errors = std::count_if(findings.cbegin(), findings.cend(), [](const Finding &f) {
        return f.severity == FindingSeverity::Error;
    });
    if (findings.isEmpty()) {
        return FindingsList::tr("Nothing found.");
    }
    return FindingsList::tr("%1, %2").arg(
        FindingsList::tr("%n error(s)", nullptr, int(errors)),
        FindingsList::tr("%n warning(s)", nullptr, int(findings.size() - errors)));
}

FindingsList::FindingsList(bool fixable, QWidget *parent) : QWidget(parent) {
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("findingsSummary"));
    m_summary->setWordWrap(true);
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("findingsList"));
    m_list->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    if (fixable) {
        m_fix = new QPushButton(tr("&Fix"));
        m_fix->setObjectName(QStringLiteral("findingFixButton"));
        layout->addWidget(m_fix);
        connect(m_fix, &QPushButton::clicked, this, [this] {
            const int row = m_list->currentRow();
            if (row >= 0 && row < m_findings.size()) {
                emit fixRequested(m_findings.at(row));
            }
        });
    }
    connect(m_list, &QListWidget::currentRowChanged, this, [this] { updateFixButton(); });
    auto activate = [this](QListWidgetItem *item) {
        const int row = m_list->row(item);
        if (row >= 0 && row < m_findings.size()) {
            emit findingActivated(m_findings.at(row));
        }
    };
    connect(m_list, &QListWidget::itemClicked, this, activate);
    connect(m_list, &QListWidget::itemActivated, this, activate);
    setFindings({});
}

void FindingsList::setFindings(const QList<Finding> &findings) {
    const int row = m_list->currentRow();
    m_findings = findings;
    const QSignalBlocker quiet(m_list);
    m_list->clear();
    for (const Finding &f : findings) {
        const bool error = f.severity == FindingSeverity::Error;
        auto *item =
            new QListWidgetItem((error ? tr("Error") : tr("Warning")) + QStringLiteral(" · ") +
                                    f.placeText + QLatin1Char('\n') + f.message,
                                m_list);
        item->setToolTip(f.kind);
        if (error) {
            item->setForeground(QColor(0xa0, 0, 0));
        }
    }
    if (!findings.isEmpty()) {
        m_list->setCurrentRow(std::clamp(row, 0, int(findings.size()) - 1));
    }
    m_summary->setText(findingsSummary(findings));
    updateFixButton();
}

void FindingsList::setFixingAllowed(bool allowed) {
    m_fixingAllowed = allowed;
    updateFixButton();
}

void FindingsList::updateFixButton() {
    if (!m_fix) {
        return;
    }
    const int row = m_list->currentRow();
    const bool has = row >= 0 && row < m_findings.size() && m_findings.at(row).fix.has_value();
    m_fix->setEnabled(has && m_fixingAllowed);
    m_fix->setText(has ? m_findings.at(row).fix->label : tr("&Fix"));
}

} // namespace kuaibao
