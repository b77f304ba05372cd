#pragma once

#include "core/issue.h"
#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kuaibao {

// A signature that still stands (not voided): who signed which stage.
struct StageSignature {
    QString role;
    QString person;
};

// The sign-off rules for one issue, generic over the bulletin's roles in order (编校, 审核,
// 核签 here; 编辑, 审核, 签发 elsewhere): where the issue stands, and whether a move is allowed.
class SignoffFlow {
public:
    SignoffFlow(QStringList roles, QList<StageSignature> standing);

    // 草稿 with no signature, 已签发 with all, 待核签 when only the last role is missing,
    // 待审核 otherwise.
    static IssueStatus statusFor(int signedCount, int roleCount);

    IssueStatus status() const { return statusFor(int(m_standing.size()), int(m_roles.size())); }
    const QStringList &roles() const { return m_roles; }
    // The role whose signature the issue waits for; none once it is 已签发.
    std::optional<QString> nextRole() const;
    // The role `person` signed this issue as, if any.
    std::optional<QString> roleSignedBy(const QString &person) const;

    // Signing as `role`: it must be the next role, the person must hold it, and must not have
    // signed another stage of this issue.
    Status canSign(const QString &role, const QString &person,
                   const QStringList &personRoles) const;
    // Returning to 草稿 from a stage under way, by a holder of the role it waits for.
    Status canReturn(const QString &role, const QString &person, const QStringList &personRoles,
                     const QString &remark) const;
    // Withdrawing (撤销签发) an 已签发 issue: only its last signer, with a reason.
    Status canWithdraw(const QString &person, const QString &reason) const;

private:
    Status checkActor(const QString &role, const QString &person,
                      const QStringList &personRoles) const;

    QStringList m_roles;
    QList<StageSignature> m_standing;
};

} // namespace kuaibao
