#include "handoverdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace kehu {

HandoverDialog::HandoverDialog(Workspace &workspace, CustomerListQuery query, const QStringList &owners,
                               QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_query(std::move(query)), m_receiver(new QComboBox(this)),
      m_summary(new QLabel(this)), m_handOver(nullptr)
{
    setObjectName(QStringLiteral("handoverDialog"));
    setWindowTitle(tr("Hand Over Customers"));
    auto *intro = new QLabel(tr("The customers the book lists now (its search and filters) go to the owner you "
                                "choose, with the open follow-ups their owners were assigned. Follow-ups assigned to "
                                "a colleague stay theirs. Edit ▸ Undo gives everyone back."),
                             this);
    intro->setWordWrap(true);
    m_receiver->setObjectName(QStringLiteral("receiverCombo"));
    m_receiver->setEditable(true);
    m_receiver->addItems(owners);
    m_receiver->setCurrentIndex(-1);
    m_receiver->lineEdit()->setPlaceholderText(tr("Choose or type a name"));
    m_summary->setObjectName(QStringLiteral("handoverSummary"));
    m_summary->setWordWrap(true);
    m_summary->setMinimumHeight(m_summary->fontMetrics().height() * 3);

    auto *fields = new QFormLayout;
    fields->addRow(tr("&Give them to:"), m_receiver);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_handOver = buttons->addButton(tr("&Hand Over"), QDialogButtonBox::AcceptRole);
    m_handOver->setObjectName(QStringLiteral("handOverButton"));
    m_handOver->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &HandoverDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &HandoverDialog::reject);
    // Counted when a name is chosen or typed in full, not at every key: a name outside a
    // manager's team is a refusal, and the log keeps each one.
    connect(m_receiver, &QComboBox::activated, this, &HandoverDialog::preview);
    connect(m_receiver->lineEdit(), &QLineEdit::editingFinished, this, &HandoverDialog::preview);
    connect(m_receiver, &QComboBox::editTextChanged, this, [this] {
        m_plan.reset();
        m_handOver->setEnabled(false);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(fields);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

bool HandoverDialog::preview()
{
    QString error;
    m_plan = Handover(m_workspace).plan(m_query, m_receiver->currentText(), &error);
    const bool some = m_plan && !m_plan->customers.isEmpty();
    m_handOver->setEnabled(some);
    if (!m_plan) {
        m_summary->setText(error);
        return false;
    }
    if (!some) {
        m_summary->setText(tr("The book lists no customers that %1 does not already own.").arg(m_plan->to));
        return false;
    }
    QStringList from;
    const QMap<QString, qint64> counts = m_plan->countsByOwner();
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        from << tr("%1: %2").arg(it.key().isEmpty() ? tr("no owner") : it.key(), QLocale().toString(it.value()));
    m_summary->setText(tr("%Ln customer(s) will go to %1 (from %2).", nullptr, int(m_plan->customers.size()))
                           .arg(m_plan->to, from.join(tr(", "))));
    return true;
}

void HandoverDialog::accept()
{
    if ((!m_plan || m_plan->to != m_receiver->currentText().trimmed()) && !preview())
        return;
    QString error;
    qint64 followUps = 0;
    if (!Handover(m_workspace).handOver(*m_plan, &error, &followUps)) {
        m_summary->setText(error);
        m_plan.reset();
        m_handOver->setEnabled(false);
        return;
    }
    m_outcome = tr("%Ln customer(s) handed over to %1", nullptr, int(m_plan->customers.size())).arg(m_plan->to)
                + tr(", with %Ln open follow-up(s).", nullptr, int(followUps));
    QDialog::accept();
}

} // namespace kehu
