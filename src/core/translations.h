#pragma once

#include <QLocale>
#include <QString>

namespace kuaibao {

// Installs the compiled translations (:/i18n/*_<locale>.qm, plus Qt's own) for `locale` into
// the running application. English needs none. Returns how many catalogues were installed.
int installTranslations(const QLocale &locale);

} // namespace kuaibao
