#include "EventProfileDialog.h"

#include "core/EventProfiles.h"

#include "Mnemonics.h"
#include "Tones.h"
#include "core/Settings.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

EventProfileDialog::EventProfileDialog(Settings& settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Event profiles"));
    m_confirm = [this](const QString& text) {
        return QMessageBox::question(this, tr("Delete profile"), text) == QMessageBox::Yes;
    };
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setAccessibleName(tr("Event profiles"));
    m_name->setObjectName(QStringLiteral("profileName"));
    m_name->setToolTip(tr("The name shown in the toolbar and recorded with each lead"));
    m_list->setToolTip(tr("The event profiles; choose one to edit it"));
    m_message->setObjectName(QStringLiteral("profileMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(Tones::textStyle(*this, Tones::Tone::Error));

    auto* newButton = new QPushButton(tr("&New"), this);
    auto* copyButton = new QPushButton(tr("&Copy"), this);
    auto* deleteButton = new QPushButton(tr("&Delete"), this);
    auto* saveButton = new QPushButton(tr("&Save profile"), this);
    newButton->setObjectName(QStringLiteral("newProfileButton"));
    copyButton->setObjectName(QStringLiteral("copyProfileButton"));
    deleteButton->setObjectName(QStringLiteral("deleteProfileButton"));
    saveButton->setObjectName(QStringLiteral("saveProfileButton"));
    newButton->setToolTip(tr("Start a new event profile"));
    copyButton->setToolTip(tr("Start a new profile from this one's values"));
    deleteButton->setToolTip(tr("Delete this event profile"));
    saveButton->setToolTip(tr("Save this event profile"));

    auto* left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(newButton);
    listButtons->addWidget(copyButton);
    listButtons->addWidget(deleteButton);
    left->addLayout(listButtons);

    auto* form = new QFormLayout;
    auto* nameLabel = new QLabel(tr("N&ame:"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, m_name);
    for (const LeadField f : EventProfiles::fields()) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(LeadFields::apiName(f));
        edit->setAccessibleName(LeadFields::label(f));
        edit->setToolTip(LeadFields::description(f));
        auto* label = new QLabel(LeadFields::label(f), this);
        label->setBuddy(edit);
        form->addRow(label, edit);
        m_editors.append(edit);
    }
    form->addRow(m_message);
    form->addRow(saveButton);

    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(form, 2);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setToolTip(tr("Close this window"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(newButton, &QPushButton::clicked, this, &EventProfileDialog::newProfile);
    connect(copyButton, &QPushButton::clicked, this, &EventProfileDialog::copyProfile);
    connect(deleteButton, &QPushButton::clicked, this, &EventProfileDialog::deleteProfile);
    connect(saveButton, &QPushButton::clicked, this, &EventProfileDialog::saveProfile);
    connect(m_list, &QListWidget::currentTextChanged, this, &EventProfileDialog::load);
    Mnemonics::assign(this);
    describeControls(this);
    reload(m_settings.activeEvent());
    if (EventProfiles(m_settings).names().isEmpty())
        newProfile();
}

EventProfileDialog::~EventProfileDialog() = default;

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
        m_editors.at(i)->setText(profile.value(fields.at(i)));
    m_message->clear();
}

Lead EventProfileDialog::values() const
{
    Lead lead;
    const QList<LeadField> fields = EventProfiles::fields();
    for (qsizetype i = 0; i < fields.size(); ++i)
        lead.setValue(fields.at(i), m_editors.at(i)->text());
    return lead;
}

void EventProfileDialog::newProfile()
{
    m_list->clearSelection();
    m_loaded.clear();
    m_name->setText(tr("New event"));
    for (QLineEdit* e : m_editors)
        e->clear();
    m_name->setFocus();
    m_name->selectAll();
}

void EventProfileDialog::copyProfile()
{
    m_loaded.clear();
    m_name->setText(tr("%1 (copy)").arg(m_name->text()));
    m_name->setFocus();
    m_name->selectAll();
}

bool EventProfileDialog::saveProfile()
{
    const QString name = m_name->text().trimmed();
    if (name != m_loaded && EventProfiles(m_settings).profile(name)) {
        m_message->setText(tr("Error: a profile named \"%1\" exists already.").arg(name));
        return false;
    }
    EventProfiles profiles(m_settings);
    if (const Status saved = profiles.set(name, values()); !saved) {
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
