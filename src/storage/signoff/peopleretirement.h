#pragma once

#include "peoplestore.h"

#include "core/result.h"

#include <QDateTime>
#include <QStringList>

#include <functional>

namespace kuaibao {

class Database;

// Retiring people (已停用) and checking the retirements. A retirement is signed by the
// administrator and wipes the person's sealed key, so the person can sign nothing more while
// their past signatures keep verifying under their certificate. audit() finds a retirement
// forged, changed or undone by hand in the file.
class PeopleRetirement {
public:
    explicit PeopleRetirement(Database &database,
                              std::function<QDateTime()> now = &QDateTime::currentDateTimeUtc);

    // Retires `name` on the administrator's authority; returns the person as now stored.
    // Refuses an unknown name, the administrator, and someone already retired.
    Result<Person> retire(const QString &name, const Credentials &admin);

    // What is wrong with the retirements, one line each for people: a retirement not signed
    // by the administrator, one the people list does not show (or shows with another date), a
    // person shown retired without one, a key wiped without one. Empty when all agree.
    Result<QStringList> audit() const;

private:
    Database &m_db;
    std::function<QDateTime()> m_now;
};

} // namespace kuaibao
