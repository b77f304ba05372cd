#pragma once

#include <QLabel>

#include <functional>

class QMimeData;

namespace kuaibao {

// The grip at the start of a row that drags it elsewhere (a 简讯 item to another place).
class DragHandle : public QLabel {
    Q_OBJECT

public:
    // `payload` makes the drag's data when a drag starts.
    explicit DragHandle(std::function<QMimeData *()> payload, QWidget *parent = nullptr);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    std::function<QMimeData *()> m_payload;
    QPoint m_pressedAt;
    bool m_pressed = false;
};

} // namespace kuaibao
