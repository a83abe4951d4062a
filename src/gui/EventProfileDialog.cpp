#include "EventProfileDialog.h"

#include "core/EventProfiles.h"

#include "CatalogPicker.h"
#include "LeadForm.h"
#include "Mnemonics.h"
#include "Tones.h"
#include "core/Settings.h"
#include "service/CatalogService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

EventProfileDialog::EventProfileDialog(Settings& settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_list(new QListWidget(this))
    , m_name(nullptr)
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Event profiles"));
    m_confirm = [this](const QString& text) {
        return QMessageBox::question(this, tr("Delete profile"), text) == QMessageBox::Yes;
    };
    m_askUnsaved = [this](const QString& text) {
        switch (QMessageBox::question(this, tr("Unsaved changes"), text,
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save)) {
        case QMessageBox::Save:
            return Unsaved::Save;
        case QMessageBox::Discard:
            return Unsaved::Discard;
        default:
            return Unsaved::Cancel;
        }
    };
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setAccessibleName(tr("Event profiles"));
    // Made in the order Tab visits them: the list and its buttons, then the profile's name and
    // fields, then Save.
    auto* newButton = new QPushButton(tr("&New"), this);
    auto* copyButton = new QPushButton(tr("&Copy"), this);
    auto* deleteButton = new QPushButton(tr("&Delete"), this);
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("The event's name, e.g. Expo Vivienda 2026"));
    m_name->setObjectName(QStringLiteral("profileName"));
    m_name->setToolTip(tr("The name shown in the toolbar and recorded with each lead"));
    m_list->setToolTip(tr("The event profiles; choose one to edit it"));
    m_message->setObjectName(QStringLiteral("profileMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(Tones::textStyle(*this, Tones::Tone::Error));

    newButton->setObjectName(QStringLiteral("newProfileButton"));
    copyButton->setObjectName(QStringLiteral("copyProfileButton"));
    deleteButton->setObjectName(QStringLiteral("deleteProfileButton"));
    newButton->setToolTip(tr("Start a new event profile"));
    copyButton->setToolTip(tr("Start a new profile from this one's values"));
    deleteButton->setToolTip(tr("Delete this event profile"));

    auto* left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(newButton);
    listButtons->addWidget(copyButton);
    listButtons->addWidget(deleteButton);
    left->addLayout(listButtons);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* nameLabel = new QLabel(tr("N&ame:"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, m_name);
    for (const LeadField f : EventProfiles::fields()) {
        QWidget* edit = nullptr;
        if (f == LeadField::ListingType) { // the same choices as the lead form, never free text
            auto* combo = new QComboBox(this);
            LeadForm::addListingTypes(combo);
            edit = combo;
        } else {
            auto* line = new QLineEdit(this);
            line->setMinimumWidth(line->fontMetrics().averageCharWidth() * 28);
            edit = line;
        }
        edit->setObjectName(LeadFields::apiName(f));
        edit->setAccessibleName(LeadFields::label(f));
        edit->setToolTip(LeadFields::description(f));
        auto* label = new QLabel(LeadFields::label(f), this);
        label->setBuddy(edit);
        m_editors.append(edit);
        if (f != LeadField::PropertyUid && f != LeadField::Related) {
            form->addRow(label, edit);
            continue;
        }
        // An event at one project presets its listing and agent: picked from the catalog.
        auto* cell = new QWidget(this);
        auto* cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        auto* caption = new QLabel(this);
        caption->setObjectName(LeadFields::apiName(f) + QStringLiteral("_caption"));
        cellLayout->addWidget(edit);
        cellLayout->addWidget(caption);
        form->addRow(label, cell);
        m_pickers.append(new CatalogPicker(static_cast<QLineEdit*>(edit),
            f == LeadField::PropertyUid ? CatalogPicker::Kind::Property : CatalogPicker::Kind::Agent, caption, this));
    }
    // The kiosk's question, for an event with several listings: which of these?
    m_kioskListings = new QListWidget(this);
    m_kioskListings->setObjectName(QStringLiteral("kioskListings"));
    m_kioskListings->setAccessibleName(tr("Properties the kiosk asks about"));
    m_kioskListings->setToolTip(
        tr("Visitors at the kiosk choose among these (\"Which property are you interested in?\"); none: the "
           "kiosk does not ask"));
    m_kioskListings->setMaximumHeight(m_kioskListings->fontMetrics().height() * 5 + 8);
    m_addKioskListing = new QLineEdit(this);
    m_addKioskListing->setObjectName(QStringLiteral("addKioskListing"));
    m_addKioskListing->setAccessibleName(tr("Add a property for the kiosk"));
    m_addKioskListing->setToolTip(tr("Type a name, sector or uid and pick the property to add"));
    auto* removeListing = new QPushButton(tr("&Remove"), this);
    removeListing->setObjectName(QStringLiteral("removeKioskListing"));
    removeListing->setToolTip(tr("Remove the chosen property from the kiosk's question"));
    auto* addCaption = new QLabel(this);
    addCaption->setObjectName(QStringLiteral("addKioskListing_caption"));
    auto* kioskCell = new QWidget(this);
    auto* kioskLayout = new QGridLayout(kioskCell);
    kioskLayout->setContentsMargins(0, 0, 0, 0);
    kioskLayout->addWidget(m_kioskListings, 0, 0, 1, 2);
    kioskLayout->addWidget(m_addKioskListing, 1, 0);
    kioskLayout->addWidget(removeListing, 1, 1);
    kioskLayout->addWidget(addCaption, 2, 0, 1, 2);
    auto* kioskLabel = new QLabel(tr("&Kiosk asks about:"), this);
    kioskLabel->setBuddy(m_addKioskListing);
    form->addRow(kioskLabel, kioskCell);
    m_kioskPicker = new CatalogPicker(m_addKioskListing, CatalogPicker::Kind::Property, addCaption, this);
    connect(m_kioskPicker, &CatalogPicker::picked, this, [this](const QString& uid) {
        addKioskListing(uid);
        m_addKioskListing->clear();
        m_kioskPicker->updateCaption();
    });
    connect(removeListing, &QPushButton::clicked, this, [this] { delete m_kioskListings->currentItem(); });
    form->addRow(m_message);
    auto* saveButton = new QPushButton(tr("&Save profile"), this);
    saveButton->setObjectName(QStringLiteral("saveProfileButton"));
    saveButton->setToolTip(tr("Save this event profile"));
    saveButton->setDefault(true); // Return in any field saves
    form->addRow(saveButton);

    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(form, 2);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setToolTip(tr("Close this window"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(newButton, &QPushButton::clicked, this, &EventProfileDialog::newProfile);
    connect(copyButton, &QPushButton::clicked, this, &EventProfileDialog::copyProfile);
    connect(deleteButton, &QPushButton::clicked, this, &EventProfileDialog::deleteProfile);
    connect(saveButton, &QPushButton::clicked, this, &EventProfileDialog::saveProfile);
    connect(m_list, &QListWidget::currentItemChanged, this, &EventProfileDialog::choose);
    Mnemonics::assign(this);
    describeControls(this);
    reload(m_settings.activeEvent());
    if (EventProfiles(m_settings).names().isEmpty())
        newProfile();
}

EventProfileDialog::~EventProfileDialog() = default;

void EventProfileDialog::setCatalog(CatalogService* catalog)
{
    m_catalog = catalog;
    for (CatalogPicker* picker : std::as_const(m_pickers))
        picker->setCatalog(catalog);
    m_kioskPicker->setCatalog(catalog);
    setKioskListings(kioskListings()); // with their names now
}

void EventProfileDialog::addKioskListing(const QString& uid)
{
    if (uid.trimmed().isEmpty() || kioskListings().contains(uid.trimmed()))
        return;
    const auto found = m_catalog ? m_catalog->store().property(uid.trimmed()).valueOr(std::nullopt) : std::nullopt;
    auto* item = new QListWidgetItem(found ? CatalogText::propertyLine(*found) : uid.trimmed(), m_kioskListings);
    item->setData(Qt::UserRole, uid.trimmed());
    item->setToolTip(tr("uid %1").arg(uid.trimmed()));
}

QStringList EventProfileDialog::kioskListings() const
{
    QStringList uids;
    for (int i = 0; i < m_kioskListings->count(); ++i)
        uids.append(m_kioskListings->item(i)->data(Qt::UserRole).toString());
    return uids;
}

void EventProfileDialog::setKioskListings(const QStringList& uids)
{
    m_kioskListings->clear();
    for (const QString& uid : uids)
        addKioskListing(uid);
}

void EventProfileDialog::reload(const QString& select)
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    m_list->addItems(EventProfiles(m_settings).names());
    const auto found = m_list->findItems(select, Qt::MatchExactly);
    m_list->setCurrentItem(found.isEmpty() ? m_list->item(0) : found.first());
    load(m_list->currentItem() ? m_list->currentItem()->text() : QString());
}

void EventProfileDialog::load(const QString& name)
{
    const Lead profile = EventProfiles(m_settings).profile(name).value_or(Lead());
    m_loaded = EventProfiles(m_settings).profile(name) ? name : QString();
    m_name->setText(m_loaded);
    const QList<LeadField> fields = EventProfiles::fields();
    for (qsizetype i = 0; i < fields.size(); ++i)
        setValue(i, profile.value(fields.at(i)));
    setKioskListings(EventProfiles(m_settings).kioskListings(m_loaded));
    m_loadedName = m_name->text();
    m_loadedValues = values();
    m_loadedListings = kioskListings();
    m_message->clear();
}

void EventProfileDialog::choose(QListWidgetItem* current, QListWidgetItem* previous)
{
    // By name: saving reloads the list, and the items with it.
    const QString name = current ? current->text() : QString();
    if (!settleUnsaved()) {
        // Stay on the profile being edited. After the event that chose another one is over: a
        // mouse press selects the clicked row once this signal returns.
        const QString stay = previous ? previous->text() : QString();
        QTimer::singleShot(0, this, [this, stay] {
            const QSignalBlocker block(m_list);
            const auto items = m_list->findItems(stay, Qt::MatchExactly);
            m_list->setCurrentItem(items.isEmpty() || stay.isEmpty() ? nullptr : items.first());
            if (stay.isEmpty())
                m_list->clearSelection();
        });
        return;
    }
    const auto found = m_list->findItems(name, Qt::MatchExactly);
    if (!found.isEmpty() && m_list->currentItem() != found.first()) {
        const QSignalBlocker block(m_list);
        m_list->setCurrentItem(found.first());
    }
    load(name);
}

bool EventProfileDialog::hasUnsavedChanges() const
{
    return m_name->text() != m_loadedName || values() != m_loadedValues || kioskListings() != m_loadedListings;
}

bool EventProfileDialog::settleUnsaved()
{
    if (!hasUnsavedChanges())
        return true;
    const QString name = m_name->text().trimmed().isEmpty() ? tr("the new profile") : m_name->text().trimmed();
    switch (m_askUnsaved(tr("Save the changes to %1?").arg(name))) {
    case Unsaved::Save:
        return saveProfile();
    case Unsaved::Discard:
        return true;
    case Unsaved::Cancel:
        break;
    }
    return false;
}

void EventProfileDialog::done(int result)
{
    if (!settleUnsaved())
        return;
    QDialog::done(result);
}

Lead EventProfileDialog::values() const
{
    Lead lead;
    const QList<LeadField> fields = EventProfiles::fields();
    for (qsizetype i = 0; i < fields.size(); ++i) {
        QWidget* w = m_editors.at(i);
        if (auto* combo = qobject_cast<QComboBox*>(w))
            lead.setValue(fields.at(i), combo->currentData().toString());
        else
            lead.setValue(fields.at(i), static_cast<QLineEdit*>(w)->text());
    }
    return lead;
}

void EventProfileDialog::setValue(qsizetype at, const QString& value)
{
    QWidget* w = m_editors.at(at);
    if (auto* combo = qobject_cast<QComboBox*>(w))
        LeadForm::chooseListingType(combo, value);
    else
        static_cast<QLineEdit*>(w)->setText(value);
}

void EventProfileDialog::newProfile()
{
    if (!settleUnsaved())
        return;
    {
        const QSignalBlocker block(m_list);
        m_list->clearSelection();
        m_list->setCurrentItem(nullptr);
    }
    m_loaded.clear();
    m_name->clear(); // a name the user gives, never a placeholder saved as one
    for (qsizetype i = 0; i < m_editors.size(); ++i)
        setValue(i, QString());
    m_kioskListings->clear();
    m_loadedName.clear();
    m_loadedValues = values();
    m_loadedListings.clear();
    m_message->clear();
    m_name->setFocus();
}

void EventProfileDialog::copyProfile()
{
    if (m_loaded.isEmpty())
        return;
    {
        const QSignalBlocker block(m_list);
        m_list->clearSelection();
        m_list->setCurrentItem(nullptr);
    }
    const QString copyName = tr("%1 (copy)").arg(m_loaded);
    m_loaded.clear();
    m_loadedName.clear(); // a copy is new until it is saved
    m_name->setText(copyName);
    m_name->setFocus();
    m_name->selectAll();
}

bool EventProfileDialog::saveProfile()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        m_message->setText(tr("Error: give the profile a name."));
        m_name->setFocus();
        return false;
    }
    if (name != m_loaded && EventProfiles(m_settings).profile(name)) {
        m_message->setText(tr("Error: a profile named \"%1\" exists already.").arg(name));
        return false;
    }
    EventProfiles profiles(m_settings);
    if (const Status saved = profiles.set(name, values()); !saved) {
        m_message->setText(tr("Error: %1").arg(saved.error()));
        return false;
    }
    if (const Status saved = profiles.setKioskListings(name, kioskListings()); !saved) {
        m_message->setText(tr("Error: %1").arg(saved.error()));
        return false;
    }
    if (!m_loaded.isEmpty() && m_loaded != name) { // renamed
        const bool wasActive = m_settings.activeEvent() == m_loaded;
        Status renamed = profiles.remove(m_loaded);
        if (renamed && wasActive)
            renamed = m_settings.setValue(Settings::Key::ActiveEvent, name);
        if (!renamed) {
            m_message->setText(tr("Error: %1").arg(renamed.error()));
            return false;
        }
    }
    reload(name);
    return true;
}

void EventProfileDialog::deleteProfile()
{
    if (m_loaded.isEmpty()
        || !m_confirm(tr("Delete the event profile \"%1\"? Leads already sent keep its name.").arg(m_loaded)))
        return;
    if (const Status removed = EventProfiles(m_settings).remove(m_loaded); !removed) {
        m_message->setText(tr("Error: %1").arg(removed.error()));
        return;
    }
    reload(QString());
}
