#pragma once

#include "core/Lead.h"

#include <QDialog>

#include <array>
#include <functional>

class CatalogPicker;
class CatalogService;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class Settings;

// Create, edit, copy and delete event profiles: presets for the campaign and routing fields.
class EventProfileDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventProfileDialog)

public:
    explicit EventProfileDialog(Settings& settings, QWidget* parent = nullptr);
    ~EventProfileDialog() override;

    // Test seams: how deleting asks for confirmation, and what to do with unsaved changes before
    // another profile is shown or the dialog closes (Save, Discard or Cancel); message boxes by default.
    void setConfirmer(std::function<bool(const QString&)> confirmer) { m_confirm = std::move(confirmer); }
    enum class Unsaved { Save, Discard, Cancel };
    void setUnsavedAsker(std::function<Unsaved(const QString&)> asker) { m_askUnsaved = std::move(asker); }

    // The property and agent fields pick from this catalog (none: plain fields).
    void setCatalog(CatalogService* catalog);

    // Whether the form differs from what is stored (or holds a new profile not saved yet).
    [[nodiscard]] bool hasUnsavedChanges() const;

    void done(int result) override;

public slots:
    void newProfile();
    void copyProfile();
    bool saveProfile();
    void deleteProfile();

private:
    void reload(const QString& select);
    void load(const QString& name);
    void choose(QListWidgetItem* current, QListWidgetItem* previous);
    // Settles unsaved changes first; false when the user cancelled (or saving failed).
    bool settleUnsaved();
    [[nodiscard]] Lead values() const;
    void setValue(qsizetype at, const QString& value);
    void addKioskListing(const QString& uid);
    [[nodiscard]] QStringList kioskListings() const;
    void setKioskListings(const QStringList& uids);

    Settings& m_settings;
    QListWidget* m_list;
    QLineEdit* m_name;
    QLabel* m_message;
    QList<QWidget*> m_editors; // in EventProfiles::fields() order: line edits, a combo box for the listing type
    QList<CatalogPicker*> m_pickers; // on the property and agent fields
    QListWidget* m_kioskListings = nullptr; // the kiosk's question: uids in Qt::UserRole
    QLineEdit* m_addKioskListing = nullptr;
    CatalogPicker* m_kioskPicker = nullptr;
    CatalogService* m_catalog = nullptr;
    QStringList m_loadedListings;
    QString m_loaded; // the stored name being edited, empty for a new one
    QString m_loadedName; // the name field as loaded
    Lead m_loadedValues; // the values as loaded
    std::function<bool(const QString&)> m_confirm;
    std::function<Unsaved(const QString&)> m_askUnsaved;
};
