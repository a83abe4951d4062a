#include "HistoryModel.h"

#include "core/DateText.h"
#include "core/PhoneNumbers.h"

#include <QDateTime>
#include <QLocale>

HistoryModel::HistoryModel(SubmissionStore& store, QObject* parent, Start start)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_external(store)
{
    m_refreshSoon.setSingleShot(true);
    m_refreshSoon.setInterval(50);
    connect(&m_refreshSoon, &QTimer::timeout, this, &HistoryModel::refresh);
    m_recountSoon.setSingleShot(true);
    m_recountSoon.setInterval(0);
    connect(&m_recountSoon, &QTimer::timeout, this, [this] { recount(); });
    connect(&m_external, &ExternalChanges::changed, this, &HistoryModel::refresh);
    if (start == Start::Now)
        this->start();
}

void HistoryModel::start()
{
    if (m_started)
        return;
    m_started = true;
    m_external.start();
    reload();
    emit startedReading();
}

std::optional<QList<Submission>> HistoryModel::read(const HistoryQuery& q)
{
    Result<QList<Submission>> rows = m_store.list(q);
    const QString problem = rows ? QString() : rows.error();
    if (problem != m_readProblem) {
        m_readProblem = problem;
        emit readProblemChanged(problem);
    }
    if (!rows)
        return std::nullopt;
    return std::move(rows).value();
}

HistoryModel::~HistoryModel() = default;

HistoryQuery HistoryModel::query(qint64 beforeId, int limit) const
{
    HistoryQuery q;
    q.states = m_states;
    q.event = m_event;
    q.text = m_text;
    q.beforeId = beforeId;
    q.limit = limit;
    return q;
}

void HistoryModel::setStates(const QList<SubmissionState>& states)
{
    m_states = states;
    if (m_started)
        reload();
}

void HistoryModel::setEvent(const std::optional<QString>& event)
{
    m_event = event;
    if (m_started)
        reload();
}

void HistoryModel::setSearchText(const QString& text)
{
    m_text = text;
    if (m_started)
        reload();
}

void HistoryModel::reload()
{
    beginResetModel();
    m_changing = true;
    const std::optional<QList<Submission>> rows = read(query(0, m_pageSize));
    m_rows = rows.value_or(QList<Submission>());
    m_hasMore = m_rows.size() == m_pageSize;
    endResetModel();
    m_changing = false;
    // Fewer rows than a page are every match: counted as read. A full page of a search is counted
    // (up to the cap) once its rows are shown: the rows come first, the count a moment later. A
    // read that failed counts nothing (the counts shown stay; readProblemChanged() says why).
    if (rows && !m_hasMore)
        recount(static_cast<int>(m_rows.size()));
    else if (filtered())
        m_recountSoon.start();
    else
        recount();
}

void HistoryModel::recount(std::optional<int> allMatching)
{
    m_recountSoon.stop();
    // One past the cap, so that exactly kCountCap is not mistaken for more.
    const Result<int> total = m_store.countMatching({}, kCountCap + 1);
    const Result<int> matching = !filtered() ? total
        : allMatching                        ? Result<int>(*allMatching)
                                             : m_store.countMatching(query(0, 0), kCountCap + 1);
    if (!total || !matching)
        return; // the counts shown stay; a read of the rows says what is wrong
    if (*total != m_total || *matching != m_matching) {
        m_total = *total;
        m_matching = *matching;
        emit countsChanged();
    }
}

bool HistoryModel::filtered() const
{
    return !m_states.isEmpty() || m_event || !m_text.trimmed().isEmpty();
}

void HistoryModel::submissionChanged(qint64)
{
    if (m_started && !m_refreshSoon.isActive())
        m_refreshSoon.start();
}

void HistoryModel::refresh()
{
    if (!m_started)
        return; // start() reads everything
    // Reread as many rows as are shown (at least a page), then apply the difference: new rows on
    // top are inserted, changed rows are updated in place; anything else resets the view.
    const int wanted = std::max<int>(static_cast<int>(m_rows.size()), m_pageSize);
    std::optional<QList<Submission>> read = this->read(query(0, wanted));
    if (!read)
        return; // what is shown stays; readProblemChanged() said why
    QList<Submission> fresh = std::move(*read);
    const bool hasMore = fresh.size() == wanted;
    recount(hasMore ? std::nullopt : std::optional<int>(static_cast<int>(fresh.size())));
    qsizetype added = 0;
    if (!m_rows.isEmpty()) {
        const qint64 newestShown = m_rows.first().id;
        while (added < fresh.size() && fresh.at(added).id > newestShown)
            ++added;
    } else {
        added = fresh.size();
    }
    // The rest must be the rows already shown, in the same order (minus any that fell off the end).
    bool sameRest = fresh.size() - added <= m_rows.size();
    for (qsizetype i = added; sameRest && i < fresh.size(); ++i)
        sameRest = fresh.at(i).id == m_rows.at(i - added).id;
    // Fewer rows than asked for means the window reached the oldest row: a shown row missing from it is gone.
    const bool rowsVanished = !hasMore && fresh.size() - added < m_rows.size();
    if (!sameRest || rowsVanished) {
        beginResetModel();
        m_changing = true;
        m_rows = fresh;
        m_hasMore = hasMore;
        endResetModel();
        m_changing = false;
        return;
    }
    if (added > 0) {
        m_changing = true;
        beginInsertRows({}, 0, static_cast<int>(added) - 1);
        m_rows = fresh.mid(0, added) + m_rows;
        endInsertRows();
        m_changing = false;
    }
    // Rows that no longer fit in the reread window stay as they are; the rest are refreshed.
    for (qsizetype i = added; i < fresh.size(); ++i) {
        const Submission& now = fresh.at(i);
        Submission& shown = m_rows[i];
        if (now.state != shown.state || now.updatedAt != shown.updatedAt || now.message != shown.message) {
            shown = now;
            emit dataChanged(index(static_cast<int>(i), 0), index(static_cast<int>(i), ColumnCount - 1));
        }
    }
    m_hasMore = m_hasMore || hasMore;
}

const Submission* HistoryModel::submissionAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int HistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryModel::answerText(const Submission& s)
{
    switch (s.state) {
    case SubmissionState::Created:
        return tr("id %1").arg(s.remoteId);
    case SubmissionState::Duplicate: // AlterEstate's own words stay in the detail
        return tr("Agent notified"); // the state says it was already there
    default:
        return s.message;
    }
}

QString HistoryModel::stateText(const Submission& s)
{
    QString text = SubmissionStates::label(s.state);
    if (s.state == SubmissionState::Duplicate && s.uncertain)
        text = tr("%1 (an earlier attempt may have created it)").arg(text);
    else if (s.state == SubmissionState::Queued && s.attempts > 0)
        text = tr("%1 (retrying)").arg(text);
    return text;
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const
{
    const Submission* s = index.isValid() ? submissionAt(index.row()) : nullptr;
    if (!s)
        return {};
    switch (role) {
    case IdRole:
        return s->id;
    case StateRole:
        return SubmissionStates::name(s->state);
    case UncertainRole:
        return s->uncertain;
    case Qt::ToolTipRole:
        // The whole of what a narrow column cuts short.
        switch (index.column()) {
        case TimeColumn:
            return DateText::of(s->createdAt);
        case StateColumn: // "Queued (retrying)", and why
            return s->message.isEmpty() ? stateText(*s) : tr("%1: %2").arg(stateText(*s), s->message);
        case ResultColumn:
            if (!s->message.isEmpty())
                return s->message;
            break;
        default:
            break;
        }
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return DateText::brief(s->createdAt, QDateTime::currentDateTime());
        case NameColumn:
            return s->lead.fullName();
        case PhoneColumn: // one format for every lead, typed in the form, the kiosk, the CLI or a file
            return s->phoneE164.isEmpty() ? s->lead.phone() : PhoneNumbers::display(s->phoneE164);
        case EmailColumn:
            return s->lead.email();
        case StateColumn: // the word; the tooltip and the detail say more
            return SubmissionStates::label(s->state);
        case ResultColumn:
            return answerText(*s);
        case EventColumn:
            return s->event;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case NameColumn:
        return tr("Name");
    case PhoneColumn:
        return tr("Phone");
    case EmailColumn:
        return tr("Email");
    case StateColumn:
        return tr("State");
    case ResultColumn:
        return tr("Answer"); // AlterEstate's: the table's description says so
    case EventColumn:
        return tr("Event");
    default:
        return {};
    }
}

bool HistoryModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_hasMore;
}

void HistoryModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || !m_hasMore || m_rows.isEmpty() || m_changing)
        return;
    const std::optional<QList<Submission>> read = this->read(query(m_rows.last().id, m_pageSize));
    if (!read)
        return;
    const QList<Submission>& more = *read;
    m_hasMore = more.size() == m_pageSize;
    if (more.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    m_changing = true;
    beginInsertRows({}, first, first + static_cast<int>(more.size()) - 1);
    m_rows += more;
    endInsertRows();
    m_changing = false;
}
