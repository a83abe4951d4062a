#include "Cli.h"

#include "Settings.h"

int runEvent(CliContext& c)
{
    const QString action = c.args.value(1);
    const QString name = c.args.value(2);
    if (action == QLatin1String("list") && c.args.size() == 2) {
        const QString active = c.settings.activeEvent();
        for (const QString& event : c.settings.eventNames())
            c.out << (event == active ? "* " : "  ") << event << '\n';
        return ExitOk;
    }
    if (action == QLatin1String("show") && c.args.size() == 3) {
        const auto profile = c.settings.eventProfile(name);
        if (!profile) {
            c.err << CliContext::tr("leadentry-cli event: no event profile named \"%1\".").arg(name) << '\n';
            return ExitInvalid;
        }
        for (const LeadField f : Settings::eventFields()) {
            if (!profile->value(f).isEmpty())
                c.out << LeadFields::apiName(f) << '=' << profile->value(f) << '\n';
        }
        return ExitOk;
    }
    if (action == QLatin1String("set") && c.args.size() >= 3) {
        // Updates what is named; FIELD= (nothing after '=') removes a value.
        Lead values = c.settings.eventProfile(name).value_or(Lead());
        for (const QString& assignment : c.args.mid(3)) {
            const qsizetype eq = assignment.indexOf(u'=');
            const auto field = eq > 0 ? LeadFields::fromApiName(assignment.left(eq)) : std::nullopt;
            if (!field || !Settings::eventFields().contains(*field)) {
                QStringList allowed;
                for (const LeadField f : Settings::eventFields())
                    allowed.append(LeadFields::apiName(f));
                c.err << CliContext::tr("leadentry-cli event set: \"%1\" is not FIELD=VALUE with a field of: %2.")
                             .arg(assignment, allowed.join(QStringLiteral(", ")))
                      << '\n';
                return ExitInvalid;
            }
            values.setValue(*field, assignment.mid(eq + 1));
        }
        if (const QString problem = c.settings.setEventProfile(name, values); !problem.isEmpty()) {
            c.err << problem << '\n';
            return ExitInvalid;
        }
        return ExitOk;
    }
    if (action == QLatin1String("delete") && c.args.size() == 3) {
        if (!c.settings.removeEventProfile(name)) {
            c.err << CliContext::tr("leadentry-cli event: no event profile named \"%1\".").arg(name) << '\n';
            return ExitInvalid;
        }
        return ExitOk;
    }
    c.err << CliContext::tr("Usage: leadentry-cli event list | show NAME | set NAME FIELD=VALUE... | delete NAME")
          << '\n';
    return action == QLatin1String("--help") ? ExitOk : ExitInvalid;
}
