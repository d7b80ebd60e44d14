#pragma once

#include "customer.h"
#include "migrationmatrix.h"
#include "snapshot.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace kehu {

class Workspace;

/// How customers moved between two snapshots' RFM segments or ABC classes: the matrix
/// `kehu-cli migration` prints and the customers behind one of its cells, which the review
/// page lists when a cell of its migration table is clicked. Both read the two snapshots the
/// same way: every customer of either snapshot, the absent label for a customer missing from
/// one of them.
class SegmentMigration
{
public:
    enum class By { Segment, Abc };

    struct Options
    {
        By by = By::Segment;
        /// The labels in order (rows and columns 0..n-1; n is "absent").
        QStringList labels;
        /// A key not in labels: empty = appended as a new label (in the order met); else
        /// counted under this label (e.g. "others"), or as absent when it is not in labels.
        QString unknownAs;
    };

    struct Table
    {
        QStringList labels; ///< Options::labels plus any appended
        /// Customers and revenue (in the later snapshot, minor units) per from/to cell.
        analytics::MigrationMatrix matrix;
    };

    explicit SegmentMigration(Workspace &workspace) : m_workspace(workspace) {}

    /// The labels `kehu-cli migration` starts from: the later snapshot's segments in its rule
    /// order (its summary), or A, B, C.
    static QStringList defaultLabels(const SnapshotInfo &later, By by);

    Table between(qint64 fromSnapshot, qint64 toSnapshot, const Options &options) const;
    /// The customers moving from label @p from to label @p to (indexes into options.labels;
    /// labels.size() = absent from that snapshot).
    QList<CustomerId> cellCustomers(qint64 fromSnapshot, qint64 toSnapshot, const Options &options, int from,
                                    int to) const;

private:
    struct Moves;
    Moves read(qint64 fromSnapshot, qint64 toSnapshot, const Options &options) const;

    Workspace &m_workspace;
};

} // namespace kehu
