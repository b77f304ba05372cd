#pragma once

#include "core/preflight/finding.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace kuaibao {

// A list of preflight findings (errors first marked red) with a count, and, when fixing is
// allowed, a button that asks for the chosen finding's fix. Clicking a finding asks to show it.
class FindingsList : public QWidget {
    Q_OBJECT

public:
    explicit FindingsList(bool fixable, QWidget *parent = nullptr);

    void setFindings(const QList<Finding> &findings);
    const QList<Finding> &findings() const { return m_findings; }
    // Whether the fix button may be used (not for a signed, read-only issue).
    void setFixingAllowed(bool allowed);
    QListWidget *list() const { return m_list; }

signals:
    void findingActivated(const kuaibao::Finding &finding);
    void fixRequested(const kuaibao::Finding &finding);

private:
    void updateFixButton();

    QList<Finding> m_findings;
    QLabel *m_summary = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_fix = nullptr;
    bool m_fixingAllowed = true;
};

// "2 errors, 3 warnings", or that nothing was found.
QString findingsSummary(const QList<Finding> &findings);

} // namespace kuaibao
