#pragma once

#include <QString>

// What one attempt to deliver a lead came to (ARCHITECTURE.md, "Submission states").
enum class OutcomeKind {
    Created, // the server created the lead: ids are set
    Duplicate, // the contact already exists: message and log id are set
    Rejected, // the server refused this lead: message says why; resending it unchanged will not help
    Transient, // network trouble, timeout, rate limit or server fault: retry later
    Auth, // the API key is missing or refused: pause until it changes
    Config, // the endpoint is wrong (404, redirect, refused scheme): pause until it changes
    Unconfirmed, // 2xx with a body that could not be read: never resend automatically
};

struct Outcome
{
    OutcomeKind kind = OutcomeKind::Unconfirmed;
    QString remoteId; // data.id
    QString uid; // data.uid
    QString dealId; // deal_id
    QString logId; // log_id, kept as text: a number in one answer, a string in another
    QString message; // the server's words, or a readable explanation of what happened
    int retryAfterSeconds = -1; // from Retry-After, -1 when absent

    [[nodiscard]] bool isFinal() const
    {
        return kind == OutcomeKind::Created || kind == OutcomeKind::Duplicate || kind == OutcomeKind::Rejected
            || kind == OutcomeKind::Unconfirmed;
    }
    [[nodiscard]] bool isDelivered() const { return kind == OutcomeKind::Created || kind == OutcomeKind::Duplicate; }

    // Stable lower-case name used in the CLI's output, JSON and the database: "created", "duplicate", …
    [[nodiscard]] static QString kindName(OutcomeKind kind);
};
