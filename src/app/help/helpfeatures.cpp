#include "helpfeatures.h"

#include "core/templatelibrary.h"
#include "render/fontlibrary.h"
#include "render/layoutstyle.h"

#include <QAction>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QUrl>

namespace kuaibao {

HelpFeatures::HelpFeatures(QMainWindow &window, const QString &archivePath)
    : QObject(&window), m_window(window), m_archivePath(archivePath),
      m_manual(new QAction(tr("&Manual"), this)), m_about(new QAction(tr("&About"), this)) {
    m_manual->setObjectName(QStringLiteral("manualAction"));
    m_manual->setShortcut(QKeySequence::HelpContents);
    m_manual->setStatusTip(tr("Open the user manual"));
    m_about->setObjectName(QStringLiteral("aboutAction"));
    connect(m_manual, &QAction::triggered, this, &HelpFeatures::openManual);
    connect(m_about, &QAction::triggered, this, &HelpFeatures::showAbout);
    QMenu *menu = window.menuBar()->addMenu(tr("&Help"));
    menu->setObjectName(QStringLiteral("helpMenu"));
    menu->addAction(m_manual);
    menu->addAction(m_about);
}

QString HelpFeatures::manualPath() {
    const QString installed =
        QDir(QCoreApplication::applicationDirPath())
            .absoluteFilePath(QStringLiteral("../share/doc/kuaibao/manual/index.md"));
    const QString source = QStringLiteral(KUAIBAO_MANUAL_SOURCE_DIR "/index.md");
    for (const QString &candidate : {installed, source}) {
        if (QFileInfo::exists(candidate)) {
            return QDir::cleanPath(candidate);
        }
    }
    return {};
}

void HelpFeatures::openManual() {
    const QString path = manualPath();
    if (path.isEmpty()) {
        emit message(tr("The manual is not installed (looked in %1).")
                         .arg(QDir::cleanPath(QCoreApplication::applicationDirPath() +
                                              QStringLiteral("/../share/doc/kuaibao/manual"))));
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path))) {
        emit message(tr("No program on this computer opens %1.").arg(path));
    }
}

QString HelpFeatures::aboutText() const {
    QStringList fonts;
    LayoutStyle style = LayoutStyle::defaults();
    if (auto templ = TemplateLibrary::load(TemplateLibrary::defaultTemplateId())) {
        if (auto fromTemplate = LayoutStyle::fromTemplate(*templ)) {
            style = *fromTemplate;
        }
    }
    const FontSet fontSet(style);
    for (FontRole role : allFontRoles()) {
        const QString family = fontSet.chosenFamily(role);
        if (!family.isEmpty() && !fonts.contains(family)) {
            fonts << family;
        }
    }
    return tr("<h3>Kuaibao %1</h3>"
              "<p>Composes, signs off, prints and files the office's work bulletin.</p>"
              "<p><b>Licence:</b> none chosen yet; all rights reserved by the authors.</p>"
              "<p><b>Fonts in use:</b> %2</p>"
              "<p><b>Archive:</b> %3</p>"
              "<p><b>Manual:</b> %4</p>")
        .arg(QStringLiteral(KUAIBAO_VERSION),
             fonts.isEmpty() ? tr("none found") : fonts.join(QStringLiteral("、")).toHtmlEscaped(),
             QDir::toNativeSeparators(m_archivePath).toHtmlEscaped(),
             manualPath().isEmpty() ? tr("not installed") : manualPath().toHtmlEscaped());
}

void HelpFeatures::showAbout() {
    QMessageBox::about(&m_window, tr("About Kuaibao"), aboutText());
}

} // namespace kuaibao
