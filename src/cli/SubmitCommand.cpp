#include "Cli.h"

#include "Engine.h"
#include "core/EventProfiles.h"
#include "core/LeadIntake.h"
#include "core/Settings.h"

#include <QCommandLineParser>

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
    const QCommandLineOption event(QStringLiteral("event"),
        CliContext::tr("Fill the fields not given from this event profile."), CliContext::tr("PROFILE"));
    const QCommandLineOption property(QStringLiteral("property"),
        CliContext::tr("The property, by its uid, slug or exact name in the catalog (sent as property_uid)."),
        CliContext::tr("TEXT"));
    const QCommandLineOption agent(QStringLiteral("agent"),
        CliContext::tr("The agent, by email or exact name in the catalog (sent as related)."), CliContext::tr("TEXT"));
    parser.addOption(property);
    parser.addOption(agent);
    parser.addOption(event);
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
    if (!resolveCatalogNames(c, parser.value(property), parser.value(agent), lead))
        return ExitInvalid;
    const QString eventName = parser.value(event).trimmed();
    Lead profile;
    if (!eventName.isEmpty()) {
        const auto found = EventProfiles(c.settings).profile(eventName);
        if (!found) {
            c.err << CliContext::tr("leadentry-cli submit: no event profile named \"%1\".").arg(eventName) << '\n';
            return ExitInvalid;
        }
        profile = *found; // explicit options win
    }

    const bool acceptUnverifiedPhone = parser.isSet(acceptUnverified);
    const LeadIntake::Decision intake = LeadIntake::take(lead, profile, c.settings.defaultRegion(),
        acceptUnverifiedPhone ? LeadIntake::UnverifiedPhone::Accept : LeadIntake::UnverifiedPhone::Ask);
    if (!intake.accepted) {
        for (const FieldIssue& issue : intake.validation.issues) {
            if (issue.severity == FieldIssue::Severity::Warning && acceptUnverifiedPhone)
                continue;
            c.err << LeadFields::apiName(issue.field) << ": " << issue.message;
            if (issue.severity == FieldIssue::Severity::Warning)
                c.err << ' ' << CliContext::tr("(pass --accept-unverified-phone to send it anyway)");
            c.err << '\n';
        }
        return ExitInvalid;
    }
    const AcceptedLead& accepted = *intake.accepted;

    Engine engine(c);
    if (!engine.open())
        return ExitFailure;
    const auto hint = engine.store.previousSubmission(accepted.phoneE164(), accepted.lead().email());
    if (!hint)
        c.err << CliContext::tr("note: the history could not be searched for this contact: %1").arg(hint.error())
              << Qt::endl;
    else if (*hint)
        c.err << CliContext::tr("note: %1").arg(SubmissionStore::describe(**hint)) << Qt::endl;

    // On disk before anything is sent: from here on the lead cannot be lost.
    const Result<qint64> id = engine.service.submit(accepted, Origin::Cli, eventName);
    if (!id) {
        c.err << CliContext::tr("The lead could not be stored in %1: %2")
                     .arg(engine.backend.database().path(), id.error())
              << '\n';
        return ExitFailure;
    }
    const Result<QList<Submission>> rows = engine.deliver({*id});
    if (!rows) {
        c.err << rows.error() << '\n';
        return ExitFailure;
    }
    const Submission& stored = rows->first();
    printSubmission(c, parser.isSet(json), stored);
    return exitCodeFor(stored.state);
}
