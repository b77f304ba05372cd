#pragma once

#include <cstddef>

namespace kuaibao {

// The Argon2id cost every password hash and key seal uses. It is defined outside the core
// library (src/core/signoff/cost/argon2cost.cpp): the programs link the real cost, test
// builds link a copy compiled with KUAIBAO_CHEAP_ARGON2_FOR_TESTS at libsodium's minimum.
struct Argon2Cost {
    unsigned long long opsLimit = 0;
    size_t memLimit = 0;
};

Argon2Cost argon2Cost();

} // namespace kuaibao
