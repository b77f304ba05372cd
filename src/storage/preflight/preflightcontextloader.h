#pragma once

#include "core/issue.h"
#include "core/preflight/finding.h"
#include "core/result.h"

namespace kuaibao {

class Database;

// Gathers from the archive what the preflight compares an issue with: the previous issue of
// its series, the unit list, the 简讯 items of the 3 months before it and its signatures.
class PreflightContextLoader {
public:
    explicit PreflightContextLoader(Database &database) : m_db(database) {}

    Result<PreflightContext> load(const Issue &issue) const;

private:
    Database &m_db;
};

} // namespace kuaibao
