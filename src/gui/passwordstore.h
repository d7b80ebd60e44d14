#pragma once

#include <QString>

#include <optional>

namespace kehu {

/// Where the app keeps server passwords: never in its settings file. Keyed by the book's
/// address without the password (BookAddress::toString()).
class PasswordStore
{
public:
    virtual ~PasswordStore() = default;
    /// The saved password for `address`, or nullopt when none is saved (or the store is closed).
    virtual std::optional<QString> read(const QString &address) = 0;
    /// Saves it; false with `error` when the store refused or is not there.
    virtual bool write(const QString &address, const QString &password, QString *error) = 0;
    virtual void remove(const QString &address) = 0;
};

/// The operating system's keychain through QtKeychain: Keychain on macOS, Credential Manager
/// on Windows, the Secret Service (GNOME Keyring, KWallet) on Linux.
class KeychainPasswordStore final : public PasswordStore
{
public:
    std::optional<QString> read(const QString &address) override;
    bool write(const QString &address, const QString &password, QString *error) override;
    void remove(const QString &address) override;
};

} // namespace kehu
