#pragma once

#include "core/issue.h"

#include <QStringList>

namespace kuaibao {

// The sign-off roles of an issue, in order: its template's footer.staffRoles, or, when the
// template is not available here, the roles its own footer lists.
QStringList signoffRolesFor(const Issue &issue);

// Every role some available template signs with (to check the roles given to a person).
QStringList knownSignoffRoles();

} // namespace kuaibao
