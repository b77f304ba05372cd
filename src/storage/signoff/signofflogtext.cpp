#include "signofflogtext.h"

#include <QCoreApplication>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct SignoffLogText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::SignoffLog)
};

} // namespace

QString logActionName(const QString &action) {
    if (action == QLatin1String("signed")) {
        return SignoffLogText::tr("signed");
    }
    if (action == QLatin1String("returned")) {
        return SignoffLogText::tr("returned");
    }
    if (action == QLatin1String("withdrawn")) {
        return SignoffLogText::tr("withdrew the sign-off");
    }
    if (action == QLatin1String("voided")) {
        return SignoffLogText::tr("signature voided");
    }
    if (action == QLatin1String("remark-resolved")) {
        return SignoffLogText::tr("remark dealt with");
    }
    return action;
}

QString logEntryDetail(const SignoffLogEntry &e) {
    if (e.action == QLatin1String("signed")) {
        return SignoffLogText::tr("content SHA-256 %1 (revision %2)").arg(e.detail).arg(e.revision);
    }
    if (e.action == QLatin1String("voided")) {
        if (e.detail == QLatin1String("edit")) {
            return SignoffLogText::tr("voided by the edit saved as revision %1").arg(e.revision);
        }
        if (e.detail == QLatin1String("return")) {
            return SignoffLogText::tr("voided by the return");
        }
        if (e.detail == QLatin1String("withdraw")) {
            return SignoffLogText::tr("voided by the withdrawal");
        }
    }
    if (e.action == QLatin1String("returned")) {
        return SignoffLogText::tr("remark: %1").arg(e.detail);
    }
    if (e.action == QLatin1String("withdrawn")) {
        return SignoffLogText::tr("reason: %1").arg(e.detail);
    }
    if (e.action == QLatin1String("remark-resolved")) {
        return SignoffLogText::tr("remark: %1").arg(e.detail);
    }
    return e.detail;
}

} // namespace kuaibao
