#include "AppLog.h"

#include "PrivateFiles.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>
#include <memory>

namespace {
QMutex g_mutex;
QFile* g_file = nullptr;
qint64 g_maxBytes = 0;
QtMessageHandler g_previous = nullptr;

const char* levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

// Called with g_mutex held.
void rotateIfFull()
{
    if (g_file->size() < g_maxBytes)
        return;
    const QString path = g_file->fileName();
    g_file->close();
    QFile::remove(path + QStringLiteral(".1"));
    // A file that cannot be renamed (held open elsewhere, on Windows) starts again empty rather
    // than growing without end.
    const bool renamed = QFile::rename(path, path + QStringLiteral(".1"));
    const QIODevice::OpenMode mode
        = QIODevice::WriteOnly | QIODevice::Text | (renamed ? QIODevice::Append : QIODevice::Truncate);
    if (g_file->open(mode))
        PrivateFiles::secureFile(path);
}

void handler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        QMutexLocker lock(&g_mutex);
        if (g_file && g_file->isOpen()) {
            const QString category = context.category && qstrcmp(context.category, "default") != 0
                ? QString::fromLatin1(context.category) + QStringLiteral(": ")
                : QString();
            const QString line
                = QStringLiteral("%1 %2 %3%4\n")
                      .arg(QDateTime::currentDateTime().toString(Qt::ISODate), QString::fromLatin1(levelName(type)),
                          category,
                          // one message, one line: a server's text cannot fake another
                          AppLog::scrub(message).replace(u'\r', u' ').replace(u'\n', QStringLiteral(" | ")));
            g_file->write(line.toUtf8());
            g_file->flush();
            rotateIfFull();
        }
    }
    if (g_previous)
        g_previous(type, context, message);
}
} // namespace

namespace AppLog {

QString dataFolder()
{
    if (const QString home = qEnvironmentVariable("LEADENTRY_HOME"); !home.isEmpty())
        return home;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("LeadEntry"));
}

QString defaultPath()
{
    return QDir(dataFolder()).filePath(QStringLiteral("leadentry.log"));
}

bool install(const QString& path, qint64 maxBytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    PrivateFiles::secureFolder(QFileInfo(path).absolutePath());
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        return false;
    PrivateFiles::secureFile(path);
    QMutexLocker lock(&g_mutex);
    delete g_file;
    g_file = file.release();
    g_maxBytes = maxBytes;
    QtMessageHandler previous = qInstallMessageHandler(handler);
    if (previous != handler)
        g_previous = previous;
    return true;
}

void uninstall()
{
    QMutexLocker lock(&g_mutex);
    qInstallMessageHandler(g_previous);
    g_previous = nullptr;
    delete g_file;
    g_file = nullptr;
}

QString path()
{
    QMutexLocker lock(&g_mutex);
    return g_file ? g_file->fileName() : QString();
}

QString scrub(const QString& line)
{
    // An email; a run of digits (with the separators phones are written with) holding seven or
    // more, dates aside; what follows "Token", "aetoken" or "Bearer" (credentials).
    static const QRegularExpression email(QStringLiteral(R"([^\s<>"'(),;:]+@[^\s<>"'(),;:]+)"));
    static const QRegularExpression digits(QStringLiteral(R"(\+?\d[\d ().\-]{5,}\d)"));
    static const QRegularExpression token(
        QStringLiteral(R"((\b(?:Token|aetoken|Bearer)\b\s*[:=]?\s*)\S+)"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression date(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)")); // a date is no one's number
    // Most lines hold none of the three: each pattern is run only where it could match (so a
    // line of plain words compiles none of them: start-up logs such lines before its first paint).
    QString out = line;
    if (out.contains(u'@'))
        out.replace(email, QStringLiteral("<email>"));
    if (out.contains(QLatin1String("token"), Qt::CaseInsensitive)
        || out.contains(QLatin1String("bearer"), Qt::CaseInsensitive))
        out.replace(token, QStringLiteral("\\1<hidden>"));
    if (std::count_if(out.cbegin(), out.cend(), [](QChar c) { return c.isDigit(); }) < 7)
        return out;
    QString result;
    qsizetype from = 0;
    for (auto it = digits.globalMatch(out); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        int count = 0;
        for (const QChar c : m.capturedView())
            count += c.isDigit() ? 1 : 0;
        if (count < 7 || date.match(m.capturedView()).hasMatch())
            continue;
        result += out.mid(from, m.capturedStart() - from) + QStringLiteral("<number>");
        from = m.capturedEnd();
    }
    return result + out.mid(from);
}

QStringList tail(int count, bool problemsOnly)
{
    QString current;
    {
        QMutexLocker lock(&g_mutex);
        if (!g_file)
            return {};
        current = g_file->fileName();
    }
    QStringList lines;
    for (const QString& path : QStringList {current + QStringLiteral(".1"), current}) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
            continue;
        // The log is bounded (two files of maxBytes), so reading it whole is bounded too.
        for (const QString& line : QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts)) {
            const QString level = line.section(u' ', 1, 1);
            if (!problemsOnly || level == QLatin1String("warning") || level == QLatin1String("critical")
                || level == QLatin1String("fatal"))
                lines.append(line);
        }
    }
    return lines.mid(std::max<qsizetype>(0, lines.size() - count));
}

} // namespace AppLog
