#include "FakeNetwork.h"
#include "LeadForm.h"
#include "LeadsClient.h"
#include "MainWindow.h"
#include "SandboxServer.h"
#include "Settings.h"
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
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("s.ini")));
        m_sandbox = std::make_unique<SandboxServer>(SandboxOptions {});
        const quint16 port = m_sandbox->listen(QHostAddress::LocalHost, 0);
        m_network = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<LeadsClient>(m_network.get());
        m_client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        m_client->setApiKey(QStringLiteral("k"));
        m_window = std::make_unique<MainWindow>(*m_settings, *m_client, QString());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_client.reset();
        m_network.reset();
        m_sandbox.reset();
        m_settings.reset();
        m_dir.reset();
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
            QTRY_VERIFY2(banner->text().contains(expected), qPrintable(banner->text()));
            // Cleared for the next lead, focus back in Full name.
            QCOMPARE(field(*m_window, "full_name")->text(), QString());
            QCOMPARE(QApplication::focusWidget(), field(*m_window, "full_name"));
        }
        QCOMPARE(m_sandbox->createdCount(), 1);
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
        QCOMPARE(m_sandbox->requestCount(), 0); // declined: nothing sent
        answer = true;
        m_window->submit();
        QTRY_COMPARE(m_sandbox->createdCount(), 1);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<LeadsClient> m_client;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
