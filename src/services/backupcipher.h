#pragma once

#include <QString>

namespace kehu {

/// Backups encrypted with a passphrase: libsodium's secretstream (XChaCha20-Poly1305) under
/// a key derived from the passphrase with Argon2id and a random salt. The file is a short
/// header (a magic word, the Argon2id cost and salt, the stream header) and then chunks of up
/// to 1 MiB, each authenticated together with the header; the last is marked final. So a
/// wrong passphrase, a changed byte, a cut-off end or chunks out of order are all refused, and
/// nothing of the plaintext is written until its chunk is proven genuine.
namespace BackupCipher {

/// Whether the file at `path` starts like an encrypted Kehu backup.
bool isEncrypted(const QString &path);
/// Why `passphrase` is too weak to protect a backup; empty when it will do.
QString passphraseProblem(const QString &passphrase);

/// Encrypts `plainPath` into `cipherPath` (which must not exist). False with `error` set;
/// then no `cipherPath` is left behind.
bool encrypt(const QString &plainPath, const QString &cipherPath, const QString &passphrase, QString *error = nullptr);
/// Decrypts `cipherPath` into `plainPath` (which must not exist). False with `error` set
/// (a wrong passphrase or a damaged file); then no `plainPath` is left behind.
bool decrypt(const QString &cipherPath, const QString &plainPath, const QString &passphrase, QString *error = nullptr);

} // namespace BackupCipher

} // namespace kehu
