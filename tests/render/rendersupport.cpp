#include "rendersupport.h"

#include "core/templatelibrary.h"

#include <QDir>
#include <QTemporaryDir>

#include <memory>

namespace kuaibao::test {

LayoutStyle mentougouStyle() {
    const Result<BulletinTemplate> loaded = TemplateLibrary::load(QStringLiteral("mentougou"));
    if (!loaded) {
        return LayoutStyle::defaults();
    }
    const Result<LayoutStyle> style = LayoutStyle::fromTemplate(*loaded);
    return style ? *style : LayoutStyle::defaults();
}

QString renderOutputFolder() {
    const QString wanted = qEnvironmentVariable("KUAIBAO_RENDER_OUT");
    if (!wanted.isEmpty()) {
        QDir().mkpath(wanted);
        return wanted;
    }
    static const std::unique_ptr<QTemporaryDir> folder = std::make_unique<QTemporaryDir>();
    return folder->path();
}

} // namespace kuaibao::test
