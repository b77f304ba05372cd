#pragma once

#include "core/archive/archivegenerator.h"
#include "core/result.h"

namespace kuaibao {

class Database;

// Fills an archive with generated issues in one transaction (all of them or none), through the
// ordinary repository so that every save participant runs, then compacts the search index.
class ArchiveFiller {
public:
    explicit ArchiveFiller(Database &database) : m_db(database) {}

    // Saves `count` issues from `generator`. Refuses, before writing, when an issue number the
    // generator would use is already taken.
    Status fill(const BulletinTemplate &bulletinTemplate, const ArchiveGeneratorOptions &options,
                int count);

private:
    Database &m_db;
};

} // namespace kuaibao
