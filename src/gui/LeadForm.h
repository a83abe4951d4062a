#pragma once

#include "core/Lead.h"
#include "core/LeadValidator.h"

#include <QWidget>

#include <array>
#include <functional>

class CatalogPicker;
class CatalogService;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QToolButton;

// The lead's fields, built from the field table: name, phone and email first, the optional fields
// grouped behind "More fields". Validates each field as the user leaves it, formats the phone as
// it is typed and says where it will be sent.
class LeadForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadForm)

public:
    explicit LeadForm(QWidget* parent = nullptr);
    ~LeadForm() override;

    [[nodiscard]] Lead lead() const;
    void setLead(const Lead& lead);
    // Empties the fields about the person (name, phone, email, notes); campaign fields stay.
    void clearPersonalFields();
    // "The person agreed to be contacted": optional, recorded with the lead when ticked. The
    // words agreed to are the office's consent text (the kiosk's), shown as the box's tooltip.
    [[nodiscard]] bool consentGiven() const;
    void setConsentText(const QString& text);
    // The words a ticked box records (the office's text, or the box's own sentence without one).
    [[nodiscard]] QString consentText() const;
    void clear();
    void focusFirstField();
    // Shows each field's problems under it (or hides the line); focuses the first field in error.
    void showIssues(const QList<FieldIssue>& issues);
    [[nodiscard]] QWidget* editor(LeadField field) const;

    // The listing-type choices (not said, rent, buy), the same wherever a lead's listing type is
    // chosen; a value from elsewhere (the CLI, an import) is kept as it is, as an extra choice.
    static void addListingTypes(QComboBox* combo);
    static void chooseListingType(QComboBox* combo, const QString& value);
    // What the box holds for a value: one of its choices when the value names one ("Venta" → buy),
    // else the value as it is.
    [[nodiscard]] static QString listingTypeChoice(const QString& value);

    void setRegion(const QString& region);
    // Fills the preset fields from an event profile, marked as coming from it and still editable;
    // fields the user changed keep their value. An empty name clears what the last profile filled.
    void setProfile(const QString& name, const Lead& values);
    [[nodiscard]] bool moreFieldsShown() const;
    void setMoreFieldsShown(bool shown);
    // Property and agent are picked from this catalog (CatalogPicker); without one they are plain
    // fields. Picking a listing while the agent is empty offers the listing's agent.
    void setCatalog(CatalogService* catalog);
    [[nodiscard]] CatalogPicker* picker(LeadField field) const;
    // Asked when the phone or email is left: a note such as "Submitted before on …", or empty.
    void setHintProvider(std::function<QString(const QString& phoneE164, const QString& email)> provider);

signals:
    void submitRequested();
    void moreFieldsToggled(bool shown);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    [[nodiscard]] QString text(LeadField field) const;
    void setText(LeadField field, const QString& value);
    void showFieldIssues(LeadField field, const QList<FieldIssue>& issues);
    void recheck(LeadField field);
    // What typing into a field does: the profile mark follows, a shown error is checked again.
    void fieldEdited(LeadField field, const QString& value);
    void phoneEdited(const QString& text);
    void updatePhoneInfo();
    void updateHint();
    void markFromProfile(LeadField field, bool marked);
    QWidget* makeEditor(const LeadFieldInfo& info);
    void addRow(QFormLayout* layout, LeadField field, const QList<QWidget*>& extras = {});
    // Makes what "More fields" shows, once: when it is opened, or one of its fields is asked for
    // or has an error to show. Until then their values are kept in m_unbuilt.
    void buildMore();
    void offerListingAgent(const QString& uid, const QString& email, const QString& name);

    std::array<QWidget*, LeadFieldCount> m_editors {}; // null behind "More fields" until buildMore()
    std::array<QLabel*, LeadFieldCount> m_messages {};
    QLabel* m_phoneInfo;
    QLabel* m_hint;
    QToolButton* m_moreButton;
    QWidget* m_more;
    Lead m_unbuilt; // the values of the fields behind "More fields" while they are not made
    QCheckBox* m_consent;
    CatalogPicker* m_propertyPicker = nullptr;
    CatalogPicker* m_agentPicker = nullptr;
    QPushButton* m_agentOffer = nullptr; // "Use the listing's agent: María Gómez"
    QLabel* m_agentOfferNote = nullptr; // why it cannot be offered
    CatalogService* m_catalog = nullptr;
    QString m_consentText;
    QString m_region = PhoneNumbers::defaultRegion();
    QString m_profileName;
    Lead m_profileValues;
    std::function<QString(const QString&, const QString&)> m_hintProvider;
};
