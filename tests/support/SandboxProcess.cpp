#include "SandboxProcess.h"

#include <QDeadlineTimer>
#include <QRegularExpression>
#include <QTest>

SandboxProcess::~SandboxProcess()
{
    stop();
}

bool SandboxProcess::start(const QStringList& options)
{
    m_process.setProgram(QStringLiteral(LEADENTRY_SANDBOX_PATH));
    m_process.setArguments(QStringList {QStringLiteral("--port"), QStringLiteral("0")} + options);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        qWarning("sandbox did not start: %s", qPrintable(m_process.errorString()));
        return false;
    }
    static const QRegularExpression listening(QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)/"));
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        m_process.waitForReadyRead(100);
        m_output += m_process.readAllStandardOutput();
        const auto match = listening.match(QString::fromUtf8(m_output));
        if (match.hasMatch()) {
            m_port = static_cast<quint16>(match.captured(1).toUInt());
            m_baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
            return true;
        }
        if (m_process.state() != QProcess::Running)
            break;
    }
    qWarning(
        "sandbox did not report its port: %s %s", m_output.constData(), m_process.readAllStandardError().constData());
    return false;
}

void SandboxProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QStringList SandboxProcess::requestLines()
{
    // Give a line written just now a moment to arrive.
    m_process.waitForReadyRead(50);
    m_output += m_process.readAllStandardOutput();
    QStringList lines;
    for (const QString& line : QString::fromUtf8(m_output).split(u'\n')) {
        if (line.startsWith(u'#'))
            lines.append(line);
    }
    return lines;
}
