#pragma once

class QComboBox;
class QString;
class QTableView;
class QWidget;

namespace kehu {

/// A filter choice as the lists' filter bars show it: first item @p anyText (data: an empty
/// string, "no filter"), as wide as its longest item.
QComboBox *filterChoice(QWidget *parent, const QString &objectName, const QString &anyText);

/// A read-only list of records: whole rows selected one at a time, no row numbers, the last
/// column taking the rest of the width.
void setUpRecordTable(QTableView *table);

} // namespace kehu
