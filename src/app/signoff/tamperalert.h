#pragma once

#include "storage/signoff/signoffverifier.h"

class QWidget;

namespace kuaibao {

class Database;

// What the main window calls when it opens an archive: checks every signed issue against what
// was signed and, when any differs, warns with each difference. Returns the tampered issues so
// that the archive view can mark them.
QList<VerifyReport> warnAboutTamperedIssues(Database &database, QWidget *parent);

// What the main window also calls when it opens an archive: when the administrator key differs
// from the one this computer remembers, a critical warning naming both fingerprints (the 签发
// screen then keeps sign-off off until the new key is confirmed). True when it warned.
bool warnAboutAdminKeyChange(Database &database, QWidget *parent);

// The text of that warning (one paragraph per issue, one line per difference).
QString tamperWarningText(const QList<VerifyReport> &reports);

} // namespace kuaibao
