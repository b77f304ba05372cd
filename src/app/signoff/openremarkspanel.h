#pragma once

#include "storage/signoff/signaturestore.h"

#include <QWidget>

class QListWidget;
class QPushButton;

namespace kuaibao {

// The return remarks an editor has not yet dealt with, and the button that marks one done.
class OpenRemarksPanel : public QWidget {
    Q_OBJECT

public:
    explicit OpenRemarksPanel(QWidget *parent = nullptr);
    void setRemarks(const QList<ReturnRemark> &remarks);
    int count() const;

signals:
    void resolveRequested(qint64 returnId);

private:
    QListWidget *m_list = nullptr;
    QPushButton *m_resolve = nullptr;
};

} // namespace kuaibao
