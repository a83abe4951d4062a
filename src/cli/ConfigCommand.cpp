#include "Cli.h"

#include "core/Settings.h"

int runConfig(CliContext& c)
{
    const QString action = c.args.value(1);
    const auto keyFrom = [&](const QString& name) -> std::optional<Settings::Key> {
        const auto key = Settings::keyFromName(name);
        if (!key) {
            QStringList names;
            for (const Settings::Key k : Settings::keys())
                names.append(Settings::name(k));
            c.err << CliContext::tr("leadentry-cli config: unknown setting \"%1\"; known: %2.")
                         .arg(name, names.join(QStringLiteral(", ")))
                  << '\n';
        }
        return key;
    };

    if (action == QLatin1String("list") && c.args.size() == 2) {
        for (const Settings::Key key : Settings::keys()) {
            c.out << Settings::name(key) << " = " << c.settings.valueText(key);
            if (key == Settings::Key::BaseUrl && c.settings.baseUrlFromEnvironment())
                c.out << "  "
                      << CliContext::tr("(overridden by ALTERESTATE_API_URL=%1)")
                             .arg(c.settings.effectiveBaseUrl().toString());
            c.out << '\n';
        }
        return ExitOk;
    }
    if (action == QLatin1String("get") && c.args.size() == 3) {
        const auto key = keyFrom(c.args.at(2));
        if (!key)
            return ExitInvalid;
        c.out << c.settings.valueText(*key) << '\n';
        return ExitOk;
    }
    if (action == QLatin1String("set") && c.args.size() == 4) {
        const auto key = keyFrom(c.args.at(2));
        if (!key)
            return ExitInvalid;
        if (const Status set = c.settings.setValue(*key, c.args.at(3)); !set) {
            c.err << Settings::name(*key) << ": " << set.error() << '\n';
            return ExitInvalid;
        }
        return ExitOk;
    }
    c.err << CliContext::tr("Usage: leadentry-cli config list | get KEY | set KEY VALUE") << '\n';
    return action == QLatin1String("--help") ? ExitOk : ExitInvalid;
}
