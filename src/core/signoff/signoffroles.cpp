#include "signoffroles.h"

#include "core/templatelibrary.h"

namespace kuaibao {

QStringList signoffRolesFor(const Issue &issue) {
    if (!issue.templateId.isEmpty()) {
        Result<BulletinTemplate> templ = TemplateLibrary::load(issue.templateId);
        if (templ && !templ->staffRoles().isEmpty()) {
            return templ->staffRoles();
        }
    }
    QStringList roles;
    for (const StaffCredit &credit : issue.footer.staff) {
        if (!credit.role.isEmpty() && !roles.contains(credit.role)) {
            roles << credit.role;
        }
    }
    return roles;
}

QStringList knownSignoffRoles() {
    QStringList roles;
    for (const QString &id : TemplateLibrary::availableIds()) {
        Result<BulletinTemplate> templ = TemplateLibrary::load(id);
        if (!templ) {
            continue;
        }
        for (const QString &role : templ->staffRoles()) {
            if (!roles.contains(role)) {
                roles << role;
            }
        }
    }
    return roles;
}

} // namespace kuaibao
