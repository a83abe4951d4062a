#pragma once

#include "Lead.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// ARCHITECTURE.md, "Submission states".
enum class SubmissionState {
    Queued,
    Sending,
    Created,
    Duplicate,
    Rejected,
    Unconfirmed,
};

namespace SubmissionStates {
QString name(SubmissionState state); // "queued", … as stored and printed
std::optional<SubmissionState> fromName(const QString& name);
QString label(SubmissionState state); // translated, for people
bool isFinal(SubmissionState state);
QList<SubmissionState> all();
} // namespace SubmissionStates

// The door a lead came in through; stored and printed by name.
enum class Origin {
    Form,
    Kiosk,
    Cli,
    Import,
};

namespace Origins {
QString name(Origin origin); // "form", "kiosk", "cli", "import"
std::optional<Origin> fromName(const QString& name);
QString label(Origin origin); // translated, for people
} // namespace Origins

// The person's consent to be contacted, as recorded with their lead: which text they agreed to
// (its version: a digest of the exact words), when, and on which computer.
struct Consent
{
    QString version;
    qint64 at = 0; // ms since the epoch; 0: no consent on record
    QString station;
    QString text; // the words agreed to (kept once per version in the history file)

    [[nodiscard]] bool isGiven() const { return at > 0; }
    // Consent to `text`, given now on this computer.
    [[nodiscard]] static Consent givenTo(const QString& text, qint64 atMs);
    [[nodiscard]] static QString versionOf(const QString& text);
};

// One row of the outbox and history: the lead, where it came from, and its whole story.
struct Submission
{
    qint64 id = 0;
    SubmissionState state = SubmissionState::Queued;
    Lead lead;
    QString phoneE164;
    Origin origin = Origin::Form;
    QString event; // the event profile's name, or empty
    QByteArray requestBody; // exactly what is sent, fixed when the lead was accepted
    int attempts = 0;
    qint64 createdAt = 0; // ms since the epoch
    qint64 updatedAt = 0;
    qint64 nextAttemptAt = 0;
    bool uncertain = false; // an earlier attempt may have reached the server
    QString remoteId;
    QString uid;
    QString dealId;
    QString logId;
    QString message; // the server's message, or why it is still queued
    int httpStatus = 0;
    QByteArray responseBody;
    qint64 resubmissionOf = 0;
    Consent consent;
};

// One delivery attempt, for the history's detail view.
struct Attempt
{
    qint64 startedAt = 0;
    qint64 finishedAt = 0;
    QString outcome; // Outcome::kindName, or "interrupted"
    int httpStatus = 0;
    QString message;
    bool mayHaveReachedServer = false;
    QString url; // where the request went; empty when it never left (no key, a bad address)
};
