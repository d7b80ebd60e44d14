#pragma once

#include "demobusiness.h"

#include <QString>

#include <functional>

namespace kehu {

class Database;
class Workspace;

/// Fills a database with a DemoBusiness in one transaction: all of it, or nothing.
class DemoWriter
{
public:
    struct Counts
    {
        qint64 customers = 0;
        qint64 purchases = 0;
        qint64 visits = 0;
        qint64 surveys = 0;
        qint64 churnEvents = 0;
    };

    /// Writes into the workspace's book (Operation::ImportData, one audit record).
    explicit DemoWriter(Workspace &workspace);

    /// `progress` gets (customers written, customers in total); returning false cancels and
    /// rolls back. False with `error` set when anything failed.
    bool write(const DemoBusiness::Options &options, Counts *counts, QString *error,
               const std::function<bool(qint64, qint64)> &progress = {});

private:
    Workspace &m_workspace;
    Database &m_database;
};

} // namespace kehu
