#include "CatalogPicker.h"

#include "Tones.h"
#include "service/CatalogService.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QStandardItemModel>

namespace {
constexpr int kOffered = 12;
constexpr int kValueRole = Qt::UserRole + 1;
} // namespace

CatalogPicker::CatalogPicker(QLineEdit* edit, Kind kind, QLabel* caption, QObject* parent)
    : QObject(parent)
    , m_edit(edit)
    , m_kind(kind)
    , m_caption(caption)
    , m_model(new QStandardItemModel(this))
    , m_completer(new QCompleter(this))
{
    m_caption->setWordWrap(true);
    m_caption->setVisible(false);
    m_completer->setModel(m_model);
    // Not QLineEdit::setCompleter: the field gets the uid or email only when a match is picked,
    // never the text of the row passed over with the arrows.
    m_completer->setWidget(m_edit);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(kOffered);
    m_completer->popup()->setObjectName(m_edit->objectName() + QStringLiteral("_matches"));
    m_completer->popup()->setAccessibleName(kind == Kind::Property ? tr("Matching properties") : tr("Matching agents"));
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this, [this](const QModelIndex& index) {
        const QString value = index.data(kValueRole).toString();
        if (value.isEmpty())
            return;
        m_edit->setText(value);
        m_edit->setFocus(Qt::OtherFocusReason);
        updateCaption();
        emit picked(value);
    });
    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString& text) {
        search(text);
        // While typing a search, no "not in the catalog" yet: that is said when the field is left.
        updateCaption(true);
    });
    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        if (!m_edit->hasFocus())
            updateCaption();
    });
    m_edit->installEventFilter(this);
}

CatalogPicker::~CatalogPicker() = default;

void CatalogPicker::setCatalog(CatalogService* catalog)
{
    if (m_catalog)
        disconnect(m_catalog, nullptr, this, nullptr);
    m_catalog = catalog;
    if (m_catalog) {
        connect(m_catalog, &CatalogService::changed, this, [this] { updateCaption(); });
        connect(m_catalog, &CatalogService::tokenChanged, this, [this] { updateCaption(); });
        m_edit->setPlaceholderText(
            m_kind == Kind::Property ? tr("Name, sector or uid; ↓ lists them") : tr("Name or email; ↓ lists them"));
    }
    updateCaption();
}

QAbstractItemView* CatalogPicker::popup() const
{
    return m_completer->popup();
}

int CatalogPicker::offered() const
{
    return m_model->rowCount();
}

bool CatalogPicker::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit && event->type() == QEvent::FocusOut && !m_completer->popup()->isVisible())
        updateCaption();
    // Down in the field opens the list, even before anything is typed.
    if (watched == m_edit && event->type() == QEvent::KeyPress && m_catalog
        && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down && !m_completer->popup()->isVisible()) {
        search(m_edit->text());
        return m_model->rowCount() > 0;
    }
    return QObject::eventFilter(watched, event);
}

void CatalogPicker::search(const QString& text)
{
    m_model->clear();
    if (!m_catalog)
        return;
    const CatalogStore& store = m_catalog->store();
    if (m_kind == Kind::Property) {
        for (const CatalogProperty& p : store.properties(text, kOffered).valueOr({})) {
            auto* item = new QStandardItem(CatalogText::propertyLine(p));
            item->setData(p.uid, kValueRole);
            item->setToolTip(tr("uid %1").arg(p.uid));
            m_model->appendRow(item);
        }
    } else {
        for (const CatalogAgent& a : store.agents(text, kOffered).valueOr({})) {
            if (a.email.isEmpty())
                continue; // a lead's related takes the email
            auto* item = new QStandardItem(CatalogText::agentLine(a));
            item->setData(a.email, kValueRole);
            m_model->appendRow(item);
        }
    }
    if (m_model->rowCount() > 0) {
        // As wide as its longest line (up to 600 px), so that price and listing type show.
        QAbstractItemView* popup = m_completer->popup();
        const int wanted = popup->sizeHintForColumn(0) + popup->verticalScrollBar()->sizeHint().width()
            + 2 * popup->frameWidth() + 8;
        m_completer->complete(
            QRect(0, 0, std::clamp(wanted, m_edit->width(), std::max(m_edit->width(), 600)), m_edit->height()));
        popup->setCurrentIndex(m_model->index(0, 0));
    } else {
        m_completer->popup()->hide();
    }
}

void CatalogPicker::updateCaption(bool typing)
{
    if (!m_catalog) {
        m_caption->setVisible(false);
        return;
    }
    const QString value = m_edit->text().trimmed();
    const CatalogStore& store = m_catalog->store();
    const bool empty = store.propertyCount().valueOr(0) == 0 && store.agentCount().valueOr(0) == 0;
    QString text;
    Tones::Tone tone = Tones::Tone::Info;
    bool secondary = false;
    if (value.isEmpty()) {
        secondary = true;
        if (empty && !m_catalog->hasToken())
            text = m_kind == Kind::Property
                ? tr("To pick from the company's listings, add the public API token in Settings (an administrator "
                     "finds it in AlterEstate under Dashboard › Settings › Public API Token).")
                : tr("To pick from the company's agents, add the public API token in Settings (an administrator "
                     "finds it in AlterEstate under Dashboard › Settings › Public API Token).");
        else if (empty)
            text = tr("To pick from the list, refresh the catalog in Settings.");
    } else if (m_kind == Kind::Property) {
        if (const auto found = store.property(value).valueOr(std::nullopt)) {
            text = CatalogText::propertyLine(*found);
        } else if (!typing) {
            tone = Tones::Tone::Warning;
            text = empty ? tr("Check: the catalog is empty, so this uid cannot be checked; it is sent as typed.")
                         : tr("Check: not a property in the catalog; it is sent as typed.");
        }
    } else {
        if (const auto found = store.agentByEmail(value).valueOr(std::nullopt)) {
            text = found->name.isEmpty() ? found->email : found->name;
        } else if (!typing) {
            tone = Tones::Tone::Warning;
            text = empty ? tr("Check: the catalog is empty, so this agent cannot be checked; it is sent as typed.")
                         : tr("Check: not an agent in the catalog; it is sent as typed.");
        }
    }
    m_caption->setText(text);
    m_caption->setEnabled(!secondary); // hints read as secondary text
    m_caption->setStyleSheet(secondary ? QString() : Tones::textStyle(*m_caption, tone));
    m_caption->setVisible(!text.isEmpty());
}
