#pragma once

#include <QString>

namespace kehu {

/// Argon2id password hashes (libsodium's crypto_pwhash_str): the stored string holds the
/// algorithm, its cost and a random salt beside the hash, so a hash made at one cost is
/// still checked after the default changes.
class PasswordHasher
{
public:
    /// How hard a hash is to compute. Interactive is libsodium's recommendation for a sign-in
    /// (64 MiB, about a tenth of a second); Minimal exists for tests that make many users.
    enum class Cost { Interactive, Minimal };

    explicit PasswordHasher(Cost cost = Cost::Interactive);

    /// The stored form of `password`; empty when libsodium could not hash (out of memory).
    QString hash(const QString &password) const;
    /// Whether `password` matches `storedHash` (in constant time). False for a malformed hash.
    static bool verify(const QString &storedHash, const QString &password);
    /// Spends the time of one verify() without a user, so that a wrong name takes as long as
    /// a wrong password.
    void spendVerifyTime(const QString &password) const;

private:
    Cost m_cost;
};

} // namespace kehu
