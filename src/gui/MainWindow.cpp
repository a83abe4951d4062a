#include "MainWindow.h"

#include "LeadForm.h"
#include "LeadJson.h"
#include "LeadValidator.h"
#include "LeadsClient.h"
#include "Settings.h"
#include "ui_MainWindow.h"

#include <QMessageBox>

MainWindow::MainWindow(Settings& settings, LeadsClient& client, const QString& keyProblem, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_settings(settings)
    , m_client(client)
    , m_form(new LeadForm(this))
{
    m_ui->setupUi(this);
    m_ui->formArea->setWidget(m_form);
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
    connect(m_form, &LeadForm::submitRequested, this, &MainWindow::submit);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(&m_client, &LeadsClient::finished, this, &MainWindow::onFinished);

    m_ui->statusBar->showMessage(tr("Leads go to %1").arg(m_settings.effectiveBaseUrl().toString()));
    if (!keyProblem.isEmpty())
        showBanner(Tone::Warning, keyProblem);
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

void MainWindow::submit()
{
    if (m_pending != 0)
        return;
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
    m_ui->submitButton->setEnabled(false);
    m_pendingName = validation.lead.fullName();
    showBanner(Tone::Info, tr("Sending %1…").arg(m_pendingName));
    m_pending
        = m_client.send(LeadJson::requestBody(validation.lead, m_settings.phoneFormat(), m_settings.defaultRegion()));
}

void MainWindow::onFinished(const SendResult& result)
{
    if (result.requestId != m_pending)
        return;
    m_pending = 0;
    m_ui->submitButton->setEnabled(true);
    const Outcome& o = result.outcome;
    switch (o.kind) {
    case OutcomeKind::Created:
        showBanner(Tone::Success,
            tr("%1 was created in AlterEstate: id %2, deal %3.").arg(m_pendingName, o.remoteId, o.dealId));
        break;
    case OutcomeKind::Duplicate:
        showBanner(Tone::Success, tr("%1 is already in AlterEstate (duplicate): %2").arg(m_pendingName, o.message));
        break;
    case OutcomeKind::Rejected:
        showBanner(Tone::Error, tr("AlterEstate rejected %1: %2").arg(m_pendingName, o.message));
        return;
    case OutcomeKind::Unconfirmed:
        showBanner(Tone::Warning, o.message);
        return;
    case OutcomeKind::Transient:
    case OutcomeKind::Auth:
    case OutcomeKind::Config:
        showBanner(Tone::Warning, tr("%1 was not delivered: %2").arg(m_pendingName, o.message));
        return;
    }
    if (m_settings.clearAfterSubmit())
        m_form->clear();
    m_form->focusFirstField();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About LeadEntry"),
        tr("<p><b>LeadEntry %1</b></p><p>Enter real-estate leads and deliver them to AlterEstate.</p>")
            .arg(QStringLiteral(LEADENTRY_VERSION)));
}
