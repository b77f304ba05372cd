#include "draghandle.h"

#include <QApplication>
#include <QDrag>
#include <QMimeData>
#include <QMouseEvent>

namespace kuaibao {

DragHandle::DragHandle(std::function<QMimeData *()> payload, QWidget *parent)
    : QLabel(QStringLiteral("⠿"), parent), m_payload(std::move(payload)) {
    setObjectName(QStringLiteral("dragHandle"));
    setCursor(Qt::OpenHandCursor);
    setToolTip(tr("Drag to move"));
    setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    setContentsMargins(0, 6, 0, 0);
}

void DragHandle::mousePressEvent(QMouseEvent *event) {
    m_pressed = event->button() == Qt::LeftButton;
    m_pressedAt = event->position().toPoint();
}

void DragHandle::mouseMoveEvent(QMouseEvent *event) {
    if (!m_pressed || (event->position().toPoint() - m_pressedAt).manhattanLength() <
                          QApplication::startDragDistance()) {
        return;
    }
    m_pressed = false;
    auto *drag = new QDrag(this);
    drag->setMimeData(m_payload());
    drag->setPixmap(parentWidget() ? parentWidget()->grab() : grab());
    drag->exec(Qt::MoveAction);
    // Nothing here after exec: the drop may have rebuilt the row this handle belongs to.
}

} // namespace kuaibao
