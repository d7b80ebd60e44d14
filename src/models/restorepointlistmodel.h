#pragma once

#include "flattablemodel.h"
#include "restorepoints.h"

namespace kehu {

class Workspace;

/// The book's restore points, newest first, for File ▸ Restore Points: when, why, how large,
/// whether encrypted.
class RestorePointListModel : public FlatTableModel
{
    Q_OBJECT

public:
    enum Column { Taken, Reason, Size, Encrypted, ColumnCount };

    explicit RestorePointListModel(Workspace &workspace, QObject *parent = nullptr);

    /// Reads the folder again; false with `error` set when refused.
    bool reload(QString *error = nullptr);
    const RestorePoint *pointAt(int row) const;

    /// Why a point was taken, as people read it ("Before an import").
    static QString reasonLabel(const QString &reason);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    int rows() const override { return int(m_points.size()); }
    QStringList columnTitles() const override;

private:
    Workspace &m_workspace;
    QList<RestorePoint> m_points;
};

} // namespace kehu
