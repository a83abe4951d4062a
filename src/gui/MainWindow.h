#pragma once

#include "Submission.h"

#include <QHash>
#include <QMainWindow>

#include <functional>
#include <memory>

namespace Ui {
class MainWindow;
}
class LeadForm;
class QLabel;
class QPushButton;
class Settings;
class SubmissionService;
class SubmissionStore;
struct Outcome;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(Settings& settings, SubmissionService& service, SubmissionStore& store, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Test seam: how the window asks the user to confirm; a message box by default.
    void setConfirmer(std::function<bool(const QString&)> confirmer) { m_confirm = std::move(confirmer); }
    [[nodiscard]] LeadForm* form() const { return m_form; }

public slots:
    void submit();

private:
    enum class Tone {
        Info,
        Success,
        Warning,
        Error,
    };
    void showBanner(Tone tone, const QString& text);
    void onAttemptFinished(qint64 id, SubmissionState state, const Outcome& outcome);
    void updateStatus();
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Settings& m_settings;
    SubmissionService& m_service;
    SubmissionStore& m_store;
    LeadForm* m_form;
    QLabel* m_queueLabel;
    QPushButton* m_sendNow;
    QHash<qint64, QString> m_names; // leads submitted from this window, until their first answer
    std::function<bool(const QString&)> m_confirm;
};
