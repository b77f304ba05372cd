#include "issue.h"

#include <QCoreApplication>

namespace kuaibao {

bool Issue::sameContent(const Issue &other) const {
    return masthead == other.masthead && sections == other.sections && footer == other.footer &&
           status == other.status && templateId == other.templateId &&
           templateVersion == other.templateVersion;
}

QString statusDisplayName(IssueStatus status) {
    switch (status) {
    case IssueStatus::Draft:
        return QCoreApplication::translate("kuaibao::Issue", "Draft");
    case IssueStatus::AwaitingReview:
        return QCoreApplication::translate("kuaibao::Issue", "Awaiting review");
    case IssueStatus::AwaitingSignature:
        return QCoreApplication::translate("kuaibao::Issue", "Awaiting signature");
    case IssueStatus::Published:
        return QCoreApplication::translate("kuaibao::Issue", "Published");
    case IssueStatus::Past:
        return QCoreApplication::translate("kuaibao::Issue", "Past issue (imported)");
    }
    return {};
}

QString statusChineseLabel(IssueStatus status) {
    switch (status) {
    case IssueStatus::Draft:
        return QStringLiteral("草稿");
    case IssueStatus::AwaitingReview:
        return QStringLiteral("待审核");
    case IssueStatus::AwaitingSignature:
        return QStringLiteral("待核签");
    case IssueStatus::Published:
        return QStringLiteral("已签发");
    case IssueStatus::Past:
        return QStringLiteral("往期");
    }
    return {};
}

QString statusKey(IssueStatus status) {
    switch (status) {
    case IssueStatus::Draft:
        return QStringLiteral("draft");
    case IssueStatus::AwaitingReview:
        return QStringLiteral("review");
    case IssueStatus::AwaitingSignature:
        return QStringLiteral("signature");
    case IssueStatus::Published:
        return QStringLiteral("published");
    case IssueStatus::Past:
        return QStringLiteral("past");
    }
    return {};
}

std::optional<IssueStatus> statusFromKey(const QString &key) {
    for (IssueStatus s :
         {IssueStatus::Draft, IssueStatus::AwaitingReview, IssueStatus::AwaitingSignature,
          IssueStatus::Published, IssueStatus::Past}) {
        if (statusKey(s) == key) {
            return s;
        }
    }
    return std::nullopt;
}

QString seriesKey(Series series) {
    return series == Series::Supplement ? QStringLiteral("supplement") : QStringLiteral("regular");
}

std::optional<Series> seriesFromKey(const QString &key) {
    if (key == QLatin1String("regular")) {
        return Series::Regular;
    }
    if (key == QLatin1String("supplement")) {
        return Series::Supplement;
    }
    return std::nullopt;
}

QStringList creditedUnits(const Issue &issue) {
    QStringList units;
    for (const Section &section : issue.sections) {
        for (const BriefCategory &category : section.categories) {
            for (const BriefItem &item : category.items) {
                units += item.units;
            }
        }
    }
    return units;
}

QStringList mentionedUnits(const Issue &issue) {
    QStringList units;
    for (const Section &section : issue.sections) {
        for (const BriefCategory &category : section.categories) {
            units += category.alsoUnits;
        }
    }
    return units;
}

} // namespace kuaibao
