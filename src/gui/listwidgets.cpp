#include "listwidgets.h"

#include <QComboBox>
#include <QHeaderView>
#include <QString>
#include <QTableView>

namespace kehu {

QComboBox *filterChoice(QWidget *parent, const QString &objectName, const QString &anyText)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->addItem(anyText, QString());
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

void setUpRecordTable(QTableView *table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
}

} // namespace kehu
