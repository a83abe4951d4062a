#include "Cli.h"

#include "core/EventProfiles.h"
#include "core/Settings.h"

#include <optional>

int runEvent(CliContext& c)
{
    const QString action = c.args.value(1);
    const QString name = c.args.value(2);
    if (action == QLatin1String("list") && c.args.size() == 2) {
        const QString active = c.settings.activeEvent();
        for (const QString& event : EventProfiles(c.settings).names())
            c.out << (event == active ? "* " : "  ") << event << '\n';
        return ExitOk;
    }
    if (action == QLatin1String("show") && c.args.size() == 3) {
        const auto profile = EventProfiles(c.settings).profile(name);
        if (!profile) {
            c.err << CliContext::tr("leadentry-cli event: no event profile named \"%1\".").arg(name) << '\n';
            return ExitInvalid;
        }
        for (const LeadField f : EventProfiles::fields()) {
            if (!profile->value(f).isEmpty())
                c.out << LeadFields::apiName(f) << '=' << profile->value(f) << '\n';
        }
        if (const QStringList listings = EventProfiles(c.settings).kioskListings(name); !listings.isEmpty())
            c.out << "kiosk_listings=" << listings.join(u' ') << '\n';
        return ExitOk;
    }
    if (action == QLatin1String("set") && c.args.size() >= 3) {
        // Updates what is named; FIELD= (nothing after '=') removes a value. --property TEXT and
        // --agent TEXT name the listing and the agent as the catalog knows them.
        Lead values = EventProfiles(c.settings).profile(name).value_or(Lead());
        QStringList assignments;
        for (const QString& argument : c.args.mid(3)) { // --property=X as --property X
            const qsizetype eq = argument.indexOf(u'=');
            const QString option = argument.left(eq);
            if (argument.startsWith(QLatin1String("--")) && eq > 0
                && (option == QLatin1String("--property") || option == QLatin1String("--agent")
                    || option == QLatin1String("--kiosk-listing")))
                assignments << option << argument.mid(eq + 1);
            else
                assignments << argument;
        }
        QString property;
        QString agent;
        for (const QString& option : {QStringLiteral("--property"), QStringLiteral("--agent")}) {
            const qsizetype at = assignments.indexOf(option);
            if (at < 0)
                continue;
            if (at + 1 >= assignments.size()) {
                c.err << CliContext::tr("leadentry-cli event set: %1 needs a value.").arg(option) << '\n';
                return ExitInvalid;
            }
            (option == QLatin1String("--property") ? property : agent) = assignments.at(at + 1);
            assignments.remove(at, 2);
        }
        // --kiosk-listing TEXT, as often as wanted: the properties the kiosk asks about (they
        // replace the profile's; --kiosk-listing "" clears them).
        std::optional<QStringList> kioskListings;
        for (qsizetype at = assignments.indexOf(QStringLiteral("--kiosk-listing")); at >= 0;
             at = assignments.indexOf(QStringLiteral("--kiosk-listing"))) {
            if (at + 1 >= assignments.size()) {
                c.err << CliContext::tr("leadentry-cli event set: %1 needs a value.")
                             .arg(QStringLiteral("--kiosk-listing"))
                      << '\n';
                return ExitInvalid;
            }
            const QString text = assignments.at(at + 1);
            assignments.remove(at, 2);
            if (!kioskListings)
                kioskListings = QStringList();
            if (text.trimmed().isEmpty())
                continue;
            Lead listing;
            if (!resolveCatalogNames(c, text, QString(), listing))
                return ExitInvalid;
            kioskListings->append(listing.value(LeadField::PropertyUid));
        }
        Lead named;
        if (!resolveCatalogNames(c, property, agent, named))
            return ExitInvalid;
        for (const LeadField f : {LeadField::PropertyUid, LeadField::Related}) {
            if (!named.value(f).isEmpty())
                assignments.append(LeadFields::apiName(f) + u'=' + named.value(f));
        }
        for (const QString& assignment : std::as_const(assignments)) {
            const qsizetype eq = assignment.indexOf(u'=');
            const auto field = eq > 0 ? LeadFields::fromApiName(assignment.left(eq)) : std::nullopt;
            if (!field || !EventProfiles::fields().contains(*field)) {
                QStringList allowed;
                for (const LeadField f : EventProfiles::fields())
                    allowed.append(LeadFields::apiName(f));
                c.err << CliContext::tr("leadentry-cli event set: \"%1\" is not FIELD=VALUE with a field of: %2.")
                             .arg(assignment, allowed.join(QStringLiteral(", ")))
                      << '\n';
                return ExitInvalid;
            }
            values.setValue(*field, assignment.mid(eq + 1));
        }
        if (const Status saved = EventProfiles(c.settings).set(name, values); !saved) {
            c.err << saved.error() << '\n';
            return ExitInvalid;
        }
        if (kioskListings) {
            if (const Status saved = EventProfiles(c.settings).setKioskListings(name, *kioskListings); !saved) {
                c.err << saved.error() << '\n';
                return ExitInvalid;
            }
        }
        return ExitOk;
    }
    if (action == QLatin1String("delete") && c.args.size() == 3) {
        if (const Status removed = EventProfiles(c.settings).remove(name); !removed) {
            c.err << "leadentry-cli event: " << removed.error() << '\n';
            return ExitInvalid;
        }
        return ExitOk;
    }
    c.err << CliContext::tr("Usage: leadentry-cli event list | show NAME | set NAME [FIELD=VALUE]... [--property TEXT] "
                            "[--agent TEXT] [--kiosk-listing TEXT]... | delete NAME")
          << '\n';
    return action == QLatin1String("--help") ? ExitOk : ExitInvalid;
}
