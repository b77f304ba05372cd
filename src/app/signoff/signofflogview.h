#pragma once

#include "storage/signoff/signaturestore.h"

#include <QTreeWidget>

namespace kuaibao {

// An issue's sign-off log: who did what when, voided signatures stand out in red.
class SignoffLogView : public QTreeWidget {
    Q_OBJECT

public:
    explicit SignoffLogView(QWidget *parent = nullptr);
    void setEntries(const QList<SignoffLogEntry> &entries);
};

} // namespace kuaibao
