#include "gui/prompter.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace kehu {

void MessageBoxPrompter::warn(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::warning(parent, title, text);
}

void MessageBoxPrompter::inform(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::information(parent, title, text);
}

bool MessageBoxPrompter::confirm(QWidget *parent, const QString &title, const QString &text)
{
    return QMessageBox::question(parent, title, text) == QMessageBox::Yes;
}

Prompter::Choice MessageBoxPrompter::duplicateChoice(QWidget *parent, const QString &text)
{
    QMessageBox box(QMessageBox::Question, QCoreApplication::translate("kehu::Prompter", "Possible duplicate"), text,
                    QMessageBox::NoButton, parent);
    QPushButton *open = box.addButton(QCoreApplication::translate("kehu::Prompter", "Open existing"),
                                      QMessageBox::AcceptRole);
    QPushButton *merge = box.addButton(QCoreApplication::translate("kehu::Prompter", "Merge into existing"),
                                       QMessageBox::ActionRole);
    QPushButton *create = box.addButton(QCoreApplication::translate("kehu::Prompter", "Create anyway"),
                                        QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == open)
        return Choice::Open;
    if (box.clickedButton() == merge)
        return Choice::Merge;
    if (box.clickedButton() == create)
        return Choice::CreateAnyway;
    return Choice::Cancel;
}

} // namespace kehu
