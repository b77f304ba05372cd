#include "signoffflow.h"

#include <QCoreApplication>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct SignoffFlowText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::SignoffFlow)
};

} // namespace

SignoffFlow::SignoffFlow(QStringList roles, QList<StageSignature> standing)
    : m_roles(std::move(roles)), m_standing(std::move(standing)) {}

IssueStatus SignoffFlow::statusFor(int signedCount, int roleCount) {
    if (signedCount <= 0 || roleCount <= 0) {
        return IssueStatus::Draft;
    }
    if (signedCount >= roleCount) {
        return IssueStatus::Published;
    }
    return signedCount == roleCount - 1 ? IssueStatus::AwaitingSignature
                                        : IssueStatus::AwaitingReview;
}

std::optional<QString> SignoffFlow::nextRole() const {
    if (m_standing.size() >= m_roles.size()) {
        return std::nullopt;
    }
    return m_roles.at(m_standing.size());
}

std::optional<QString> SignoffFlow::roleSignedBy(const QString &person) const {
    for (const StageSignature &s : m_standing) {
        if (s.person == person) {
            return s.role;
        }
    }
    return std::nullopt;
}

Status SignoffFlow::checkActor(const QString &role, const QString &person,
                               const QStringList &personRoles) const {
    if (!m_roles.contains(role)) {
        return Error::badInput(
            SignoffFlowText::tr("“%1” is not a sign-off role of this bulletin (its roles are %2)")
                .arg(role, m_roles.join(QStringLiteral("、"))));
    }
    if (!personRoles.contains(role)) {
        return Error::forbidden(
            SignoffFlowText::tr("%1 does not have the role %2").arg(person, role));
    }
    const std::optional<QString> next = nextRole();
    if (next && *next != role) {
        return Error::forbidden(
            SignoffFlowText::tr("out of order: the issue waits for %1, not %2").arg(*next, role));
    }
    if (const std::optional<QString> earlier = roleSignedBy(person)) {
        return Error::forbidden(
            SignoffFlowText::tr(
                "%1 already signed this issue as %2; one person signs only one stage")
                .arg(person, *earlier));
    }
    return {};
}

Status SignoffFlow::canSign(const QString &role, const QString &person,
                            const QStringList &personRoles) const {
    if (!nextRole()) {
        return Error::forbidden(SignoffFlowText::tr("the issue is already signed off (已签发)"));
    }
    return checkActor(role, person, personRoles);
}

Status SignoffFlow::canReturn(const QString &role, const QString &person,
                              const QStringList &personRoles, const QString &remark) const {
    if (m_standing.isEmpty()) {
        return Error::forbidden(
            SignoffFlowText::tr("the issue is a draft (草稿); there is nothing to return"));
    }
    if (!nextRole()) {
        return Error::forbidden(
            SignoffFlowText::tr("the issue is signed off (已签发); withdraw the sign-off instead"));
    }
    if (remark.trimmed().isEmpty()) {
        return Error::badInput(
            SignoffFlowText::tr("a return needs a remark saying what to change"));
    }
    return checkActor(role, person, personRoles);
}

Status SignoffFlow::canWithdraw(const QString &person, const QString &reason) const {
    if (nextRole() || m_standing.isEmpty()) {
        return Error::forbidden(
            SignoffFlowText::tr("only a signed-off (已签发) issue can be withdrawn"));
    }
    if (m_standing.last().person != person) {
        return Error::forbidden(
            SignoffFlowText::tr("only %1, who signed it as %2, can withdraw the sign-off")
                .arg(m_standing.last().person, m_standing.last().role));
    }
    if (reason.trimmed().isEmpty()) {
        return Error::badInput(SignoffFlowText::tr("withdrawing a sign-off needs a reason"));
    }
    return {};
}

} // namespace kuaibao
