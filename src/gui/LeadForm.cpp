#include "LeadForm.h"

#include "core/EventProfiles.h"

#include "CatalogPicker.h"
#include "Mnemonics.h"
#include "Tones.h"
#include "core/PhoneNumbers.h"
#include "core/Settings.h"
#include "service/CatalogService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <iterator>

namespace {
std::size_t at(LeadField field)
{
    return static_cast<std::size_t>(field);
}

const LeadField kPersonal[] = {LeadField::FullName, LeadField::Phone, LeadField::Email, LeadField::Notes};
const LeadField kProperty[]
    = {LeadField::PropertyUid, LeadField::ListingType, LeadField::Related, LeadField::RoundRobin, LeadField::Via};
const LeadField kCampaign[]
    = {LeadField::UtmSource, LeadField::UtmMedium, LeadField::UtmCampaign, LeadField::UtmContent, LeadField::UtmTerm,
        LeadField::AdsetName, LeadField::CampaignName, LeadField::FormName, LeadField::Platform};
// The listing-type box's choices, as sent (the first: not said).
const QLatin1String kListingTypes[] = {QLatin1String(""), QLatin1String("rent"), QLatin1String("buy")};
} // namespace

LeadForm::LeadForm(QWidget* parent)
    : QWidget(parent)
    , m_phoneInfo(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_moreButton(nullptr)
    , m_more(nullptr)
    , m_consent(nullptr)
{
    // The controls are made in the order Tab visits them (the person, "More fields", the notes,
    // the consent box): Qt's focus chain follows creation, and keeps it when the form moves into
    // the window's scroll area, where explicit setTabOrder calls are lost. What "More fields"
    // shows is made later, in the window (buildMore), and put in its place with setTabOrder.
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);

    auto* personal = new QFormLayout;
    personal->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_phoneInfo->setObjectName(QStringLiteral("phone_info"));
    m_phoneInfo->setEnabled(false); // secondary text
    m_phoneInfo->setWordWrap(true);
    m_hint->setObjectName(QStringLiteral("duplicate_hint"));
    m_hint->setWordWrap(true);
    m_hint->setVisible(false);
    m_hint->setStyleSheet(Tones::textStyle(*this, Tones::Tone::Info));
    addRow(personal, LeadField::FullName);
    addRow(personal, LeadField::Phone, {m_phoneInfo});
    addRow(personal, LeadField::Email, {m_hint});
    outer->addLayout(personal);

    m_moreButton = new QToolButton(this);
    m_moreButton->setObjectName(QStringLiteral("moreFieldsButton"));
    m_moreButton->setToolTip(tr("Show or hide the property, assignment and campaign fields"));
    m_moreButton->setText(tr("&More fields"));
    m_moreButton->setCheckable(true);
    m_moreButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_moreButton->setArrowType(Qt::RightArrow);
    m_moreButton->setAutoRaise(true);
    outer->addWidget(m_moreButton);

    // What "More fields" shows is made when it is first needed (buildMore): start-up does not
    // wait for it. Its place in the form is kept.
    m_more = new QWidget(this);
    m_more->setObjectName(QStringLiteral("moreFields"));
    outer->addWidget(m_more);

    auto* notesLayout = new QFormLayout;
    addRow(notesLayout, LeadField::Notes);
    m_consent = new QCheckBox(tr("The person agreed to be contacted"), this);
    m_consent->setObjectName(QStringLiteral("consentGiven"));
    m_consent->setAccessibleName(tr("Consent given"));
    notesLayout->addRow(QString(), m_consent);
    outer->addLayout(notesLayout);
    outer->addStretch(1);
    m_more->setVisible(false);
    Mnemonics::setSecondary(m_more); // the fields used all the time get their first letters

    m_moreButton->setFocusPolicy(Qt::StrongFocus); // some styles leave tool buttons out of the Tab chain

    connect(m_moreButton, &QToolButton::toggled, this, [this](bool shown) {
        if (shown)
            buildMore(); // while hidden: its parts show with it
        m_more->setVisible(shown);
        m_moreButton->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
        emit moreFieldsToggled(shown);
    });
    connect(qobject_cast<QLineEdit*>(editor(LeadField::Phone)), &QLineEdit::textEdited, this, &LeadForm::phoneEdited);
    for (const QKeySequence& shortcutKey :
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* submit = new QShortcut(shortcutKey, this);
        submit->setContext(Qt::WidgetWithChildrenShortcut);
        connect(submit, &QShortcut::activated, this, &LeadForm::submitRequested);
    }
    updatePhoneInfo();
}

void LeadForm::addRow(QFormLayout* layout, LeadField field, const QList<QWidget*>& extras)
{
    // A row: label with its mnemonic and buddy, the editor, and the message line under it.
    const LeadFieldInfo& info = LeadFields::info(field);
    QWidget* edit = makeEditor(info);
    auto* message = new QLabel(this);
    message->setObjectName(LeadFields::apiName(field) + QStringLiteral("_message"));
    message->setWordWrap(true);
    message->setVisible(false);
    const QString label = LeadFields::label(field);
    auto* rowLabel = new QLabel(info.required ? tr("%1 *").arg(label) : label, this);
    rowLabel->setBuddy(edit);
    auto* cell = new QWidget(this);
    auto* cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(2);
    cellLayout->addWidget(edit);
    for (QWidget* extra : extras)
        cellLayout->addWidget(extra);
    cellLayout->addWidget(message);
    layout->addRow(rowLabel, cell);
    m_editors[at(field)] = edit;
    m_messages[at(field)] = message;
}

void LeadForm::buildMore()
{
    if (m_propertyPicker)
        return;
    auto* moreLayout = new QVBoxLayout(m_more);
    moreLayout->setContentsMargins(0, 0, 0, 0);
    auto* property = new QGroupBox(tr("Property and assignment"), m_more);
    auto* propertyLayout = new QFormLayout(property);
    auto* propertyCaption = new QLabel(this);
    propertyCaption->setObjectName(QStringLiteral("property_uid_caption"));
    auto* agentCaption = new QLabel(this);
    agentCaption->setObjectName(QStringLiteral("related_caption"));
    for (const LeadField f : kProperty) {
        if (f == LeadField::PropertyUid) {
            addRow(propertyLayout, f, {propertyCaption});
        } else if (f == LeadField::Related) {
            addRow(propertyLayout, f, {agentCaption});
            // Made right after the agent field, so that Tab goes from the field to it.
            m_agentOffer = new QPushButton(this);
            m_agentOffer->setObjectName(QStringLiteral("listingAgentOffer"));
            m_agentOffer->setAccessibleName(tr("Use the listing's agent"));
            m_agentOffer->setAccessibleDescription(
                tr("Fills the assigned agent with the agent AlterEstate lists for the chosen property."));
            m_agentOffer->setVisible(false);
            m_agentOfferNote = new QLabel(this);
            m_agentOfferNote->setObjectName(QStringLiteral("listingAgentNote"));
            m_agentOfferNote->setWordWrap(true);
            m_agentOfferNote->setEnabled(false); // secondary text
            m_agentOfferNote->setVisible(false);
            auto* cell = qobject_cast<QVBoxLayout*>(editor(f)->parentWidget()->layout());
            cell->insertWidget(cell->count() - 1, m_agentOffer, 0, Qt::AlignLeft);
            cell->insertWidget(cell->count() - 1, m_agentOfferNote);
        } else {
            addRow(propertyLayout, f);
        }
    }
    m_propertyPicker = new CatalogPicker(
        qobject_cast<QLineEdit*>(editor(LeadField::PropertyUid)), CatalogPicker::Kind::Property, propertyCaption, this);
    m_agentPicker = new CatalogPicker(
        qobject_cast<QLineEdit*>(editor(LeadField::Related)), CatalogPicker::Kind::Agent, agentCaption, this);
    // A pick is an edit: the profile mark and a shown error follow it.
    connect(m_propertyPicker, &CatalogPicker::picked, this,
        [this](const QString& uid) { fieldEdited(LeadField::PropertyUid, uid); });
    connect(m_agentPicker, &CatalogPicker::picked, this,
        [this](const QString& email) { fieldEdited(LeadField::Related, email); });
    connect(m_propertyPicker, &CatalogPicker::picked, this, [this](const QString& uid) {
        m_agentOffer->setVisible(false);
        m_agentOfferNote->setVisible(false);
        if (m_catalog && text(LeadField::Related).trimmed().isEmpty())
            m_catalog->requestListingAgents(uid);
    });
    connect(qobject_cast<QLineEdit*>(editor(LeadField::Related)), &QLineEdit::textChanged, this,
        [this](const QString& value) {
            if (!value.trimmed().isEmpty()) {
                m_agentOffer->setVisible(false);
                m_agentOfferNote->setVisible(false);
            }
        });
    connect(qobject_cast<QLineEdit*>(editor(LeadField::PropertyUid)), &QLineEdit::textChanged, this, [this] {
        m_agentOffer->setVisible(false);
        m_agentOfferNote->setVisible(false);
    });
    connect(m_agentOffer, &QPushButton::clicked, this, [this] {
        auto* agent = qobject_cast<QLineEdit*>(editor(LeadField::Related));
        agent->setText(m_agentOffer->property("email").toString());
        fieldEdited(LeadField::Related, agent->text());
        m_agentPicker->updateCaption();
        m_agentOffer->setVisible(false);
        agent->setFocus(Qt::OtherFocusReason);
    });
    moreLayout->addWidget(property);
    auto* campaign = new QGroupBox(tr("Campaign"), m_more);
    auto* campaignLayout = new QFormLayout(campaign);
    for (const LeadField f : kCampaign)
        addRow(campaignLayout, f);
    moreLayout->addWidget(campaign);

    // What was set while they did not exist (a profile, a lead to resubmit) goes into them.
    // Behind "More fields", in the order Tab visits them.
    const QList<LeadField> more = QList<LeadField>(std::begin(kProperty), std::end(kProperty))
        + QList<LeadField>(std::begin(kCampaign), std::end(kCampaign));
    for (const LeadField f : more)
        setText(f, m_unbuilt.value(f));
    m_unbuilt = Lead();
    m_propertyPicker->setCatalog(m_catalog);
    m_agentPicker->setCatalog(m_catalog);
    m_propertyPicker->updateCaption();
    m_agentPicker->updateCaption();
    for (const LeadField f : EventProfiles::fields())
        markFromProfile(f, !m_profileValues.value(f).isEmpty() && text(f) == m_profileValues.value(f));

    // Made now, they stand at the end of the window's Tab chain: moved to right after the button.
    QWidget* previous = m_moreButton;
    for (const LeadField f : more) {
        QWidget::setTabOrder(previous, m_editors[at(f)]);
        previous = m_editors[at(f)];
        if (f == LeadField::Related) {
            QWidget::setTabOrder(previous, m_agentOffer);
            previous = m_agentOffer;
        }
    }
    // They take part in the window's mnemonics (after all others: setSecondary) and are described.
    Mnemonics::assign(window());
    describeControls(m_more);
}

LeadForm::~LeadForm() = default;

QWidget* LeadForm::makeEditor(const LeadFieldInfo& info)
{
    QWidget* editor = nullptr;
    if (info.kind == FieldKind::MultilineText) {
        auto* edit = new QPlainTextEdit(this);
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
        editor = edit;
    } else if (info.field == LeadField::ListingType) {
        auto* combo = new QComboBox(this);
        addListingTypes(combo);
        editor = combo;
    } else {
        auto* edit = new QLineEdit(this);
        edit->setMaxLength(info.maxLength * 2); // surrogate pairs count twice here; the validator counts characters
        if (info.kind == FieldKind::Email)
            edit->setInputMethodHints(Qt::ImhEmailCharactersOnly);
        if (info.kind == FieldKind::Phone) {
            edit->setInputMethodHints(Qt::ImhDialableCharactersOnly);
            edit->setPlaceholderText(tr("e.g. 809 555 0123"));
        }
        editor = edit;
    }
    if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        connect(line, &QLineEdit::textEdited, this,
            [this, field = info.field](const QString& value) { fieldEdited(field, value); });
    } else if (auto* plain = qobject_cast<QPlainTextEdit*>(editor)) {
        connect(plain, &QPlainTextEdit::textChanged, this, [this, field = info.field] { recheck(field); });
    } else if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        connect(combo, &QComboBox::activated, this, [this, field = info.field] { recheck(field); });
    }
    editor->setObjectName(LeadFields::apiName(info.field));
    editor->setAccessibleName(LeadFields::label(info.field));
    editor->setToolTip(LeadFields::description(info.field));
    editor->setAccessibleDescription(LeadFields::description(info.field));
    editor->installEventFilter(this);
    return editor;
}

QWidget* LeadForm::editor(LeadField field) const
{
    if (!m_editors[at(field)])
        const_cast<LeadForm*>(this)->buildMore(); // asked for, so made
    return m_editors[at(field)];
}

QString LeadForm::text(LeadField field) const
{
    QWidget* w = m_editors[at(field)];
    if (!w)
        return m_unbuilt.value(field);
    if (auto* line = qobject_cast<QLineEdit*>(w))
        return line->text();
    if (auto* plain = qobject_cast<QPlainTextEdit*>(w))
        return plain->toPlainText();
    if (auto* combo = qobject_cast<QComboBox*>(w))
        return combo->currentData().toString();
    return {};
}

void LeadForm::setText(LeadField field, const QString& value)
{
    QWidget* w = m_editors[at(field)];
    if (!w) {
        // As its box would hold it (a listing type: one of the box's choices when it names one).
        m_unbuilt.setValue(field, field == LeadField::ListingType ? listingTypeChoice(value) : value);
    } else if (auto* line = qobject_cast<QLineEdit*>(w)) {
        line->setText(value);
    } else if (auto* plain = qobject_cast<QPlainTextEdit*>(w)) {
        plain->setPlainText(value);
    } else if (auto* combo = qobject_cast<QComboBox*>(w)) {
        chooseListingType(combo, value);
    }
}

void LeadForm::addListingTypes(QComboBox* combo)
{
    const QString labels[] = {tr("Not said"), tr("Rent"), tr("Buy")};
    static_assert(std::size(kListingTypes) == std::size(labels));
    for (std::size_t i = 0; i < std::size(kListingTypes); ++i)
        combo->addItem(labels[i], QString(kListingTypes[i]));
}

QString LeadForm::listingTypeChoice(const QString& value)
{
    const QString canonical = LeadFields::canonicalListingType(value);
    const bool choice
        = std::find(std::begin(kListingTypes), std::end(kListingTypes), canonical) != std::end(kListingTypes);
    return choice ? canonical : value;
}

void LeadForm::chooseListingType(QComboBox* combo, const QString& value)
{
    int index = combo->findData(listingTypeChoice(value));
    if (index < 0) { // a value from elsewhere (the CLI, an import) is kept as it is
        combo->addItem(value, value);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

Lead LeadForm::lead() const
{
    Lead lead;
    for (const auto& info : LeadFields::all())
        lead.setValue(info.field, text(info.field));
    return lead;
}

void LeadForm::setLead(const Lead& lead)
{
    for (const auto& info : LeadFields::all())
        setText(info.field, lead.value(info.field));
    if (m_propertyPicker) {
        m_propertyPicker->updateCaption();
        m_agentPicker->updateCaption();
    }
    showIssues({});
    updatePhoneInfo();
    updateHint();
}

bool LeadForm::consentGiven() const
{
    return m_consent->isChecked();
}

void LeadForm::setConsentText(const QString& text)
{
    // Without an office text, what staff confirm is the box's own sentence.
    m_consentText = text.trimmed().isEmpty() ? m_consent->text() : text;
    m_consent->setToolTip(
        tr("Recorded with the lead, with the time and this computer's name: \"%1\"").arg(m_consentText));
}

QString LeadForm::consentText() const
{
    return m_consentText;
}

void LeadForm::clearPersonalFields()
{
    m_consent->setChecked(false);
    for (const LeadField f : kPersonal)
        setText(f, QString());
    showIssues({});
    updatePhoneInfo();
    m_hint->setVisible(false);
}

void LeadForm::clear()
{
    m_consent->setChecked(false);
    setLead(Lead());
    setProfile(m_profileName, m_profileValues); // the active profile's values come back
}

void LeadForm::focusFirstField()
{
    editor(LeadField::FullName)->setFocus(Qt::OtherFocusReason);
}

bool LeadForm::moreFieldsShown() const
{
    return m_moreButton->isChecked();
}

void LeadForm::setMoreFieldsShown(bool shown)
{
    m_moreButton->setChecked(shown);
}

void LeadForm::setCatalog(CatalogService* catalog)
{
    if (m_catalog)
        disconnect(m_catalog, nullptr, this, nullptr);
    m_catalog = catalog;
    if (m_propertyPicker) {
        m_propertyPicker->setCatalog(catalog);
        m_agentPicker->setCatalog(catalog);
    }
    if (!m_catalog)
        return;
    connect(m_catalog, &CatalogService::listingAgentsReady, this,
        [this](const QString& uid, const QList<CatalogAgent>& agents) {
            // The first with an email: a lead's agent is sent by email.
            for (const CatalogAgent& agent : agents) {
                if (!agent.email.isEmpty())
                    return offerListingAgent(uid, agent.email, agent.name);
            }
        });
    connect(m_catalog, &CatalogService::listingAgentsFailed, this, [this](const QString& uid, const QString& why) {
        // Said only while it matters: that listing still chosen, no agent, nothing offered from the copy.
        if (!m_agentOffer || text(LeadField::PropertyUid).trimmed() != uid
            || !text(LeadField::Related).trimmed().isEmpty() || m_agentOffer->isVisible())
            return;
        m_agentOfferNote->setText(tr("The listing's agent could not be fetched: %1").arg(why));
        m_agentOfferNote->setVisible(true);
    });
}

CatalogPicker* LeadForm::picker(LeadField field) const
{
    if (!m_propertyPicker)
        const_cast<LeadForm*>(this)->buildMore(); // asked for, so made
    return field == LeadField::PropertyUid ? m_propertyPicker : field == LeadField::Related ? m_agentPicker : nullptr;
}

void LeadForm::offerListingAgent(const QString& uid, const QString& email, const QString& name)
{
    // Only while it still applies: the same listing, and no agent chosen meanwhile.
    if (!m_agentOffer || email.isEmpty() || text(LeadField::PropertyUid).trimmed() != uid
        || !text(LeadField::Related).trimmed().isEmpty())
        return;
    m_agentOffer->setText(tr("Use the listing's agent: %1").arg(name.isEmpty() ? email : name));
    m_agentOffer->setProperty("email", email);
    m_agentOffer->setToolTip(email);
    m_agentOffer->setVisible(true);
    m_agentOfferNote->setVisible(false);
}

void LeadForm::setRegion(const QString& region)
{
    m_region = region;
    updatePhoneInfo();
}

void LeadForm::setHintProvider(std::function<QString(const QString&, const QString&)> provider)
{
    m_hintProvider = std::move(provider);
}

void LeadForm::phoneEdited(const QString& typed)
{
    auto* edit = qobject_cast<QLineEdit*>(editor(LeadField::Phone));
    // Reformat only while typing digits at the end: editing in the middle must not move the
    // cursor, and a separator just typed ("809-555-") must stay for what follows it.
    if (edit->cursorPosition() == typed.size() && !typed.isEmpty() && typed.back().isDigit()) {
        const QString formatted = PhoneNumbers::formatAsYouType(typed, m_region);
        if (formatted != typed && !formatted.isEmpty())
            edit->setText(formatted);
    }
    updatePhoneInfo();
}

void LeadForm::updatePhoneInfo()
{
    const PhoneNumbers::Check check = PhoneNumbers::check(text(LeadField::Phone), m_region);
    if (check.status == PhoneNumbers::Status::Valid || check.status == PhoneNumbers::Status::Unverified) {
        const QString where = check.region.isEmpty() ? tr("Unknown country") : PhoneNumbers::regionName(check.region);
        m_phoneInfo->setText(tr("%1 · sent as %2").arg(where, check.e164));
    } else {
        m_phoneInfo->setText(tr("Numbers without + are read as %1").arg(PhoneNumbers::regionName(m_region)));
    }
}

void LeadForm::updateHint()
{
    if (!m_hintProvider) {
        m_hint->setVisible(false);
        return;
    }
    const PhoneNumbers::Check check = PhoneNumbers::check(text(LeadField::Phone), m_region);
    const QString note = m_hintProvider(check.e164, text(LeadField::Email).trimmed());
    m_hint->setText(note);
    m_hint->setVisible(!note.isEmpty());
}

bool LeadForm::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusOut) {
        for (const auto& info : LeadFields::all()) {
            if (m_editors[at(info.field)] != watched)
                continue;
            const QString value = text(info.field);
            // An empty required field is not an error until the user submits or typed something.
            if (!value.trimmed().isEmpty())
                showFieldIssues(info.field, LeadValidator(m_region).validateField(info.field, value));
            else
                showFieldIssues(info.field, {});
            if (info.field == LeadField::Phone || info.field == LeadField::Email)
                updateHint();
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void LeadForm::fieldEdited(LeadField field, const QString& value)
{
    if (!m_profileValues.value(field).isEmpty())
        markFromProfile(field, value == m_profileValues.value(field));
    recheck(field);
}

void LeadForm::recheck(LeadField field)
{
    // A field shown in error is checked again as it changes, so the mark goes as soon as the value
    // is right; a field without a mark is checked when it is left, not while it is typed.
    if (!m_messages[at(field)] || !m_messages[at(field)]->isVisibleTo(this))
        return;
    const QString value = text(field);
    showFieldIssues(
        field, value.trimmed().isEmpty() ? QList<FieldIssue> {} : LeadValidator(m_region).validateField(field, value));
}

void LeadForm::showFieldIssues(LeadField field, const QList<FieldIssue>& issues)
{
    if (!m_messages[at(field)]) {
        if (issues.isEmpty())
            return; // nothing to show, and nothing shown
        buildMore();
    }
    QLabel* message = m_messages[at(field)];
    QStringList lines;
    bool error = false;
    for (const FieldIssue& issue : issues) {
        lines.append(issue.message);
        error = error || issue.severity == FieldIssue::Severity::Error;
    }
    if (lines.isEmpty()) {
        message->clear();
        message->setVisible(false);
        return;
    }
    // The text says error or warning in words, so it does not rely on colour alone.
    message->setText((error ? tr("Error: %1") : tr("Check: %1")).arg(lines.join(u' ')));
    message->setStyleSheet(Tones::textStyle(*this, error ? Tones::Tone::Error : Tones::Tone::Warning));
    message->setVisible(true);
}

void LeadForm::showIssues(const QList<FieldIssue>& issues)
{
    QWidget* firstError = nullptr;
    for (const auto& info : LeadFields::all()) {
        QList<FieldIssue> mine;
        for (const FieldIssue& issue : issues) {
            if (issue.field == info.field)
                mine.append(issue);
        }
        showFieldIssues(info.field, mine);
        const bool error = std::any_of(
            mine.cbegin(), mine.cend(), [](const FieldIssue& i) { return i.severity == FieldIssue::Severity::Error; });
        if (error && !firstError)
            firstError = m_editors[at(info.field)]; // made by showFieldIssues if it was not
    }
    if (firstError) {
        // An error hidden behind "More fields" must be seen.
        if (!firstError->isVisibleTo(this))
            setMoreFieldsShown(true);
        firstError->setFocus(Qt::OtherFocusReason);
    }
}

void LeadForm::markFromProfile(LeadField field, bool marked)
{
    QWidget* w = m_editors[at(field)];
    if (!w)
        return; // buildMore() marks it
    // Shown by a tinted background and said in words in the tooltip and accessible description.
    w->setStyleSheet(marked ? Tones::profileFieldStyle() : QString());
    const QString note = marked ? tr("From event profile \"%1\"; you can change it.").arg(m_profileName) : QString();
    const QString text = note.isEmpty() ? LeadFields::description(field) : LeadFields::description(field) + u' ' + note;
    w->setToolTip(text);
    w->setAccessibleDescription(text);
}

void LeadForm::setProfile(const QString& name, const Lead& values)
{
    for (const LeadField f : EventProfiles::fields()) {
        const QString current = text(f);
        // What the user typed over a profile value stays; what came from the old profile follows the new one.
        const bool fromOldProfile = current.isEmpty() || current == m_profileValues.value(f);
        if (fromOldProfile)
            setText(f, values.value(f));
    }
    m_profileName = name;
    m_profileValues = values;
    for (const LeadField f : EventProfiles::fields())
        markFromProfile(f, !values.value(f).isEmpty() && text(f) == values.value(f));
}
