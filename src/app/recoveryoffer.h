#pragma once

#include <QObject>
#include <QPointer>

class QMessageBox;
class QWidget;

namespace kuaibao {

class IssueRepository;

// At start, offers the issues kept in recovery files (edits the archive once refused) back:
// restoring one stores it over the archived issue of the same number, setting aside keeps the
// file in recovery/done. Nothing is offered when there are none.
class RecoveryOffer : public QObject {
    Q_OBJECT

public:
    RecoveryOffer(IssueRepository &repository, QWidget *window);

    // Shows the offer (not modal to the event loop: the window stays usable) if files wait.
    void offer();
    // The offer while it is shown (null otherwise).
    QMessageBox *box() const;

signals:
    // An issue was restored into the archive (open it).
    void restored(qint64 storageId);
    void message(const QString &text);

private:
    void restoreAll(const QStringList &paths);
    void setAllAside(const QStringList &paths);

    IssueRepository &m_repository;
    QWidget *m_window;
    QPointer<QMessageBox> m_box;
};

} // namespace kuaibao
