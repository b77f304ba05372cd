#include "busynotice.h"

#include "cli/clicontext.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace kuaibao {

namespace {
// The translation context of this file's messages.
struct BusyNoticeText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::BusyNotice)
};
} // namespace

void reportBusyRetries(CliContext &cli, Database &database) {
    database.setBusyObserver([&cli](int attempt, int retries) {
        cli.err() << "kuaibao-cli: "
                  << BusyNoticeText::tr("the database is busy (another program is saving); "
                                        "retrying (%1 of %2)")
                         .arg(attempt)
                         .arg(retries)
                  << Qt::endl;
    });
}

} // namespace kuaibao
