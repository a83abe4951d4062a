#pragma once

#include "core/Lead.h"

#include <QDialog>

#include <array>
#include <functional>

class QLabel;
class QLineEdit;
class QListWidget;
class Settings;

// Create, edit, copy and delete event profiles: presets for the campaign and routing fields.
class EventProfileDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventProfileDialog)

public:
    explicit EventProfileDialog(Settings& settings, QWidget* parent = nullptr);
    ~EventProfileDialog() override;

    // Test seam: how deleting asks for confirmation; a message box by default.
    void setConfirmer(std::function<bool(const QString&)> confirmer) { m_confirm = std::move(confirmer); }

public slots:
    void newProfile();
    void copyProfile();
    bool saveProfile();
    void deleteProfile();

private:
    void reload(const QString& select);
    void load(const QString& name);
    [[nodiscard]] Lead values() const;

    Settings& m_settings;
    QListWidget* m_list;
    QLineEdit* m_name;
    QLabel* m_message;
    QList<QLineEdit*> m_editors; // in Settings::eventFields() order
    QString m_loaded; // the stored name being edited, empty for a new one
    std::function<bool(const QString&)> m_confirm;
};
