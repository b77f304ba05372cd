#pragma once

#include <QString>

namespace kuaibao {

// What this computer knew of an archive's administrator key.
struct PinCheck {
    enum class Outcome { FirstSeen, Same, Changed };
    Outcome outcome = Outcome::FirstSeen;
    QString remembered; // the fingerprint seen before, when it changed
};

// Each computer remembers the administrator key's fingerprint of every archive it opens (in
// the user's settings, by the archive's full path) the first time it sees it, and says when it
// later differs: someone who rewrote the people list and certificates with a key of their own
// is caught here, since every signature in the file would otherwise agree with that key.
class AdminKeyPin {
public:
    static PinCheck check(const QString &archivePath, const QString &fingerprint);
    // Remembers `fingerprint` for the archive from now on (after the administrator confirmed a
    // new key in person).
    static void remember(const QString &archivePath, const QString &fingerprint);
};

} // namespace kuaibao
