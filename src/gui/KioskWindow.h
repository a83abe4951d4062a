#pragma once

#include "core/LeadField.h"

#include <QHash>
#include <QWidget>

class CatalogStore;
class QCheckBox;
class QFormLayout;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTimer;
class SecretStore;
class Settings;
class SubmissionService;

// A full-screen sign-in screen for visitors: large type, only the visitor's fields, a consent
// line, a thank-you page, reset after each lead and when idle. Nothing else of the app can be
// reached from it; leaving takes the staff PIN.
class KioskWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KioskWindow)

public:
    KioskWindow(Settings& settings, SubmissionService& service, SecretStore& secrets, QWidget* parent = nullptr);
    ~KioskWindow() override;

    void setIdleMs(int ms); // tests: shorter than the setting allows
    // After three wrong PINs in a row each further try waits, from this long (5 s) doubling up to
    // five minutes. Tests make it short.
    void setPinDelayBaseMs(int ms) { m_pinDelayBaseMs = ms; }
    // Practice mode: a PRACTICE band across the top of every page.
    void setPractice(bool practice);
    // Where the names of the active event's listings come from, for "Which property are you
    // interested in?" (asked only when the event's profile lists some).
    void setCatalog(const CatalogStore* catalog);
    void reset();

public slots:
    void submit();
    void askForPin();
    bool unlock(const QString& pin);

signals:
    // The right PIN was given: the staff may leave the kiosk.
    void exitRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void fillListings();
    Settings& m_settings;
    SecretStore& m_secrets; // where the staff PIN's verifier is
    SubmissionService& m_service;
    QStackedWidget* m_pages;
    QLabel* m_practiceBand;
    QLabel* m_logo; // the event's logo (Settings › Kiosk), when one is set and can be read
    QLabel* m_title;
    QLineEdit* m_name;
    QLineEdit* m_phone;
    QLineEdit* m_email;
    QComboBox* m_interest;
    QComboBox* m_listing; // the event's listings; the first row is "Not sure yet"
    QFormLayout* m_fields = nullptr;
    const CatalogStore* m_catalog = nullptr;
    QPlainTextEdit* m_message;
    QCheckBox* m_consent;
    QString m_consentText; // as shown beside the box
    QLabel* m_error; // what is not about one field (consent, a failure)
    QHash<LeadField, QLabel*> m_fieldErrors; // under each field, in large type
    QLabel* m_thanks;
    QLineEdit* m_pin;
    QLabel* m_pinError;
    QPushButton* m_unlockButton;
    QTimer* m_idle;
    QTimer* m_thanksTimer;
    QTimer* m_pinWait; // the wait after too many wrong PINs
    QString m_warnedPhone; // an unverified number the visitor was asked to check once
    bool m_unlocked = false;
    int m_wrongPins = 0;
    int m_pinDelayBaseMs = 5000;
    void clearErrors();
    void loadLogo();
};
