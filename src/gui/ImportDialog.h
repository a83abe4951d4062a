#pragma once

#include "core/CsvReader.h"
#include "core/LeadImport.h"
#include "core/Submission.h"

#include <QDialog>
#include <QHash>
#include <QSet>

#include <functional>

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

    bool loadFile(const QString& path);
    [[nodiscard]] const ImportPlan& plan() const { return m_plan; }
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

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void replan();
    void showPreview();
    void storeNextChunk();
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
    CsvTable m_table;
    ImportPlan m_plan;
    QList<AcceptedLead> m_toStore;
    int m_stored = 0;
    int m_chunkSize = 500;
    bool m_running = false;
    bool m_cancelled = false;
    QSet<qint64> m_ids; // stored by this import, waiting for their first answer
    QHash<SubmissionState, int> m_outcomes;
    std::function<QString()> m_openFileName;
    std::function<QString(const QString&)> m_saveFileName;
};
