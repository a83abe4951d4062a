#include "Tray.h"

#include "storage/SubmissionStore.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QWidget>

Tray::Tray(QWidget& window, SubmissionService& service, SubmissionStore& store, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_service(service)
    , m_store(store)
    , m_icon(new QSystemTrayIcon(QApplication::windowIcon(), this))
    , m_menu(new QMenu)
{
    auto* show = m_menu->addAction(tr("&Open LeadEntry"));
    auto* sendNow = m_menu->addAction(tr("&Send now"));
    m_menu->addSeparator();
    auto* quit = m_menu->addAction(tr("&Quit"));
    connect(show, &QAction::triggered, this, &Tray::showWindowRequested);
    connect(sendNow, &QAction::triggered, this, &Tray::sendNowRequested);
    connect(quit, &QAction::triggered, this, &Tray::quitRequested);
    m_icon->setContextMenu(m_menu);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            emit showWindowRequested();
    });
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, &Tray::showWindowRequested);
    m_notify = [this](const QString& title, const QString& text) {
        m_icon->showMessage(title, text, QSystemTrayIcon::Information, 10000);
    };
    connect(&m_service, &SubmissionService::attemptFinished, this, &Tray::onAttemptFinished);
    connect(&m_service, &SubmissionService::pauseChanged, this, &Tray::onPauseChanged);
    // Queued: a lead's outcome (attemptFinished, right after) is known before the tray decides it
    // may close.
    connect(&m_service, &SubmissionService::submissionChanged, this, &Tray::update, Qt::QueuedConnection);
    // Shown, with its count, at the first update(): the window's startDelivery(), once the history
    // is open (after the window's first paint).
    m_available = QSystemTrayIcon::isSystemTrayAvailable();
}

Tray::~Tray()
{
    delete m_menu;
}

void Tray::setAvailable(bool available)
{
    m_available = available;
    update();
}

void Tray::setLocked(bool locked)
{
    m_locked = locked;
    update();
}

void Tray::keepSending(int waiting)
{
    m_keepingSending = true;
    m_needsAPerson = false;
    update();
    m_notify(tr("LeadEntry keeps sending"),
        tr("Leads waiting to be sent: %1. LeadEntry sends them from here and closes when they are out; "
           "its icon here opens the window.")
            .arg(waiting));
}

void Tray::update()
{
    const int waiting = m_store.count(SubmissionState::Queued).valueOr(0) + m_service.inFlight();
    QString text
        = waiting > 0 ? tr("LeadEntry — waiting to be sent: %1").arg(waiting) : tr("LeadEntry — nothing waiting");
    if (m_service.pause() != SubmissionService::Pause::None)
        text = tr("LeadEntry — paused: %1").arg(m_service.pauseMessage());
    m_toolTip = text;
    m_icon->setToolTip(text);
    m_icon->setVisible(m_available && !m_locked);
    // Its work done, the app left sending in the tray closes; not over a lead that needs a person.
    if (m_keepingSending && waiting == 0 && m_window.isHidden() && !m_locked && !m_needsAPerson) {
        m_keepingSending = false;
        m_notify(tr("All leads sent"), tr("Every waiting lead was sent; LeadEntry has closed."));
        emit quitRequested();
    }
}

void Tray::onAttemptFinished(qint64 id, SubmissionState state, const Outcome& outcome)
{
    if (m_keepingSending && (state == SubmissionState::Rejected || state == SubmissionState::Unconfirmed))
        m_needsAPerson = true;
    if (state == SubmissionState::Rejected)
        notifyIfAway(tr("Lead #%1 rejected").arg(id),
            tr("AlterEstate refused it: %1. Fix it in the history with Edit and resubmit.").arg(outcome.message));
    else if (state == SubmissionState::Unconfirmed)
        notifyIfAway(tr("Lead #%1 unconfirmed").arg(id),
            tr("AlterEstate's answer could not be read; look for the lead in AlterEstate before sending it again."));
}

void Tray::onPauseChanged(SubmissionService::Pause pause, const QString& message)
{
    update();
    if (pause == SubmissionService::Pause::KeyRefused || pause == SubmissionService::Pause::NoKey
        || pause == SubmissionService::Pause::EndpointWrong)
        notifyIfAway(tr("Delivery paused"), message);
}

void Tray::notifyIfAway(const QString& title, const QString& text)
{
    if (!m_available || m_locked || (m_window.isVisible() && m_window.isActiveWindow()))
        return;
    m_notify(title, text);
}
