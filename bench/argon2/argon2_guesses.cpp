// How many password guesses per second someone with a copy of the archive gets against one
// person's sealed key: times libsodium's crypto_pwhash (Argon2id) at the programs' cost,
// which is the work each guess at a sealed key or password hash needs.
#include "core/signoff/argon2cost.h"

#include <sodium.h>

#include <chrono>
#include <cstdio>
#include <thread>

int main(int argc, char **argv) {
    if (sodium_init() < 0) {
        std::fprintf(stderr, "libsodium could not start\n");
        return 1;
    }
    const int rounds = argc > 1 ? std::atoi(argv[1]) : 10;
    const kuaibao::Argon2Cost cost = kuaibao::argon2Cost();
    unsigned char salt[crypto_pwhash_SALTBYTES] = {};
    unsigned char key[crypto_secretbox_KEYBYTES];
    const char guess[] = "guess-0001";
    const auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < rounds; ++i) {
        if (crypto_pwhash(key, sizeof key, guess, sizeof guess - 1, salt, cost.opsLimit,
                          cost.memLimit, crypto_pwhash_ALG_ARGON2ID13) != 0) {
            std::fprintf(stderr, "out of memory\n");
            return 1;
        }
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("Argon2id ops=%llu mem=%zu MiB: %d guesses in %.2f s = %.1f guesses/s per core "
                "(%u hardware threads here)\n",
                cost.opsLimit, cost.memLimit >> 20, rounds, seconds, rounds / seconds,
                std::thread::hardware_concurrency());
    return 0;
}
