#include "SingleInstance.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDeadlineTimer>
#include <QDir>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

namespace {
constexpr int kMaxMessageBytes = 64 * 1024; // a few file paths; anything larger is not ours

// The key and the user's home, hashed: short enough for a socket's name.
QString nameFor(const QString& key)
{
    const QByteArray seed = key.toUtf8() + '\0' + QDir::homePath().toUtf8();
    return QStringLiteral("leadentry-")
        + QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Sha256).toHex().left(16));
}

// The user's own runtime folder (private to them, unlike /tmp), so another user can neither hold
// the lock nor answer in this app's place.
QString privateFolder()
{
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    return runtime.isEmpty() ? QDir::tempPath() : runtime;
}
} // namespace

SingleInstance::SingleInstance(const QString& key, QObject* parent)
    : QObject(parent)
    , m_name(QDir(privateFolder()).filePath(nameFor(key)))
    , m_lock(m_name + QStringLiteral(".lock"))
{
    m_lock.setStaleLockTime(0); // held as long as the process lives; a dead owner's lock is stale
}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::claim(const QStringList& arguments)
{
    if (m_lock.tryLock(0)) {
        // First: a socket left by a process that crashed is removed, then this one listens.
        QLocalServer::removeServer(m_name);
        m_server = std::make_unique<QLocalServer>();
        m_server->setSocketOptions(QLocalServer::UserAccessOption);
        if (!m_server->listen(m_name))
            qWarning(
                "single instance: cannot listen on %s: %s", qPrintable(m_name), qPrintable(m_server->errorString()));
        connect(m_server.get(), &QLocalServer::newConnection, this, [this] {
            while (QLocalSocket* socket = m_server->nextPendingConnection()) {
                connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
                // A peer that says nothing is not waited on.
                QTimer::singleShot(5000, socket, [socket] { socket->abort(); });
                connect(socket, &QLocalSocket::readyRead, socket, [this, socket] {
                    if (socket->bytesAvailable() > kMaxMessageBytes) {
                        socket->abort();
                        return;
                    }
                    QDataStream in(socket);
                    in.startTransaction();
                    QStringList received;
                    in >> received;
                    if (!in.commitTransaction())
                        return; // the rest is still coming
                    socket->write("ok");
                    socket->flush();
                    emit argumentsReceived(received);
                });
            }
        });
        return true;
    }
    m_handedOver = handOver(arguments);
    return false;
}

bool SingleInstance::handOver(const QStringList& arguments)
{
    // The first process may be starting: give it a moment to listen.
    const QDeadlineTimer deadline(3000);
    QLocalSocket socket;
    while (!deadline.hasExpired()) {
        socket.connectToServer(m_name);
        if (socket.waitForConnected(500))
            break;
        QThread::msleep(100);
    }
    if (socket.state() != QLocalSocket::ConnectedState) {
        qWarning("single instance: the running LeadEntry did not answer: %s", qPrintable(socket.errorString()));
        return false;
    }
    QByteArray message;
    QDataStream out(&message, QIODevice::WriteOnly);
    out << arguments;
    socket.write(message);
    if (!socket.waitForBytesWritten(2000) || !socket.waitForReadyRead(3000) || socket.readAll() != "ok") {
        qWarning("single instance: the running LeadEntry did not take the request");
        return false;
    }
    socket.disconnectFromServer();
    return true;
}
