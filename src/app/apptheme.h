#pragma once

class QWidget;

namespace kuaibao {

// The window's look: a light office theme with white cards on grey, CJK fonts, and the red
// of the printed masthead.
void applyAppTheme(QWidget *window);

} // namespace kuaibao
