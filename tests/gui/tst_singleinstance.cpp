#include "TestEnvironment.h"
#include "gui/SingleInstance.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <atomic>
#include <memory>

// One app per user: a second launch hands its arguments to the first.
class TestSingleInstance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::isolate(); }

    void aSecondLaunchHandsItsArgumentsToTheFirst()
    {
        const QString key = QUuid::createUuid().toString();
        SingleInstance first(key);
        QVERIFY(first.claim({}));
        QSignalSpy received(&first, &SingleInstance::argumentsReceived);

        // The second process, played by a thread: it waits for the first's answer, which this
        // thread's event loop gives.
        std::atomic<int> result {-1};
        std::atomic<bool> handedOver {false};
        QThread* second = QThread::create([&] {
            SingleInstance later(key);
            result = later.claim({QStringLiteral("/tmp/feria.csv"), QStringLiteral("--kiosk")}) ? 1 : 0;
            handedOver = later.handedOver();
        });
        second->start();
        // Joined whatever happens below: the thread uses this function's locals.
        const std::unique_ptr<QThread, void (*)(QThread*)> join(second, [](QThread* t) {
            t->wait();
            delete t;
        });
        QTRY_COMPARE(received.size(), 1);
        QVERIFY(second->wait(5000));
        QCOMPARE(result.load(), 0);
        QVERIFY(handedOver.load());
        QCOMPARE(received.first().first().toStringList(),
            QStringList({QStringLiteral("/tmp/feria.csv"), QStringLiteral("--kiosk")}));
    }

    void anotherKeyIsAnotherInstance()
    {
        SingleInstance one(QUuid::createUuid().toString());
        SingleInstance other(QUuid::createUuid().toString());
        QVERIFY(one.claim({}));
        QVERIFY(other.claim({}));
    }

    void theFirstGoneTheNextIsFirst()
    {
        const QString key = QUuid::createUuid().toString();
        {
            SingleInstance first(key);
            QVERIFY(first.claim({}));
        }
        SingleInstance next(key);
        QVERIFY(next.claim({}));
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
