#include "archiveoptions.h"

#include "cli/clicontext.h"

#include <QCoreApplication>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct ArchiveOptionsText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::ArchiveOptions)
};

} // namespace

void DateRangeOptions::add(QCommandLineParser &parser) {
    parser.addOption({QStringLiteral("from"),
                      ArchiveOptionsText::tr("Only issues dated on or after this day."),
                      QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("to"),
                      ArchiveOptionsText::tr("Only issues dated on or before this day."),
                      QStringLiteral("YYYY-MM-DD")});
}

Result<std::pair<QDate, QDate>> DateRangeOptions::read(const QCommandLineParser &parser) {
    std::pair<QDate, QDate> range;
    for (const auto &[option, target] : {std::pair{QStringLiteral("from"), &range.first},
                                         std::pair{QStringLiteral("to"), &range.second}}) {
        if (parser.isSet(option)) {
            Result<QDate> date = parseDateArgument(option, parser.value(option));
            if (!date) {
                return date.error();
            }
            *target = *date;
        }
    }
    return range;
}

} // namespace kuaibao
