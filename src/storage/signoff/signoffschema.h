#pragma once

#include <QStringList>

namespace kuaibao {

// Schema step 3: people with their roles and password hashes, signatures bound to content,
// returns with their remarks, what each person last saw, the per-issue sign-off log, and
// triggers that refuse changes to the rows of an 已签发 issue (a second line behind verify).
QStringList signoffSchemaStatements();

} // namespace kuaibao

namespace kuaibao {

// Signing keys (schema step "sign-off keys"): each person's public key and sealed private key,
// the administrator, the certificates the administrator signed, and each issue's chain of
// signed acts (append-only: no UPDATE).
QStringList signoffKeySchemaStatements();

} // namespace kuaibao

namespace kuaibao {

// Retiring people (schema step "retired people"): when a person was retired, and the
// retirement the administrator signed (one per person, never changed or removed).
QStringList signoffRetirementSchemaStatements();

} // namespace kuaibao
