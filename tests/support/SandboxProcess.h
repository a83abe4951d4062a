#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

// leadentry-sandbox as a child process on a free loopback port, its log read from a file
// (--log), stopped when this object goes.
class SandboxProcess
{
public:
    SandboxProcess();
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess&) = delete;
    SandboxProcess& operator=(const SandboxProcess&) = delete;

    // Starts it with these extra options; false (with a QWARN) when it did not come up in time.
    [[nodiscard]] bool start(const QStringList& options = {});
    void stop();
    [[nodiscard]] QUrl baseUrl() const { return m_baseUrl; }
    [[nodiscard]] quint16 port() const { return m_port; }
    // The request lines logged so far ("#1 POST /api/v1/leads/ 201 created id=…").
    [[nodiscard]] QStringList requestLines();

private:
    [[nodiscard]] QByteArray logText() const;

    QTemporaryDir m_log;
    QProcess m_process;
    QUrl m_baseUrl;
    quint16 m_port = 0;
};
