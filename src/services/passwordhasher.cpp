#include "passwordhasher.h"

#include <sodium.h>

#include <QByteArray>

namespace kehu {

namespace {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

PasswordHasher::PasswordHasher(Cost cost) : m_cost(cost) {}

QString PasswordHasher::hash(const QString &password) const
{
    if (!sodiumReady())
        return {};
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const bool interactive = m_cost == Cost::Interactive;
    if (crypto_pwhash_str_alg(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                              interactive ? crypto_pwhash_OPSLIMIT_INTERACTIVE : crypto_pwhash_OPSLIMIT_MIN,
                              interactive ? crypto_pwhash_MEMLIMIT_INTERACTIVE : crypto_pwhash_MEMLIMIT_MIN,
                              crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return {};
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &storedHash, const QString &password)
{
    if (!sodiumReady() || storedHash.isEmpty() || storedHash.size() >= crypto_pwhash_STRBYTES)
        return false;
    const QByteArray stored = storedHash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), static_cast<unsigned long long>(utf8.size()))
           == 0;
}

void PasswordHasher::spendVerifyTime(const QString &password) const
{
    // A hash of the same cost as a real user's: verifying against it costs what theirs would.
    // Each is made once, when first needed.
    if (m_cost == Cost::Interactive) {
        static const QString interactive = hash(QStringLiteral("no such user"));
        verify(interactive, password);
    } else {
        static const QString minimal = hash(QStringLiteral("no such user"));
        verify(minimal, password);
    }
}

} // namespace kehu
