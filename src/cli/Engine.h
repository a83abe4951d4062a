#pragma once

#include "Clock.h"
#include "Database.h"
#include "LeadsClient.h"
#include "SubmissionService.h"
#include "SubmissionStore.h"

#include <QNetworkAccessManager>

struct CliContext;

// The outbox, the client and the service, wired as the CLI uses them: explicit sends only.
class Engine final
{
    Q_DISABLE_COPY_MOVE(Engine)

public:
    explicit Engine(CliContext& context);
    // Opens the history file; false after printing why on stderr.
    [[nodiscard]] bool open();
    // Sets the key from ALTERESTATE_API_KEY or the keychain; returns why there is none, or empty.
    QString useApiKey();
    // One attempt for each of these stored leads (none without a key), then the rows as they
    // stand; a lead still waiting for want of a key says so in its message.
    QList<Submission> deliver(const QList<qint64>& ids, const QString& keyProblem);

    CliContext& context;
    Database database;
    SubmissionStore store;
    QNetworkAccessManager network;
    LeadsClient client;
    SystemClock clock;
    SubmissionService service;
};

// One line (or JSON object) per submission, as the CLI contract words it; shared by submit and sync.
void printSubmission(CliContext& c, bool json, const Submission& s);
// The contract's exit code for a submission's state.
int exitCodeFor(SubmissionState state);
