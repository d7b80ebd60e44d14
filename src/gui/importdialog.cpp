#include "importdialog.h"

#include "ui_importdialog.h"

#include "importsession.h"
#include "workspace.h"

#include <QColor>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QTableWidgetItem>

namespace kehu {

namespace {

constexpr int kIgnore = -1;

QTableWidgetItem *cell(const QString &text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled);
    item->setTextAlignment(alignment);
    return item;
}

} // namespace

ImportDialog::ImportDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ImportDialog>()), m_workspace(workspace),
      m_session(new ImportSession(workspace, this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("importDialog"));

    for (ImportKind kind : {ImportKind::Customers, ImportKind::Purchases, ImportKind::Visits, ImportKind::Surveys})
        m_ui->kindCombo->addItem(ImportSession::kindLabel(kind), int(kind));
    m_ui->encodingCombo->addItem(QString(), kIgnore); // "Detected: …", filled in refresh()
    for (TextEncodingKind encoding : {TextEncodingKind::Utf8, TextEncodingKind::Gb18030, TextEncodingKind::Utf16Le,
                                      TextEncodingKind::Utf16Be, TextEncodingKind::Latin1})
        m_ui->encodingCombo->addItem(TextEncoding::name(encoding).toString(), int(encoding));
    m_ui->separatorCombo->addItem(QString(), int(CsvSeparator::Auto));
    for (CsvSeparator separator :
         {CsvSeparator::Comma, CsvSeparator::Semicolon, CsvSeparator::Tab, CsvSeparator::Whitespace})
        m_ui->separatorCombo->addItem(ImportSession::separatorLabel(separator), int(separator));
    for (DateFormat format : {DateFormat::YearFirst, DateFormat::DayMonthYear, DateFormat::MonthDayYear})
        m_ui->dateFormatCombo->addItem(ImportSession::dateFormatLabel(format), int(format));

    m_ui->reportTable->setColumnCount(5);
    m_ui->reportTable->setHorizontalHeaderLabels({tr("Severity"), tr("Line"), tr("Column"), tr("Value"), tr("Reason")});
    m_ui->reportTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->reportTable->verticalHeader()->hide();
    m_ui->mappingTable->verticalHeader()->hide();
    m_ui->mappingTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->progressBar->hide();
    m_ui->cancelButton->hide();

    connect(m_ui->browseButton, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &ImportDialog::reject);
    connect(m_ui->checkButton, &QPushButton::clicked, this, [this] { run(true); });
    connect(m_ui->importButton, &QPushButton::clicked, this, [this] { run(false); });
    connect(m_ui->cancelButton, &QPushButton::clicked, m_session, &ImportSession::cancel);
    connect(m_ui->resetMappingButton, &QPushButton::clicked, m_session, &ImportSession::resetMapping);
    connect(m_ui->kindCombo, &QComboBox::activated, this,
            [this] { m_session->setKind(ImportKind(m_ui->kindCombo->currentData().toInt())); });
    connect(m_ui->encodingCombo, &QComboBox::activated, this, [this] {
        const int value = m_ui->encodingCombo->currentData().toInt();
        m_session->setEncoding(value == kIgnore ? std::nullopt : std::optional(TextEncodingKind(value)));
    });
    connect(m_ui->separatorCombo, &QComboBox::activated, this,
            [this] { m_session->setSeparator(CsvSeparator(m_ui->separatorCombo->currentData().toInt())); });
    connect(m_ui->dateFormatCombo, &QComboBox::activated, this,
            [this] { m_session->setDateFormat(DateFormat(m_ui->dateFormatCombo->currentData().toInt())); });
    connect(m_ui->headerCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_updating)
            m_session->setHasHeader(on);
    });
    connect(m_ui->skipInvalidCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_session->setSkipInvalid(on);
        updateButtons();
    });
    connect(m_session, &ImportSession::changed, this, &ImportDialog::refresh);
    connect(m_session, &ImportSession::progress, this, [this](qint64 done, qint64 total) {
        m_ui->progressBar->setMaximum(int(std::min<qint64>(total, 1'000'000'000)));
        m_ui->progressBar->setValue(int(std::min(done, total)));
    });
    connect(m_session, &ImportSession::finished, this, &ImportDialog::runFinished);
    refresh();
}

ImportDialog::~ImportDialog() = default;

bool ImportDialog::loadFile(const QString &path)
{
    if (m_session->isRunning())
        return false;
    if (!m_session->load(path)) {
        m_ui->summaryLabel->setText(m_session->errorString());
        return false;
    }
    m_ui->fileEdit->setText(QDir::toNativeSeparators(path));
    return true;
}

void ImportDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import CSV"), QString(),
                                                      tr("CSV and text files (*.csv *.txt *.tsv);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

void ImportDialog::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && !m_session->isRunning())
        event->acceptProposedAction();
}

void ImportDialog::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.constFirst().isLocalFile() && loadFile(urls.constFirst().toLocalFile()))
        event->acceptProposedAction();
}

void ImportDialog::reject()
{
    // Closing while a run goes on cancels it (the transaction is rolled back) first.
    if (m_session->isRunning()) {
        m_session->cancel();
        return;
    }
    QDialog::reject();
}

void ImportDialog::refresh()
{
    m_updating = true;
    const bool loaded = m_session->isLoaded();
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(int(m_session->kind())));
    m_ui->encodingCombo->setItemText(
        0, loaded ? tr("Detected: %1").arg(TextEncoding::name(m_session->detectedEncoding())) : tr("Detect"));
    m_ui->encodingCombo->setCurrentIndex(
        m_session->encoding() ? m_ui->encodingCombo->findData(int(*m_session->encoding())) : 0);
    m_ui->separatorCombo->setItemText(
        0,
        loaded ? tr("Detected: %1").arg(ImportSession::separatorLabel(m_session->detectedSeparator())) : tr("Detect"));
    m_ui->separatorCombo->setCurrentIndex(m_ui->separatorCombo->findData(int(m_session->separator())));
    m_ui->dateFormatCombo->setCurrentIndex(m_ui->dateFormatCombo->findData(int(m_session->dateFormat())));
    m_ui->headerCheck->setChecked(m_session->hasHeader());
    m_ui->readingGroup->setEnabled(loaded);
    fillMapping();
    fillReport();
    m_updating = false;
    updateButtons();
}

void ImportDialog::fillMapping()
{
    QTableWidget *table = m_ui->mappingTable;
    const auto &preview = m_session->previewRows();
    table->clear();
    table->setColumnCount(2 + int(preview.size()));
    QStringList labels{tr("Column in the file"), tr("Imports as")};
    for (int i = 0; i < preview.size(); ++i)
        labels << tr("Row %1").arg(i + 1);
    table->setHorizontalHeaderLabels(labels);
    table->setRowCount(m_session->columnCount());
    const auto &fields = ColumnMapping::fieldsFor(m_session->kind());
    for (int column = 0; column < m_session->columnCount(); ++column) {
        table->setItem(column, 0, cell(m_session->header(column)));
        auto *combo = new QComboBox(table);
        combo->setObjectName(QStringLiteral("mappingCombo%1").arg(column));
        combo->addItem(tr("(ignore)"), kIgnore);
        for (const ImportFieldSpec &spec : fields) {
            const QString label = ImportSession::fieldLabel(spec.field);
            combo->addItem(spec.required ? tr("%1 (required)").arg(label) : label, int(spec.field));
        }
        const auto field = m_session->fieldOf(column);
        combo->setCurrentIndex(field ? combo->findData(int(*field)) : 0);
        connect(combo, &QComboBox::activated, this, [this, combo, column] {
            const int value = combo->currentData().toInt();
            m_session->setColumnField(column, value == kIgnore ? std::nullopt : std::optional(ImportField(value)));
        });
        table->setCellWidget(column, 1, combo);
        for (int row = 0; row < preview.size(); ++row)
            table->setItem(column, 2 + row, cell(preview.at(row).value(column)));
    }
    // Values of the preview that do not fit the field their column is imported as: marked at
    // once, so a wrong pick shows before the file is checked.
    for (int row = 0; row < preview.size(); ++row) {
        for (const ImportIssue &issue : m_session->previewIssues(row)) {
            const int first = issue.column > 0 ? issue.column - 1 : 0;
            const int last = issue.column > 0 ? issue.column - 1 : m_session->columnCount() - 1;
            for (int column = first; column <= last && column < table->rowCount(); ++column) {
                QTableWidgetItem *item = table->item(column, 2 + row);
                if (!item)
                    continue;
                item->setBackground(issue.isError() ? QColor(0xff, 0xcd, 0xd2) : QColor(0xff, 0xf3, 0xc4));
                item->setToolTip(item->toolTip().isEmpty() ? issue.message
                                                           : QString(item->toolTip() + u'\n' + issue.message));
            }
        }
    }
    table->resizeColumnsToContents();

    const QStringList problems = m_session->mappingProblems();
    if (!m_session->isLoaded())
        m_ui->mappingStatus->setText(tr("No file chosen yet."));
    else if (problems.isEmpty() && m_session->previewProblemCount() > 0)
        m_ui->mappingStatus->setText(
            tr("Every required field has a column, but %Ln value(s) of the preview do not fit their field (marked; "
               "point at one to see why). Check the field chosen for that column, or the date format.",
               nullptr, m_session->previewProblemCount()));
    else if (problems.isEmpty())
        m_ui->mappingStatus->setText(tr("Every required field has a column. Change a column's field in the list if it "
                                        "was recognised wrongly."));
    else
        m_ui->mappingStatus->setText(problems.join(u'\n'));
}

void ImportDialog::fillReport()
{
    QTableWidget *table = m_ui->reportTable;
    table->setRowCount(0);
    if (!m_session->hasSummary()) {
        m_ui->summaryLabel->setText(
            m_session->isLoaded() ? tr("Press Check file: every row is validated and nothing is written.") : QString());
        return;
    }
    const ImportSummary &summary = m_session->summary();
    m_ui->summaryLabel->setText(ImportSession::summaryText(summary));
    const QLocale locale;
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    for (const ImportIssue &issue : summary.issues) {
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, cell(issue.isError() ? tr("Error") : tr("Warning")));
        table->setItem(row, 1, cell(issue.line > 0 ? locale.toString(qint64(issue.line)) : QString(), right));
        QString column;
        if (issue.column > 0)
            column = issue.header.isEmpty() ? locale.toString(issue.column)
                                            : tr("%1 (%2)").arg(locale.toString(issue.column), issue.header);
        table->setItem(row, 2, cell(column));
        table->setItem(row, 3, cell(issue.value));
        table->setItem(row, 4, cell(issue.message));
    }
    for (const LikelyDuplicate &duplicate : summary.likelyDuplicates) {
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, cell(tr("Possible duplicate")));
        table->setItem(row, 1, cell(locale.toString(qint64(duplicate.line)), right));
        table->setItem(row, 2, cell(QString()));
        table->setItem(row, 3, cell(tr("%1 %2").arg(duplicate.code, duplicate.name).trimmed()));
        table->setItem(
            row, 4,
            cell(tr("looks like %1 %2 (same %3)").arg(duplicate.matchesCode, duplicate.matchesName, duplicate.reason)));
    }
    table->resizeColumnsToContents();
}

void ImportDialog::run(bool dryRun)
{
    if (m_session->isRunning() || !m_session->isLoaded())
        return;
    m_ui->progressBar->setMaximum(0); // busy until the first report
    m_ui->progressBar->setValue(0);
    m_ui->progressBar->show();
    m_ui->cancelButton->show();
    m_ui->summaryLabel->setText(dryRun ? tr("Checking…") : tr("Importing…"));
    if (dryRun)
        m_session->validate();
    else
        m_session->commit();
    updateButtons();
}

void ImportDialog::runFinished(bool dryRun)
{
    m_ui->progressBar->hide();
    m_ui->cancelButton->hide();
    if (!dryRun && m_session->summary().outcome == ImportSummary::Outcome::Committed)
        m_workspace.notifyBookChanged();
    fillReport();
    updateButtons();
}

void ImportDialog::updateButtons()
{
    const bool running = m_session->isRunning();
    const bool ready = m_session->isLoaded() && m_session->isMappingUsable() && !running;
    m_ui->browseButton->setEnabled(!running);
    m_ui->readingGroup->setEnabled(m_session->isLoaded() && !running);
    m_ui->mappingGroup->setEnabled(!running);
    m_ui->checkButton->setEnabled(ready);
    // Import only after a check the current settings passed: the report comes before any write.
    const bool committed = m_session->hasSummary() && !m_session->lastRunWasDry()
                           && m_session->summary().outcome == ImportSummary::Outcome::Committed;
    m_ui->importButton->setEnabled(ready && m_session->isValidated() && !committed);
    m_ui->closeButton->setText(committed ? tr("Done") : tr("Close"));
}

} // namespace kehu
