#include "bookchannel.h"

#include "database.h"
#include "sqlrows.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace kehu {

namespace {

/// The channel's name on the server: one per database, so books on the same server do not
/// hear each other.
const QString kChannel = QStringLiteral("kehu_book");

} // namespace

BookChannel::BookChannel(Database &database, Listener listener) : m_database(database)
{
    if (!database.isServer())
        return;
    QSqlDriver *driver = database.connection().driver();
    if (!driver->subscribeToNotification(kChannel)) {
        qWarning("storage: cannot listen for other desks' changes: %s", qPrintable(driver->lastError().text()));
        return;
    }
    m_active = true;
    m_connection = QObject::connect(driver, &QSqlDriver::notification,
                                    [listener = std::move(listener)](const QString &name,
                                                                     QSqlDriver::NotificationSource source,
                                                                     const QVariant &payload) {
                                        if (name == kChannel && source != QSqlDriver::SelfSource)
                                            listener(payload.toString());
                                    });
}

BookChannel::~BookChannel()
{
    if (!m_active)
        return;
    QObject::disconnect(m_connection);
    m_database.connection().driver()->unsubscribeFromNotification(kChannel);
}

bool BookChannel::announce(const QString &what) const
{
    if (!m_active)
        return false;
    QSqlQuery q(m_database.connection());
    return execQuery(q, QStringLiteral("SELECT pg_notify(?, ?)"), {kChannel, what});
}

} // namespace kehu
