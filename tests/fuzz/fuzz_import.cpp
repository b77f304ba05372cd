// libFuzzer target: any bytes through the text importer, and whatever it accepts through the
// text and HTML exporters and back through the importer. It must never crash, hang or leak.
#include "core/templatelibrary.h"
#include "io/htmlexporter.h"
#include "io/textexporter.h"
#include "io/textimporter.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstdlib>
#include <memory>

namespace {

std::unique_ptr<kuaibao::TextImporter> importer;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv) {
    static QCoreApplication app(*argc, *argv);
    kuaibao::Result<kuaibao::BulletinTemplate> templ =
        kuaibao::TemplateLibrary::load(kuaibao::TemplateLibrary::defaultTemplateId());
    if (!templ) {
        std::abort(); // the built-in template must load, or fuzzing proves nothing
    }
    importer = std::make_unique<kuaibao::TextImporter>(*templ);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const kuaibao::TextImportOptions options{QStringLiteral("fuzz.txt"), {}};
    kuaibao::Result<kuaibao::TextImport> imported = importer->importBytes(bytes, options);
    if (!imported) {
        if (imported.error().message.isEmpty()) {
            std::abort(); // every refusal says why
        }
        return 0;
    }
    // Every paragraph is body text or a heading of level 1–4, whatever the input.
    for (const kuaibao::Section &section : imported->issue.sections) {
        for (const kuaibao::Article &article : section.articles) {
            for (const kuaibao::Paragraph &paragraph : article.paragraphs) {
                if (paragraph.level < kuaibao::kBodyLevel ||
                    paragraph.level > kuaibao::kMaxHeadingLevel) {
                    std::abort();
                }
            }
        }
    }
    const QString text = kuaibao::exportIssueText(imported->issue);
    (void)kuaibao::exportIssueHtml(imported->issue);
    (void)importer->importText(text, options);
    return 0;
}
