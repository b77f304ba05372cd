#include "signofflogview.h"

#include "storage/signoff/signofflogtext.h"

#include <QHeaderView>

namespace kuaibao {

SignoffLogView::SignoffLogView(QWidget *parent) : QTreeWidget(parent) {
    setObjectName(QStringLiteral("signoffLog"));
    setHeaderLabels({tr("When"), tr("What"), tr("Who"), tr("Role"), tr("Details")});
    setRootIsDecorated(false);
    header()->setStretchLastSection(true);
}

void SignoffLogView::setEntries(const QList<SignoffLogEntry> &entries) {
    clear();
    for (const SignoffLogEntry &e : entries) {
        auto *item = new QTreeWidgetItem(
            this, {e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                   logActionName(e.action), e.personName, e.role, logEntryDetail(e)});
        if (e.action == QLatin1String("voided")) {
            for (int column = 0; column < columnCount(); ++column) {
                item->setForeground(column, QColor(0xa0, 0x00, 0x00));
            }
        }
    }
    for (int column = 0; column + 1 < columnCount(); ++column) {
        resizeColumnToContents(column);
    }
}

} // namespace kuaibao
