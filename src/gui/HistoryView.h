#pragma once

#include "core/Submission.h"

#include <QList>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>
#include <utility>

class HistoryModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTextBrowser;
class SubmissionStore;
class StateStyleProxy;

// The history pane: a table over HistoryModel with a state filter and a search box, and a detail
// panel with the request as sent, the answer, the ids and every attempt.
class CatalogService;

class HistoryView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryView)

public:
    HistoryView(HistoryModel& model, SubmissionStore& store, QWidget* parent = nullptr);
    ~HistoryView() override;

    // Test seam: where to write an export; a file dialog by default. Empty means cancelled.
    void setSaveFileNameProvider(std::function<QString(const QString& suggested)> provider)
    {
        m_saveFileName = std::move(provider);
    }
    void setEndpointText(const QString& text) { m_endpoint = text; }
    // The event profiles the filter offers.
    void setEventNames(const QStringList& names);
    // Where the names of a lead's property and agent are looked up (shown beside the uid and
    // email the lead sent); none: only what was sent.
    void setCatalog(CatalogService* catalog);
    [[nodiscard]] std::optional<Submission> currentSubmission() const;
    [[nodiscard]] QTableView* table() const { return m_table; }
    // Selects the submission with this local number, if the list (as filtered) holds it.
    bool select(qint64 id);

public slots:
    // Writes every row matching the current filter; returns how many, or -1 after an error.
    int exportCsv();

signals:
    void sendNowRequested();
    void resubmitRequested(const Submission& rejected);
    // "Erase this person…" from the table's context menu.
    void eraseRequested(const Submission& chosen);
    void message(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showListing(const Lead& lead);

private:
    void applyFilter();
    void showDetail();
    void buildDetail();
    void updateEmptyState();
    void updateCount();
    // The columns that fit: phone and event give way on a narrow window, so name, email, state
    // and answer are never cut to nothing and nothing scrolls sideways.
    void fitColumns();

    HistoryModel& m_model;
    SubmissionStore& m_store;
    StateStyleProxy* m_proxy;
    QComboBox* m_stateFilter;
    QComboBox* m_eventFilter;
    QLineEdit* m_search;
    QTableView* m_table;
    QLabel* m_empty; // over the table when it has no rows: "No submissions yet" or "Nothing matches"
    QLabel* m_count; // "34 of 220"
    // Only while a row is selected; its contents are built when the first row is (buildDetail):
    // start-up does not wait for them.
    QWidget* m_detail;
    int m_roomForAll = 0; // the table's width at which every column fits
    // Columns and the width each would like: those that keep it, and those that share what is left.
    QList<std::pair<int, int>> m_fixed;
    QList<std::pair<int, int>> m_shared;
    QLabel* m_title = nullptr;
    QLabel* m_ids = nullptr;
    QLabel* m_sentTo = nullptr; // "Property: Torre Naco 5 (uid) · Agent: María Gómez (email)"
    QPointer<CatalogService> m_catalog;
    QPushButton* m_copyId = nullptr;
    QPushButton* m_sendNow = nullptr;
    QPushButton* m_resubmit = nullptr;
    QTextBrowser* m_story = nullptr;
    QPlainTextEdit* m_request = nullptr;
    QPlainTextEdit* m_response = nullptr;
    QString m_endpoint;
    std::function<QString(const QString&)> m_saveFileName;
};
