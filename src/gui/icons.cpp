#include "icons.h"

namespace kehu::Icons {

QIcon application()
{
    QIcon icon(QStringLiteral(":/icons/kehu.svg"));
    for (int size : {16, 32, 48, 256})
        icon.addFile(QStringLiteral(":/icons/png/kehu-%1.png").arg(size), QSize(size, size));
    return icon;
}

QIcon themed(const QString &themeName, const QString &bundled)
{
    return QIcon::fromTheme(themeName, QIcon(QStringLiteral(":/icons/%1.svg").arg(bundled)));
}

} // namespace kehu::Icons
