#pragma once

#include "core/Outcome.h"
#include "core/Submission.h"
#include "service/SubmissionService.h"

#include <QObject>

#include <functional>

class QMenu;
class QSystemTrayIcon;
class QWidget;
class SubmissionStore;

// LeadEntry in the notification area: its icon says how many leads wait (or why delivery is
// paused), its menu opens the window, sends now or quits, and it tells a person what needs one — a
// lead rejected or unconfirmed, delivery paused — when the window is not in front of them. Closing
// the window with leads waiting can leave the app here, sending (Settings › keep sending); it then
// closes itself once nothing waits.
class Tray final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Tray)

public:
    Tray(QWidget& window, SubmissionService& service, SubmissionStore& store, QObject* parent = nullptr);
    ~Tray() override;

    // Whether the desktop has a notification area (tests say so themselves).
    [[nodiscard]] bool isAvailable() const { return m_available; }
    void setAvailable(bool available);
    // Test seam: where notifications go; the tray icon's balloon by default.
    void setNotifier(std::function<void(const QString& title, const QString& text)> notifier)
    {
        m_notify = std::move(notifier);
    }
    // The window was closed with leads waiting: keep sending from here until they are out, then
    // end the app, unless a lead was rejected or left unconfirmed meanwhile (it then stays, for
    // the person to see why).
    void keepSending(int waiting);
    void stopKeepingSending() { m_keepingSending = false; }
    [[nodiscard]] bool isKeepingSending() const { return m_keepingSending; }
    // While the kiosk is up the icon is hidden: no menu, no notifications over visitors' screen.
    void setLocked(bool locked);
    [[nodiscard]] QString toolTip() const { return m_toolTip; }

public slots:
    void update();

signals:
    void showWindowRequested();
    void sendNowRequested();
    void quitRequested();

private:
    void onAttemptFinished(qint64 id, SubmissionState state, const Outcome& outcome);
    void onPauseChanged(SubmissionService::Pause pause, const QString& message);
    // Only what the person at the window would not see there.
    void notifyIfAway(const QString& title, const QString& text);

    QWidget& m_window;
    SubmissionService& m_service;
    SubmissionStore& m_store;
    QSystemTrayIcon* m_icon = nullptr;
    QMenu* m_menu = nullptr;
    bool m_available = false;
    bool m_keepingSending = false;
    bool m_needsAPerson = false; // a lead was rejected or unconfirmed while keeping sending
    bool m_locked = false;
    QString m_toolTip;
    std::function<void(const QString&, const QString&)> m_notify;
};
