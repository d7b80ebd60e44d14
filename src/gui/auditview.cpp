#include "auditview.h"

#include "auditlogmodel.h"
#include "customerbook.h"
#include "listwidgets.h"
#include "workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

namespace kehu {

AuditView::AuditView(Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_model(new AuditLogModel(workspace, this)), m_user(new QLineEdit(this)),
      m_action(new QComboBox(this)), m_customer(new QLineEdit(this)),
      m_from(new QDateEdit(QDate::currentDate().addDays(-30), this)), m_to(new QDateEdit(QDate::currentDate(), this)),
      m_table(new QTableView(this)), m_values(new QPlainTextEdit(this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("auditView"));
    m_user->setObjectName(QStringLiteral("auditUser"));
    m_user->setPlaceholderText(tr("Anyone"));
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_action->addItem(tr("Any action"), QString());
    for (const QString &key : AuditLogModel::filterActions())
        m_action->addItem(AuditLogModel::actionLabel(key), key);
    m_customer->setObjectName(QStringLiteral("auditCustomer"));
    m_customer->setPlaceholderText(tr("Any customer (code)"));
    for (QDateEdit *day : {m_from, m_to}) {
        day->setCalendarPopup(true);
        day->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    auto *show = new QPushButton(tr("&Show"), this);
    show->setObjectName(QStringLiteral("auditShow"));
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    setUpRecordTable(m_table);
    m_values->setObjectName(QStringLiteral("auditValues"));
    m_values->setReadOnly(true);
    m_values->setPlaceholderText(tr("Choose a record to see its values before and after."));
    m_status->setObjectName(QStringLiteral("auditStatus"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Who:"), this));
    filters->addWidget(m_user);
    filters->addWidget(m_action);
    filters->addWidget(m_customer);
    filters->addWidget(new QLabel(tr("From:"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to:"), this));
    filters->addWidget(m_to);
    filters->addWidget(show);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_values);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    connect(show, &QPushButton::clicked, this, &AuditView::reload);
    connect(m_user, &QLineEdit::returnPressed, this, &AuditView::reload);
    connect(m_customer, &QLineEdit::returnPressed, this, &AuditView::reload);
    connect(m_action, &QComboBox::activated, this, &AuditView::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditView::showValues);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QVariant id = m_model->data(index, AuditLogModel::CustomerIdRole);
        if (id.isValid())
            emit openCustomer(id.toLongLong());
    });
    reload();
}

void AuditView::filter(const QString &user, const QString &action, const QString &customerCode)
{
    m_user->setText(user);
    m_action->setCurrentIndex(std::max(0, m_action->findData(action)));
    m_customer->setText(customerCode);
    reload();
}

void AuditView::reload()
{
    AuditQuery query;
    query.userName = m_user->text().trimmed();
    query.action = m_action->currentData().toString();
    query.from = m_from->date().startOfDay().toUTC();
    query.to = m_to->date().addDays(1).startOfDay().toUTC();
    if (const QString code = m_customer->text().trimmed(); !code.isEmpty()) {
        const std::optional<Customer> customer = m_workspace.customers().findByCode(code);
        if (!customer) {
            m_model->clear();
            m_status->setText(tr("No customer has the code %1.").arg(code));
            return;
        }
        query.customerId = customer->id;
    }
    QString error;
    m_model->setQuery(query, &error);
    m_table->resizeColumnsToContents();
    m_values->clear();
    m_status->setText(!error.isEmpty() ? error
                      : m_model->rowCount() >= query.limit
                          ? tr("The newest %Ln records; narrow the filters to see older ones.", nullptr, query.limit)
                          : tr("%Ln record(s).", nullptr, m_model->rowCount()));
}

void AuditView::showValues()
{
    const QModelIndex current = m_table->currentIndex();
    m_values->setPlainText(current.isValid() ? m_model->data(current, AuditLogModel::ValuesRole).toString()
                                             : QString());
}

} // namespace kehu
