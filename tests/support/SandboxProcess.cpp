#include "SandboxProcess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

SandboxProcess::SandboxProcess()
    : m_log(QDir::current().filePath(QStringLiteral("sandbox-log-XXXXXX")))
{ }

SandboxProcess::~SandboxProcess()
{
    stop();
}

QByteArray SandboxProcess::logText() const
{
    QFile log(m_log.filePath(QStringLiteral("sandbox.log")));
    return log.open(QIODevice::ReadOnly) ? log.readAll() : QByteArray();
}

bool SandboxProcess::start(const QStringList& options)
{
    QFile::remove(m_log.filePath(QStringLiteral("sandbox.log"))); // a restart reads its own port
    // The sandbox writes its log to a file this test reads: its output cannot always be read
    // (a Windows test under Wine starts the Linux sandbox), and deleting the file stops it.
    m_process.setProgram(QStringLiteral(LEADENTRY_SANDBOX_PATH));
    // Relative to the working folder both share: a Linux sandbox started from Windows under Wine
    // could not read a Windows path.
    m_process.setArguments(QStringList {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--log"),
                               QDir::current().relativeFilePath(m_log.filePath(QStringLiteral("sandbox.log")))}
        + options);
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.setStandardOutputFile(QProcess::nullDevice());
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        qWarning("sandbox did not start: %s", qPrintable(m_process.errorString()));
        return false;
    }
    static const QRegularExpression listening(QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)/"));
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        const auto match = listening.match(QString::fromUtf8(logText()));
        if (match.hasMatch()) {
            m_port = static_cast<quint16>(match.captured(1).toUInt());
            m_baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
            return true;
        }
        if (m_process.state() != QProcess::Running)
            break;
        m_process.waitForFinished(50); // a pause that ends early if the sandbox gives up
    }
    qWarning("sandbox did not report its port: %s", logText().constData());
    return false;
}

void SandboxProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    QFile::remove(m_log.filePath(QStringLiteral("sandbox.log"))); // the sandbox ends when its log goes
    if (m_process.waitForFinished(3000))
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(3000)) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
}

QStringList SandboxProcess::requestLines()
{
    QStringList lines;
    for (const QString& line : QString::fromUtf8(logText()).split(u'\n')) {
        if (line.startsWith(u'#'))
            lines.append(line);
    }
    return lines;
}
