#include "ImportDialog.h"

#include "core/EventProfiles.h"

#include "Mnemonics.h"
#include "core/Outcome.h"
#include "core/Settings.h"
#include "service/SubmissionService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace {
constexpr int kPreviewRows = 20;
}

ImportDialog::ImportDialog(Settings& settings, SubmissionService& service, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_service(service)
    , m_path(new QLineEdit(this))
    , m_event(new QComboBox(this))
    , m_info(new QLabel(this))
    , m_preview(new QTableWidget(this))
    , m_problems(new QPlainTextEdit(this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_import(new QPushButton(tr("&Import"), this))
    , m_cancel(new QPushButton(tr("&Cancel import"), this))
    , m_saveInvalid(new QPushButton(tr("&Save invalid rows…"), this))
{
    setWindowTitle(tr("Import leads from CSV"));
    resize(900, 620);
    m_openFileName = [this] {
        return QFileDialog::getOpenFileName(this, tr("Import leads"), QString(), tr("CSV files (*.csv *.txt)"));
    };
    m_saveFileName = [this](const QString& suggested) {
        return QFileDialog::getSaveFileName(this, tr("Save invalid rows"), suggested, tr("CSV files (*.csv)"));
    };
    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setAccessibleName(tr("File"));
    m_path->setToolTip(tr("The CSV file to import: type or paste its path and press Return, or choose it"));
    m_path->setPlaceholderText(tr("Path of a CSV file"));
    m_event->setToolTip(tr("The event profile whose values fill what the rows leave empty"));
    m_preview->setToolTip(tr("The first rows of the file; choose in the first row which field each column holds"));
    m_problems->setToolTip(tr("The rows that will not be imported, with the reason"));
    m_import->setToolTip(tr("Store the good rows and send them"));
    m_cancel->setToolTip(tr("Stop storing rows; those already stored stay and are sent"));
    m_saveInvalid->setToolTip(tr("Save the rows with problems to a CSV file to fix them"));
    m_event->setObjectName(QStringLiteral("importEvent"));
    m_event->addItem(tr("No event"), QString());
    for (const QString& name : EventProfiles(m_settings).names())
        m_event->addItem(name, name);
    m_event->setCurrentIndex(std::max(0, m_event->findData(m_settings.activeEvent())));
    m_info->setObjectName(QStringLiteral("importInfo"));
    m_info->setWordWrap(true);
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setAccessibleName(tr("Preview of the file"));
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problems->setReadOnly(true);
    m_problems->setAccessibleName(tr("Rows with problems"));
    m_problems->setMaximumHeight(110);
    m_problems->setPlaceholderText(tr("Rows with problems are listed here, by row number."));
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setVisible(false);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_cancel->setObjectName(QStringLiteral("cancelImportButton"));
    m_saveInvalid->setObjectName(QStringLiteral("saveInvalidButton"));
    m_import->setEnabled(false);
    m_cancel->setVisible(false);
    m_saveInvalid->setEnabled(false);

    auto* choose = new QPushButton(tr("C&hoose file…"), this);
    choose->setToolTip(tr("Choose the CSV file to import"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(choose);
    auto* form = new QFormLayout;
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, fileRow);
    auto* eventLabel = new QLabel(tr("&Event profile:"), this);
    eventLabel->setBuddy(m_event);
    form->addRow(eventLabel, m_event);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setToolTip(tr("Close this window"));
    buttons->addButton(m_saveInvalid, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    m_cancel->setVisible(false); // only while importing
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_info);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_problems);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    Mnemonics::assign(this);
    describeControls(this);
    connect(choose, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    // A typed or pasted path is read when Return is pressed (defect: the field took typing and
    // ignored it); that Return never reaches the dialog's default button (Import).
    m_path->installEventFilter(this);
    // A path typed but not read yet is not what Import would store: wait for Return.
    connect(m_path, &QLineEdit::textEdited, this, [this] {
        if (m_running)
            return;
        m_import->setEnabled(false);
        m_info->setText(tr("Press Return to read this file."));
    });
    connect(m_event, &QComboBox::currentIndexChanged, this, &ImportDialog::replan);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_cancel, &QPushButton::clicked, this, &ImportDialog::cancel);
    connect(m_saveInvalid, &QPushButton::clicked, this, &ImportDialog::saveInvalidRows);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_service, &SubmissionService::attemptFinished, this, &ImportDialog::onAttemptFinished);
}

ImportDialog::~ImportDialog() = default;

bool ImportDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_path && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            const QString typed = m_path->text().trimmed();
            if (!typed.isEmpty() && !m_running)
                loadFile(QDir::fromNativeSeparators(typed));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ImportDialog::chooseFile()
{
    const QString path = m_openFileName();
    if (!path.isEmpty())
        loadFile(path);
}

bool ImportDialog::loadFile(const QString& path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    m_table = CsvReader::readFile(path);
    m_plan = {};
    m_preview->setColumnCount(0); // a new file gets new column choices
    m_preview->setRowCount(0);
    replan();
    return m_plan.error.isEmpty();
}

void ImportDialog::replan()
{
    if (m_running || m_path->text().isEmpty())
        return;
    // Columns chosen by hand in the preview win over the header's names.
    QList<std::optional<LeadField>> columns;
    for (int c = 0; c < m_preview->columnCount() && !m_plan.columns.isEmpty(); ++c) {
        auto* combo = qobject_cast<QComboBox*>(m_preview->cellWidget(0, c));
        const QVariant data = combo ? combo->currentData() : QVariant();
        columns.append(data.isValid() ? std::optional<LeadField>(LeadField(data.toInt())) : std::nullopt);
    }
    const Lead profile = EventProfiles(m_settings).profile(m_event->currentData().toString()).value_or(Lead());
    m_plan = LeadImport::plan(m_table, m_settings.defaultRegion(), profile, columns);
    showPreview();
}

void ImportDialog::showPreview()
{
    const int invalid = static_cast<int>(m_plan.rows.size()) - m_plan.validCount();
    if (!m_plan.error.isEmpty()) {
        m_info->setText(tr("Error: %1").arg(m_plan.error));
    } else {
        m_info->setText(
            tr("%1, separated by \"%2\": %3 rows, %4 ready to import, %5 with problems.")
                .arg(m_table.encoding, m_table.delimiter == '\t' ? tr("tab") : QString(QLatin1Char(m_table.delimiter)))
                .arg(m_plan.rows.size())
                .arg(m_plan.validCount())
                .arg(invalid));
    }
    QStringList problems;
    for (const ImportRow& row : m_plan.rows) {
        for (const FieldIssue& issue : row.issues) {
            if (issue.severity == FieldIssue::Severity::Error && problems.size() < 500)
                problems.append(
                    tr("Row %1: %2: %3").arg(row.rowNumber).arg(LeadFields::label(issue.field), issue.message));
        }
    }
    m_problems->setPlainText(problems.join(u'\n'));
    m_import->setEnabled(m_plan.error.isEmpty() && m_plan.validCount() > 0);
    m_saveInvalid->setEnabled(invalid > 0);

    // Row 0 holds the column choices; the file's first rows follow.
    const QSignalBlocker block(m_preview);
    const int columns = static_cast<int>(m_table.header.size());
    const int rows = static_cast<int>(std::min<qsizetype>(m_table.rows.size(), kPreviewRows));
    if (m_preview->columnCount() != columns || m_preview->rowCount() != rows + 1) {
        m_preview->clear();
        m_preview->setColumnCount(columns);
        m_preview->setRowCount(rows + 1);
        m_preview->setHorizontalHeaderLabels(m_table.header);
        for (int c = 0; c < columns; ++c) {
            auto* combo = new QComboBox(m_preview);
            combo->addItem(tr("(ignore)"));
            for (const auto& info : LeadFields::all())
                combo->addItem(LeadFields::label(info.field), static_cast<int>(info.field));
            const auto mapped = m_plan.columns.value(c);
            combo->setCurrentIndex(mapped ? combo->findData(static_cast<int>(*mapped)) : 0);
            combo->setAccessibleName(tr("Field for column %1").arg(m_table.header.at(c)));
            combo->setToolTip(tr("The lead field this column holds, or (ignore)"));
            combo->setAccessibleDescription(combo->toolTip());
            connect(combo, &QComboBox::currentIndexChanged, this, &ImportDialog::replan);
            m_preview->setCellWidget(0, c, combo);
        }
        QStringList rowLabels {tr("Field")};
        for (int r = 0; r < rows; ++r) {
            rowLabels.append(QString::number(m_table.rowNumbers.value(r)));
            for (int c = 0; c < columns; ++c)
                m_preview->setItem(r + 1, c, new QTableWidgetItem(m_table.rows.at(r).value(c).simplified()));
        }
        m_preview->setVerticalHeaderLabels(rowLabels);
        m_preview->resizeColumnsToContents();
    }
}

void ImportDialog::startImport()
{
    if (m_running || m_plan.validCount() == 0)
        return;
    m_toStore = m_plan.acceptedLeads();
    m_running = true;
    m_cancelled = false;
    m_stored = 0;
    m_ids.clear();
    m_outcomes.clear();
    m_import->setEnabled(false);
    m_event->setEnabled(false);
    m_preview->setEnabled(false);
    m_cancel->setVisible(true);
    m_progress->setVisible(true);
    m_progress->setRange(0, static_cast<int>(m_toStore.size()) * 2); // stored, then answered
    m_progress->setValue(0);
    QTimer::singleShot(0, this, &ImportDialog::storeNextChunk);
}

void ImportDialog::storeNextChunk()
{
    if (m_cancelled || m_stored >= m_toStore.size()) {
        updateProgress();
        return;
    }
    // A chunk at a time, each in one durable transaction, so the window stays responsive.
    const QList<AcceptedLead> chunk = m_toStore.mid(m_stored, m_chunkSize);
    const Result<QList<qint64>> ids = m_service.submitBatch(chunk, Origin::Import, m_event->currentData().toString());
    if (!ids) {
        m_summary->setText(
            tr("Error: the leads could not be stored: %1. %2 were stored before this.").arg(ids.error()).arg(m_stored));
        m_cancelled = true;
        updateProgress();
        return;
    }
    for (const qint64 id : *ids)
        m_ids.insert(id);
    m_stored += static_cast<int>(ids->size());
    updateProgress();
    QTimer::singleShot(0, this, &ImportDialog::storeNextChunk);
}

void ImportDialog::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    updateProgress();
}

void ImportDialog::onAttemptFinished(qint64 id, SubmissionState state, const Outcome&)
{
    if (!m_ids.remove(id))
        return;
    ++m_outcomes[state];
    updateProgress();
}

void ImportDialog::updateProgress()
{
    int answered = 0;
    for (const int n : std::as_const(m_outcomes))
        answered += n;
    m_progress->setValue(m_stored + answered);
    const bool storingDone = m_cancelled || m_stored >= m_toStore.size();
    m_summary->setText(summary());
    if (m_running && storingDone && m_ids.isEmpty()) {
        m_running = false;
        m_cancel->setVisible(false);
        m_event->setEnabled(true);
        m_preview->setEnabled(true);
        emit importFinished();
    } else if (m_running && storingDone && m_cancelled) {
        // Cancelled: what was stored stays in the outbox and goes out by itself; nothing to wait for.
        m_running = false;
        m_cancel->setVisible(false);
        m_event->setEnabled(true);
        m_preview->setEnabled(true);
        emit importFinished();
    }
}

QString ImportDialog::summary() const
{
    const int invalid = static_cast<int>(m_plan.rows.size()) - m_plan.validCount();
    QString text = tr("Stored %1 of %2. Created %3, duplicate %4, rejected %5, waiting %6; invalid rows %7.")
                       .arg(m_stored)
                       .arg(m_toStore.size())
                       .arg(m_outcomes.value(SubmissionState::Created))
                       .arg(m_outcomes.value(SubmissionState::Duplicate))
                       .arg(m_outcomes.value(SubmissionState::Rejected))
                       .arg(m_outcomes.value(SubmissionState::Queued) + static_cast<int>(m_ids.size()))
                       .arg(invalid);
    if (m_cancelled && m_stored < m_toStore.size())
        text += u' '
            + tr("Cancelled: the %1 leads stored stay in the outbox and will be sent; the other %2 were not imported.")
                  .arg(m_stored)
                  .arg(m_toStore.size() - m_stored);
    return text;
}

bool ImportDialog::saveInvalidRows()
{
    const QFileInfo source(m_path->text());
    const QString suggested = source.dir().filePath(source.completeBaseName() + tr("-to-fix") + QStringLiteral(".csv"));
    const QString path = m_saveFileName(suggested);
    if (path.isEmpty())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_summary->setText(tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    file.write("\xEF\xBB\xBF");
    file.write(LeadImport::invalidRowsCsv(m_table, m_plan).toUtf8());
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner); // people's data: the user's alone
    if (!file.commit()) {
        m_summary->setText(tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    m_summary->setText(tr("The rows with problems were saved to %1: fix them there and import that file.")
                           .arg(QDir::toNativeSeparators(path)));
    return true;
}
