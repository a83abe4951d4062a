#include "HistoryView.h"

#include "Mnemonics.h"
#include "StateIcons.h"
#include "core/Csv.h"
#include "core/DateText.h"
#include "core/LeadField.h"
#include "service/CatalogService.h"
#include "storage/HistoryModel.h"
#include "storage/SubmissionRecord.h"
#include "storage/SubmissionStore.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

// Icons and colours for the state column; the words stay, so colour is never the only signal.
class StateStyleProxy final : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex& index, int role) const override
    {
        if (index.column() == HistoryModel::StateColumn && (role == Qt::DecorationRole || role == Qt::ForegroundRole)) {
            const auto state
                = SubmissionStates::fromName(QIdentityProxyModel::data(index, HistoryModel::StateRole).toString());
            if (state) {
                if (role == Qt::DecorationRole)
                    return StateIcons::icon(*state);
                // Lighter on a dark base, so the state's colour keeps its contrast.
                const QColor c = StateIcons::color(*state);
                return QGuiApplication::palette().color(QPalette::Base).lightness() < 128 ? c.lighter(170) : c;
            }
        }
        return QIdentityProxyModel::data(index, role);
    }
};

namespace {
QString pretty(const QByteArray& body)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && !doc.isNull())
        return QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    return QString::fromUtf8(body); // shown as plain text: an HTML page is never rendered
}

QString when(qint64 ms)
{
    return DateText::of(ms);
}

// An attempt's outcome in words of the user's language (the history stores the API's token):
// a final one by its state's name, the others in words of their own.
QString outcomeText(const QString& token)
{
    if (const auto state = SubmissionStates::fromName(token))
        return SubmissionStates::label(*state);
    static const QHash<QString, const char*> words {
        {QStringLiteral("transient"), QT_TRANSLATE_NOOP("HistoryView", "Not delivered, to be retried")},
        {QStringLiteral("auth"), QT_TRANSLATE_NOOP("HistoryView", "API key refused")},
        {QStringLiteral("config"), QT_TRANSLATE_NOOP("HistoryView", "Wrong address")},
        {QStringLiteral("interrupted"), QT_TRANSLATE_NOOP("HistoryView", "Interrupted")},
    };
    const char* word = words.value(token);
    return word ? HistoryView::tr(word) : token;
}

// The widest state's name, in the language shown.
QString widestState(const QFontMetrics& fm)
{
    QString widest;
    for (const SubmissionState state : SubmissionStates::all()) {
        if (const QString t = SubmissionStates::label(state); fm.horizontalAdvance(t) > fm.horizontalAdvance(widest))
            widest = t;
    }
    return widest;
}

// The widest of the answer column's usual words, in the language shown.
QString widestAnswer(const QFontMetrics& fm)
{
    Submission s;
    s.remoteId = QStringLiteral("1238837");
    QString widest;
    for (const SubmissionState state : {SubmissionState::Created, SubmissionState::Duplicate}) {
        s.state = state;
        if (const QString t = HistoryModel::answerText(s); fm.horizontalAdvance(t) > fm.horizontalAdvance(widest))
            widest = t;
    }
    return widest;
}

QString leadLink(qint64 id)
{
    return QStringLiteral("<a href=\"lead:%1\">#%1</a>").arg(id);
}
} // namespace

HistoryView::HistoryView(HistoryModel& model, SubmissionStore& store, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_store(store)
    , m_proxy(new StateStyleProxy(this))
    , m_stateFilter(new QComboBox(this))
    , m_eventFilter(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(m_table->viewport()))
    , m_count(new QLabel(this))
    , m_detail(new QWidget(this))
{
    m_saveFileName = [this](const QString& suggested) {
        return QFileDialog::getSaveFileName(this, tr("Export history"), suggested, tr("CSV files (*.csv)"));
    };
    m_proxy->setSourceModel(&m_model);

    m_stateFilter->setObjectName(QStringLiteral("stateFilter"));
    m_stateFilter->setToolTip(tr("Show only submissions in this state"));
    m_stateFilter->addItem(tr("All states"));
    for (const SubmissionState s : SubmissionStates::all())
        m_stateFilter->addItem(StateIcons::icon(s), SubmissionStates::label(s), SubmissionStates::name(s));
    m_eventFilter->setObjectName(QStringLiteral("eventFilter"));
    m_eventFilter->setToolTip(tr("Show only submissions of this event"));
    m_eventFilter->setAccessibleName(tr("Event"));
    setEventNames({});
    m_search->setObjectName(QStringLiteral("historySearch"));
    m_search->setPlaceholderText(tr("Search name, phone or email"));
    m_search->setAccessibleName(tr("Search name, phone or email"));
    auto* showLabel = new QLabel(tr("S&how:"), this);
    showLabel->setBuddy(m_stateFilter);
    auto* filters = new QHBoxLayout;
    filters->addWidget(showLabel);
    filters->addWidget(m_stateFilter);
    filters->addWidget(m_eventFilter);
    filters->addWidget(m_search, 1);
    m_count->setObjectName(QStringLiteral("historyCount"));
    m_count->setTextFormat(Qt::PlainText);
    filters->addWidget(m_count);

    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Submission history"));
    m_table->setAccessibleDescription(tr("Every submission, newest first, with its state and AlterEstate's answer"));

    m_empty->setObjectName(QStringLiteral("historyEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false); // secondary text
    m_empty->setAttribute(Qt::WA_TransparentForMouseEvents);
    (new QVBoxLayout(m_table->viewport()))->addWidget(m_empty);
    m_table->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("historySplitter"));
    split->addWidget(m_table);
    m_detail->setObjectName(QStringLiteral("historyDetail"));
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(split, 1);

    auto* searchDelay = new QTimer(this);
    searchDelay->setSingleShot(true);
    searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, searchDelay, qOverload<>(&QTimer::start));
    connect(searchDelay, &QTimer::timeout, this, &HistoryView::applyFilter);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, &HistoryView::applyFilter);
    connect(m_eventFilter, &QComboBox::currentIndexChanged, this, &HistoryView::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HistoryView::showDetail);
    connect(&m_model, &QAbstractItemModel::dataChanged, this, &HistoryView::showDetail);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &HistoryView::showDetail);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &HistoryView::updateEmptyState);
    connect(&m_model, &QAbstractItemModel::layoutChanged, this, &HistoryView::updateEmptyState);
    connect(&m_model, &QAbstractItemModel::rowsInserted, this, &HistoryView::updateEmptyState);
    // A new row may be the resubmission of the one shown.
    connect(&m_model, &QAbstractItemModel::rowsInserted, this, &HistoryView::showDetail);
    connect(&m_model, &QAbstractItemModel::rowsRemoved, this, &HistoryView::updateEmptyState);
    connect(&m_model, &HistoryModel::countsChanged, this, &HistoryView::updateCount);
    connect(&m_model, &HistoryModel::startedReading, this, &HistoryView::updateCount);
    connect(&m_model, &HistoryModel::startedReading, this, &HistoryView::updateEmptyState);
    // Column widths from the font alone, so nothing is measured row by row at start-up; never
    // narrower than the header in the language shown. Time, phone, state and event keep their
    // width; name, email and the answer share the rest, so nothing scrolls sideways.
    const QFontMetrics fm = m_table->fontMetrics();
    QHeaderView* header = m_table->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter); // a narrow column keeps its header's start
    header->setStretchLastSection(false);
    const auto fit = [&](int column, const QString& sample, int extra) {
        const int headerWidth
            = fm.horizontalAdvance(m_model.headerData(column, Qt::Horizontal).toString()) + 2 * fm.averageCharWidth();
        const int width = std::max(fm.horizontalAdvance(sample) + extra, headerWidth);
        m_table->setColumnWidth(column, width);
        return width;
    };
    QString sampleTime; // the widest short date of any month, in the language shown
    for (int month = 1; month <= 12; ++month) {
        const QString t = DateText::brief(QDateTime(QDate(2025, month, 28), QTime(23, 58)).toMSecsSinceEpoch(),
            QDateTime(QDate(2026, 1, 1), QTime(12, 0)));
        if (fm.horizontalAdvance(t) > fm.horizontalAdvance(sampleTime))
            sampleTime = t;
    }
    // Time, phone, state and event keep their width; name, email and the answer share the rest
    // (fitColumns), so nothing scrolls sideways.
    m_fixed = {{HistoryModel::TimeColumn, fit(HistoryModel::TimeColumn, sampleTime, 16)},
        {HistoryModel::PhoneColumn, fit(HistoryModel::PhoneColumn, QStringLiteral("+1 809-555-0123"), 16)},
        {HistoryModel::StateColumn, fit(HistoryModel::StateColumn, widestState(fm), 40)},
        {HistoryModel::EventColumn, fit(HistoryModel::EventColumn, QString(10, u'M'), 0)}};
    m_shared = {{HistoryModel::NameColumn, fit(HistoryModel::NameColumn, QStringLiteral("Ana Pérez Martínez"), 16)},
        {HistoryModel::EmailColumn, fit(HistoryModel::EmailColumn, QStringLiteral("jose.rodriguez@example.com"), 16)},
        {HistoryModel::ResultColumn, fit(HistoryModel::ResultColumn, widestAnswer(fm), 16)}};
    m_roomForAll = 0;
    for (const auto& [column, width] : std::as_const(m_fixed) + m_shared)
        m_roomForAll += width;
    header->setMinimumSectionSize(fm.horizontalAdvance(QString(6, u'M')));
    for (int column = 0; column < HistoryModel::ColumnCount; ++column)
        header->setSectionResizeMode(column, QHeaderView::Fixed);
    m_table->viewport()->installEventFilter(this);
    // Right click or the Menu key on a row.
    auto* erase = new QAction(tr("Erase this person…"), m_table);
    m_table->addAction(erase);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(erase, &QAction::triggered, this, [this] {
        if (const std::optional<Submission> s = currentSubmission())
            emit eraseRequested(*s);
    });
    showDetail();
    updateEmptyState();
    updateCount();
}

HistoryView::~HistoryView() = default;

bool HistoryView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void HistoryView::fitColumns()
{
    const auto wantedWidth = [](const QList<std::pair<int, int>>& columns, int which) {
        for (const auto& [column, width] : columns) {
            if (column == which)
                return width;
        }
        return 0;
    };
    const int room = m_table->viewport()->width();
    int wanted = 0;
    for (const auto& [column, width] : std::as_const(m_shared))
        wanted += width;
    // The event goes first (the filter above still says which), then the phone (searchable, and
    // in the detail); each shows only while name, email and the answer keep the room they would
    // like. The event only once there are events.
    const int event = wantedWidth(m_fixed, HistoryModel::EventColumn);
    m_table->setColumnHidden(HistoryModel::EventColumn, m_eventFilter->count() <= 2 || room < m_roomForAll);
    m_table->setColumnHidden(HistoryModel::PhoneColumn, room < m_roomForAll - event);
    // Name, email and the answer share what is left in proportion to what they would like; each
    // at least as wide as its header.
    int left = room;
    for (const auto& [column, width] : std::as_const(m_fixed)) {
        if (!m_table->isColumnHidden(column))
            left -= width;
    }
    const QFontMetrics fm = m_table->fontMetrics();
    for (const auto& [column, width] : std::as_const(m_shared)) {
        const int header
            = fm.horizontalAdvance(m_model.headerData(column, Qt::Horizontal).toString()) + 2 * fm.averageCharWidth();
        m_table->setColumnWidth(column, std::max(header, left * width / std::max(1, wanted)));
    }
}

void HistoryView::updateCount()
{
    if (!m_model.started()) { // nothing read yet: no count rather than a wrong one
        m_count->clear();
        return;
    }
    const QString total = QStringLiteral("%L1").arg(m_model.totalCount());
    const QString matching = m_model.matchingCountIsCapped() ? tr("over %L1").arg(m_model.matchingCount())
                                                             : QStringLiteral("%L1").arg(m_model.matchingCount());
    m_count->setText(m_model.filtered() ? tr("%1 of %2").arg(matching, total) : tr("%1 in all").arg(total));
    m_count->setToolTip(m_model.filtered() ? tr("Submissions that match the filter, of all in the history")
                                           : tr("Submissions in the history"));
}

std::optional<Submission> HistoryView::currentSubmission() const
{
    const QModelIndex current = m_table->currentIndex();
    const Submission* s = current.isValid() ? m_model.submissionAt(current.row()) : nullptr;
    return s ? std::optional<Submission>(*s) : std::nullopt;
}

void HistoryView::applyFilter()
{
    const QString state = m_stateFilter->currentData().toString();
    const auto chosen = SubmissionStates::fromName(state);
    m_model.setStates(chosen ? QList<SubmissionState> {*chosen} : QList<SubmissionState> {});
    const QVariant event = m_eventFilter->currentData();
    m_model.setEvent(event.isValid() ? std::optional<QString>(event.toString()) : std::nullopt);
    m_model.setSearchText(m_search->text());
}

void HistoryView::setEventNames(const QStringList& names)
{
    const QVariant current = m_eventFilter->currentData();
    const QSignalBlocker block(m_eventFilter);
    m_eventFilter->clear();
    m_eventFilter->addItem(tr("All events"));
    m_eventFilter->addItem(tr("No event"), QString());
    for (const QString& name : names)
        m_eventFilter->addItem(name, name);
    m_eventFilter->setVisible(!names.isEmpty()); // nothing to choose without event profiles
    fitColumns();
    // No profiles: no event filter, and none left filtering behind a hidden box.
    const int index = names.isEmpty() ? 0 : current.isValid() ? m_eventFilter->findData(current) : 0;
    m_eventFilter->setCurrentIndex(std::max(0, index));
    if (m_eventFilter->currentData() != current)
        QTimer::singleShot(0, this, &HistoryView::applyFilter); // the choice went with its profile
}

bool HistoryView::select(qint64 id)
{
    for (int row = 0; row < m_model.rowCount(); ++row) {
        if (const Submission* s = m_model.submissionAt(row); s && s->id == id) {
            m_table->setCurrentIndex(m_proxy->index(row, 0));
            m_table->scrollTo(m_table->currentIndex());
            return true;
        }
    }
    return false;
}

void HistoryView::updateEmptyState()
{
    const bool filtered = m_stateFilter->currentIndex() > 0 || m_eventFilter->currentIndex() > 0
        || !m_search->text().trimmed().isEmpty();
    m_empty->setText(filtered ? tr("Nothing matches. Clear the search or the filters to see every submission.")
                              : tr("No submissions yet. Leads you enter appear here, newest first."));
    m_empty->setVisible(m_model.started() && m_model.rowCount() == 0); // not before the first read
}

void HistoryView::buildDetail()
{
    if (m_title)
        return;
    // Made in the order Tab visits them, after the table.
    m_title = new QLabel(m_detail);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_ids = new QLabel(m_detail);
    m_ids->setObjectName(QStringLiteral("detailIds"));
    m_ids->setTextFormat(Qt::RichText); // the links to a resubmission; every server text is escaped
    m_ids->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_ids->setWordWrap(true);
    connect(m_ids, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link.startsWith(QLatin1String("lead:")) && !select(link.mid(5).toLongLong()))
            emit message(
                tr("#%1 is not in the list as filtered; clear the search and filters to see it.").arg(link.mid(5)));
    });
    m_copyId = new QPushButton(tr("&Copy id"), m_detail);
    m_copyId->setObjectName(QStringLiteral("copyIdButton"));
    m_copyId->setToolTip(tr("Copy AlterEstate's id (or the local number) to the clipboard"));
    connect(m_copyId, &QPushButton::clicked, this, [this] {
        if (const auto s = currentSubmission()) {
            QGuiApplication::clipboard()->setText(s->remoteId.isEmpty() ? QString::number(s->id) : s->remoteId);
            emit message(tr("Copied."));
        }
    });
    m_sendNow = new QPushButton(tr("Send &now"), m_detail);
    m_sendNow->setObjectName(QStringLiteral("historySendNow"));
    m_sendNow->setToolTip(tr("Try every waiting lead again now"));
    connect(m_sendNow, &QPushButton::clicked, this, &HistoryView::sendNowRequested);
    m_resubmit = new QPushButton(tr("&Edit and resubmit"), m_detail);
    m_resubmit->setObjectName(QStringLiteral("resubmitButton"));
    m_resubmit->setToolTip(tr("Open this rejected lead in the form to fix it and send it again"));
    connect(m_resubmit, &QPushButton::clicked, this, [this] {
        if (const auto s = currentSubmission())
            emit resubmitRequested(*s);
    });
    m_sentTo = new QLabel(m_detail);
    m_sentTo->setObjectName(QStringLiteral("detailListing"));
    m_sentTo->setTextFormat(Qt::PlainText);
    m_sentTo->setWordWrap(true);
    m_sentTo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* tabs = new QTabWidget(m_detail);
    m_story = new QTextBrowser(tabs);
    m_story->setObjectName(QStringLiteral("detailStory"));
    m_story->setOpenLinks(false);
    m_story->setOpenExternalLinks(false);
    m_story->setAccessibleName(tr("Attempts"));
    m_story->setAccessibleDescription(tr("When the lead was entered and every attempt to send it"));
    m_request = new QPlainTextEdit(tabs);
    m_request->setObjectName(QStringLiteral("detailRequest"));
    m_request->setAccessibleName(tr("Request as sent"));
    m_request->setAccessibleDescription(tr("The request as it was sent, with the API key hidden"));
    m_response = new QPlainTextEdit(tabs);
    m_response->setObjectName(QStringLiteral("detailResponse"));
    m_response->setAccessibleName(tr("Answer from the server"));
    m_response->setAccessibleDescription(tr("The server's answer, shown as text"));
    for (QPlainTextEdit* text : {m_request, m_response}) {
        text->setReadOnly(true);
        text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    }
    tabs->addTab(m_story, tr("Attempts"));
    tabs->addTab(m_request, tr("Request"));
    tabs->addTab(m_response, tr("Response"));

    auto* detailLayout = new QVBoxLayout(m_detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_title);
    auto* idRow = new QHBoxLayout;
    idRow->addWidget(m_ids, 1);
    idRow->addWidget(m_copyId);
    idRow->addWidget(m_sendNow);
    idRow->addWidget(m_resubmit);
    detailLayout->addLayout(idRow);
    detailLayout->addWidget(m_sentTo);
    detailLayout->addWidget(tabs, 1);

    // Made now, they stand at the end of the window's Tab chain: moved to right after the table.
    QWidget* previous = m_table;
    for (QWidget* w : std::initializer_list<QWidget*> {m_ids, m_copyId, m_sendNow, m_resubmit, m_sentTo, tabs}) {
        QWidget::setTabOrder(previous, w);
        previous = w;
    }
    // The new buttons take part in the window's mnemonics, and are described.
    Mnemonics::assign(window());
    describeControls(m_detail);
}

void HistoryView::showDetail()
{
    const auto s = currentSubmission();
    if (!s) {
        m_detail->setVisible(false); // the table has the room until a row is chosen
        if (m_title) {
            m_title->clear();
            m_ids->clear();
            m_story->clear();
            m_request->clear();
            m_response->clear();
        }
        return;
    }
    buildDetail(); // while hidden: its parts show with it
    for (QWidget* w : std::initializer_list<QWidget*> {m_copyId, m_sendNow, m_resubmit, m_sentTo})
        w->setVisible(false);
    m_detail->setVisible(true);
    // A rejected lead that was fixed and sent again says so, and links both ways.
    const QList<qint64> resubmissions = m_store.resubmissionsOf(s->id).valueOr({});
    QString title = QStringLiteral("%1 — %2").arg(s->lead.fullName(), HistoryModel::stateText(*s));
    if (!resubmissions.isEmpty())
        title += QStringLiteral(" · ") + tr("resubmitted as #%1").arg(resubmissions.last());
    m_title->setText(title);
    QStringList ids {tr("Local #%1").arg(s->id)};
    if (!s->remoteId.isEmpty())
        ids.append(tr("AlterEstate id %1").arg(s->remoteId.toHtmlEscaped()));
    if (!s->uid.isEmpty())
        ids.append(tr("uid %1").arg(s->uid.toHtmlEscaped()));
    if (!s->dealId.isEmpty())
        ids.append(tr("deal %1").arg(s->dealId.toHtmlEscaped()));
    if (!s->logId.isEmpty())
        ids.append(tr("log %1").arg(s->logId.toHtmlEscaped()));
    if (s->resubmissionOf > 0)
        ids.append(tr("resubmits %1").arg(leadLink(s->resubmissionOf)));
    for (const qint64 next : resubmissions)
        ids.append(tr("resubmitted as %1").arg(leadLink(next)));
    m_ids->setText(ids.join(QStringLiteral(" · ")));
    showListing(s->lead);
    m_copyId->setVisible(!s->remoteId.isEmpty()); // only when AlterEstate gave one
    m_sendNow->setVisible(s->state == SubmissionState::Queued);
    m_resubmit->setVisible(s->state == SubmissionState::Rejected && resubmissions.isEmpty());

    // The story, as text: messages come from a server and are never treated as markup.
    QStringList story;
    story.append(tr("Entered %1 from %2.").arg(when(s->createdAt), Origins::label(s->origin)));
    if (s->consent.isGiven()) {
        const QString words = m_store.consentText(s->consent.version).valueOr({});
        story.append(tr("Consent to be contacted given %1 on %2 (text version %3): \"%4\"")
                         .arg(when(s->consent.at), s->consent.station, s->consent.version, words));
    } else {
        story.append(tr("No consent on record."));
    }
    const Result<QList<Attempt>> attempts = m_store.attempts(s->id);
    if (!attempts)
        story.append(tr("The attempts could not be read: %1").arg(attempts.error()));
    QString sentTo;
    for (const Attempt& a : attempts.valueOr({})) {
        QString line = tr("%1: %2").arg(when(a.finishedAt), outcomeText(a.outcome));
        if (a.httpStatus > 0)
            line += QStringLiteral(" (HTTP %1)").arg(a.httpStatus);
        if (!a.message.isEmpty())
            line += QStringLiteral(" — ") + a.message;
        story.append(line);
        if (!a.url.isEmpty())
            sentTo = a.url;
    }
    if (s->state == SubmissionState::Queued && s->nextAttemptAt > 0)
        story.append(tr("Next attempt: %1.").arg(when(s->nextAttemptAt)));
    if (s->state == SubmissionState::Duplicate)
        story.append(tr("AlterEstate notified the agent who owns the existing contact; there is no need to send "
                        "it again."));
    m_story->setPlainText(story.join(u'\n'));

    // The address the lead went to, as recorded; before any attempt, where it will go.
    QString head = QStringLiteral("POST ") + sentTo;
    if (sentTo.isEmpty() && attempts.valueOr({}).isEmpty())
        head = tr("Not sent yet; it will go to the address in Settings:") + QStringLiteral("\nPOST ") + m_endpoint;
    else if (sentTo.isEmpty()) // refused before sending (no key, a wrong address), or recorded before schema 5
        head = tr("Not sent to AlterEstate by these attempts, or sent before LeadEntry recorded the address; it "
                  "will go to the address in Settings:")
            + QStringLiteral("\nPOST ") + m_endpoint;
    m_request->setPlainText(QStringLiteral("%1\nAuthorization: Token ••••••••\nContent-Type: application/json\n\n%2")
                                .arg(head, pretty(s->requestBody)));
    m_response->setPlainText(s->httpStatus > 0
            ? QStringLiteral("HTTP %1\n\n%2").arg(s->httpStatus).arg(pretty(s->responseBody))
            : tr("No answer from the server yet."));
}

void HistoryView::setCatalog(CatalogService* catalog)
{
    if (m_catalog)
        disconnect(m_catalog, nullptr, this, nullptr);
    m_catalog = catalog;
    if (m_catalog)
        connect(m_catalog, &CatalogService::changed, this, &HistoryView::showDetail);
    showDetail();
}

void HistoryView::showListing(const Lead& lead)
{
    // What was sent, with the names the catalog knows for it (looked up now: a listing renamed
    // since shows its name of today).
    const QString uid = lead.value(LeadField::PropertyUid).trimmed();
    const QString email = lead.value(LeadField::Related).trimmed();
    QStringList parts;
    if (!uid.isEmpty()) {
        const QString name = m_catalog ? m_catalog->store().propertyNames({uid}).valueOr({}).value(uid) : QString();
        parts.append(name.isEmpty() ? tr("Property: %1").arg(uid) : tr("Property: %1 (%2)").arg(name, uid));
    }
    if (!email.isEmpty()) {
        const QString name
            = m_catalog ? m_catalog->store().agentNames({email}).valueOr({}).value(email.toLower()) : QString();
        parts.append(name.isEmpty() ? tr("Agent: %1").arg(email) : tr("Agent: %1 (%2)").arg(name, email));
    }
    m_sentTo->setText(parts.join(QStringLiteral(" · ")));
    m_sentTo->setVisible(!parts.isEmpty());
}

int HistoryView::exportCsv()
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(QStringLiteral("leadentry-history-%1.csv")
                                                .arg(QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd"))));
    const QString path = m_saveFileName(suggested);
    if (path.isEmpty())
        return 0;
    // Spreadsheets in a decimal-comma locale (Spanish among them) expect ';' between fields.
    const QChar separator = QLocale().decimalPoint() == QStringLiteral(",") ? u';' : u',';
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        emit message(tr("Cannot write %1: %2").arg(path, file.errorString()));
        return -1;
    }
    file.write("\xEF\xBB\xBF"); // UTF-8 mark: spreadsheets then read accents right
    file.write(Csv::record(SubmissionRecord::columns(SubmissionRecord::Audience::People), separator).toUtf8());
    int rows = 0;
    qint64 before = 0;
    constexpr int kPage = 5000;
    while (true) {
        const Result<QList<Submission>> read = m_store.list(m_model.query(before, kPage));
        if (!read) {
            file.cancelWriting();
            emit message(tr("Cannot read the history: %1").arg(read.error()));
            return -1;
        }
        const QList<Submission>& page = *read;
        for (const Submission& s : page)
            file.write(
                Csv::record(SubmissionRecord::toCsvFields(s, SubmissionRecord::Audience::People), separator).toUtf8());
        rows += static_cast<int>(page.size());
        if (page.size() < kPage)
            break;
        before = page.last().id;
        QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    }
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner); // people's data: the user's alone
    if (!file.commit()) {
        emit message(tr("Cannot write %1: %2").arg(path, file.errorString()));
        return -1;
    }
    emit message(tr("Exported %1 rows to %2.").arg(rows).arg(QDir::toNativeSeparators(path)));
    return rows;
}
