#include "tempdatabase.h"

#include <gtest/gtest.h>

namespace kehu::test {

TempDatabase::TempDatabase() : m_path(m_dir.filePath(QStringLiteral("kehu.sqlite")))
{
    reopen();
}

void TempDatabase::reopen()
{
    m_database.reset();
    auto result = Database::open(m_path);
    if (!result.database)
        qFatal("cannot create the test database: %s", qPrintable(result.message));
    m_database = std::move(result.database);
}

QString testDataPath(const QString &relative)
{
    return QStringLiteral(KEHU_TEST_DATA_DIR "/") + relative;
}

} // namespace kehu::test
