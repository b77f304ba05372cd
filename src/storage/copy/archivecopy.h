#pragma once

#include "core/result.h"

namespace kuaibao {

class Database;

// Copies a whole archive into another, whatever their engines (an SQLite file to a server, a
// server to a file for an offline copy): issues with every row of their content, people,
// certificates and the administrator, signatures, sign-off acts, returns and the log, units
// and template versions. Row ids are the target's own; signed acts name no row id, so signed
// issues verify on the target. All of it is written in one transaction of the target, or
// nothing is.
class ArchiveCopy {
public:
    struct Options {
        bool replace = false; // an issue number the target already has is overwritten
    };
    struct Report {
        int issues = 0;
        int signedIssues = 0;
        int people = 0;
        int signatures = 0;
        int logRows = 0;
        int acts = 0;
        int units = 0;
        int templateVersions = 0;
    };

    // Refuses, naming them, issue numbers the target has already (unless replace), a
    // different administrator key, and a person of the same name with a different key.
    static Result<Report> copy(Database &source, Database &target, const Options &options);
};

} // namespace kuaibao
