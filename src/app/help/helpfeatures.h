#pragma once

#include <QObject>
#include <QString>

class QAction;
class QMainWindow;

namespace kuaibao {

// The 帮助 menu: the manual (F1) and the About box with version, licence, fonts and archive.
class HelpFeatures : public QObject {
    Q_OBJECT
public:
    HelpFeatures(QMainWindow &window, const QString &archivePath);

    // The manual's first page: installed (<prefix>/share/doc/kuaibao/manual) or, in a
    // development build, the source tree's docs/manual. Empty when neither exists.
    static QString manualPath();
    // What the About box says, as rich text.
    QString aboutText() const;

    QAction *manualAction() const { return m_manual; }
    QAction *aboutAction() const { return m_about; }

signals:
    // The manual could not be found or opened; the text says which.
    void message(const QString &text);

private:
    void openManual();
    void showAbout();

    QMainWindow &m_window;
    QString m_archivePath;
    QAction *m_manual;
    QAction *m_about;
};

} // namespace kuaibao
