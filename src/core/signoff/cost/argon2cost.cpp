// The Argon2id cost of this build: libsodium's INTERACTIVE limits (64 MiB, 2 passes), or its
// minimum in test builds only (compiled with KUAIBAO_CHEAP_ARGON2_FOR_TESTS; no run-time switch).
#include "core/signoff/argon2cost.h"

#include <sodium.h>

namespace kuaibao {

Argon2Cost argon2Cost() {
#ifdef KUAIBAO_CHEAP_ARGON2_FOR_TESTS
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
#else
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
#endif
}

} // namespace kuaibao
