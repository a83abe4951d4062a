#include "Cli.h"

#include "LeadJson.h"
#include "LeadValidator.h"
#include "LeadsClient.h"
#include "SecretStore.h"
#include "Settings.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

namespace {
void printResult(CliContext& c, bool json, const QString& state, const Outcome& outcome, const QString& reason)
{
    if (json) {
        const auto orNull = [](const QString& v) { return v.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(v); };
        const QJsonObject o {{QStringLiteral("local_id"), QJsonValue::Null}, {QStringLiteral("state"), state},
            {QStringLiteral("remote_id"), orNull(outcome.remoteId)}, {QStringLiteral("uid"), orNull(outcome.uid)},
            {QStringLiteral("deal_id"), orNull(outcome.dealId)}, {QStringLiteral("log_id"), orNull(outcome.logId)},
            {QStringLiteral("message"), orNull(outcome.message)}, {QStringLiteral("reason"), orNull(reason)}};
        c.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
        return;
    }
    // The words before the colon are part of the contract and stay English; what follows is translated.
    if (state == QLatin1String("created")) {
        c.out << "created id=" << outcome.remoteId << " uid=" << outcome.uid << " deal=" << outcome.dealId
              << " log=" << outcome.logId << '\n';
    } else if (state == QLatin1String("duplicate")) {
        c.out << "duplicate log=" << outcome.logId << ": " << outcome.message << '\n';
    } else {
        c.out << state << ": " << (reason.isEmpty() ? outcome.message : reason) << '\n';
    }
}
} // namespace

int runSubmit(CliContext& c)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr("Send one lead to AlterEstate's Leads API."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, CliContext::tr("Show this help."));
    parser.addOption(help);
    for (const auto& info : LeadFields::all()) {
        parser.addOption(QCommandLineOption(LeadFields::cliOption(info.field),
            info.required ? CliContext::tr("%1 (required)").arg(LeadFields::label(info.field))
                          : LeadFields::label(info.field),
            CliContext::tr("TEXT")));
    }
    const QCommandLineOption acceptUnverified(QStringLiteral("accept-unverified-phone"),
        CliContext::tr("Send a phone number the numbering plan does not know (it may be new)."));
    const QCommandLineOption json(QStringLiteral("json"), CliContext::tr("Print the result as one JSON object."));
    parser.addOption(acceptUnverified);
    parser.addOption(json);

    if (!parser.parse(c.args)) {
        c.err << c.args.first() << ": " << parser.errorText() << '\n';
        return ExitInvalid;
    }
    if (parser.isSet(help)) {
        c.out << parser.helpText();
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        c.err << CliContext::tr(
            "%1: unexpected argument \"%2\"; every value needs its option, e.g. --full-name \"Ana Pérez\".")
                     .arg(c.args.first(), parser.positionalArguments().first())
              << '\n';
        return ExitInvalid;
    }

    Lead lead;
    for (const auto& info : LeadFields::all())
        lead.setValue(info.field, parser.value(LeadFields::cliOption(info.field)));

    const QString region = c.settings.defaultRegion();
    const ValidationResult validation = LeadValidator(region).validate(lead);
    const bool accepted = parser.isSet(acceptUnverified);
    if (!validation.isAcceptable(accepted)) {
        for (const FieldIssue& issue : validation.issues) {
            if (issue.severity == FieldIssue::Severity::Warning && accepted)
                continue;
            c.err << LeadFields::apiName(issue.field) << ": " << issue.message;
            if (issue.severity == FieldIssue::Severity::Warning)
                c.err << ' ' << CliContext::tr("(pass --accept-unverified-phone to send it anyway)");
            c.err << '\n';
        }
        return ExitInvalid;
    }

    const ApiKey::Resolved key = ApiKey::resolve(c.secrets);
    QNetworkAccessManager network;
    LeadsClient client(&network);
    client.setBaseUrl(c.settings.effectiveBaseUrl());
    client.setApiKey(key.key);
    client.setTimeoutMs(c.settings.timeoutSeconds() * 1000);

    if (key.key.isEmpty()) {
        Outcome outcome;
        outcome.kind = OutcomeKind::Auth;
        printResult(c, parser.isSet(json), QStringLiteral("not-delivered"), outcome, key.problem);
        return ExitNotDelivered;
    }

    const QByteArray body = LeadJson::requestBody(validation.lead, c.settings.phoneFormat(), region);
    SendResult result;
    QEventLoop loop;
    QObject::connect(&client, &LeadsClient::finished, &loop, [&](const SendResult& r) {
        result = r;
        loop.quit();
    });
    client.send(body);
    loop.exec();

    const Outcome& outcome = result.outcome;
    switch (outcome.kind) {
    case OutcomeKind::Created:
        printResult(c, parser.isSet(json), QStringLiteral("created"), outcome, {});
        return ExitOk;
    case OutcomeKind::Duplicate:
        printResult(c, parser.isSet(json), QStringLiteral("duplicate"), outcome, {});
        return ExitOk;
    case OutcomeKind::Rejected:
        printResult(c, parser.isSet(json), QStringLiteral("rejected"), outcome, {});
        return ExitRejected;
    case OutcomeKind::Unconfirmed:
        printResult(c, parser.isSet(json), QStringLiteral("unconfirmed"), outcome, {});
        return ExitFailure;
    case OutcomeKind::Transient:
    case OutcomeKind::Auth:
    case OutcomeKind::Config: {
        QString reason = outcome.message;
        if (result.mayHaveReachedServer && outcome.kind == OutcomeKind::Transient)
            reason
                += u' ' + CliContext::tr("The server may have received it: check AlterEstate before sending it again.");
        printResult(c, parser.isSet(json), QStringLiteral("not-delivered"), outcome, reason);
        return ExitNotDelivered;
    }
    }
    return ExitFailure;
}
