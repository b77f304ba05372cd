// libFuzzer target for the template loader: any bytes given to BulletinTemplate::fromJson give
// a template or an error naming the problem, never a crash, a hang or undefined behaviour; a
// template that loads can lay out an empty issue and resolve every unit alias it declares.
#include "core/bulletintemplate.h"

#include <QByteArray>
#include <QDate>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    kuaibao::Result<kuaibao::BulletinTemplate> loaded =
        kuaibao::BulletinTemplate::fromJson(bytes, QStringLiteral("fuzz.json"));
    if (!loaded) {
        if (loaded.error().message.isEmpty()) {
            __builtin_trap(); // an error must say what is wrong
        }
        return 0;
    }
    const kuaibao::Issue issue = loaded->emptyIssue(1, QDate(2024, 1, 1));
    if (issue.sections.size() != loaded->sections().size()) {
        __builtin_trap();
    }
    for (const kuaibao::UnitEntry &unit : loaded->units()) {
        (void)loaded->canonicalUnit(unit.name);
        for (const QString &alias : unit.aliases) {
            (void)loaded->canonicalUnit(alias);
        }
    }
    (void)loaded->unitNames();
    return 0;
}
