#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace kuaibao {

int installTranslations(const QLocale &locale) {
    if (locale.language() == QLocale::English || locale.language() == QLocale::C) {
        return 0;
    }
    int installed = 0;
    const QString suffix = QStringLiteral("_") + locale.name() + QStringLiteral(".qm");
    const QStringList files =
        QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("*") + suffix});
    for (const QString &file : files) {
        auto *translator = new QTranslator(QCoreApplication::instance());
        if (translator->load(QStringLiteral(":/i18n/") + file)) {
            QCoreApplication::installTranslator(translator);
            ++installed;
        } else {
            delete translator;
        }
    }
    auto *qtTranslator = new QTranslator(QCoreApplication::instance());
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
        ++installed;
    } else {
        delete qtTranslator;
    }
    return installed;
}

} // namespace kuaibao
