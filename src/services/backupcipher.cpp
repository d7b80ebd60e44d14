#include "backupcipher.h"

#include <sodium.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QtEndian>

#include <array>
#include <vector>

namespace kehu::BackupCipher {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kehu::BackupCipher", text);
}

constexpr QByteArrayView kMagic("KEHUENC1");
constexpr qsizetype kChunk = 1 << 20;
/// The Argon2id cost encrypt() uses, and the most a file may ask for: a hostile file must not
/// make us spend a gigabyte or minutes before the passphrase is even checked.
constexpr quint64 kOps = crypto_pwhash_OPSLIMIT_MODERATE;
constexpr quint64 kMemory = crypto_pwhash_MEMLIMIT_MODERATE;
constexpr qsizetype kHeaderSize = kMagic.size() + 16 + crypto_pwhash_SALTBYTES
                                  + crypto_secretstream_xchacha20poly1305_HEADERBYTES;

using Key = std::array<unsigned char, crypto_secretstream_xchacha20poly1305_KEYBYTES>;

bool deriveKey(const QString &passphrase, const unsigned char *salt, quint64 ops, quint64 memory, Key &key)
{
    const QByteArray utf8 = passphrase.toUtf8();
    return crypto_pwhash(key.data(), key.size(), utf8.constData(), quint64(utf8.size()), salt, ops, size_t(memory),
                         crypto_pwhash_ALG_ARGON2ID13)
           == 0;
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool writeChunk(QSaveFile &out, const QByteArray &cipher)
{
    std::array<char, 4> length{};
    qToLittleEndian(quint32(cipher.size()), length.data());
    return out.write(length.data(), 4) == 4 && out.write(cipher) == cipher.size();
}

} // namespace

bool isEncrypted(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(kMagic.size()) == kMagic;
}

QString passphraseProblem(const QString &passphrase)
{
    if (passphrase.size() < 8)
        return tr("A backup's passphrase needs at least 8 characters.");
    return {};
}

bool encrypt(const QString &plainPath, const QString &cipherPath, const QString &passphrase, QString *error)
{
    if (sodium_init() < 0)
        return fail(error, QStringLiteral("libsodium could not start"));
    if (const QString problem = passphraseProblem(passphrase); !problem.isEmpty())
        return fail(error, problem);
    if (QFileInfo::exists(cipherPath))
        return fail(error, tr("%1 already exists").arg(cipherPath));
    QFile in(plainPath);
    if (!in.open(QIODevice::ReadOnly))
        return fail(error, QStringLiteral("%1: %2").arg(plainPath, in.errorString()));
    QSaveFile out(cipherPath); // nothing at cipherPath unless it is complete
    if (!out.open(QIODevice::WriteOnly))
        return fail(error, QStringLiteral("%1: %2").arg(cipherPath, out.errorString()));

    QByteArray header(kMagic.data(), kMagic.size());
    const quint64 ops = kOps;
    const quint64 memory = kMemory;
    std::array<char, 16> cost{};
    qToLittleEndian(ops, cost.data());
    qToLittleEndian(memory, cost.data() + 8);
    header.append(cost.data(), 16);
    std::array<unsigned char, crypto_pwhash_SALTBYTES> salt{};
    randombytes_buf(salt.data(), salt.size());
    header.append(reinterpret_cast<const char *>(salt.data()), qsizetype(salt.size()));
    Key key{};
    if (!deriveKey(passphrase, salt.data(), ops, memory, key))
        return fail(error, QStringLiteral("out of memory deriving the key"));
    crypto_secretstream_xchacha20poly1305_state state;
    std::array<unsigned char, crypto_secretstream_xchacha20poly1305_HEADERBYTES> streamHeader{};
    crypto_secretstream_xchacha20poly1305_init_push(&state, streamHeader.data(), key.data());
    sodium_memzero(key.data(), key.size());
    header.append(reinterpret_cast<const char *>(streamHeader.data()), qsizetype(streamHeader.size()));
    if (out.write(header) != header.size())
        return fail(error, QStringLiteral("%1: %2").arg(cipherPath, out.errorString()));

    QByteArray cipher;
    bool last = false;
    while (!last) {
        const QByteArray plain = in.read(kChunk);
        last = in.atEnd();
        if (plain.isEmpty() && !last) // a read error, not the end: never a stream of empty chunks
            return fail(error, QStringLiteral("%1: %2").arg(plainPath, in.errorString()));
        cipher.resize(plain.size() + crypto_secretstream_xchacha20poly1305_ABYTES);
        crypto_secretstream_xchacha20poly1305_push(
            &state, reinterpret_cast<unsigned char *>(cipher.data()), nullptr,
            reinterpret_cast<const unsigned char *>(plain.constData()), quint64(plain.size()),
            reinterpret_cast<const unsigned char *>(header.constData()), quint64(header.size()),
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        if (!writeChunk(out, cipher))
            return fail(error, QStringLiteral("%1: %2").arg(cipherPath, out.errorString()));
    }
    if (!out.commit())
        return fail(error, QStringLiteral("%1: %2").arg(cipherPath, out.errorString()));
    return true;
}

bool decrypt(const QString &cipherPath, const QString &plainPath, const QString &passphrase, QString *error)
{
    if (sodium_init() < 0)
        return fail(error, QStringLiteral("libsodium could not start"));
    if (QFileInfo::exists(plainPath))
        return fail(error, tr("%1 already exists").arg(plainPath));
    QFile in(cipherPath);
    if (!in.open(QIODevice::ReadOnly))
        return fail(error, QStringLiteral("%1: %2").arg(cipherPath, in.errorString()));
    const QByteArray header = in.read(kHeaderSize);
    if (header.size() != kHeaderSize || !header.startsWith(kMagic))
        return fail(error, tr("%1 is not an encrypted Kehu backup").arg(cipherPath));
    const auto *bytes = reinterpret_cast<const unsigned char *>(header.constData());
    const quint64 ops = qFromLittleEndian<quint64>(bytes + kMagic.size());
    const quint64 memory = qFromLittleEndian<quint64>(bytes + kMagic.size() + 8);
    if (ops < crypto_pwhash_OPSLIMIT_MIN || ops > kOps || memory < crypto_pwhash_MEMLIMIT_MIN || memory > kMemory)
        return fail(error, tr("%1: the backup's header is damaged").arg(cipherPath));
    const unsigned char *salt = bytes + kMagic.size() + 16;
    Key key{};
    if (!deriveKey(passphrase, salt, ops, memory, key))
        return fail(error, QStringLiteral("out of memory deriving the key"));
    crypto_secretstream_xchacha20poly1305_state state;
    const bool started = crypto_secretstream_xchacha20poly1305_init_pull(&state, salt + crypto_pwhash_SALTBYTES,
                                                                         key.data())
                         == 0;
    sodium_memzero(key.data(), key.size());
    QSaveFile out(plainPath);
    if (!started || !out.open(QIODevice::WriteOnly))
        return fail(error, QStringLiteral("%1: %2").arg(plainPath, out.errorString()));

    const QString damaged = tr("Wrong passphrase, or %1 is damaged: nothing was restored.").arg(cipherPath);
    QByteArray plain;
    unsigned char tag = 0;
    while (tag != crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
        const QByteArray length = in.read(4);
        if (length.size() != 4)
            return fail(error, damaged); // cut off before the final chunk
        const quint32 size = qFromLittleEndian<quint32>(length.constData());
        if (size < crypto_secretstream_xchacha20poly1305_ABYTES
            || size > kChunk + crypto_secretstream_xchacha20poly1305_ABYTES)
            return fail(error, damaged);
        const QByteArray cipher = in.read(size);
        if (cipher.size() != qsizetype(size))
            return fail(error, damaged);
        plain.resize(cipher.size() - qsizetype(crypto_secretstream_xchacha20poly1305_ABYTES));
        if (crypto_secretstream_xchacha20poly1305_pull(&state, reinterpret_cast<unsigned char *>(plain.data()), nullptr,
                                                       &tag,
                                                       reinterpret_cast<const unsigned char *>(cipher.constData()),
                                                       quint64(cipher.size()), bytes, quint64(header.size()))
            != 0)
            return fail(error, damaged);
        if (out.write(plain) != plain.size())
            return fail(error, QStringLiteral("%1: %2").arg(plainPath, out.errorString()));
    }
    if (!in.atEnd())
        return fail(error, damaged); // something appended after the final chunk
    if (!out.commit())
        return fail(error, QStringLiteral("%1: %2").arg(plainPath, out.errorString()));
    return true;
}

} // namespace kehu::BackupCipher
