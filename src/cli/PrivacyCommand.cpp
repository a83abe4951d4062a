#include "Cli.h"

#include "Engine.h"
#include "core/PhoneNumbers.h"
#include "core/Settings.h"
#include "platform/Platform.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QRegularExpression>

namespace {
void printRow(CliContext& c, const Submission& s)
{
    c.out << '#' << s.id << "  "
          << QDateTime::fromMSecsSinceEpoch(s.createdAt).toString(QStringLiteral("yyyy-MM-dd HH:mm")) << "  "
          << SubmissionStates::name(s.state) << "  " << s.lead.fullName() << "  " << s.lead.phone() << "  "
          << s.lead.email() << '\n';
}

// Erasing is for good: a person at a terminal types "yes"; a script passes --yes.
bool confirmed(CliContext& c, bool yes, const QString& question)
{
    if (yes)
        return true;
    if (!Platform::stdinIsTerminal()) {
        c.err << question << ' ' << CliContext::tr("Nothing was erased: add --yes to confirm.") << '\n';
        return false;
    }
    c.err << question << ' ' << CliContext::tr("Type yes to confirm: ");
    c.err.flush();
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    // "yes", or the word in the user's language, with or without its accent ("sí", "si").
    const QString word = CliContext::tr("yes");
    QString plain = word.normalized(QString::NormalizationForm_D);
    plain.remove(QRegularExpression(QStringLiteral("\\p{Mn}")));
    return answer == QLatin1String("yes") || answer == word || answer == plain;
}
} // namespace

int runForget(CliContext& c)
{
    QCommandLineParser parser;
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, CliContext::tr("Show this help."));
    const QCommandLineOption email(
        QStringLiteral("email"), CliContext::tr("The person's email."), QStringLiteral("EMAIL"));
    const QCommandLineOption phone(
        QStringLiteral("phone"), CliContext::tr("The person's phone, in any format."), CliContext::tr("PHONE"));
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"), CliContext::tr("List what would be erased; erase nothing."));
    const QCommandLineOption yes(QStringLiteral("yes"), CliContext::tr("Erase without asking."));
    parser.setApplicationDescription(CliContext::tr(
        "Erase everything LeadEntry keeps about one person on this computer (their submissions, attempts and search "
        "entries), as the right to cancellation asks. AlterEstate's copy is not touched."));
    parser.addOptions({help, email, phone, dryRun, yes});
    if (!parser.parse(c.args) || !parser.positionalArguments().isEmpty()
        || (!parser.isSet(help) && parser.value(email).trimmed().isEmpty()
            && parser.value(phone).trimmed().isEmpty())) {
        c.err << c.args.first() << ": "
              << (parser.errorText().isEmpty() ? CliContext::tr("give --email, --phone or both") : parser.errorText())
              << '\n';
        return ExitInvalid;
    }
    if (parser.isSet(help)) {
        c.out << parser.helpText();
        return ExitOk;
    }
    const QString phoneText = parser.value(phone).trimmed();
    if (!phoneText.isEmpty() && PhoneNumbers::check(phoneText, c.settings.defaultRegion()).e164.isEmpty()) {
        c.err << c.args.first() << ": " << CliContext::tr("\"%1\" is not a phone number.").arg(phoneText) << '\n';
        return ExitInvalid;
    }
    Engine engine(c);
    if (!engine.open())
        return ExitFailure;
    const Result<QList<Submission>> rows = engine.backend.personRows(parser.value(email), phoneText);
    if (!rows) {
        c.err << rows.error() << '\n';
        return ExitFailure;
    }
    for (const Submission& s : *rows)
        printRow(c, s);
    const auto count = static_cast<int>(rows->size());
    if (count == 0) {
        c.err << CliContext::tr("LeadEntry keeps nothing about this person.") << '\n';
        return ExitOk;
    }
    if (parser.isSet(dryRun)) {
        c.err << CliContext::tr("Submissions that would be erased: %1 (dry run; nothing was erased).").arg(count)
              << '\n';
        return ExitOk;
    }
    c.out.flush();
    if (!confirmed(c, parser.isSet(yes), CliContext::tr("Erase them for good (submissions: %1)?").arg(count)))
        return ExitInvalid;
    QList<qint64> ids;
    for (const Submission& s : *rows)
        ids.append(s.id);
    const Result<int> erased = engine.backend.erase(ids);
    if (!erased) {
        c.err << erased.error() << '\n';
        return ExitFailure;
    }
    c.out << CliContext::tr("Submissions erased, with their attempts and search entries: %1.").arg(*erased) << '\n';
    return ExitOk;
}

int runHistoryPurge(CliContext& c)
{
    QCommandLineParser parser;
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, CliContext::tr("Show this help."));
    const QCommandLineOption olderThan(QStringLiteral("older-than"),
        CliContext::tr("Erase final leads (created, duplicate, rejected, unconfirmed) created more than DAYS ago; "
                       "queued leads are never erased."),
        QStringLiteral("DAYS"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), CliContext::tr("Count them; erase nothing."));
    const QCommandLineOption yes(QStringLiteral("yes"), CliContext::tr("Erase without asking."));
    parser.addOptions({help, olderThan, dryRun, yes});
    bool ok = false;
    const int days = parser.parse(c.args) ? parser.value(olderThan).toInt(&ok) : 0;
    if (parser.isSet(help)) {
        c.out << parser.helpText();
        return ExitOk;
    }
    if (!ok || days < 0 || !parser.positionalArguments().isEmpty()) {
        c.err << c.args.first() << ": "
              << (parser.errorText().isEmpty() ? CliContext::tr("--older-than expects a number of days")
                                               : parser.errorText())
              << '\n';
        return ExitInvalid;
    }
    Engine engine(c);
    if (!engine.open())
        return ExitFailure;
    if (!parser.isSet(dryRun)) {
        const Result<int> count = engine.backend.purgeOlderThan(days, true);
        if (!count) {
            c.err << count.error() << '\n';
            return ExitFailure;
        }
        if (*count == 0) {
            c.out << CliContext::tr("Leads older than %1 days erased: %2.").arg(days).arg(0) << '\n';
            return ExitOk;
        }
        if (!confirmed(c, parser.isSet(yes),
                CliContext::tr("Erase for good the final leads older than %1 days (%2)?").arg(days).arg(*count)))
            return ExitInvalid;
    }
    const Result<int> purged = engine.backend.purgeOlderThan(days, parser.isSet(dryRun));
    if (!purged) {
        c.err << purged.error() << '\n';
        return ExitFailure;
    }
    if (parser.isSet(dryRun))
        c.out << CliContext::tr("Leads older than %1 days that would be erased: %2 (dry run).").arg(days).arg(*purged)
              << '\n';
    else
        c.out << CliContext::tr("Leads older than %1 days erased: %2.").arg(days).arg(*purged) << '\n';
    return ExitOk;
}
