#pragma once

#include "core/Submission.h"
#include "gui/KioskWindow.h"
#include "gui/Tones.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <QCoreApplication>

#include <functional>
#include <memory>

namespace Ui {
class MainWindow;
}
class Backend;
class ElidedLabel;
class HistoryModel;
class HistoryView;
class LeadForm;
class Practice;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class Settings;
class QDialog;
class SettingsDialog;
class SubmissionService;
class SubmissionStore;
class Tray;
struct Outcome;

// The lead form and the history side by side, a toolbar, and a status bar that says whether
// leads are going out, how many wait, and what to do when sending is paused.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Backend& backend, QWidget* parent = nullptr);
    // A practice window (practice mode): over the practice backend, marked PRACTICE everywhere,
    // with its fault switches; closing it leaves practice.
    MainWindow(Practice& practice, QWidget* parent = nullptr);
    ~MainWindow() override;

    // What Help › Copy diagnostics copies: versions, system, address, key source (never the key),
    // delivery, outbox counts, settings, and the log's recent problems, scrubbed of people's details.
    [[nodiscard]] QString diagnostics() const;
    [[nodiscard]] Tray* tray() const { return m_tray; }

    // Whether the banner shows (and what it says), for tests.
    [[nodiscard]] QString bannerText() const;

    // Test seams: how the window asks the user to confirm, and how it runs the settings dialog
    // (modally by default).
    // Erases every submission of this lead's person (email or phone) after a confirmation; how
    // many, 0 when declined, -1 after an error (shown in the banner).
    int erasePerson(const Submission& chosen);

    // The confirmer gets a title and a question; true means yes.
    void setConfirmer(std::function<bool(const QString&, const QString&)> confirmer)
    {
        m_confirm = std::move(confirmer);
    }
    void setSettingsRunner(std::function<void(SettingsDialog&)> runner) { m_runSettings = std::move(runner); }
    void setDialogRunner(std::function<void(QDialog&)> runner) { m_runDialog = std::move(runner); }
    // Asks the staff for a new kiosk PIN; empty means cancelled. An input dialog by default.
    void setPinAsker(std::function<QString()> asker) { m_askPin = std::move(asker); }
    // Test seam: how the app ends when the tray says so (QCoreApplication::quit by default).
    void setQuitter(std::function<void()> quitter) { m_quit = std::move(quitter); }
    [[nodiscard]] KioskWindow* kiosk() const { return m_kiosk; }
    [[nodiscard]] LeadForm* form() const { return m_form; }
    [[nodiscard]] HistoryView* history() const { return m_history; }
    [[nodiscard]] HistoryModel* historyModel() const { return m_historyModel.get(); }

    // The history file is open (just after the first paint): what waits is counted and shown,
    // while the keychain is read.
    void historyOpened();
    // Brings back leads an earlier run left half-sent and starts sending: after the first paint.
    void startDelivery();

    // Practice mode (Help › Practice mode, `leadentry --practice`): this window hides and a
    // practice window takes its place, over the sandbox in this process and a history of its own,
    // while this window's own leads go on being sent. Leaving it brings this window back as it was.
    // False, with the reason in the banner, when practice cannot start.
    bool enterPractice();
    void leavePractice();
    // The practice window while practice mode is on (of the real window), else null.
    [[nodiscard]] MainWindow* practiceWindow() const { return m_practiceWindow; }
    // Whether this window is a practice window.
    [[nodiscard]] bool isPractice() const { return m_practice != nullptr; }

    // What a later launch asked for (SingleInstance): the window comes forward and imports the
    // file given, or opens the kiosk ("--kiosk"). A running kiosk stays as it is: nothing of the
    // app may appear over it.
    void handleLaunch(const QStringList& arguments);

public slots:
    void submit();
    void openSettings();
    void openEventProfiles();
    void openImport(const QString& path = {});
    void openKiosk();
    void resubmit(const Submission& rejected);

signals:
    // A practice window asks to end practice (its switch, Help › Practice mode, or closing it).
    void leavePracticeRequested();

protected:
    void closeEvent(QCloseEvent* event) override;
    // The first paint starts what the first sight of the window need not wait for.
    bool event(QEvent* event) override;
    void fitFormArea();

private:
    // The banner for a paused outbox (no key, key refused, wrong address), when it is paused.
    void announcePause();
    MainWindow(Backend& backend, Practice* practice, QWidget* parent);
    // The PRACTICE bar above everything, with the fault switches and the way out.
    void buildPracticeBar();
    // A dialog opened in practice says so in its title.
    void markPractice(QWidget& dialog) const;
    // What a banner is about, so it can go when that is over (a stale banner misleads).
    enum class BannerTopic { Other, FormErrors, Waiting, Cleared, Kiosk };
    // The banner; action is the text of its button, run what it does (Settings when not given).
    void showBanner(Tones::Tone tone, const QString& text, const QString& action = {}, std::function<void()> run = {},
        BannerTopic topic = BannerTopic::Other);
    void hideBanner(BannerTopic topic);
    void clearForm();
    void sendNow();
    void onStorageProblem(const QString& message);
    void onAttemptFinished(qint64 id, SubmissionState state, const Outcome& outcome);
    void updateStatus();
    void showAbout();
    void copyDiagnostics();
    // File › Quit and the tray's Quit: asks when leads wait, then ends the app.
    void quit();
    void restoreLayout();
    QString duplicateHint(const QString& phoneE164, const QString& email) const;
    void refreshEvents();
    void applyActiveEvent();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Backend& m_backend;
    Settings& m_settings;
    SubmissionService& m_service;
    SubmissionStore& m_store;
    std::unique_ptr<HistoryModel> m_historyModel;
    LeadForm* m_form;
    HistoryView* m_history;
    ElidedLabel* m_connectionLabel; // gives way first when the status bar is short
    QPushButton* m_fixButton;
    QLabel* m_queueLabel;
    QPushButton* m_sendNow;
    QLabel* m_lastOutcome;
    QComboBox* m_eventCombo;
    Tray* m_tray;
    bool m_quitting = false; // Quit from the tray: no going to the tray again
    QHash<qint64, QString> m_names; // leads submitted from this window, until their first answer
    qint64 m_resubmissionOf = 0;
    BannerTopic m_bannerTopic = BannerTopic::Other;
    std::function<void()> m_bannerRun;
    bool m_lastAttemptFailed = false;
    std::function<bool(const QString&, const QString&)> m_confirm;
    std::function<void(SettingsDialog&)> m_runSettings;
    std::function<void(QDialog&)> m_runDialog;
    std::function<QString()> m_askPin;
    std::function<void()> m_quit = [] { QCoreApplication::quit(); };
    QPointer<KioskWindow> m_kiosk; // a window of its own, without a parent: gone when it closes
    Practice* m_practice = nullptr; // of a practice window: its backend's owner
    QList<QStringList> m_pendingLaunches; // second launches that came before the keychain was read
    // Of the real window, while practice mode is on: the practice backend and its window.
    std::unique_ptr<Practice> m_practiceSession;
    QPointer<MainWindow> m_practiceWindow;
    QAction* m_practiceAction = nullptr;
};
