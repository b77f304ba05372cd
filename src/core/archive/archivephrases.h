#pragma once

#include <QStringList>

namespace kuaibao {

// The word banks the archive generator composes its text from: our own phrases in the style
// of a district's civic-campaign bulletin (never any office's real text).
struct ArchivePhrases {
    QStringList leaders;     // people who chair meetings and inspect
    QStringList staff;       // names for the footer credits
    QStringList meetings;    // what a 指挥调度 report is about
    QStringList places;      // communities, streets, sites
    QStringList actions;     // what a unit did, as a verb phrase
    QStringList topics;      // what it was about
    QStringList demands;     // what a leader asked for
    QStringList results;     // figures and outcomes
    QStringList inspections; // what an inspection looked at
    QStringList timeWords;   // 近日, 12日 …

    static const ArchivePhrases &instance();
};

} // namespace kuaibao
