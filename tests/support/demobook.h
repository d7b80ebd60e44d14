#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <utility>

namespace kehu {
class Database;
class Workspace;
} // namespace kehu

namespace kehu::test {

/// What a demo book holds: the demo business (DemoBusiness::Options, same defaults) and the
/// classifications run on it, in order (as of, label), with the default policy.
struct DemoBookSpec
{
    int customers = 400;
    int years = 3;
    QDate endDate = QDate(2025, 12, 31);
    QList<std::pair<QDate, QString>> classifiedOn = {};
};

/// A demo book of its own for one test, in a temporary directory removed afterwards.
///
/// Writing the demo business takes a while, so each spec is written once and every DemoBook
/// gets a copy of that file: the prepared files live beside the test binary (build tree) under
/// a folder named for the binary's build, so a rebuild writes them again; processes that
/// prepare the same spec at once each write their own file and rename it into place.
/// Fails the test when the book cannot be written.
class DemoBook
{
public:
    explicit DemoBook(const DemoBookSpec &spec = {});

    const DemoBookSpec &spec() const { return m_spec; }
    /// The copy's path (closed: open it with open(), openWorkspace() or MainWindow::openPath).
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    std::unique_ptr<Database> open() const;
    std::unique_ptr<Workspace> openWorkspace() const;

private:
    DemoBookSpec m_spec;
    QTemporaryDir m_dir;
    QString m_path;
};

} // namespace kehu::test
