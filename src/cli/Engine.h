#pragma once

#include "core/Submission.h"
#include "service/Backend.h"

#include <functional>

struct CliContext;

// The backend as the CLI uses it: explicit sends only, problems printed on stderr.
class Engine final
{
    Q_DISABLE_COPY_MOVE(Engine)

public:
    explicit Engine(CliContext& context);
    // Opens the history file and resolves the API key; false after printing why on stderr.
    [[nodiscard]] bool open();
    // Why there is no API key (translated), or empty.
    [[nodiscard]] QString keyProblem() const { return backend.apiKeyProblem(); }
    // One attempt for each of these stored leads (none without a key), then the rows as they
    // stand; a lead still waiting for want of a key says so in its message. Fails when the
    // history file stops taking answers (the rows then come back as uncertain next time).
    Result<QList<Submission>> deliver(const QList<qint64>& ids);
    // The same, each lead given to each as it is read back, none held: an import's thousands.
    Status deliver(const QList<qint64>& ids, const std::function<void(const Submission&)>& each);
    // Runs the event loop until the service has nothing left to send, or the file refuses a write.
    Status waitUntilFinished();

    CliContext& context;
    Backend backend;
    SubmissionStore& store;
    SubmissionService& service;
};

// One line, or one JSON object (SubmissionRecord, the shape every command prints), per
// submission; shared by submit, sync and import.
void printSubmission(CliContext& c, bool json, const Submission& s);
// The contract's exit code for a submission's state.
int exitCodeFor(SubmissionState state);
