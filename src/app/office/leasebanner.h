#pragma once

#include <QDateTime>
#include <QWidget>

class QLabel;
class QPushButton;

namespace kuaibao {

// The line above an issue someone else edits: who and since when, and, once they have let
// go, a button to edit it here.
class LeaseBanner : public QWidget {
    Q_OBJECT

public:
    explicit LeaseBanner(QWidget *parent = nullptr);

    // "Being edited by NAME (since 10:02)"; the issue is read-only here.
    void showHeldBy(const QString &name, const QDateTime &since);
    // The holder has let go: the Edit button takes the issue.
    void showFreed();

    QLabel *text() const { return m_text; }
    QPushButton *editButton() const { return m_edit; }

signals:
    void editRequested();

private:
    QLabel *m_text;
    QPushButton *m_edit;
    QString m_holder;
};

} // namespace kuaibao
