#pragma once

#include "core/Catalog.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class CatalogService;
class QAbstractItemView;
class QCompleter;
class QLabel;
class QLineEdit;
class QStandardItemModel;

// Pick, don't type: a line edit for a lead's property_uid or related that offers the catalog's
// matches as the user types (name, sector, price and listing type; an agent's name and email),
// keyboard first — type, Down, Return — and then holds the uid or the email. A caption under the
// field says what the value is ("Torre Naco 5 · Naco · US$ 245,000 · Sale", "María Gómez"), or
// that it is not in the catalog (it is still sent as typed), or what is missing to pick at all.
// Without a catalog the field is the plain text field it always was.
class CatalogPicker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogPicker)

public:
    enum class Kind {
        Property,
        Agent,
    };

    // The caption is shown under the field by the caller's layout; the picker fills and hides it.
    CatalogPicker(QLineEdit* edit, Kind kind, QLabel* caption, QObject* parent = nullptr);
    ~CatalogPicker() override;

    void setCatalog(CatalogService* catalog);
    // Reads the field's value again against the catalog (after a refresh, a value set from outside).
    // While `typing`, a value that is not in the catalog is not yet called so.
    void updateCaption(bool typing = false);
    [[nodiscard]] QLineEdit* edit() const { return m_edit; }
    // How many matches the last search offered (for tests and the accessible description).
    [[nodiscard]] int offered() const;
    // The list of matches (a window of its own while it is up).
    [[nodiscard]] QAbstractItemView* popup() const;

signals:
    // A match was picked: the uid or the email is in the field.
    void picked(const QString& value);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void search(const QString& text);

    QLineEdit* m_edit;
    Kind m_kind;
    QLabel* m_caption;
    QPointer<CatalogService> m_catalog;
    QStandardItemModel* m_model;
    QCompleter* m_completer;
};
