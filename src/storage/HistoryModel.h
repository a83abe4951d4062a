#pragma once

#include "SubmissionStore.h"

#include "ExternalChanges.h"

#include <QAbstractTableModel>
#include <QTimer>

#include <optional>

// The history as a table, newest first, a page at a time (canFetchMore/fetchMore), filtered by
// state, event and text. It follows changes made by this process (submissionChanged) and those of
// another process (the CLI) as they are committed (ExternalChanges): nothing runs while nothing
// changes.
class HistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryModel)

public:
    enum Column {
        TimeColumn,
        NameColumn,
        PhoneColumn,
        EmailColumn,
        StateColumn,
        ResultColumn, // AlterEstate's id, or the message
        EventColumn,
        ColumnCount,
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        StateRole, // SubmissionStates::name
        UncertainRole,
    };

    // Now: the first page is read here. Later: nothing is read nor watched until start(); the
    // main window starts its model after its first paint, so that the history does not hold the
    // window back.
    enum class Start { Now, Later };
    explicit HistoryModel(SubmissionStore& store, QObject* parent = nullptr, Start start = Start::Now);
    ~HistoryModel() override;

    // Reads the first page and starts following changes; once (later calls do nothing). Filters
    // set before it apply to that first read.
    void start();
    [[nodiscard]] bool started() const { return m_started; }

    void setStates(const QList<SubmissionState>& states);
    void setEvent(const std::optional<QString>& event);
    void setSearchText(const QString& text);
    void setPageSize(int rows) { m_pageSize = rows; }
    // Another process's changes: watched, or polled where watching is not available.
    [[nodiscard]] ExternalChanges& externalChanges() { return m_external; }
    [[nodiscard]] const Submission* submissionAt(int row) const;
    // The query behind what is shown, for exports: rows older than beforeId, at most limit.
    [[nodiscard]] HistoryQuery query(qint64 beforeId, int limit) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // How many rows the filter matches and how many the history holds, for "34 of 220". A search
    // or an event filter stops counting at kCountCap (matchingCountIsCapped: there are more):
    // counting 10,000 text matches took 30 ms at a million rows, and "over 1,000" tells as much;
    // filtered by state alone, and the total, are exact.
    static constexpr int kCountCap = 1000;
    [[nodiscard]] int matchingCount() const { return matchingCountIsCapped() ? kCountCap : m_matching; }
    [[nodiscard]] bool matchingCountIsCapped() const
    {
        return m_matching > kCountCap && (m_event || !m_text.trimmed().isEmpty());
    }
    [[nodiscard]] int totalCount() const { return m_total; }
    [[nodiscard]] bool filtered() const;

    // "Duplicate (an earlier attempt may have created it)" and friends.
    static QString stateText(const Submission& s);
    // The answer column: AlterEstate's id, "Agent notified" for a duplicate, or the message.
    static QString answerText(const Submission& s);

signals:
    // The first page has been read (start()).
    void startedReading();
    // The history could not be read (message), or can be again (empty); the rows shown stay.
    void readProblemChanged(const QString& message);
    void countsChanged();

public slots:
    // A row changed or was added here: reread what is shown (coalesced).
    void submissionChanged(qint64 id);
    void refresh();

private:
    void reload();
    // allMatching: how many rows match, when the rows read were all of them (fewer than asked).
    void recount(std::optional<int> allMatching = std::nullopt);

    // The rows, or nothing after telling readProblemChanged why.
    std::optional<QList<Submission>> read(const HistoryQuery& query);

    SubmissionStore& m_store;
    QList<Submission> m_rows;
    QList<SubmissionState> m_states;
    std::optional<QString> m_event;
    QString m_text;
    int m_pageSize = 200;
    int m_matching = 0;
    int m_total = 0;
    bool m_hasMore = false;
    bool m_started = false;
    bool m_changing = false; // views and testers call fetchMore() from modelReset and rowsInserted
    QString m_readProblem;
    QTimer m_refreshSoon;
    QTimer m_recountSoon; // a search's capped count, once its rows are shown
    ExternalChanges m_external;
};
