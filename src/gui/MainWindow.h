#pragma once

#include <QMainWindow>

#include <functional>
#include <memory>

namespace Ui {
class MainWindow;
}
class LeadForm;
class LeadsClient;
class Settings;
struct SendResult;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // keyProblem: why no API key is available (empty when one is), shown as a banner.
    MainWindow(Settings& settings, LeadsClient& client, const QString& keyProblem, QWidget* parent = nullptr);
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
    void onFinished(const SendResult& result);
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Settings& m_settings;
    LeadsClient& m_client;
    LeadForm* m_form;
    quint64 m_pending = 0;
    QString m_pendingName;
    std::function<bool(const QString&)> m_confirm;
};
