#include "MainWindow.h"

#include "ElidedLabel.h"
#include "EventProfileDialog.h"
#include "HistoryView.h"
#include "ImportDialog.h"
#include "KioskWindow.h"
#include "LeadForm.h"
#include "Mnemonics.h"
#include "SettingsDialog.h"
#include "Tray.h"
#include "core/AppLog.h"
#include "core/Endpoint.h"
#include "core/EventProfiles.h"
#include "core/KioskPin.h"
#include "core/LeadIntake.h"
#include "core/Outcome.h"
#include "core/Settings.h"
#include "practice/Practice.h"
#include "service/Backend.h"
#include "service/SubmissionService.h"
#include "storage/HistoryModel.h"
#include "storage/SubmissionStore.h"
#include "ui_MainWindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSysInfo>
#include <QTimer>
#include <QUrl>

MainWindow::MainWindow(Backend& backend, QWidget* parent)
    : MainWindow(backend, nullptr, parent)
{ }

MainWindow::MainWindow(Practice& practice, QWidget* parent)
    : MainWindow(practice.backend(), &practice, parent)
{ }

MainWindow::MainWindow(Backend& backend, Practice* practice, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_backend(backend)
    , m_settings(backend.settings())
    , m_service(backend.service())
    , m_store(backend.store())
    , m_historyModel(std::make_unique<HistoryModel>(backend.store(), nullptr, HistoryModel::Start::Later))
    , m_form(new LeadForm(this))
    , m_history(nullptr)
    , m_connectionLabel(new ElidedLabel(this))
    , m_fixButton(new QPushButton(tr("Fix in Settings…"), this))
    , m_queueLabel(new QLabel(this))
    , m_sendNow(new QPushButton(tr("Send &now"), this))
    , m_lastOutcome(new QLabel(this))
    , m_eventCombo(new QComboBox(this))
    , m_tray(new Tray(*this, backend.service(), backend.store(), this))
    , m_practice(practice)
{
    m_ui->setupUi(this);
    if (m_practice) {
        setAttribute(Qt::WA_QuitOnClose, false); // closing it leaves practice, not the app
        setWindowTitle(tr("LeadEntry — Practice"));
        buildPracticeBar();
        m_tray->setAvailable(false); // one icon, the real one's, and it waits hidden meanwhile
    }
    m_ui->formArea->setWidget(m_form);
    m_ui->formArea->setFocusPolicy(Qt::NoFocus); // not a Tab stop of its own: it scrolls to the field in focus
    // The form keeps its width; the history takes the rest.
    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 1);
    fitFormArea();
    m_history = new HistoryView(*m_historyModel, m_store, m_ui->historyPane);
    m_history->setCatalog(&m_backend.catalog());
    m_ui->historyPaneLayout->addWidget(m_history);
    m_history->setEndpointText(Endpoint::leadsUrl(m_settings.effectiveBaseUrl()).toString());
    m_form->setRegion(m_settings.defaultRegion());
    m_form->setCatalog(&m_backend.catalog());
    m_form->setHintProvider([this](const QString& phone, const QString& email) { return duplicateHint(phone, email); });

    // The active event profile, shown at all times in the toolbar.
    m_eventCombo->setObjectName(QStringLiteral("eventCombo"));
    m_eventCombo->setToolTip(tr("Event profile: fills the campaign fields of every lead"));
    m_eventCombo->setAccessibleName(tr("Event profile"));
    m_eventCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_ui->toolBar->addSeparator();
    auto* eventLabel = new QLabel(tr(" Event: "), this);
    eventLabel->setBuddy(m_eventCombo);
    m_ui->toolBar->addWidget(eventLabel);
    m_ui->toolBar->addWidget(m_eventCombo);
    m_ui->toolBar->addAction(m_ui->eventProfilesAction);
    refreshEvents();
    connect(m_eventCombo, &QComboBox::activated, this, [this] {
        if (const Status set = m_settings.setValue(Settings::Key::ActiveEvent, m_eventCombo->currentData().toString());
            !set)
            showBanner(Tones::Tone::Error, set.error());
    });
    connect(m_ui->eventProfilesAction, &QAction::triggered, this, &MainWindow::openEventProfiles);
    connect(m_ui->importAction, &QAction::triggered, this, [this] { openImport(); });
    connect(m_ui->kioskAction, &QAction::triggered, this, &MainWindow::openKiosk);

    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_fixButton->setObjectName(QStringLiteral("fixButton"));
    m_queueLabel->setObjectName(QStringLiteral("queueLabel"));
    m_sendNow->setObjectName(QStringLiteral("sendNowButton"));
    m_sendNow->setToolTip(tr("Try every waiting lead again now (F5)"));
    m_lastOutcome->setObjectName(QStringLiteral("lastOutcomeLabel"));
    m_ui->statusBar->addWidget(m_connectionLabel, 1);
    m_ui->statusBar->addWidget(m_fixButton);
    m_ui->statusBar->addPermanentWidget(m_lastOutcome);
    m_ui->statusBar->addPermanentWidget(m_queueLabel);
    m_ui->statusBar->addPermanentWidget(m_sendNow);

    m_confirm = [this](const QString& title, const QString& text) {
        return QMessageBox::question(this, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes;
    };
    m_runSettings = [](SettingsDialog& dialog) { dialog.exec(); };
    m_runDialog = [](QDialog& dialog) { dialog.exec(); };
    m_askPin = [this]() -> QString {
        bool ok = false;
        // A PIN that would be refused is said so at once, and asked again.
        QString prompt = tr("Choose a staff PIN of at least %1 digits. It is needed to leave the kiosk.")
                             .arg(KioskPin::kMinimumLength);
        QString pin;
        while (true) {
            pin = QInputDialog::getText(this, tr("Kiosk PIN"), prompt, QLineEdit::Password, QString(), &ok,
                Qt::WindowFlags(), Qt::ImhDigitsOnly);
            if (!ok)
                return {};
            const QString problem = KioskPin::problem(pin);
            if (problem.isEmpty())
                break;
            prompt = problem + QStringLiteral("\n\n") + tr("Choose another staff PIN.");
        }
        const QString again = QInputDialog::getText(
            this, tr("Kiosk PIN"), tr("Type the PIN again."), QLineEdit::Password, QString(), &ok);
        if (!ok || again != pin) {
            QMessageBox::warning(this, tr("Kiosk PIN"), tr("The two PINs differ; the kiosk was not started."));
            return {};
        }
        return pin;
    };

    connect(m_ui->submitButton, &QPushButton::clicked, this, &MainWindow::submit);
    connect(m_ui->submitAction, &QAction::triggered, this, &MainWindow::submit);
    connect(m_ui->clearButton, &QPushButton::clicked, this, &MainWindow::clearForm);
    connect(m_ui->clearAction, &QAction::triggered, this, &MainWindow::clearForm);
    connect(m_sendNow, &QPushButton::clicked, this, &MainWindow::sendNow);
    connect(m_tray, &Tray::showWindowRequested, this, [this] {
        if (m_kiosk) { // the tray never opens a way around the staff PIN
            m_kiosk->raise();
            return;
        }
        m_tray->stopKeepingSending(); // the person is back: closing asks again
        if (isMinimized())
            showNormal();
        else
            show(); // maximized stays maximized
        raise();
        activateWindow();
    });
    connect(m_tray, &Tray::sendNowRequested, this, &MainWindow::sendNow);
    connect(m_tray, &Tray::quitRequested, this, [this] {
        if (!m_kiosk)
            quit();
    });
    connect(m_ui->sendNowAction, &QAction::triggered, this, &MainWindow::sendNow);
    connect(m_ui->exportAction, &QAction::triggered, m_history, &HistoryView::exportCsv);
    connect(m_ui->settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    connect(m_fixButton, &QPushButton::clicked, this, &MainWindow::openSettings);
    connect(m_ui->bannerButton, &QPushButton::clicked, this, [this] {
        // Run a copy: what it runs may show another banner.
        if (const std::function<void()> run = m_bannerRun)
            run();
    });
    connect(m_form, &LeadForm::submitRequested, this, &MainWindow::submit);
    connect(m_form, &LeadForm::moreFieldsToggled, this, [this](bool shown) {
        m_settings.setUiState(QStringLiteral("moreFields"), shown);
        fitFormArea(); // its fields, made when first shown, may want more room
    });
    connect(m_history, &HistoryView::sendNowRequested, this, &MainWindow::sendNow);
    connect(m_history, &HistoryView::resubmitRequested, this, &MainWindow::resubmit);
    connect(m_historyModel.get(), &HistoryModel::readProblemChanged, this, [this](const QString& problem) {
        if (!problem.isEmpty())
            showBanner(Tones::Tone::Error, tr("The history cannot be read: %1").arg(problem));
    });
    connect(m_history, &HistoryView::message, this,
        [this](const QString& text) { m_ui->statusBar->showMessage(text, 5000); });
    connect(m_ui->quitAction, &QAction::triggered, this, &MainWindow::quit);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    auto* diagnosticsAction = new QAction(tr("Copy &diagnostics"), this);
    diagnosticsAction->setObjectName(QStringLiteral("copyDiagnosticsAction"));
    diagnosticsAction->setStatusTip(
        tr("Copy the version, the system, the settings and the last problems for a message to support"));
    m_ui->helpMenu->insertAction(m_ui->aboutAction, diagnosticsAction);
    connect(diagnosticsAction, &QAction::triggered, this, &MainWindow::copyDiagnostics);
    m_practiceAction = new QAction(tr("&Practice mode"), this);
    m_practiceAction->setObjectName(QStringLiteral("practiceAction"));
    m_practiceAction->setCheckable(true);
    m_practiceAction->setChecked(isPractice());
    m_practiceAction->setStatusTip(
        tr("Learn LeadEntry against a simulated AlterEstate: nothing typed in practice reaches your company's CRM"));
    m_ui->helpMenu->insertAction(diagnosticsAction, m_practiceAction);
    m_ui->helpMenu->insertSeparator(diagnosticsAction);
    connect(m_practiceAction, &QAction::triggered, this, [this] {
        m_practiceAction->setChecked(isPractice()); // the mode says, not the click
        if (isPractice())
            emit leavePracticeRequested();
        else
            enterPractice();
    });
    connect(&m_service, &SubmissionService::attemptFinished, this, &MainWindow::onAttemptFinished);
    connect(&m_service, &SubmissionService::submissionChanged, m_historyModel.get(), &HistoryModel::submissionChanged);
    connect(&m_service, &SubmissionService::submissionChanged, this, &MainWindow::updateStatus);
    connect(m_ui->eraseAction, &QAction::triggered, this, [this] {
        if (const std::optional<Submission> s = m_history->currentSubmission())
            erasePerson(*s);
        else
            statusBar()->showMessage(tr("Select a lead in the history first."), 5000);
    });
    connect(m_history, &HistoryView::eraseRequested, this, &MainWindow::erasePerson);
    connect(&m_backend, &Backend::historyErased, m_historyModel.get(), [this] {
        m_historyModel->submissionChanged(0);
        updateStatus();
    });
    connect(&m_service, &SubmissionService::pauseChanged, this, &MainWindow::updateStatus);
    connect(&m_service, &SubmissionService::storageProblemChanged, this, &MainWindow::onStorageProblem);
    connect(&m_settings, &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::DefaultRegion)
            m_form->setRegion(m_settings.defaultRegion());
        if (key == Settings::Key::ActiveEvent)
            refreshEvents();
        if (key == Settings::Key::BaseUrl)
            m_history->setEndpointText(Endpoint::leadsUrl(m_settings.effectiveBaseUrl()).toString());
        if (key == Settings::Key::KioskConsent)
            m_form->setConsentText(m_settings.valueText(Settings::Key::KioskConsent));
        updateStatus();
    });
    m_form->setConsentText(m_settings.valueText(Settings::Key::KioskConsent));

    m_ui->bannerButton->setAccessibleName(tr("Banner action"));
    m_ui->bannerButton->setToolTip(tr("Do what the message above suggests"));
    // The banner's room is kept, two lines high, whether it shows or not: nothing below it moves
    // while someone types.
    QSizePolicy bannerPolicy = m_ui->bannerFrame->sizePolicy();
    bannerPolicy.setRetainSizeWhenHidden(true);
    m_ui->bannerFrame->setSizePolicy(bannerPolicy);
    const QMargins bannerMargins = m_ui->bannerLayout->contentsMargins();
    m_ui->bannerFrame->setMinimumHeight(
        std::max(2 * m_ui->banner->fontMetrics().lineSpacing(), m_ui->bannerButton->sizeHint().height())
        + bannerMargins.top() + bannerMargins.bottom() + 2 * m_ui->bannerFrame->frameWidth());
    m_fixButton->setToolTip(tr("Open the settings to fix the key or the address"));
    // Before restoreLayout: "More fields" left open is made there, and assigns the window's
    // mnemonics, which must already know the main actions.
    Mnemonics::setPrimary(m_ui->submitButton); // Alt+S submits, as the button says
    Mnemonics::setPrimary(m_ui->clearButton);
    restoreLayout();
    Mnemonics::assign(this);
    describeControls(this);
    // The app opens the history after the window's first paint; startDelivery() counts then, and
    // until then nothing is said about the outbox.
    if (m_backend.database().isOpen()) {
        updateStatus();
    } else {
        for (QWidget* unknown :
            {static_cast<QWidget*>(m_queueLabel), static_cast<QWidget*>(m_sendNow), static_cast<QWidget*>(m_fixButton)})
            unknown->setVisible(false);
        m_ui->sendNowAction->setEnabled(false);
    }
    announcePause();
    m_form->focusFirstField();
}

void MainWindow::announcePause()
{
    if (m_service.pause() == SubmissionService::Pause::NoKey)
        showBanner(Tones::Tone::Warning,
            tr("No API key yet. Add it in Settings (Ctrl+,); until then the leads you enter wait safely in the "
               "outbox."),
            tr("Open Settings…"));
    else if (m_service.pause() != SubmissionService::Pause::None)
        showBanner(Tones::Tone::Warning, m_service.pauseMessage(), tr("Open Settings…"));
}

MainWindow::~MainWindow()
{
    delete m_practiceWindow; // before the practice backend it works on
    m_practiceSession.reset();
    // The form outlives this object's own members while QWidget tears the children down, and a
    // focus change on the way out would ask this half-destroyed window for a hint (found by UBSan).
    m_form->setHintProvider({});
}

void MainWindow::restoreLayout()
{
    if (const QByteArray geometry = m_settings.uiState(QStringLiteral("geometry")).toByteArray(); !geometry.isEmpty()) {
        restoreGeometry(geometry);
    } else if (screen()) {
        // The first time: the designed size; on a screen too small for it (1024×768, or 200 %
        // scaling), all of the screen.
        const QSize designed = size();
        const QSize room = screen()->availableGeometry().size() * 0.9;
        resize(designed.boundedTo(room));
        if (designed.width() > room.width() || designed.height() > room.height())
            setWindowState(windowState() | Qt::WindowMaximized);
    }
    if (const QByteArray state = m_settings.uiState(QStringLiteral("windowState")).toByteArray(); !state.isEmpty())
        restoreState(state);
    if (const QByteArray split = m_settings.uiState(QStringLiteral("splitter")).toByteArray(); !split.isEmpty())
        m_ui->splitter->restoreState(split);
    else // the form as wide as it needs, up to 420 px; the history the rest, and what the window gains
        m_ui->splitter->setSizes(
            {std::max(m_ui->formArea->minimumWidth(), std::min(420, width() * 36 / 100)), width()});
    m_form->setMoreFieldsShown(m_settings.uiState(QStringLiteral("moreFields")).toBool());
}

void MainWindow::quit()
{
    if (m_practice) { // the app ends as the real window says (it asks about the real outbox)
        m_quit();
        return;
    }
    // Quit means quit: with leads waiting it asks, and never goes to the tray.
    m_quitting = true;
    if (close()) // the window may be hidden in the tray: closing it then ends nothing by itself
        m_quit();
    m_quitting = false;
}

void MainWindow::fitFormArea()
{
    // It scrolls up and down only: never narrower than the form, which would cut fields off.
    m_ui->formArea->setMinimumWidth(
        m_form->minimumSizeHint().width() + m_ui->formArea->verticalScrollBar()->sizeHint().width());
}

bool MainWindow::event(QEvent* event)
{
    // The history's first page is read once the window is on screen: the form is there to type
    // into at once, and the rows follow a moment later. The app opens the history file just before
    // (main.cpp); a file that could not be opened is read from nowhere while its reason is shown.
    if (event->type() == QEvent::Paint && !m_historyModel->started()) {
        QTimer::singleShot(0, m_historyModel.get(), [this] {
            if (m_backend.database().isOpen())
                m_historyModel->start();
        });
    }
    return QMainWindow::event(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_practice) {
        // Closing practice leaves it (the app goes on: this window does not quit it). Its leads
        // wait in the practice outbox; its settings and layout are made afresh at the next start.
        // When the app quits, this accepts too, so that nothing stops the quit.
        QMainWindow::closeEvent(event);
        emit leavePracticeRequested();
        return;
    }
    const int waiting = m_store.count(SubmissionState::Queued).valueOr(0) + m_service.inFlight();
    const auto saveLayout = [this] {
        m_settings.setUiState(QStringLiteral("geometry"), saveGeometry());
        m_settings.setUiState(QStringLiteral("windowState"), saveState());
        m_settings.setUiState(QStringLiteral("splitter"), m_ui->splitter->saveState());
        // Only the window's layout is at stake here, so a log line is all it gets.
        if (const Status saved = m_settings.sync(); !saved)
            qWarning("window layout not saved: %s", qPrintable(saved.error()));
    };
    // With leads waiting, the app can stay in the notification area and send them (a setting).
    if (waiting > 0 && !m_quitting && m_settings.keepSendingInTray() && m_tray->isAvailable()) {
        saveLayout();
        event->ignore();
        hide();
        m_tray->keepSending(waiting);
        return;
    }
    // Leads still waiting are safe, but the person leaving should know they have not gone yet.
    if (waiting > 0) {
        const QString question
            = tr("Leads waiting to be sent: %1. They stay safely in the outbox and go out the next time LeadEntry "
                 "(or leadentry-cli sync) runs with a connection. Quit now?")
                  .arg(waiting);
        if (!m_confirm(tr("Quit LeadEntry"), question)) {
            event->ignore();
            return;
        }
    }
    saveLayout();
    QMainWindow::closeEvent(event);
}

bool MainWindow::enterPractice()
{
    if (m_practice)
        return true;
    if (m_practiceWindow) {
        m_practiceWindow->raise();
        m_practiceWindow->activateWindow();
        return true;
    }
    if (m_kiosk)
        return false;
    auto practice = std::make_unique<Practice>(m_settings);
    if (const Status opened = practice->open(); !opened) {
        showBanner(Tones::Tone::Error, tr("Practice mode cannot start: %1").arg(opened.error()));
        return false;
    }
    m_practiceSession = std::move(practice);
    auto* window = new MainWindow(*m_practiceSession);
    m_practiceWindow = window;
    // The app ends as this window says (its own question about the real outbox). Dialogs run as
    // here (the runners take the dialog, parented to the practice window); questions and the PIN
    // prompt stay the practice window's own, over itself.
    window->m_quit = [this] { quit(); };
    window->m_runSettings = m_runSettings;
    window->m_runDialog = m_runDialog;
    m_tray->stopKeepingSending(); // the person is here: the app does not end behind practice
    // Queued: the practice window is deleted on the way out, never inside its own signal.
    connect(window, &MainWindow::leavePracticeRequested, this, &MainWindow::leavePractice, Qt::QueuedConnection);
    m_tray->setLocked(true); // this window's leads go on; its icon and notifications wait
    if (isVisible()) { // in this window's place
        if (isMaximized())
            window->setWindowState(window->windowState() | Qt::WindowMaximized);
        else
            window->setGeometry(geometry());
    }
    hide();
    window->show();
    window->raise();
    window->activateWindow();
    window->startDelivery();
    qInfo("practice mode started");
    return true;
}

void MainWindow::leavePractice()
{
    MainWindow* window = m_practiceWindow;
    if (!window || window->kiosk()) // the kiosk is left with the staff PIN first
        return;
    const bool maximized = window->isMaximized();
    const QRect where = window->geometry();
    m_practiceWindow = nullptr;
    delete window;
    m_practiceSession.reset();
    qInfo("practice mode ended");
    if (maximized) // where the practice window was
        setWindowState(windowState() | Qt::WindowMaximized);
    else
        setGeometry(where);
    show();
    raise();
    activateWindow();
    // Only now, with this window shown: a tray still keeping sending would take a hidden window
    // with nothing waiting for the end of the app.
    m_tray->setLocked(false);
    m_form->focusFirstField();
}

void MainWindow::markPractice(QWidget& dialog) const
{
    if (m_practice) // every window of practice says so, not only the main one
        dialog.setWindowTitle(tr("%1 — Practice").arg(dialog.windowTitle()));
}

void MainWindow::buildPracticeBar()
{
    auto* bar = new QFrame(this);
    bar->setObjectName(QStringLiteral("practiceBar"));
    auto* title = new QLabel(tr("PRACTICE"), bar);
    title->setObjectName(QStringLiteral("practiceTitle"));
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.25);
    title->setFont(bold);
    auto* text
        = new QLabel(tr("Leads go to a simulated AlterEstate inside LeadEntry, never to your company's CRM."), bar);
    text->setObjectName(QStringLiteral("practiceLabel"));
    text->setWordWrap(true);
    auto* offline = new QCheckBox(tr("Simulate no internet"), bar);
    offline->setObjectName(QStringLiteral("practiceOffline"));
    offline->setToolTip(tr("Leads wait in the outbox, as on a fair's bad Wi-Fi; switch it off and they go out"));
    auto* refused = new QCheckBox(tr("Simulate a refused key"), bar);
    refused->setObjectName(QStringLiteral("practiceRefusedKey"));
    refused->setToolTip(tr("AlterEstate refuses the key, as after it was changed; sending pauses until it is off"));
    auto* leave = new QPushButton(tr("Leave practice"), bar);
    leave->setObjectName(QStringLiteral("leavePracticeButton"));
    leave->setToolTip(tr("Back to your real history and settings, as you left them"));
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(10, 4, 6, 4);
    layout->addWidget(title);
    layout->addWidget(text, 1);
    layout->addWidget(offline);
    layout->addWidget(refused);
    layout->addWidget(leave);
    bar->setStyleSheet(Tones::bannerStyle(*this, Tones::Tone::Warning, QStringLiteral("practiceBar"),
        QStringLiteral("practiceBar QLabel, #practiceBar QCheckBox")));
    m_ui->centralLayout->insertWidget(0, bar);
    m_ui->centralLayout->setStretch(0, 0);
    m_ui->centralLayout->setStretch(1, 0);
    m_ui->centralLayout->setStretch(2, 1);
    connect(offline, &QCheckBox::toggled, this, [this](bool on) {
        m_practice->setOffline(on);
        updateStatus();
    });
    connect(refused, &QCheckBox::toggled, this, [this](bool on) {
        m_practice->setRefusingKey(on);
        updateStatus();
    });
    connect(leave, &QPushButton::clicked, this, &MainWindow::leavePracticeRequested);
}

void MainWindow::historyOpened()
{
    updateStatus();
    m_tray->update();
}

void MainWindow::startDelivery()
{
    // The app reads the keychain after the first paint, just before this: a missing key is said now,
    // and a second launch that came meanwhile is handled, after what the first launch asked for
    // (main() posts that before calling this).
    announcePause();
    updateStatus();
    m_tray->update();
    if (const QList<QStringList> pending = std::exchange(m_pendingLaunches, {}); !pending.isEmpty()) {
        QTimer::singleShot(0, this, [this, pending] {
            for (const QStringList& launch : pending)
                handleLaunch(launch);
        });
    }
    if (const Result<int> recovered = m_service.recoverInterrupted(); !recovered)
        onStorageProblem(recovered.error());
    m_service.setAutomatic(true);
    m_backend.keepRetention();
    m_backend.catalog().keepFresh();
}

void MainWindow::handleLaunch(const QStringList& arguments)
{
    // The app reads the keychain after its first paint, in a wait of its own that lets a second
    // launch through: what it asks for (an import that sends, the kiosk) waits for the key. The
    // window still comes forward: a minimized one has not painted, and its paint starts the read.
    if (!m_backend.secretsLoaded()) {
        m_pendingLaunches.append(arguments);
        QWidget* front = m_practiceWindow ? static_cast<QWidget*>(m_practiceWindow.data()) : this;
        if (front->isMinimized())
            front->showNormal();
        front->show();
        front->raise();
        front->activateWindow();
        return;
    }
    if (KioskWindow* kiosk = m_practiceWindow ? m_practiceWindow->kiosk() : m_kiosk.data()) {
        kiosk->raise();
        kiosk->activateWindow();
        return;
    }
    // A dialog open (Settings, an import): it comes forward and is finished first.
    if (QWidget* modal = QApplication::activeModalWidget()) {
        modal->raise();
        modal->activateWindow();
        return;
    }
    // `--practice` with a file or `--kiosk`: they are practice too, as at a first launch.
    const bool practice = arguments.contains(QStringLiteral("--practice"));
    QStringList work = arguments;
    work.removeAll(QStringLiteral("--practice"));
    if (m_practiceWindow) {
        if (practice || work.isEmpty()) {
            m_practiceWindow->handleLaunch(work);
            return;
        }
        // A file to import or the kiosk, without --practice, is real work: not done in practice.
        leavePractice();
    } else if (practice && !isPractice()) {
        if (enterPractice())
            m_practiceWindow->handleLaunch(work);
        return;
    }
    m_tray->stopKeepingSending(); // the person is back: closing asks again
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
    if (arguments.contains(QStringLiteral("--kiosk"))) {
        QTimer::singleShot(0, this, &MainWindow::openKiosk);
        return;
    }
    for (const QString& argument : arguments) {
        if (!argument.startsWith(QLatin1String("--")) && QFileInfo(argument).isFile()) {
            QTimer::singleShot(0, this, [this, argument] { openImport(argument); });
            return; // one import at a time
        }
    }
}

void MainWindow::onStorageProblem(const QString& message)
{
    updateStatus();
    if (message.isEmpty())
        return;
    // The answers are kept in memory and written as soon as the file takes them; nothing is lost
    // while this window stays open.
    showBanner(Tones::Tone::Error,
        tr("The history file cannot be written: %1 Answers from AlterEstate are kept until it can; free disk "
           "space or check the file, and keep LeadEntry open.")
            .arg(message));
}

namespace {
// A server's message as a sentence of its own, whether or not it ends with a full stop.
QString sentence(const QString& message)
{
    const QString text = message.trimmed();
    return text.isEmpty() || text.endsWith(u'.') || text.endsWith(u'!') || text.endsWith(u'?') ? text : text + u'.';
}
} // namespace

QString MainWindow::bannerText() const
{
    return m_ui->bannerFrame->isVisible() || m_ui->bannerFrame->isVisibleTo(const_cast<MainWindow*>(this))
        ? m_ui->banner->text()
        : QString();
}

void MainWindow::hideBanner(BannerTopic topic)
{
    if (m_bannerTopic == topic)
        m_ui->bannerFrame->setVisible(false);
}

void MainWindow::clearForm()
{
    // Nothing is lost by a slip of the keyboard: the cleared lead comes back with Undo.
    const Lead before = m_form->lead();
    const qint64 resubmissionOf = m_resubmissionOf;
    m_form->clear();
    m_resubmissionOf = 0;
    m_form->focusFirstField();
    hideBanner(BannerTopic::FormErrors);
    bool typed = false;
    for (const LeadField f : {LeadField::FullName, LeadField::Phone, LeadField::Email, LeadField::Notes})
        typed = typed || !before.value(f).trimmed().isEmpty();
    if (!typed)
        return;
    showBanner(
        Tones::Tone::Info, tr("The form was cleared."), tr("Undo"),
        [this, before, resubmissionOf] {
            m_form->setLead(before);
            m_resubmissionOf = resubmissionOf;
            m_ui->bannerFrame->setVisible(false);
            m_form->focusFirstField();
        },
        BannerTopic::Cleared);
}

void MainWindow::sendNow()
{
    // From the tray or a history row while the keychain is still read: the key is not known yet.
    if (!m_backend.secretsLoaded()) {
        statusBar()->showMessage(
            tr("The API key is still being read; the waiting leads go out as soon as it is."), 5000);
        return;
    }
    if (const Status due = m_service.sendNow(); !due) {
        onStorageProblem(due.error());
        return;
    }
    // Paused, nothing goes out: say why instead of doing nothing.
    if (m_service.pause() != SubmissionService::Pause::None)
        showBanner(
            Tones::Tone::Warning, tr("Nothing was sent: %1").arg(m_service.pauseMessage()), tr("Open Settings…"));
}

void MainWindow::showBanner(
    Tones::Tone tone, const QString& text, const QString& action, std::function<void()> run, BannerTopic topic)
{
    m_bannerTopic = topic;
    m_bannerRun = run ? std::move(run) : std::function<void()>([this] { openSettings(); });
    m_ui->bannerFrame->setStyleSheet(
        Tones::bannerStyle(*this, tone, QStringLiteral("bannerFrame"), QStringLiteral("banner")));
    m_ui->banner->setText(text);
    m_ui->bannerButton->setText(action);
    m_ui->bannerButton->setVisible(!action.isEmpty());
    m_ui->bannerButton->setAccessibleName(action.isEmpty() ? tr("Banner action") : QString(action).remove(u'&'));
    m_ui->bannerFrame->setVisible(true);
}

QString MainWindow::duplicateHint(const QString& phoneE164, const QString& email) const
{
    const auto hint = m_store.previousSubmission(phoneE164, email);
    if (!hint) {
        qWarning("duplicate hint: %s", qPrintable(hint.error()));
        return {};
    }
    return *hint ? SubmissionStore::describe(**hint) : QString();
}

void MainWindow::updateStatus()
{
    const Result<int> count = m_store.count(SubmissionState::Queued);
    const int queued = count.valueOr(0);
    m_queueLabel->setText(tr("Waiting to be sent: %1").arg(queued));
    // "Will be sent when possible" is over once nothing waits.
    if (queued == 0 && count && m_service.inFlight() == 0)
        hideBanner(BannerTopic::Waiting);
    m_queueLabel->setVisible(queued > 0);
    m_sendNow->setVisible(queued > 0);
    // Until the keychain has answered there is no key to send with, nor a reason not to.
    m_sendNow->setEnabled(m_backend.secretsLoaded());
    m_ui->sendNowAction->setEnabled(queued > 0 && m_backend.secretsLoaded());

    QString text;
    bool fixable = false;
    if (!m_service.storageProblem().isEmpty() || !count) {
        text = tr("Cannot write the history file: %1").arg(count ? m_service.storageProblem() : count.error());
        m_connectionLabel->setText(text);
        m_connectionLabel->setToolTip({}); // the whole message, when it is cut
        m_fixButton->setVisible(false);
        return;
    }
    switch (m_service.pause()) {
    case SubmissionService::Pause::NoKey:
        text = tr("Paused: no API key.");
        fixable = true;
        break;
    case SubmissionService::Pause::KeyRefused:
        text = tr("Paused: AlterEstate refused the API key.");
        fixable = true;
        break;
    case SubmissionService::Pause::EndpointWrong:
        text = tr("Paused: the address is wrong.");
        fixable = true;
        break;
    case SubmissionService::Pause::None:
        if (m_service.inFlight() > 0)
            text = tr("Delivering…");
        else if (!m_backend.secretsLoaded())
            text = tr("Reading the API key…");
        else if (m_lastAttemptFailed && queued > 0)
            text = tr("Offline or AlterEstate unreachable: retrying by itself.");
        else
            text = tr("Ready: leads go to %1").arg(m_settings.effectiveBaseUrl().host());
        break;
    }
    m_connectionLabel->setText(text);
    m_connectionLabel->setToolTip(m_service.pauseMessage());
    m_fixButton->setVisible(fixable);
}

void MainWindow::submit()
{
    // The form shows the active event's values in its fields already: they are the lead's.
    const Lead typed = m_form->lead();
    LeadIntake::Decision intake
        = LeadIntake::take(typed, {}, m_settings.defaultRegion(), LeadIntake::UnverifiedPhone::Ask);
    m_form->showIssues(intake.validation.issues);
    if (intake.validation.hasErrors()) {
        showBanner(
            Tones::Tone::Error, tr("Fix the marked fields, then submit again."), {}, {}, BannerTopic::FormErrors);
        return;
    }
    if (intake.needsConfirmation()) {
        QStringList warnings;
        for (const FieldIssue& issue : intake.validation.issues)
            warnings.append(issue.message);
        if (!m_confirm(tr("Send this lead?"), warnings.join(u'\n') + u'\n' + u'\n' + tr("Send the lead anyway?"))) {
            m_form->editor(LeadField::Phone)->setFocus();
            return;
        }
        intake = LeadIntake::take(typed, {}, m_settings.defaultRegion(), LeadIntake::UnverifiedPhone::Accept);
    }
    if (!intake.accepted)
        return; // errors were shown above; an accepted warning leaves none
    const QString name = intake.accepted->lead().fullName();
    const Consent consent = m_form->consentGiven()
        ? Consent::givenTo(m_form->consentText(), QDateTime::currentMSecsSinceEpoch())
        : Consent {};
    const Result<qint64> stored
        = m_service.submit(*intake.accepted, Origin::Form, m_settings.activeEvent(), m_resubmissionOf, consent);
    if (!stored) {
        // Nothing is lost: the form keeps what was typed.
        showBanner(Tones::Tone::Error, tr("%1 could not be saved: %2").arg(name, stored.error()));
        return;
    }
    const qint64 id = *stored;
    // The lead is on disk: the form is free for the next one while it is sent.
    m_resubmissionOf = 0;
    m_names.insert(id, name);
    if (m_service.pause() != SubmissionService::Pause::None)
        // Nothing goes out while paused: say so, and what to do, rather than "being sent".
        showBanner(Tones::Tone::Warning,
            tr("%1 is saved (#%2) and waits in the outbox: %3")
                .arg(name, QString::number(id), m_service.pauseMessage()),
            tr("Open Settings…"), {}, BannerTopic::Waiting);
    else
        showBanner(Tones::Tone::Info, tr("%1 is saved (#%2) and being sent…").arg(name).arg(id));
    if (m_settings.clearAfterSubmit())
        m_form->clearPersonalFields();
    m_form->focusFirstField();
}

void MainWindow::resubmit(const Submission& rejected)
{
    m_form->setLead(rejected.lead);
    m_resubmissionOf = rejected.id;
    showBanner(Tones::Tone::Info,
        tr("Editing #%1, which AlterEstate rejected: %2 Fix it and submit; the new submission is linked to it.")
            .arg(rejected.id)
            .arg(rejected.message));
    m_form->focusFirstField();
}

void MainWindow::refreshEvents()
{
    const QSignalBlocker block(m_eventCombo);
    m_eventCombo->clear();
    m_eventCombo->addItem(tr("No event"), QString());
    for (const QString& name : EventProfiles(m_settings).names())
        m_eventCombo->addItem(name, name);
    const int active = m_eventCombo->findData(m_settings.activeEvent());
    m_eventCombo->setCurrentIndex(std::max(0, active));
    m_history->setEventNames(EventProfiles(m_settings).names());
    applyActiveEvent();
}

void MainWindow::applyActiveEvent()
{
    const QString name = m_settings.activeEvent();
    m_form->setProfile(name, EventProfiles(m_settings).profile(name).value_or(Lead()));
}

void MainWindow::openEventProfiles()
{
    EventProfileDialog dialog(m_settings, this);
    dialog.setCatalog(&m_backend.catalog());
    markPractice(dialog);
    m_runDialog(dialog);
    refreshEvents();
}

void MainWindow::openImport(const QString& path)
{
    ImportDialog dialog(m_settings, m_service, this);
    markPractice(dialog);
    if (!path.isEmpty())
        dialog.loadFile(path);
    m_runDialog(dialog);
    updateStatus();
}

void MainWindow::openKiosk()
{
    if (m_kiosk)
        return;
    KioskPin kioskPin(m_settings, m_backend.secrets());
    const Result<bool> pinSet = kioskPin.isSet();
    if (!pinSet) {
        showBanner(Tones::Tone::Error, pinSet.error(), {}, {}, BannerTopic::Kiosk);
        return;
    }
    if (!*pinSet) {
        const QString pin = m_askPin();
        if (pin.isEmpty())
            return;
        if (const Status set = kioskPin.set(pin); !set) {
            showBanner(Tones::Tone::Error, set.error(), {}, {}, BannerTopic::Kiosk);
            return;
        }
    }
    hideBanner(BannerTopic::Kiosk);
    auto* kiosk = new KioskWindow(m_settings, m_service, m_backend.secrets());
    kiosk->setCatalog(&m_backend.catalog().store());
    kiosk->setAttribute(Qt::WA_DeleteOnClose);
    kiosk->setPractice(isPractice());
    m_kiosk = kiosk;
    m_tray->setLocked(true); // no menu, no notifications over the visitors' screen
    connect(kiosk, &KioskWindow::exitRequested, this, [this, kiosk] {
        kiosk->close();
        show(); // before the tray is unlocked: a hidden window would let it end the app
        m_tray->setLocked(false);
        m_historyModel->refresh();
    });
    hide(); // nothing of the app is behind the kiosk
    kiosk->setGeometry(screen()->geometry()); // also where no window manager honours full screen
    kiosk->showFullScreen();
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_backend, this);
    markPractice(dialog);
    connect(&dialog, &SettingsDialog::apiKeyChanged, this, [this] {
        if (m_backend.apiKeyProblem().isEmpty()) {
            m_ui->bannerFrame->setVisible(false);
            if (const Status due = m_service.sendNow(); !due)
                onStorageProblem(due.error());
        }
    });
    m_runSettings(dialog);
    updateStatus();
}

void MainWindow::onAttemptFinished(qint64 id, SubmissionState state, const Outcome& o)
{
    m_lastAttemptFailed = state == SubmissionState::Queued;
    m_lastOutcome->setText(tr("Last: #%1 %2").arg(id).arg(SubmissionStates::label(state).toLower()));
    updateStatus();
    const auto it = m_names.constFind(id);
    if (it == m_names.constEnd())
        return;
    const QString name = *it;
    m_names.erase(it);
    switch (state) {
    case SubmissionState::Created:
        showBanner(
            Tones::Tone::Success, tr("%1 was created in AlterEstate: id %2, deal %3.").arg(name, o.remoteId, o.dealId));
        break;
    case SubmissionState::Duplicate:
        // AlterEstate tells the agent who owns the contact: sending it again adds nothing.
        showBanner(Tones::Tone::Success,
            tr("%1 is already in AlterEstate (duplicate): %2 AlterEstate notified the agent who owns the contact; "
               "there is no need to send it again.")
                .arg(name, sentence(o.message)));
        break;
    case SubmissionState::Rejected:
        showBanner(Tones::Tone::Error,
            tr("AlterEstate rejected %1: %2 Fix it from the history (Edit and resubmit).").arg(name, o.message));
        break;
    case SubmissionState::Unconfirmed:
        showBanner(Tones::Tone::Warning, tr("%1: %2").arg(name, o.message));
        break;
    case SubmissionState::Queued:
    case SubmissionState::Sending:
        showBanner(Tones::Tone::Warning,
            tr("%1 is saved in the outbox and will be sent when possible: %2").arg(name, o.message),
            m_service.pause() != SubmissionService::Pause::None ? tr("Open Settings…") : QString(), {},
            BannerTopic::Waiting);
        break;
    }
}

QString MainWindow::diagnostics() const
{
    // For a message to support: what was running where, and what went wrong lately. Never the
    // key, never anyone's details (the settings and the log are scrubbed as the log is).
    QStringList lines;
    lines.append(QStringLiteral("LeadEntry %1").arg(QStringLiteral(LEADENTRY_VERSION)));
    lines.append(QStringLiteral("Qt %1 (built with %2), %3, %4")
                     .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR),
                         QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture()));
    if (m_practice)
        lines.append(QStringLiteral("Mode: practice (the sandbox in this process; nothing is sent anywhere)"));
    lines.append(QStringLiteral("Language: %1 (system: %2)").arg(m_settings.language(), QLocale::system().name()));
    lines.append(
        QStringLiteral("Address: %1%2")
            .arg(Endpoint::leadsUrl(m_settings.effectiveBaseUrl()).toString(QUrl::RemoveUserInfo),
                m_settings.baseUrlFromEnvironment() ? QStringLiteral(" (from ALTERESTATE_API_URL)") : QString()));
    QString key;
    switch (m_backend.apiKeySource()) {
    case ApiKey::Source::Environment:
        key = QStringLiteral("from ALTERESTATE_API_KEY");
        break;
    case ApiKey::Source::Store:
        key = m_practice ? QStringLiteral("practice's, in memory") : QStringLiteral("kept in the system keychain");
        break;
    case ApiKey::Source::None:
        key = QStringLiteral("none");
        break;
    }
    lines.append(QStringLiteral("API key: %1").arg(key));
    lines.append(QStringLiteral("Delivery: %1")
                     .arg(m_service.pause() == SubmissionService::Pause::None
                             ? QStringLiteral("running")
                             : QStringLiteral("paused: ") + AppLog::scrub(m_service.pauseMessage())));
    QStringList counts;
    for (const SubmissionState state : SubmissionStates::all())
        counts.append(QStringLiteral("%1 %2").arg(SubmissionStates::name(state)).arg(m_store.count(state).valueOr(-1)));
    lines.append(QStringLiteral("Outbox: %1").arg(counts.join(QStringLiteral(", "))));
    lines.append(QStringLiteral("History: %1").arg(QDir::toNativeSeparators(m_backend.databasePath())));
    lines.append(QStringLiteral("Log: %1").arg(QDir::toNativeSeparators(AppLog::path())));
    lines.append(QStringLiteral("Settings:"));
    for (const Settings::Key k : Settings::keys()) {
        QString value = m_settings.valueText(k);
        if (k == Settings::Key::BaseUrl) // no user name, password or query a hand may have typed
            value = QUrl(value).toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
        lines.append(QStringLiteral("  %1 = %2").arg(Settings::name(k), AppLog::scrub(value)));
    }
    const QStringList problems = AppLog::tail(20, true);
    lines.append(
        problems.isEmpty() ? QStringLiteral("Recent problems: none logged") : QStringLiteral("Recent problems:"));
    for (const QString& line : problems)
        lines.append(QStringLiteral("  ") + line);
    return lines.join(u'\n') + u'\n';
}

void MainWindow::copyDiagnostics()
{
    QGuiApplication::clipboard()->setText(diagnostics());
    showBanner(Tones::Tone::Info,
        tr("Diagnostics copied: paste them into your message to support. They hold no key and no one's details."));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About LeadEntry"),
        tr("<p><b>LeadEntry %1</b></p><p>Enter real-estate leads and deliver them to AlterEstate.</p>")
            .arg(QStringLiteral(LEADENTRY_VERSION)));
}

int MainWindow::erasePerson(const Submission& chosen)
{
    const QString who = chosen.lead.fullName();
    const Result<QList<Submission>> rows = m_backend.personRows(chosen.lead.email(), chosen.phoneE164);
    if (!rows) {
        showBanner(Tones::Tone::Error, tr("Could not look for %1's submissions: %2").arg(who, rows.error()));
        return -1;
    }
    QStringList contacts {chosen.lead.email()};
    if (!chosen.phoneE164.isEmpty())
        contacts.append(chosen.phoneE164);
    QString question
        = tr("Erase everything LeadEntry keeps on this computer about %1 (%2), attempts included? Submissions: %3. "
             "Leads still waiting will not be sent. AlterEstate's copy is not touched. This cannot be undone.")
              .arg(who, contacts.join(QStringLiteral(", ")))
              .arg(rows->size());
    // A shared phone or email (an office, a family) sweeps in others: name everyone before asking.
    QStringList people;
    for (const Submission& s : *rows) {
        const QString person = QStringLiteral("%1 <%2>").arg(s.lead.fullName(), s.lead.email());
        if (!people.contains(person))
            people.append(person);
    }
    if (people.size() > 1)
        question
            += QStringLiteral("\n\n") + tr("These submissions share that email or phone: %1.").arg(people.join(u"; "));
    if (!m_confirm(tr("Erase this person"), question))
        return 0;
    QList<qint64> ids;
    for (const Submission& s : *rows)
        ids.append(s.id);
    const Result<int> erased = m_backend.erase(ids);
    if (!erased) {
        showBanner(Tones::Tone::Error, tr("Could not erase %1's submissions: %2").arg(who, erased.error()));
        return -1;
    }
    showBanner(Tones::Tone::Success, tr("%1 was erased from this computer (submissions: %2).").arg(who).arg(*erased));
    return *erased;
}
