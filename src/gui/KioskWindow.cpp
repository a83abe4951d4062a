#include "KioskWindow.h"

#include "Mnemonics.h"
#include "Tones.h"
#include "core/EventProfiles.h"
#include "core/KioskPin.h"
#include "core/LeadIntake.h"
#include "core/Settings.h"
#include "service/SubmissionService.h"
#include "storage/CatalogStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

KioskWindow::KioskWindow(Settings& settings, SubmissionService& service, SecretStore& secrets, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_service(service)
    , m_pages(new QStackedWidget(this))
    , m_practiceBand(new QLabel(this))
    , m_logo(new QLabel(this))
    , m_title(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_interest(new QComboBox(this))
    , m_listing(new QComboBox(this))
    , m_message(new QPlainTextEdit(this))
    , m_consent(new QCheckBox(this))
    , m_error(new QLabel(this))
    , m_thanks(new QLabel(this))
    , m_pin(new QLineEdit(this))
    , m_pinError(new QLabel(this))
    , m_unlockButton(nullptr)
    , m_idle(new QTimer(this))
    , m_thanksTimer(new QTimer(this))
    , m_pinWait(new QTimer(this))
{
    setObjectName(QStringLiteral("kiosk"));
    setWindowTitle(tr("Welcome"));
    QFont large = font();
    large.setPointSizeF(large.pointSizeF() * 1.8);
    setFont(large);

    // Sign-in page.
    auto* form = new QWidget(m_pages);
    m_title->setObjectName(QStringLiteral("kioskTitle"));
    QFont titleFont = large;
    titleFont.setPointSizeF(large.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    const auto named = [](QWidget* w, const char* name, const QString& accessible) {
        w->setObjectName(QString::fromLatin1(name));
        w->setAccessibleName(accessible);
    };
    named(m_name, "kioskName", tr("Your name"));
    named(m_phone, "kioskPhone", tr("Your phone"));
    named(m_email, "kioskEmail", tr("Your email"));
    named(m_interest, "kioskInterest", tr("You are looking to"));
    named(m_listing, "kioskListing", tr("Which property are you interested in?"));
    m_listing->setToolTip(tr("The property you would like to hear about"));
    named(m_message, "kioskMessage", tr("Message"));
    named(m_consent, "kioskConsent", tr("Consent"));
    m_name->setToolTip(tr("Your first and last name"));
    m_phone->setToolTip(tr("A phone number where an agent can reach you"));
    m_email->setToolTip(tr("An email address where an agent can write to you"));
    m_interest->setToolTip(tr("Whether you want to rent or to buy"));
    m_message->setToolTip(tr("Anything you would like the agent to know"));
    m_consent->setToolTip(tr("Needed to send your details"));
    m_pin->setToolTip(tr("The staff PIN that closes the kiosk"));
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    m_interest->addItem(tr("Just looking"), QString());
    m_interest->addItem(tr("Rent"), QStringLiteral("rent"));
    m_interest->addItem(tr("Buy"), QStringLiteral("buy"));
    m_message->setTabChangesFocus(true);
    m_message->setFixedHeight(m_message->fontMetrics().lineSpacing() * 3 + 16);
    m_consentText = m_settings.valueText(Settings::Key::KioskConsent);
    m_consent->setText(m_consentText);
    m_error->setObjectName(QStringLiteral("kioskError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(Tones::textStyle(*this, Tones::Tone::Error));
    // Touch targets a finger can hit (44 px at least), and a consent box to match.
    const int touch = std::max(44, fontMetrics().height() + 16);
    for (QWidget* w : std::initializer_list<QWidget*> {m_name, m_phone, m_email, m_interest, m_listing, m_pin})
        w->setMinimumHeight(touch);
    m_consent->setStyleSheet(
        QStringLiteral("QCheckBox { spacing: 16px; } QCheckBox::indicator { width: %1px; height: %1px; }")
            .arg(touch - 8));
    m_consent->setMinimumHeight(touch);
    // A style sheet stops the large type from reaching a widget by itself: given again.
    m_consent->setFont(large);
    m_error->setFont(large);
    auto* send = new QPushButton(tr("&Send"), form);
    send->setObjectName(QStringLiteral("kioskSend"));
    send->setDefault(true);
    auto* staff = new QPushButton(tr("Staff"), form);
    staff->setObjectName(QStringLiteral("kioskStaff"));
    staff->setFlat(true);
    staff->setFont(font()); // small, out of the way
    staff->setToolTip(tr("For staff: leave the kiosk with the PIN"));
    send->setToolTip(tr("Send your details to the agents"));
    send->setMinimumHeight(touch);
    send->setMinimumWidth(touch * 4);
    staff->setMinimumHeight(touch);
    auto* fields = new QFormLayout;
    m_fields = fields;
    const auto addRow = [&](const QString& label, QWidget* editor) {
        auto* l = new QLabel(label, form);
        l->setBuddy(editor);
        fields->addRow(l, editor);
    };
    // A field's problem right under it, as large as the field's text.
    const auto addError = [&](LeadField field, const char* name) {
        auto* error = new QLabel(form);
        error->setObjectName(QString::fromLatin1(name));
        error->setWordWrap(true);
        error->setStyleSheet(Tones::textStyle(*this, Tones::Tone::Error));
        error->hide();
        fields->addRow(QString(), error);
        m_fieldErrors.insert(field, error);
    };
    addRow(tr("&Name *"), m_name);
    addError(LeadField::FullName, "kioskNameError");
    addRow(tr("&Phone *"), m_phone);
    addError(LeadField::Phone, "kioskPhoneError");
    addRow(tr("&Email *"), m_email);
    addError(LeadField::Email, "kioskEmailError");
    if (m_settings.value(Settings::Key::KioskAskInterest).toBool())
        addRow(tr("I'm looking &to"), m_interest);
    else
        m_interest->hide();
    addRow(tr("Which property are you &interested in?"), m_listing); // shown when the event lists some
    if (m_settings.value(Settings::Key::KioskAskMessage).toBool())
        addRow(tr("&Message"), m_message);
    else
        m_message->hide();
    fields->addRow(m_consent);
    fields->addRow(m_error);
    auto* formLayout = new QVBoxLayout(form);
    formLayout->addStretch(1);
    m_logo->setObjectName(QStringLiteral("kioskLogo"));
    m_logo->setAccessibleName(tr("Event logo"));
    m_logo->setAlignment(Qt::AlignCenter);
    formLayout->addWidget(m_logo);
    loadLogo();
    formLayout->addWidget(m_title);
    formLayout->addSpacing(24);
    auto* centred = new QHBoxLayout;
    centred->addStretch(1);
    centred->addLayout(fields, 4);
    centred->addStretch(1);
    formLayout->addLayout(centred);
    auto* sendRow = new QHBoxLayout;
    sendRow->addStretch(1);
    sendRow->addWidget(send);
    sendRow->addStretch(1);
    formLayout->addLayout(sendRow);
    formLayout->addStretch(2);
    auto* staffRow = new QHBoxLayout;
    staffRow->addStretch(1);
    staffRow->addWidget(staff);
    formLayout->addLayout(staffRow);

    // Thank-you page.
    auto* thanksPage = new QWidget(m_pages);
    m_thanks->setObjectName(QStringLiteral("kioskThanks"));
    m_thanks->setFont(titleFont);
    m_thanks->setAlignment(Qt::AlignCenter);
    m_thanks->setWordWrap(true);
    auto* thanksLayout = new QVBoxLayout(thanksPage);
    thanksLayout->addWidget(m_thanks);

    // Staff PIN page.
    auto* pinPage = new QWidget(m_pages);
    m_pin->setObjectName(QStringLiteral("kioskPin"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setAccessibleName(tr("Staff PIN"));
    m_pinError->setObjectName(QStringLiteral("kioskPinError"));
    m_pinError->setStyleSheet(Tones::textStyle(*this, Tones::Tone::Error));
    m_pin->setInputMethodHints(Qt::ImhDigitsOnly);
    auto* unlockButton = new QPushButton(tr("&Leave kiosk"), pinPage);
    m_unlockButton = unlockButton;
    auto* back = new QPushButton(tr("&Back"), pinPage);
    for (QPushButton* b : {unlockButton, back})
        b->setMinimumHeight(touch);
    back->setToolTip(tr("Back to the sign-in form"));
    unlockButton->setToolTip(tr("Close the kiosk if the PIN is right"));
    auto* pinLabel = new QLabel(tr("Staff &PIN:"), pinPage);
    pinLabel->setBuddy(m_pin);
    auto* pinLayout = new QVBoxLayout(pinPage);
    pinLayout->addStretch(1);
    pinLayout->addWidget(pinLabel, 0, Qt::AlignHCenter);
    pinLayout->addWidget(m_pin, 0, Qt::AlignHCenter);
    pinLayout->addWidget(m_pinError, 0, Qt::AlignHCenter);
    auto* pinButtons = new QHBoxLayout;
    pinButtons->addStretch(1);
    pinButtons->addWidget(back);
    pinButtons->addWidget(unlockButton);
    pinButtons->addStretch(1);
    pinLayout->addLayout(pinButtons);
    pinLayout->addStretch(2);

    m_pages->addWidget(form);
    m_pages->addWidget(thanksPage);
    m_pages->addWidget(pinPage);
    auto* layout = new QVBoxLayout(this);
    m_practiceBand->setObjectName(QStringLiteral("kioskPracticeBand"));
    m_practiceBand->setText(tr("PRACTICE — sign-ins here are not sent to AlterEstate"));
    m_practiceBand->setAlignment(Qt::AlignCenter);
    m_practiceBand->setWordWrap(true);
    m_practiceBand->setVisible(false);
    layout->addWidget(m_practiceBand);
    layout->addWidget(m_pages);

    connect(send, &QPushButton::clicked, this, &KioskWindow::submit);
    // Return in any field sends, or says what is missing.
    for (QLineEdit* e : {m_name, m_phone, m_email})
        connect(e, &QLineEdit::returnPressed, this, &KioskWindow::submit);
    m_pinWait->setSingleShot(true);
    connect(m_pinWait, &QTimer::timeout, this, [this] {
        m_unlockButton->setEnabled(true);
        m_pin->setEnabled(true);
        m_pinError->clear();
        if (m_pages->currentIndex() == 2) // not when a visitor has the form again
            m_pin->setFocus();
    });
    connect(staff, &QPushButton::clicked, this, &KioskWindow::askForPin);
    connect(back, &QPushButton::clicked, this, &KioskWindow::reset);
    connect(unlockButton, &QPushButton::clicked, this, [this] { unlock(m_pin->text()); });
    connect(m_pin, &QLineEdit::returnPressed, this, [this] { unlock(m_pin->text()); });
    m_idle->setSingleShot(true);
    m_idle->setInterval(m_settings.value(Settings::Key::KioskIdleSeconds).toInt() * 1000);
    connect(m_idle, &QTimer::timeout, this, &KioskWindow::reset);
    m_thanksTimer->setSingleShot(true);
    m_thanksTimer->setInterval(6000);
    connect(m_thanksTimer, &QTimer::timeout, this, &KioskWindow::reset);
    Mnemonics::assign(this);
    describeControls(this);
    qApp->installEventFilter(this);
    reset();
}

KioskWindow::~KioskWindow()
{
    qApp->removeEventFilter(this);
}

void KioskWindow::loadLogo()
{
    m_logo->clear();
    m_logo->setVisible(false);
    const QString path = m_settings.storedText(Settings::Key::KioskLogo);
    if (path.isEmpty())
        return;
    // Checked again here: the file may have changed since it was chosen.
    if (const QString problem = Settings::validate(Settings::Key::KioskLogo, path).error(); !problem.isEmpty()) {
        qWarning("kiosk logo not shown: %s", qPrintable(problem));
        return;
    }
    // At most 480 px wide and 120 px high on screen — less on a short screen, where the form and its
    // errors need the room (a twelfth of its height: 64 px at 768) — decoded no larger than that
    // where the format allows, and never an image whose pixels alone would take about 160 MB.
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (!size.isValid() || qint64 {size.width()} * size.height() > 40'000'000) {
        qWarning("kiosk logo not shown: %s is not an image of a usable size", qPrintable(QFileInfo(path).fileName()));
        return;
    }
    const qreal ratio = devicePixelRatioF();
    const int height = std::min(120, (screen() ? screen()->availableGeometry().height() : 768) / 12);
    const QSize box(qRound(480 * ratio), qRound(height * ratio));
    if (size.width() > box.width() || size.height() > box.height())
        reader.setScaledSize(size.scaled(box, Qt::KeepAspectRatio));
    const QImage image = reader.read();
    if (image.isNull()) {
        qWarning("kiosk logo not shown: %s", qPrintable(reader.errorString()));
        return;
    }
    QPixmap pixmap = QPixmap::fromImage(image);
    pixmap.setDevicePixelRatio(ratio);
    m_logo->setPixmap(pixmap);
    m_logo->setVisible(true);
}

void KioskWindow::setPractice(bool practice)
{
    m_practiceBand->setStyleSheet(Tones::bannerStyle(
        *this, Tones::Tone::Warning, QStringLiteral("kioskPracticeBand"), QStringLiteral("kioskPracticeBand")));
    m_practiceBand->setVisible(practice);
    setWindowTitle(practice ? tr("Welcome — Practice") : tr("Welcome"));
}

void KioskWindow::setIdleMs(int ms)
{
    m_idle->setInterval(ms);
    m_thanksTimer->setInterval(ms);
}

void KioskWindow::setCatalog(const CatalogStore* catalog)
{
    m_catalog = catalog;
    fillListings();
}

void KioskWindow::fillListings()
{
    // The active event's listings, with their names from the catalog (a uid it does not know is
    // offered as it is); none: the question is not asked.
    const QStringList uids = EventProfiles(m_settings).kioskListings(m_settings.activeEvent());
    m_listing->clear();
    m_listing->addItem(tr("Not sure yet"), QString());
    for (const QString& uid : uids) {
        const auto found = m_catalog ? m_catalog->property(uid).valueOr(std::nullopt) : std::nullopt;
        m_listing->addItem(found ? CatalogText::propertyLine(*found) : uid, uid);
    }
    m_fields->setRowVisible(m_listing, !uids.isEmpty());
}

void KioskWindow::reset()
{
    const QString event = m_settings.activeEvent();
    m_title->setText(event.isEmpty()
            ? tr("Welcome! Leave us your details and an agent will contact you.")
            : tr("Welcome to %1! Leave us your details and an agent will contact you.").arg(event));
    for (QLineEdit* e : {m_name, m_phone, m_email, m_pin})
        e->clear();
    m_message->clear();
    m_interest->setCurrentIndex(0);
    fillListings();
    m_consent->setChecked(false);
    clearErrors();
    if (!m_pinWait->isActive())
        m_pinError->clear();
    m_warnedPhone.clear();
    m_pages->setCurrentIndex(0);
    m_name->setFocus();
    m_idle->stop();
}

void KioskWindow::submit()
{
    Lead lead;
    lead.setValue(LeadField::FullName, m_name->text());
    lead.setValue(LeadField::Phone, m_phone->text());
    lead.setValue(LeadField::Email, m_email->text());
    lead.setValue(LeadField::ListingType, m_interest->currentData().toString());
    if (m_listing->isVisibleTo(this)) // a listing chosen wins over the profile's
        lead.setValue(LeadField::PropertyUid, m_listing->currentData().toString());
    lead.setValue(LeadField::Notes, m_message->toPlainText());
    const QString event = m_settings.activeEvent();
    // A visitor cannot judge numbering plans: asked once to check, the number is then accepted.
    const bool phoneChecked = m_warnedPhone == m_phone->text();
    const LeadIntake::Decision intake
        = LeadIntake::take(lead, EventProfiles(m_settings).active(), m_settings.defaultRegion(),
            phoneChecked ? LeadIntake::UnverifiedPhone::Accept : LeadIntake::UnverifiedPhone::Ask);
    clearErrors();
    QWidget* firstWrong = nullptr;
    QStringList problems;
    for (const FieldIssue& issue : intake.validation.issues) {
        if (issue.severity != FieldIssue::Severity::Error)
            continue;
        if (QLabel* below = m_fieldErrors.value(issue.field)) {
            below->setText(issue.message);
            below->show();
            if (!firstWrong) // the focus goes to the first field to fix
                firstWrong = issue.field == LeadField::FullName ? m_name
                    : issue.field == LeadField::Phone           ? m_phone
                                                                : m_email;
        } else {
            problems.append(LeadFields::label(issue.field) + QStringLiteral(": ") + issue.message);
        }
    }
    if (intake.needsConfirmation()) {
        m_warnedPhone = m_phone->text();
        QLabel* below = m_fieldErrors.value(LeadField::Phone);
        below->setText(tr("Please check your phone number. If it is right, press Send again."));
        below->show();
        m_phone->setFocus();
        return;
    }
    if (!m_consent->isChecked())
        problems.append(tr("Please tick the consent line to send your details."));
    if (!problems.isEmpty() || !intake.accepted || firstWrong) {
        m_error->setText(problems.join(u'\n'));
        m_error->setVisible(!problems.isEmpty());
        if (firstWrong)
            firstWrong->setFocus();
        return;
    }
    // Stored in the outbox at once: with or without Wi-Fi, the visitor is done.
    // The visitor's own tick, on record with the words on their screen (not the setting as it may
    // be by now).
    const Consent consent = Consent::givenTo(m_consentText, QDateTime::currentMSecsSinceEpoch());
    if (const Result<qint64> stored = m_service.submit(*intake.accepted, Origin::Kiosk, event, 0, consent); !stored) {
        qWarning("kiosk: the lead could not be stored: %s", qPrintable(stored.error()));
        m_error->setText(tr("Sorry, something went wrong. Please tell a member of staff."));
        return;
    }
    const QString first = intake.accepted->lead().fullName().section(u' ', 0, 0);
    m_thanks->setText(tr("Thank you, %1! An agent will contact you soon.").arg(first));
    m_pages->setCurrentIndex(1);
    m_thanksTimer->start();
}

void KioskWindow::askForPin()
{
    m_pin->clear();
    if (!m_pinWait->isActive()) // the wait's message stays while the field is closed
        m_pinError->clear();
    m_pages->setCurrentIndex(2);
    m_pin->setFocus();
    m_idle->start();
}

void KioskWindow::clearErrors()
{
    m_error->clear();
    m_error->hide();
    for (QLabel* below : std::as_const(m_fieldErrors)) {
        below->clear();
        below->hide();
    }
}

bool KioskWindow::unlock(const QString& pin)
{
    if (m_pinWait->isActive())
        return false; // still waiting after too many wrong PINs
    const Result<bool> right = KioskPin(m_settings, m_secrets).check(pin);
    if (!right) { // the keychain did not answer: not a wrong PIN, and said as it is
        m_pin->clear();
        m_pinError->setText(right.error());
        return false;
    }
    if (!*right) {
        m_pin->clear();
        // Guessing gets slower: from the third wrong PIN in a row, a wait that doubles each time.
        if (++m_wrongPins >= 3) {
            const int wait = std::min(m_pinDelayBaseMs << std::min(m_wrongPins - 3, 6), 300000);
            m_pinError->setText(tr("Wrong PIN. Try again in %1 seconds.").arg((wait + 999) / 1000));
            m_unlockButton->setEnabled(false);
            m_pin->setEnabled(false);
            m_pinWait->start(wait);
        } else {
            m_pinError->setText(tr("Wrong PIN."));
        }
        return false;
    }
    m_wrongPins = 0;
    m_unlocked = true;
    emit exitRequested();
    return true;
}

bool KioskWindow::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
        // Anything typed or touched restarts the idle countdown; an abandoned form is emptied.
        if (m_pages->currentIndex() != 1)
            m_idle->start();
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void KioskWindow::closeEvent(QCloseEvent* event)
{
    if (m_unlocked)
        event->accept();
    else
        event->ignore(); // only the staff PIN leaves the kiosk
}

void KioskWindow::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        event->accept(); // no way out without the PIN; from the PIN page, back to the form
        if (m_pages->currentIndex() == 2)
            reset();
        return;
    }
    QWidget::keyPressEvent(event);
}
