#include "SettingsDialog.h"

#include "Mnemonics.h"
#include "Tones.h"
#include "core/PhoneNumbers.h"
#include "core/SecretStore.h"
#include "core/Settings.h"
#include "service/Backend.h"
#include "ui_SettingsDialog.h"

#include <QCollator>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QGroupBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabBar>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(Backend& backend, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_backend(backend)
    , m_settings(backend.settings())
{
    m_ui->setupUi(this);
    // The pages are designed in a QTabWidget (SettingsDialog.ui) but shown under a plain QTabBar,
    // one at a time, in the dialog's own layout: a tab widget does not pass on its pages'
    // height-for-width, so their wrapped notes would be cut. The dialog fits the page shown.
    auto* bar = new QTabBar(this);
    m_pageBar = bar;
    bar->setObjectName(QStringLiteral("pages"));
    bar->setDrawBase(false);
    auto* layout = qobject_cast<QVBoxLayout*>(this->layout());
    layout->insertWidget(0, bar);
    QList<QWidget*>& pages = m_pages;
    while (m_ui->tabs->count() > 0) {
        QWidget* page = m_ui->tabs->widget(0);
        bar->addTab(m_ui->tabs->tabText(0));
        m_ui->tabs->removeTab(0);
        layout->insertWidget(1 + static_cast<int>(pages.size()), page);
        page->layout()->setContentsMargins(0, 0, 0, 0);
        page->setVisible(pages.isEmpty());
        pages.append(page);
    }
    delete m_ui->tabs;
    m_ui->tabs = nullptr;
    setMinimumWidth(fontMetrics().averageCharWidth() * 90); // notes wrap in two lines, not four
    connect(bar, &QTabBar::currentChanged, this, [this](int shown) {
        for (qsizetype i = 0; i < m_pages.size(); ++i)
            m_pages.at(i)->setVisible(i == shown);
        fitHeight();
    });

    // Read once, to show it masked and edit it; a hung keychain is not asked twice.
    const SecretResult stored = m_backend.secrets().read(ApiKey::secretName());
    m_keychainAvailable = stored.ok() || stored.status == SecretResult::Status::NotFound;
    m_keychainError = stored.error;
    if (stored.ok())
        m_storedKey = stored.value;
    m_ui->apiKeyEdit->setText(m_storedKey);
    m_ui->apiKeyEdit->setEnabled(m_keychainAvailable);
    m_ui->clearKeyButton->setEnabled(m_keychainAvailable && !m_storedKey.isEmpty());
    if (m_keychainAvailable) {
        const SecretResult token = m_backend.secrets().read(PublicToken::secretName());
        if (token.ok())
            m_storedToken = token.value;
    }
    m_ui->publicTokenEdit->setText(m_storedToken);
    m_ui->publicTokenEdit->setEnabled(m_keychainAvailable);
    m_ui->clearTokenButton->setEnabled(m_keychainAvailable && !m_storedToken.isEmpty());
    m_ui->catalogMaxAgeSpin->setValue(m_settings.catalogMaxAgeHours());
    m_ui->catalogProgress->setTextVisible(true);
    m_ui->baseUrlEdit->setText(m_settings.baseUrl().toString());
    m_ui->timeoutSpin->setValue(m_settings.timeoutSeconds());

    // Countries by name in the user's language, DO first among equals only by being the default.
    QList<QPair<QString, QString>> regions;
    for (const QString& code : PhoneNumbers::supportedRegions())
        regions.append({PhoneNumbers::regionName(code), code});
    QCollator collator;
    std::sort(regions.begin(), regions.end(),
        [&collator](const auto& a, const auto& b) { return collator.compare(a.first, b.first) < 0; });
    for (const auto& [name, code] : regions)
        m_ui->regionCombo->addItem(QStringLiteral("%1 (%2)").arg(name, code), code);
    m_ui->regionCombo->setCurrentIndex(m_ui->regionCombo->findData(m_settings.defaultRegion()));

    m_ui->phoneFormatCombo->addItem(tr("International (E.164), e.g. +18095550123"), QStringLiteral("e164"));
    m_ui->phoneFormatCombo->addItem(tr("As typed"), QStringLiteral("as_typed"));
    m_ui->phoneFormatCombo->setCurrentIndex(
        m_ui->phoneFormatCombo->findData(m_settings.valueText(Settings::Key::PhoneFormat)));
    m_ui->languageCombo->addItem(tr("Same as the system"), QStringLiteral("system"));
    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageCombo->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_ui->languageCombo->setCurrentIndex(m_ui->languageCombo->findData(m_settings.language()));
    m_ui->languageCombo->setToolTip(tr("The language of LeadEntry's windows and messages"));
    // The windows are built in one language; a change is said plainly, not left to be found.
    m_ui->languageNote->setObjectName(QStringLiteral("languageNote"));
    const auto noteLanguage = [this] {
        const QString chosen = m_ui->languageCombo->currentData().toString();
        const bool changed = chosen != m_settings.language();
        QString note;
        if (changed && chosen == QLatin1String("system"))
            note = tr("LeadEntry will follow the system's language the next time it starts.");
        else if (changed)
            note = tr("LeadEntry will use %1 the next time it starts.").arg(m_ui->languageCombo->currentText());
        m_ui->languageNote->setText(note);
        m_ui->languageNote->setVisible(changed);
    };
    connect(m_ui->languageCombo, &QComboBox::currentIndexChanged, this, noteLanguage);
    noteLanguage();
    // ALTERESTATE_API_URL wins over the stored address: say so where the address is edited.
    m_ui->baseUrlNote->setObjectName(QStringLiteral("baseUrlNote"));
    m_ui->baseUrlNote->setVisible(m_settings.baseUrlFromEnvironment());
    if (m_settings.baseUrlFromEnvironment())
        m_ui->baseUrlNote->setText(
            tr("ALTERESTATE_API_URL is set: leads go to %1 while it is, whatever is stored here.")
                .arg(m_settings.effectiveBaseUrl().toString()));
    m_ui->clearAfterSubmitCheck->setChecked(m_settings.clearAfterSubmit());
    m_ui->keepSendingInTrayCheck->setChecked(m_settings.keepSendingInTray());
    m_ui->kioskConsentEdit->setPlainText(m_settings.valueText(Settings::Key::KioskConsent));
    m_ui->kioskConsentEdit->setFixedHeight(m_ui->kioskConsentEdit->fontMetrics().lineSpacing() * 3 + 12);
    m_ui->kioskIdleSpin->setValue(m_settings.value(Settings::Key::KioskIdleSeconds).toInt());
    m_ui->kioskAskInterestCheck->setChecked(m_settings.value(Settings::Key::KioskAskInterest).toBool());
    m_ui->kioskAskMessageCheck->setChecked(m_settings.value(Settings::Key::KioskAskMessage).toBool());
    m_ui->kioskConsentMessage->setStyleSheet(Tones::textStyle(*this, Tones::Tone::Error));
    // The stored path even when the file is gone today: shown, and said wrong when saving, never
    // silently forgotten.
    m_ui->kioskLogoEdit->setText(QDir::toNativeSeparators(m_settings.storedText(Settings::Key::KioskLogo)));
    m_ui->kioskLogoMessage->setStyleSheet(Tones::textStyle(*this, Tones::Tone::Error));
    connect(m_ui->kioskLogoButton, &QPushButton::clicked, this, [this] {
        const QString current = m_ui->kioskLogoEdit->text().trimmed();
        const QString chosen = QFileDialog::getOpenFileName(this, tr("Kiosk logo"),
            current.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::PicturesLocation) : current,
            tr("Images (*.png *.jpg *.jpeg)"));
        if (chosen.isEmpty())
            return;
        m_ui->kioskLogoEdit->setText(QDir::toNativeSeparators(chosen));
        m_ui->kioskLogoEdit->setFocus();
    });
    m_ui->baseUrlEdit->setToolTip(tr("Where leads are sent; https, or http only to this computer"));
    m_ui->timeoutSpin->setToolTip(tr("How long to wait for AlterEstate's answer before trying again later"));
    m_ui->regionCombo->setToolTip(tr("The country of phone numbers typed without +"));
    m_ui->phoneFormatCombo->setToolTip(tr("How phone numbers are sent to AlterEstate"));
    m_ui->clearAfterSubmitCheck->setToolTip(tr("Empty the personal fields after each lead is saved"));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setToolTip(tr("Save the settings and close"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setToolTip(tr("Close without saving"));
    Mnemonics::assign(this);
    describeControls(this);

    // Show and Hide share a letter, so the key that showed a secret hides it (none rather than
    // another's letter).
    for (const auto& [button, edit] :
        {std::pair {m_ui->showKeyButton, m_ui->apiKeyEdit}, std::pair {m_ui->showTokenButton, m_ui->publicTokenEdit}}) {
        const QString showText = button->text(); // with its mnemonic, as assigned
        connect(button, &QToolButton::toggled, this, [button, edit, showText](bool show) {
            edit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
            const qsizetype at = showText.indexOf(u'&');
            QString hide = tr("Hide");
            if (at >= 0 && at + 1 < showText.size()) {
                if (const qsizetype same = hide.indexOf(showText.at(at + 1), 0, Qt::CaseInsensitive); same >= 0)
                    hide.insert(same, u'&');
            }
            button->setText(show ? hide : showText);
        });
    }
    connect(m_ui->clearKeyButton, &QPushButton::clicked, this, [this] {
        m_ui->apiKeyEdit->clear();
        m_removeKey = true;
        updateKeyStatus();
    });
    connect(m_ui->apiKeyEdit, &QLineEdit::textEdited, this, [this] {
        m_removeKey = false;
        updateKeyStatus();
    });
    connect(m_ui->clearTokenButton, &QPushButton::clicked, this, [this] {
        m_ui->publicTokenEdit->clear();
        m_removeToken = true;
        updateKeyStatus();
    });
    connect(m_ui->publicTokenEdit, &QLineEdit::textEdited, this, [this] {
        m_removeToken = false;
        updateKeyStatus();
    });
    CatalogService& catalog = m_backend.catalog();
    connect(m_ui->catalogRefreshButton, &QPushButton::clicked, this, [this] {
        // A token just typed is the one to use: it is stored first.
        if (!saveToken())
            return;
        m_backend.catalog().refresh();
        updateCatalogStatus();
    });
    connect(m_ui->catalogCancelButton, &QPushButton::clicked, &catalog, &CatalogService::cancelRefresh);
    connect(&catalog, &CatalogService::refreshProgress, this, [this](int fetched, int total) {
        m_ui->catalogProgress->setRange(0, std::max(0, total)); // busy until the server says how many
        m_ui->catalogProgress->setValue(fetched);
        m_ui->catalogProgress->setFormat(total < 0 ? tr("Fetching agents…") : tr("%v of %m properties"));
    });
    connect(&catalog, &CatalogService::refreshFinished, this, &SettingsDialog::updateCatalogStatus);
    connect(&catalog, &CatalogService::tokenChanged, this, &SettingsDialog::updateCatalogStatus);
    connect(m_ui->baseUrlEdit, &QLineEdit::textChanged, this, &SettingsDialog::validateBaseUrl);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateKeyStatus();
    updateCatalogStatus();
    validateBaseUrl();
    if (!m_keychainAvailable)
        m_ui->baseUrlEdit->setFocus();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    fitHeight();
}

void SettingsDialog::focusField(QWidget* field)
{
    for (qsizetype i = 0; i < m_pages.size(); ++i) {
        if (m_pages.at(i)->isAncestorOf(field))
            m_pageBar->setCurrentIndex(static_cast<int>(i));
    }
    field->setFocus();
}

void SettingsDialog::fitHeight()
{
    // The height the wrapped notes need at the width the dialog has (a window is first sized by
    // its size hint, which does not know how its lines wrap).
    layout()->activate();
    const int wanted = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : sizeHint().height();
    resize(width(), std::max(wanted, minimumSizeHint().height()));
}

void SettingsDialog::updateKeyStatus()
{
    QString text;
    if (!m_keychainAvailable) {
        text = tr("No keychain is available (%1), so LeadEntry cannot store the key. Set it in the "
                  "ALTERESTATE_API_KEY environment variable instead.")
                   .arg(m_keychainError);
    } else if (m_removeKey) {
        text = tr("The key will be removed from %1 when you save.").arg(m_backend.secrets().description());
    } else {
        text = tr("Stored only in %1, never in a file.").arg(m_backend.secrets().description());
    }
    if (m_backend.apiKeySource() == ApiKey::Source::Environment)
        text += u' ' + tr("ALTERESTATE_API_KEY is set and is the key in use while it is.");
    m_ui->keyStatusLabel->setText(text);

    QString token;
    if (!m_keychainAvailable)
        token = tr("Without a keychain, set the public token in ALTERESTATE_PUBLIC_TOKEN.");
    else if (m_removeToken)
        token = tr("The public token will be removed from %1 when you save.").arg(m_backend.secrets().description());
    else
        token = tr("For the company's properties and agents; an administrator finds it in AlterEstate. Stored "
                   "only in %1.")
                    .arg(m_backend.secrets().description());
    if (m_backend.catalog().tokenSource() == ApiKey::Source::Environment)
        token += u' ' + tr("ALTERESTATE_PUBLIC_TOKEN is set and is the token in use while it is.");
    m_ui->tokenStatusLabel->setText(token);
}

void SettingsDialog::updateCatalogStatus()
{
    const CatalogService& catalog = m_backend.catalog();
    const bool refreshing = catalog.isRefreshing();
    m_ui->catalogRefreshButton->setEnabled(!refreshing);
    m_ui->catalogProgress->setVisible(refreshing);
    m_ui->catalogCancelButton->setVisible(refreshing);
    if (refreshing) {
        m_ui->catalogStatusLabel->setText(tr("Fetching the company's properties and agents…"));
        m_ui->catalogStatusLabel->setStyleSheet(QString());
        return;
    }
    // What the copy holds and when it was made; a failed refresh says why, and that the copy stays.
    // A background refresh that failed before the dialog opened is said too.
    const QString error = catalog.lastRefreshError();
    QString text = catalog.summary();
    if (!error.isEmpty())
        text = tr("Error: %1").arg(error) + u'\n' + text;
    m_ui->catalogStatusLabel->setText(text);
    m_ui->catalogStatusLabel->setStyleSheet(error.isEmpty() ? QString() : Tones::textStyle(*this, Tones::Tone::Error));
    if (isVisible())
        fitHeight();
}

bool SettingsDialog::saveToken()
{
    if (!m_keychainAvailable)
        return true;
    const QString token = m_ui->publicTokenEdit->text().trimmed();
    const bool remove = m_removeToken || (token.isEmpty() && !m_storedToken.isEmpty());
    if (!remove && token == m_storedToken)
        return true;
    if (const Status stored = m_backend.catalog().setStoredToken(remove ? QString() : token); !stored) {
        m_ui->tokenStatusLabel->setText(tr("Error: %1").arg(stored.error()));
        return false;
    }
    m_storedToken = remove ? QString() : token;
    m_removeToken = false;
    m_ui->clearTokenButton->setEnabled(!m_storedToken.isEmpty());
    updateKeyStatus();
    return true;
}

void SettingsDialog::validateBaseUrl()
{
    const QString problem = Settings::validate(Settings::Key::BaseUrl, m_ui->baseUrlEdit->text()).error();
    m_ui->baseUrlMessage->setText(problem.isEmpty() ? QString() : tr("Error: %1").arg(problem));
    m_ui->baseUrlMessage->setStyleSheet(Tones::textStyle(*this, Tones::Tone::Error));
    m_ui->baseUrlMessage->setVisible(!problem.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty());
}

bool SettingsDialog::save()
{
    const QString url = m_ui->baseUrlEdit->text().trimmed();
    if (const Status set = m_settings.setValue(Settings::Key::BaseUrl, url); !set) {
        m_ui->baseUrlMessage->setText(tr("Error: %1").arg(set.error()));
        m_ui->baseUrlMessage->setVisible(true);
        focusField(m_ui->baseUrlEdit);
        return false;
    }
    const QString consent = m_ui->kioskConsentEdit->toPlainText().simplified();
    if (const QString problem = Settings::validate(Settings::Key::KioskConsent, consent).error();
        !problem.isEmpty() || consent.isEmpty()) {
        m_ui->kioskConsentMessage->setText(
            tr("Error: %1").arg(consent.isEmpty() ? tr("Visitors need words to agree to.") : problem));
        m_ui->kioskConsentMessage->setVisible(true);
        focusField(m_ui->kioskConsentEdit);
        return false;
    }
    m_ui->kioskConsentMessage->setVisible(false);
    const QString logo = QDir::fromNativeSeparators(m_ui->kioskLogoEdit->text().trimmed());
    if (const QString problem = Settings::validate(Settings::Key::KioskLogo, logo).error(); !problem.isEmpty()) {
        m_ui->kioskLogoMessage->setText(tr("Error: %1").arg(problem));
        m_ui->kioskLogoMessage->setVisible(true);
        focusField(m_ui->kioskLogoEdit);
        return false;
    }
    m_ui->kioskLogoMessage->setVisible(false);
    // The other values come from controls that offer only valid ones; the file may still refuse.
    const QList<QPair<Settings::Key, QString>> values {
        {Settings::Key::TimeoutSeconds, QString::number(m_ui->timeoutSpin->value())},
        {Settings::Key::DefaultRegion, m_ui->regionCombo->currentData().toString()},
        {Settings::Key::PhoneFormat, m_ui->phoneFormatCombo->currentData().toString()},
        {Settings::Key::Language, m_ui->languageCombo->currentData().toString()},
        {Settings::Key::ClearAfterSubmit,
            m_ui->clearAfterSubmitCheck->isChecked() ? QStringLiteral("true") : QStringLiteral("false")},
        {Settings::Key::KeepSendingInTray,
            m_ui->keepSendingInTrayCheck->isChecked() ? QStringLiteral("true") : QStringLiteral("false")},
        {Settings::Key::KioskIdleSeconds, QString::number(m_ui->kioskIdleSpin->value())},
        {Settings::Key::KioskAskInterest,
            m_ui->kioskAskInterestCheck->isChecked() ? QStringLiteral("true") : QStringLiteral("false")},
        {Settings::Key::KioskAskMessage,
            m_ui->kioskAskMessageCheck->isChecked() ? QStringLiteral("true") : QStringLiteral("false")},
        {Settings::Key::KioskLogo, logo},
        {Settings::Key::CatalogMaxAgeHours, QString::number(m_ui->catalogMaxAgeSpin->value())},
    };
    // The consent line only when it was changed: the default follows the language it is shown in.
    QList<QPair<Settings::Key, QString>> changed = values;
    if (consent != m_settings.valueText(Settings::Key::KioskConsent).simplified())
        changed.append({Settings::Key::KioskConsent, consent});
    for (const auto& [key, value] : changed) {
        if (const Status set = m_settings.setValue(key, value); !set) {
            m_ui->baseUrlMessage->setText(tr("Error: %1").arg(set.error()));
            m_ui->baseUrlMessage->setVisible(true);
            return false;
        }
    }

    if (m_keychainAvailable) {
        const QString key = m_ui->apiKeyEdit->text().trimmed();
        const bool remove = m_removeKey || (key.isEmpty() && !m_storedKey.isEmpty());
        if (remove || key != m_storedKey) {
            if (const Status stored = m_backend.setStoredApiKey(remove ? QString() : key); !stored) {
                m_ui->keyStatusLabel->setText(tr("Error: %1").arg(stored.error()));
                return false;
            }
            m_storedKey = remove ? QString() : key;
            emit apiKeyChanged();
        }
    }
    return saveToken();
}
