#include "ImportDialog.h"

#include "core/EventProfiles.h"

#include "Mnemonics.h"
#include "core/Outcome.h"
#include "core/Settings.h"
#include "service/SubmissionService.h"
#include "storage/ScratchRepeatIndex.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
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
constexpr int kShownProblems = 500; // rows with problems listed; the file to fix holds them all
constexpr qint64 kSliceMs = 25; // reading between two turns of the event loop…
constexpr int kSliceRows = 100; // …and at least this many rows
} // namespace

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
        stopChecking(); // its counts would say this message is wrong
        m_pathEdited = true; // nor may a new choice of columns or event check the old file again
        m_import->setEnabled(false);
        m_saveInvalid->setEnabled(false);
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
    if (m_running)
        return false;
    m_path->setText(QDir::toNativeSeparators(path));
    m_pathEdited = false;
    m_file = path;
    m_header.clear();
    m_previewRows.clear();
    m_preview->setColumnCount(0); // a new file gets new column choices
    m_preview->setRowCount(0);
    // The first rows, for the preview and the column choices; the check reads the file again.
    CsvStream head;
    if (const Status opened = head.open(path); !opened) {
        stopChecking();
        m_progress->setVisible(false); // what an earlier import left showing
        m_check = {};
        m_problemsShown = -1;
        m_check.error = opened.error();
        m_check.done = true;
        showCheck();
        emit checked();
        return false;
    }
    m_header = head.header();
    m_delimiter = head.delimiter();
    m_encoding = head.encoding();
    CsvRecord record;
    while (m_previewRows.size() < kPreviewRows && head.next(record))
        m_previewRows.append(record);
    startPass(Pass::Checking);
    return m_check.error.isEmpty();
}

void ImportDialog::replan()
{
    if (m_running || m_pathEdited || m_file.isEmpty() || m_header.isEmpty())
        return;
    startPass(Pass::Checking);
}

QList<std::optional<LeadField>> ImportDialog::chosenColumns() const
{
    // Columns chosen by hand in the preview win over the header's names.
    QList<std::optional<LeadField>> columns;
    for (int c = 0; c < m_preview->columnCount(); ++c) {
        auto* combo = qobject_cast<QComboBox*>(m_preview->cellWidget(0, c));
        if (!combo)
            return {};
        const QVariant data = combo->currentData();
        columns.append(data.isValid() ? std::optional<LeadField>(LeadField(data.toInt())) : std::nullopt);
    }
    return columns;
}

Lead ImportDialog::chosenProfile() const
{
    return EventProfiles(m_settings).profile(m_event->currentData().toString()).value_or(Lead());
}

void ImportDialog::stopChecking()
{
    if (m_pass != Pass::Checking)
        return;
    ++m_passId;
    m_reading.reset();
    m_pass = Pass::None;
    m_progress->setVisible(false);
}

bool ImportDialog::recheckIfChanged()
{
    const QFileInfo now(m_file);
    if (now.size() == m_checkedSize && now.lastModified() == m_checkedModified)
        return false;
    // Read again from its header: its columns may have moved, so the choices are made again too.
    loadFile(m_file);
    m_summary->setText(tr("The file changed since it was checked: it was read and checked again."));
    return true;
}

void ImportDialog::startPass(Pass pass)
{
    ++m_passId;
    if (pass == Pass::Checking) {
        m_check = {};
        m_problemsShown = -1; // a new check's list is shown even when as long as the last one
        m_imported = false;
        m_passColumns = chosenColumns();
        const QFileInfo file(m_file);
        m_checkedSize = file.size();
        m_checkedModified = file.lastModified();
    }
    m_pass = pass;
    m_reading = std::make_unique<ImportReading>(
        m_settings.defaultRegion(), chosenProfile(), std::make_unique<ScratchRepeatIndex>());
    if (const Status opened = m_reading->open(m_file, m_passColumns); !opened) {
        m_reading.reset();
        m_pass = Pass::None;
        if (pass == Pass::Checking) {
            m_check.error = opened.error();
            m_check.done = true;
            m_progress->setVisible(false);
            showPreview();
            showCheck();
            emit checked();
        } else {
            m_storeError = tr("Error: %1 Nothing more was stored.").arg(opened.error());
            m_cancelled = true;
            finishStoring();
        }
        return;
    }
    if (pass == Pass::Checking) {
        m_passColumns = m_reading->planner().columns(); // as mapped from the header, when not chosen
        showPreview();
        m_progress->setRange(0, 1000);
        m_progress->setValue(0);
        m_progress->setVisible(true);
        showCheck();
    }
    runPass(m_passId);
}

void ImportDialog::runPass(quint64 passId)
{
    if (passId != m_passId || !m_reading)
        return; // a later pass took over
    QElapsedTimer slice;
    slice.start();
    // At least kSliceRows rows a slice, whatever the clock says: a small file is checked in one
    // (the first phone checked loads the phone-number module, which can take a slice's time).
    for (int taken = 0; taken < kSliceRows || slice.elapsed() < kSliceMs; ++taken) {
        std::optional<ImportRow> row = m_reading->next();
        if (!row) {
            const QString error = m_reading->error();
            m_reading.reset();
            if (m_pass == Pass::Checking) {
                m_pass = Pass::None;
                // A file unreadable half-way imports nothing (the rows before its fault included).
                m_check.error = error.isEmpty() ? QString() : tr("%1 Nothing can be imported.").arg(error);
                m_check.done = true;
                m_progress->setVisible(false);
                showCheck();
                emit checked();
            } else if (!error.isEmpty()) {
                // The file's fault or the repeat check's: the reason says which.
                m_storeError = tr("Error: %1 %2 were stored before this.").arg(error, QString::number(m_stored));
                m_cancelled = true;
                finishStoring();
            } else {
                storePending(); // the last chunk
                finishStoring();
            }
            return;
        }
        if (m_pass == Pass::Checking) {
            ++m_check.rows;
            if (row->isValid()) {
                ++m_check.valid;
                continue;
            }
            for (const FieldIssue& issue : std::as_const(row->issues)) {
                if (issue.severity == FieldIssue::Severity::Error && m_check.problems.size() < kShownProblems)
                    m_check.problems.append(
                        tr("Row %1: %2: %3").arg(row->rowNumber).arg(LeadFields::label(issue.field), issue.message));
            }
            continue;
        }
        if (m_cancelled) {
            m_reading.reset();
            finishStoring();
            return;
        }
        if (!row->accepted)
            continue;
        m_pending.append(std::move(*row->accepted));
        if (m_pending.size() >= m_chunkSize) {
            // A chunk at a time, each in one durable transaction, then the window's turn.
            if (storePending())
                QTimer::singleShot(0, this, [this, passId] { runPass(passId); });
            else
                finishStoring();
            return;
        }
    }
    if (m_pass == Pass::Checking) {
        const CsvStream& stream = m_reading->stream();
        m_progress->setValue(static_cast<int>(stream.position() * 1000 / std::max<qint64>(1, stream.size())));
        showCheck();
    }
    QTimer::singleShot(0, this, [this, passId] { runPass(passId); });
}

void ImportDialog::showCheck()
{
    const int invalid = m_check.rows - m_check.valid;
    if (!m_check.error.isEmpty()) {
        m_info->setText(tr("Error: %1").arg(m_check.error));
    } else if (!m_check.done) {
        m_info->setText(tr("Checking the file: %L1 rows so far, %L2 ready to import, %L3 with problems…")
                            .arg(m_check.rows)
                            .arg(m_check.valid)
                            .arg(invalid));
    } else {
        m_info->setText(tr("%1, separated by \"%2\": %L3 rows, %L4 ready to import, %L5 with problems.")
                            .arg(m_encoding, m_delimiter == '\t' ? tr("tab") : QString(QLatin1Char(m_delimiter)))
                            .arg(m_check.rows)
                            .arg(m_check.valid)
                            .arg(invalid));
    }
    if (m_problemsShown != m_check.problems.size()) { // they only grow while a check runs
        m_problems->setPlainText(m_check.problems.join(u'\n'));
        m_problemsShown = m_check.problems.size();
    }
    const bool ready = m_check.done && m_check.error.isEmpty() && !m_running && !m_pathEdited;
    // Once imported (or cancelled), not again: a second click would store every row twice. The
    // rows with problems can still be saved, to fix them.
    m_import->setEnabled(ready && !m_imported && m_check.valid > 0);
    m_saveInvalid->setEnabled(ready && invalid > 0);
}

void ImportDialog::showPreview()
{
    // Row 0 holds the column choices; the file's first rows follow.
    const QSignalBlocker block(m_preview);
    const int columns = static_cast<int>(m_header.size());
    const int rows = static_cast<int>(m_previewRows.size());
    if (m_preview->columnCount() != columns || m_preview->rowCount() != rows + 1) {
        m_preview->clear();
        m_preview->setColumnCount(columns);
        m_preview->setRowCount(rows + 1);
        m_preview->setHorizontalHeaderLabels(m_header);
        for (int c = 0; c < columns; ++c) {
            auto* combo = new QComboBox(m_preview);
            combo->addItem(tr("(ignore)"));
            for (const auto& info : LeadFields::all())
                combo->addItem(LeadFields::label(info.field), static_cast<int>(info.field));
            const auto mapped = m_passColumns.value(c);
            combo->setCurrentIndex(mapped ? combo->findData(static_cast<int>(*mapped)) : 0);
            combo->setAccessibleName(tr("Field for column %1").arg(m_header.at(c)));
            combo->setToolTip(tr("The lead field this column holds, or (ignore)"));
            combo->setAccessibleDescription(combo->toolTip());
            connect(combo, &QComboBox::currentIndexChanged, this, &ImportDialog::replan);
            m_preview->setCellWidget(0, c, combo);
        }
        QStringList rowLabels {tr("Field")};
        for (int r = 0; r < rows; ++r) {
            rowLabels.append(QString::number(m_previewRows.at(r).rowNumber));
            for (int c = 0; c < columns; ++c)
                m_preview->setItem(r + 1, c, new QTableWidgetItem(m_previewRows.at(r).cells.value(c).simplified()));
        }
        m_preview->setVerticalHeaderLabels(rowLabels);
        m_preview->resizeColumnsToContents();
    }
}

void ImportDialog::startImport()
{
    if (m_running || m_imported || !m_check.done || !m_check.error.isEmpty() || m_check.valid == 0)
        return;
    if (recheckIfChanged())
        return;
    m_imported = true;
    m_toStore = m_check.valid;
    m_running = true;
    m_cancelled = false;
    m_stored = 0;
    m_storeError.clear();
    m_pending.clear();
    m_ids.clear();
    m_outcomes.clear();
    m_import->setEnabled(false);
    m_saveInvalid->setEnabled(false);
    m_event->setEnabled(false);
    m_preview->setEnabled(false);
    m_cancel->setVisible(true);
    m_progress->setVisible(true);
    m_progress->setRange(0, m_toStore * 2); // stored, then answered
    m_progress->setValue(0);
    m_summary->setText(summary());
    startPass(Pass::Storing);
}

bool ImportDialog::storePending()
{
    if (m_pending.isEmpty())
        return true;
    const Result<QList<qint64>> ids
        = m_service.submitBatch(m_pending, Origin::Import, m_event->currentData().toString());
    m_pending.clear();
    if (!ids) {
        m_storeError = tr("Error: the leads could not be stored: %1. %2 were stored before this.")
                           .arg(ids.error(), QString::number(m_stored));
        m_cancelled = true;
        return false;
    }
    for (const qint64 id : *ids)
        m_ids.insert(id);
    m_stored += static_cast<int>(ids->size());
    updateProgress();
    return true;
}

void ImportDialog::finishStoring()
{
    ++m_passId;
    m_reading.reset();
    m_pending.clear();
    m_pass = Pass::None;
    updateProgress();
}

void ImportDialog::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_pass == Pass::Storing)
        finishStoring();
    else
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
    if (m_running) { // answers after a cancel leave the bar to what follows (a new check)
        // The bar never runs past its end.
        m_progress->setRange(0, 2 * std::max(m_toStore, m_stored));
        m_progress->setValue(m_stored + answered);
    }
    const bool storingDone = m_pass != Pass::Storing;
    m_summary->setText(summary());
    if (m_running && storingDone && (m_ids.isEmpty() || m_cancelled)) {
        // Cancelled: what was stored stays in the outbox and goes out by itself; nothing to wait for.
        m_running = false;
        m_cancel->setVisible(false);
        m_event->setEnabled(true);
        m_preview->setEnabled(true);
        showCheck();
        emit importFinished();
    }
}

QString ImportDialog::summary() const
{
    const int invalid = m_check.rows - m_check.valid;
    QString text = tr("Stored %1 of %2. Created %3, duplicate %4, rejected %5, waiting %6; invalid rows %7.")
                       .arg(m_stored)
                       .arg(m_toStore)
                       .arg(m_outcomes.value(SubmissionState::Created))
                       .arg(m_outcomes.value(SubmissionState::Duplicate))
                       .arg(m_outcomes.value(SubmissionState::Rejected))
                       .arg(m_outcomes.value(SubmissionState::Queued) + static_cast<int>(m_ids.size()))
                       .arg(invalid);
    if (!m_storeError.isEmpty())
        text += u' ' + m_storeError;
    else if (m_cancelled && m_stored < m_toStore)
        text += u' '
            + tr("Cancelled: the %1 leads stored stay in the outbox and will be sent; the other %2 were not imported.")
                  .arg(m_stored)
                  .arg(m_toStore - m_stored);
    return text;
}

bool ImportDialog::saveInvalidRows()
{
    if (!m_check.done || !m_check.error.isEmpty() || recheckIfChanged())
        return false;
    const QFileInfo source(m_file);
    const QString suggested = source.dir().filePath(source.completeBaseName() + tr("-to-fix") + QStringLiteral(".csv"));
    const QString path = m_saveFileName(suggested);
    if (path.isEmpty())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_summary->setText(tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    // The file read once more, with the columns and profile it was checked with; only its bad
    // rows kept, written as they are met. The window is repainted as it goes.
    ImportReading reading(m_settings.defaultRegion(), chosenProfile(), std::make_unique<ScratchRepeatIndex>());
    if (const Status opened = reading.open(m_file, m_passColumns); !opened) {
        m_summary->setText(tr("Error: %1").arg(opened.error()));
        return false;
    }
    file.write("\xEF\xBB\xBF");
    file.write(LeadImport::invalidRowsHeader(m_header, m_delimiter).toUtf8());
    QElapsedTimer sinceRepaint;
    sinceRepaint.start();
    QStringList cells;
    while (std::optional<ImportRow> row = reading.next(&cells)) {
        if (!row->isValid())
            file.write(LeadImport::invalidRowRecord(*row, cells, m_delimiter).toUtf8());
        if (sinceRepaint.elapsed() > kSliceMs) {
            m_summary->setText(
                tr("Saving the rows with problems: %1%…")
                    .arg(reading.stream().position() * 100 / std::max<qint64>(1, reading.stream().size())));
            QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
            sinceRepaint.restart();
        }
    }
    if (!reading.error().isEmpty()) {
        file.cancelWriting();
        m_summary->setText(tr("The rows with problems were not saved: %1").arg(reading.error()));
        return false;
    }
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner); // people's data: the user's alone
    if (!file.commit()) {
        m_summary->setText(tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    m_summary->setText(tr("The rows with problems were saved to %1: fix them there and import that file.")
                           .arg(QDir::toNativeSeparators(path)));
    return true;
}
