#include "Clock.h"
#include "FakeNetwork.h"
#include "LeadForm.h"
#include "LeadsClient.h"
#include "MainWindow.h"
#include "SandboxServer.h"
#include "Settings.h"
#include "StoreFixture.h"
#include "SubmissionService.h"
#include "TestEnvironment.h"

#include <QApplication>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

namespace {
QLineEdit* field(QWidget& window, const char* name)
{
    return window.findChild<QLineEdit*>(QString::fromLatin1(name));
}

// QTest::keyClicks only knows ASCII; accented letters arrive as key events carrying their text.
void type(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128)
            QTest::keyClick(widget, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::isolate(); }

    void init()
    {
        m_store = std::make_unique<StoreFixture>();
        QCOMPARE(m_store->open(), QString());
        m_settings = std::make_unique<Settings>(m_store->dir.filePath(QStringLiteral("s.ini")));
        m_sandbox = std::make_unique<SandboxServer>(SandboxOptions {});
        const quint16 port = m_sandbox->listen(QHostAddress::LocalHost, 0);
        m_network = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<LeadsClient>(m_network.get());
        QVERIFY(
            m_settings->setValue(Settings::Key::BaseUrl, QStringLiteral("http://127.0.0.1:%1").arg(port)).isEmpty());
        m_service = std::make_unique<SubmissionService>(*m_store->store, *m_client, *m_settings, m_clock);
        m_service->setApiKey(QStringLiteral("k"));
        m_service->setAutomatic(true);
        m_window = std::make_unique<MainWindow>(*m_settings, *m_service, *m_store->store);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_service.reset();
        m_client.reset();
        m_network.reset();
        m_sandbox.reset();
        m_settings.reset();
        m_store.reset();
    }

    void focusStartsInFullNameAndTabsThroughPhoneAndEmail()
    {
        QLineEdit* name = field(*m_window, "full_name");
        QTRY_COMPARE(QApplication::focusWidget(), name);
        type(name, QStringLiteral("Ana"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), field(*m_window, "phone"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), field(*m_window, "email"));
    }

    void invalidEmailBlocksSubmitAndShowsItsMessage()
    {
        type(field(*m_window, "full_name"), QStringLiteral("Ana Pérez"));
        type(field(*m_window, "phone"), QStringLiteral("809 555 0123"));
        type(field(*m_window, "email"), QStringLiteral("ana@example"));
        QTest::keyClick(field(*m_window, "email"), Qt::Key_Return, Qt::ControlModifier);
        auto* message = m_window->findChild<QLabel*>(QStringLiteral("email_message"));
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QLatin1String("Not a valid email")), qPrintable(message->text()));
        QCOMPARE(QApplication::focusWidget(), field(*m_window, "email"));
        QTest::qWait(100);
        QCOMPARE(m_sandbox->requestCount(), 0);
    }

    void submitByKeyboardLandsAsCreatedThenDuplicate()
    {
        for (int round = 0; round < 2; ++round) {
            type(field(*m_window, "full_name"), QStringLiteral("José Núñez"));
            type(field(*m_window, "phone"), QStringLiteral("829 555 0144"));
            type(field(*m_window, "email"), QStringLiteral("jose@example.com"));
            QTest::keyClick(field(*m_window, "email"), Qt::Key_Return, Qt::ControlModifier);
            auto* banner = m_window->findChild<QLabel*>(QStringLiteral("banner"));
            const QString expected = round == 0 ? QStringLiteral("José Núñez was created in AlterEstate")
                                                : QStringLiteral("José Núñez is already in AlterEstate (duplicate)");
            // Stored at once: cleared for the next lead, focus back in Full name, while it is sent.
            QCOMPARE(field(*m_window, "full_name")->text(), QString());
            QCOMPARE(QApplication::focusWidget(), field(*m_window, "full_name"));
            QTRY_VERIFY2(banner->text().contains(expected), qPrintable(banner->text()));
        }
        QCOMPARE(m_sandbox->createdCount(), 1);
        QCOMPARE(m_store->store->count(SubmissionState::Created), 1);
        QCOMPARE(m_store->store->count(SubmissionState::Duplicate), 1);
    }

    void serverDownKeepsTheLeadQueued()
    {
        m_sandbox.reset(); // nothing listens any more
        type(field(*m_window, "full_name"), QStringLiteral("Offline Lead"));
        type(field(*m_window, "phone"), QStringLiteral("849 555 0177"));
        type(field(*m_window, "email"), QStringLiteral("offline@example.com"));
        m_window->submit();
        auto* banner = m_window->findChild<QLabel*>(QStringLiteral("banner"));
        QTRY_VERIFY2(banner->text().contains(QLatin1String("saved in the outbox")), qPrintable(banner->text()));
        QCOMPARE(m_store->store->count(SubmissionState::Queued), 1);
        auto* waiting = m_window->findChild<QLabel*>(QStringLiteral("queueLabel"));
        QTRY_COMPARE(waiting->text(), QStringLiteral("Waiting to be sent: 1"));
    }

    void unverifiedPhoneAsksForConfirmation()
    {
        QStringList asked;
        bool answer = false;
        m_window->setConfirmer([&](const QString& text) {
            asked.append(text);
            return answer;
        });
        type(field(*m_window, "full_name"), QStringLiteral("Docs Example"));
        type(field(*m_window, "phone"), QStringLiteral("8091234567"));
        type(field(*m_window, "email"), QStringLiteral("docs@example.com"));
        m_window->submit();
        QCOMPARE(asked.size(), 1);
        QVERIFY(asked.first().contains(QLatin1String("+18091234567")));
        QTest::qWait(100);
        QCOMPARE(m_sandbox->requestCount(), 0); // declined: nothing sent, nothing stored
        QCOMPARE(m_store->store->count(SubmissionState::Queued), 0);
        answer = true;
        m_window->submit();
        QTRY_COMPARE(m_sandbox->createdCount(), 1);
    }

private:
    std::unique_ptr<StoreFixture> m_store;
    SystemClock m_clock;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<LeadsClient> m_client;
    std::unique_ptr<SubmissionService> m_service;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
