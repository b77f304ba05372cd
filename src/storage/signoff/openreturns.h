#pragma once

#include "signaturestore.h"

#include <QHash>

namespace kuaibao {

class Database;

// The 退回 remarks nobody has marked dealt with yet, across the whole archive: what the main
// window shows as a banner on the issue and a mark in the archive list.
class OpenReturns {
public:
    explicit OpenReturns(Database &database) : m_db(database) {}

    // The newest open remark of every issue that has one, by the issue's storage id.
    Result<QHash<qint64, ReturnRemark>> newestByIssue() const;

private:
    Database &m_db;
};

} // namespace kuaibao
