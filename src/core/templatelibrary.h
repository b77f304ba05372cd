#pragma once

#include "bulletintemplate.h"
#include "result.h"

#include <QStringList>

namespace kuaibao {

// Finds bulletin templates: files an office put in its data folder first, then those built
// into the program (resource :/templates). A later version of a template wins.
class TemplateLibrary {
public:
    // The template new archives start from.
    static QString defaultTemplateId();

    // Folders searched before the built-in templates: $KUAIBAO_TEMPLATE_DIR, then
    // <app data>/templates.
    static QStringList searchFolders();

    // The newest available version of template `id`.
    static Result<BulletinTemplate> load(const QString &id);
    // The ids of every template that can be loaded.
    static QStringList availableIds();
};

} // namespace kuaibao
