#pragma once

#include <QLocalServer>
#include <QLockFile>
#include <QObject>
#include <QStringList>

#include <memory>

// One desktop app per user: the first process holds a lock file and listens on a local socket;
// a later one hands its arguments over (the files "Open with" gave it, --kiosk) and quits, and the
// first brings its window forward and acts on them. The outbox itself is safe with several
// processes (the CLI, a kiosk); this is about one window a person can find.
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    // key names the instance (the app passes its id; tests a key of their own); it is made per
    // user, so two people on one computer each have their own.
    explicit SingleInstance(const QString& key, QObject* parent = nullptr);
    ~SingleInstance() override;

    // True when this process is the first: it now listens for others. False when another one
    // runs: the arguments were handed to it (or, if it could not be reached, false with a warning
    // and the caller may go on alone).
    [[nodiscard]] bool claim(const QStringList& arguments);
    [[nodiscard]] bool handedOver() const { return m_handedOver; }

signals:
    // A later launch's arguments, in the first process.
    void argumentsReceived(const QStringList& arguments);

private:
    bool handOver(const QStringList& arguments);

    QString m_name;
    QLockFile m_lock;
    std::unique_ptr<QLocalServer> m_server;
    bool m_handedOver = false;
};
