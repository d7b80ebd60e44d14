#include "restorepointsdialog.h"

#include "accessguard.h"
#include "listwidgets.h"
#include "prompter.h"
#include "restorepointlistmodel.h"
#include "restorepoints.h"
#include "workspace.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace kehu {

RestorePointsDialog::RestorePointsDialog(Workspace &workspace, Prompter &prompter, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_prompter(prompter),
      m_model(new RestorePointListModel(workspace, this)), m_table(new QTableView(this)), m_status(new QLabel(this)),
      m_restore(new QPushButton(tr("&Restore…"), this))
{
    setObjectName(QStringLiteral("restorePointsDialog"));
    setWindowTitle(tr("Restore Points"));
    auto *intro = new QLabel(tr("Kehu copies the whole book before every import, merge, handover, erasure and "
                                "restore, and once a day, into %1. Restoring brings every customer, purchase and "
                                "setting back as it was then; the audit log keeps what happened since. The book as "
                                "it is now is kept as a restore point first.")
                                 .arg(RestorePoints(workspace).folder()),
                             this);
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("restorePointTable"));
    m_table->setModel(m_model);
    setUpRecordTable(m_table);
    m_status->setObjectName(QStringLiteral("restorePointStatus"));
    m_status->setWordWrap(true);

    auto *take = new QPushButton(tr("&Take One Now"), this);
    take->setObjectName(QStringLiteral("takeRestorePointButton"));
    auto *prune = new QPushButton(tr("&Delete Old"), this);
    prune->setObjectName(QStringLiteral("pruneRestorePointsButton"));
    prune->setToolTip(tr("Keeps the newest %1 and those of the last %2 days")
                          .arg(RestorePoints::kKeepNewest)
                          .arg(RestorePoints::kKeepDays));
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setVisible(workspace.access().allows(Operation::RestoreBackup));
    m_restore->setEnabled(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(take);
    buttons->addWidget(prune);
    buttons->addStretch(1);
    buttons->addWidget(m_restore);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(take, &QPushButton::clicked, this, &RestorePointsDialog::takeNow);
    connect(prune, &QPushButton::clicked, this, &RestorePointsDialog::pruneOld);
    connect(m_restore, &QPushButton::clicked, this, &RestorePointsDialog::restoreChosen);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_restore->setEnabled(m_table->selectionModel()->hasSelection()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    layout->addWidget(close);
    resize(640, 420);
    reload();
}

void RestorePointsDialog::reload()
{
    QString error;
    if (!m_model->reload(&error))
        m_status->setText(error);
    m_table->resizeColumnsToContents();
    m_restore->setEnabled(false);
}

bool RestorePointsDialog::takeNow()
{
    QString error;
    const auto point = RestorePoints(m_workspace).take(QStringLiteral("manual"), {}, &error);
    m_status->setText(point ? tr("A restore point was taken.") : error);
    reload();
    return point.has_value();
}

int RestorePointsDialog::pruneOld()
{
    QString error;
    const int removed = RestorePoints(m_workspace).prune(&error);
    m_status->setText(removed < 0 ? error : tr("%Ln old restore point(s) deleted.", nullptr, removed));
    reload();
    return removed;
}

void RestorePointsDialog::restoreChosen()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const RestorePoint *point = rows.isEmpty() ? nullptr : m_model->pointAt(rows.constFirst().row());
    if (!point)
        return;
    QString passphrase;
    if (point->encrypted) {
        bool given = false;
        passphrase = QInputDialog::getText(this, tr("Encrypted Restore Point"), tr("Passphrase:"), QLineEdit::Password,
                                           {}, &given);
        if (!given)
            return;
    }
    restore(rows.constFirst().row(), passphrase);
}

bool RestorePointsDialog::restore(int row, const QString &passphrase)
{
    const RestorePoint *point = m_model->pointAt(row);
    if (!point)
        return false;
    const RestorePoint chosen = *point;
    if (!m_prompter.confirm(this, tr("Restore"),
                            tr("Bring the whole book back to %1 (%2)? Everything written since is replaced; the book "
                               "as it is now is kept as a restore point first.")
                                .arg(QLocale().toString(chosen.takenAt.toLocalTime(), QLocale::ShortFormat),
                                     RestorePointListModel::reasonLabel(chosen.reason))))
        return false;
    QString error;
    const bool restored = RestorePoints(m_workspace).restore(chosen.path, passphrase, &error);
    m_status->setText(restored ? tr("The book was restored.") : error);
    // Whoever restored may not be signed in to the restored book: then there is nothing to list.
    if (m_workspace.access().allows(Operation::MakeBackup))
        reload();
    else
        close();
    return restored;
}

} // namespace kehu
