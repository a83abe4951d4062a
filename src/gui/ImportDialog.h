#pragma once

#include "core/LeadImport.h"
#include "core/Submission.h"

#include <QDateTime>
#include <QDialog>
#include <QHash>
#include <QSet>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class Settings;
class SubmissionService;
struct Outcome;

// Import leads from a CSV file: preview, columns mapped from the header and adjustable, rows
// validated with their numbers, an event profile applied; the good rows stored in chunks with a
// progress bar and Cancel, then sent by the outbox; a summary; the bad rows saved to fix them.
// The file is read as a stream (ImportReading), a slice at a time between the window's events,
// never held whole: once to check it (with progress), again to store its good rows, again to save
// its bad ones. Memory does not grow with the file: the check of phones and emails repeated within
// it moves to a scratch database past a size (ScratchRepeatIndex).
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    ImportDialog(Settings& settings, SubmissionService& service, QWidget* parent = nullptr);
    ~ImportDialog() override;

    // Test seams: where files come from and go to (file dialogs by default; empty means cancelled).
    void setOpenFileNameProvider(std::function<QString()> provider) { m_openFileName = std::move(provider); }
    void setSaveFileNameProvider(std::function<QString(const QString&)> provider)
    {
        m_saveFileName = std::move(provider);
    }
    void setChunkSize(int rows) { m_chunkSize = std::max(1, rows); }

    // Shows the file's first rows and starts checking it (the first slice at once: a file of up to
    // 100 rows is checked when this returns); false when it cannot be imported (unreadable,
    // columns missing).
    bool loadFile(const QString& path);
    [[nodiscard]] bool isChecked() const { return m_check.done; }
    [[nodiscard]] QString summary() const;
    [[nodiscard]] bool isRunning() const { return m_running; }

public slots:
    void chooseFile();
    void startImport();
    void cancel();
    bool saveInvalidRows();

signals:
    // Everything stored has had its first answer (or the import was cancelled and that is so).
    void importFinished();
    // The check is over (isChecked()): the whole file read and its rows counted, or why it cannot be.
    void checked();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // What a reading of the file found before importing.
    struct Check
    {
        int rows = 0;
        int valid = 0;
        QStringList problems; // the first few hundred, by row number
        QString error; // nothing can be imported: unreadable, columns missing
        bool done = false;
    };
    enum class Pass { None, Checking, Storing };

    void replan();
    void showPreview();
    void showCheck();
    // Starts reading the file from its first row, to check it or to store it.
    void startPass(Pass pass);
    // A slice of the pass under way (a few tens of milliseconds), then the next on a later turn
    // of the event loop.
    void runPass(quint64 passId);
    bool storePending(); // the gathered chunk, in one durable transaction; false when it failed
    void finishStoring();
    [[nodiscard]] QList<std::optional<LeadField>> chosenColumns() const;
    [[nodiscard]] Lead chosenProfile() const;
    // The file is no longer the one checked (saved again from a spreadsheet, say): read again from
    // its header (preview, column choices) and checked again.
    bool recheckIfChanged();
    void stopChecking();
    void onAttemptFinished(qint64 id, SubmissionState state, const Outcome& outcome);
    void updateProgress();

    Settings& m_settings;
    SubmissionService& m_service;
    QLineEdit* m_path;
    QComboBox* m_event;
    QLabel* m_info;
    QTableWidget* m_preview;
    QPlainTextEdit* m_problems;
    QProgressBar* m_progress;
    QLabel* m_summary;
    QPushButton* m_import;
    QPushButton* m_cancel;
    QPushButton* m_saveInvalid;
    QString m_file; // as loaded
    QStringList m_header;
    char m_delimiter = ',';
    QString m_encoding;
    QList<CsvRecord> m_previewRows; // the first few only
    Check m_check;
    qsizetype m_problemsShown = -1; // how many of m_check.problems the list shows
    Pass m_pass = Pass::None;
    quint64 m_passId = 0; // a slice scheduled for an older pass does nothing
    std::unique_ptr<ImportReading> m_reading;
    QList<std::optional<LeadField>> m_passColumns; // the columns the pass under way reads with
    QList<AcceptedLead> m_pending; // gathered for the next chunk
    int m_toStore = 0; // the valid rows the check counted
    bool m_imported = false; // this check's rows were imported (or that was cancelled): not again
    bool m_pathEdited = false; // a path typed and not read yet (Return reads it)
    QDateTime m_checkedModified; // the file as checked: a file changed since is checked again
    qint64 m_checkedSize = -1;
    int m_stored = 0;
    QString m_storeError; // why storing stopped early, said after the summary
    int m_chunkSize = 500;
    bool m_running = false;
    bool m_cancelled = false;
    QSet<qint64> m_ids; // stored by this import, waiting for their first answer
    QHash<SubmissionState, int> m_outcomes;
    std::function<QString()> m_openFileName;
    std::function<QString(const QString&)> m_saveFileName;
};
