#pragma once

#include "signaturestore.h"

#include <QString>

namespace kuaibao {

// The name of a log action for people: 通过, 退回, 撤销签发, 作废 … (translated).
QString logActionName(const QString &action);
// What a log entry says beyond who and when: the remark, the reason, or which save voided
// a signature.
QString logEntryDetail(const SignoffLogEntry &entry);

} // namespace kuaibao
