#include "MainWindow.h"

#include "LeadForm.h"
#include "LeadValidator.h"
#include "Outcome.h"
#include "Settings.h"
#include "SubmissionService.h"
#include "SubmissionStore.h"
#include "ui_MainWindow.h"

#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

MainWindow::MainWindow(Settings& settings, SubmissionService& service, SubmissionStore& store, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_settings(settings)
    , m_service(service)
    , m_store(store)
    , m_form(new LeadForm(this))
    , m_queueLabel(new QLabel(this))
    , m_sendNow(new QPushButton(tr("Send &now"), this))
{
    m_ui->setupUi(this);
    m_ui->formArea->setWidget(m_form);
    m_queueLabel->setObjectName(QStringLiteral("queueLabel"));
    m_sendNow->setObjectName(QStringLiteral("sendNowButton"));
    m_sendNow->setToolTip(tr("Try every waiting lead again now"));
    m_ui->statusBar->addPermanentWidget(m_queueLabel);
    m_ui->statusBar->addPermanentWidget(m_sendNow);
    m_confirm = [this](const QString& text) {
        return QMessageBox::question(
                   this, tr("Send this lead?"), text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes;
    };
    connect(m_ui->submitButton, &QPushButton::clicked, this, &MainWindow::submit);
    connect(m_ui->clearButton, &QPushButton::clicked, this, [this] {
        m_form->clear();
        m_form->focusFirstField();
    });
    connect(m_sendNow, &QPushButton::clicked, &m_service, &SubmissionService::sendNow);
    connect(m_form, &LeadForm::submitRequested, this, &MainWindow::submit);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(&m_service, &SubmissionService::attemptFinished, this, &MainWindow::onAttemptFinished);
    connect(&m_service, &SubmissionService::submissionChanged, this, &MainWindow::updateStatus);
    connect(&m_service, &SubmissionService::pauseChanged, this, &MainWindow::updateStatus);

    updateStatus();
    if (m_service.pause() != SubmissionService::Pause::None)
        showBanner(Tone::Warning,
            tr("%1 Leads you enter are kept in the outbox until they can be sent.").arg(m_service.pauseMessage()));
    m_form->focusFirstField();
}

MainWindow::~MainWindow() = default;

void MainWindow::showBanner(Tone tone, const QString& text)
{
    static const char* const styles[] = {
        "background:#e8f0fe; color:#0b3d91; border:1px solid #9bb7f0;",
        "background:#e6f4ea; color:#0d5224; border:1px solid #8cc79f;",
        "background:#fff4e5; color:#663c00; border:1px solid #f0b45b;",
        "background:#fdecea; color:#7a0b0b; border:1px solid #ee9a94;",
    };
    m_ui->banner->setStyleSheet(
        QString::fromLatin1(styles[static_cast<int>(tone)]) + QStringLiteral("padding:8px; border-radius:4px;"));
    m_ui->banner->setText(text);
    m_ui->banner->setVisible(true);
}

void MainWindow::updateStatus()
{
    const int queued = m_store.count(SubmissionState::Queued);
    m_queueLabel->setText(tr("Waiting to be sent: %1").arg(queued));
    m_queueLabel->setVisible(queued > 0);
    m_sendNow->setVisible(queued > 0);
    QString where = tr("Leads go to %1").arg(m_settings.effectiveBaseUrl().toString());
    if (m_service.pause() != SubmissionService::Pause::None)
        where = tr("Sending paused: %1").arg(m_service.pauseMessage());
    m_ui->statusBar->showMessage(where);
}

void MainWindow::submit()
{
    const ValidationResult validation = LeadValidator(m_settings.defaultRegion()).validate(m_form->lead());
    m_form->showIssues(validation.issues);
    if (validation.hasErrors()) {
        showBanner(Tone::Error, tr("Fix the marked fields, then submit again."));
        return;
    }
    if (validation.hasWarnings()) {
        QStringList warnings;
        for (const FieldIssue& issue : validation.issues)
            warnings.append(issue.message);
        if (!m_confirm(warnings.join(u'\n') + u'\n' + u'\n' + tr("Send the lead anyway?"))) {
            m_form->editor(LeadField::Phone)->setFocus();
            return;
        }
    }
    const QString name = validation.lead.fullName();
    const qint64 id = m_service.submit(validation.lead, QStringLiteral("form"));
    if (id == 0) {
        // Nothing is lost: the form keeps what was typed.
        showBanner(Tone::Error, tr("%1 could not be saved: %2").arg(name, m_service.storeError()));
        return;
    }
    // The lead is on disk: the form is free for the next one while it is sent.
    m_names.insert(id, name);
    showBanner(Tone::Info, tr("%1 is saved (#%2) and being sent…").arg(name).arg(id));
    if (m_settings.clearAfterSubmit())
        m_form->clear();
    m_form->focusFirstField();
}

void MainWindow::onAttemptFinished(qint64 id, SubmissionState state, const Outcome& o)
{
    updateStatus();
    const auto it = m_names.constFind(id);
    if (it == m_names.constEnd())
        return;
    const QString name = *it;
    m_names.erase(it);
    switch (state) {
    case SubmissionState::Created:
        showBanner(Tone::Success, tr("%1 was created in AlterEstate: id %2, deal %3.").arg(name, o.remoteId, o.dealId));
        break;
    case SubmissionState::Duplicate:
        showBanner(Tone::Success, tr("%1 is already in AlterEstate (duplicate): %2").arg(name, o.message));
        break;
    case SubmissionState::Rejected:
        showBanner(Tone::Error, tr("AlterEstate rejected %1: %2").arg(name, o.message));
        break;
    case SubmissionState::Unconfirmed:
        showBanner(Tone::Warning, tr("%1: %2").arg(name, o.message));
        break;
    case SubmissionState::Queued:
    case SubmissionState::Sending:
        showBanner(
            Tone::Warning, tr("%1 is saved in the outbox and will be sent when possible: %2").arg(name, o.message));
        break;
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About LeadEntry"),
        tr("<p><b>LeadEntry %1</b></p><p>Enter real-estate leads and deliver them to AlterEstate.</p>")
            .arg(QStringLiteral(LEADENTRY_VERSION)));
}
