#pragma once

class QMainWindow;
class QToolBar;

namespace kuaibao {

// The main window's toolbar, the one WPS and Word users look for, made of the menus' own
// actions: gives its buttons their icons (the desktop theme's, or Qt's standard ones) and adds
// the buttons of features built after the window's form (print preview, PDF, sign-off) at its
// end, when they are built in.
void finishToolBar(QMainWindow &window, QToolBar &bar);

} // namespace kuaibao
