#include "preflightcontextloader.h"

#include "storage/database.h"
#include "storage/issuerepository.h"
#include "storage/signoff/signaturestore.h"
#include "storage/units/unitdirectory.h"

namespace kuaibao {

namespace {

// How far back an item counts as recent for repeats.
constexpr int kRecentMonths = 3;

} // namespace

Result<PreflightContext> PreflightContextLoader::load(const Issue &issue) const {
    PreflightContext context;
    const IssueRepository repository(m_db);
    Result<QList<IssueSummary>> issues = repository.list();
    if (!issues) {
        return issues.error();
    }
    const QDate date = issue.masthead.date;
    const QDate since = date.isValid() ? date.addMonths(-kRecentMonths) : QDate();
    for (const IssueSummary &s : *issues) {
        if (s.storageId == issue.storageId && issue.storageId != 0) {
            continue;
        }
        if (s.series == issue.masthead.series && s.number < issue.masthead.number &&
            (!context.previous || s.number > context.previous->number)) {
            context.previous = IssueStamp{s.number, s.date};
        }
        if (!since.isValid() || s.date < since || s.date > date) {
            continue;
        }
        Result<Issue> past = repository.loadById(s.storageId);
        if (!past) {
            return past.error();
        }
        for (const Section &section : past->sections) {
            for (const BriefCategory &category : section.categories) {
                for (const BriefItem &item : category.items) {
                    context.recentBriefs
                        << PastBrief{{s.number, s.date}, item.units, item.text.plainText()};
                }
            }
        }
    }

    Result<QList<UnitEntry>> units = UnitDirectory(m_db).list();
    if (!units) {
        return units.error();
    }
    for (const UnitEntry &unit : *units) {
        context.knownUnits.insert(unit.name);
        for (const QString &alias : unit.aliases) {
            context.knownUnits.insert(alias);
        }
    }

    QList<SignatureStamp> signatures;
    if (issue.storageId != 0) {
        Result<QList<SignatureRecord>> standing =
            SignatureStore(m_db.connection()).standing(issue.storageId);
        if (!standing) {
            return standing.error();
        }
        for (const SignatureRecord &record : *standing) {
            signatures << SignatureStamp{record.role, record.personName};
        }
    }
    context.signatures = signatures;
    return context;
}

} // namespace kuaibao
