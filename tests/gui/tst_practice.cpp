#include "NewestState.h"
#include "TestEnvironment.h"
#include "core/MemorySecretStore.h"
#include "core/Settings.h"
#include "gui/MainWindow.h"
#include "practice/Practice.h"
#include "service/Backend.h"
#include "storage/HistoryModel.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

namespace {
// Types into the form's field of that name, as a person would.
void typeInto(QWidget& window, const char* name, const QString& text)
{
    QLineEdit* edit = window.findChild<QLineEdit*>(QString::fromLatin1(name));
    edit->setFocus();
    QTest::keyClicks(edit, text);
}
} // namespace

// Practice mode on every platform, Windows included (where there is no HTTP sandbox to test the
// main window against): the lead typed in practice is answered in this process, the real
// outbox and settings stay as they were.
class TestPractice : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::isolate(); }

    void aPracticeLeadIsAnsweredHereAndTheRealOutboxIsUntouched()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(Practice::defaultFolder()).removeRecursively());
        Settings settings(dir.filePath(QStringLiteral("s.ini")));
        // The real address answers nothing (the discard port): a lead sent there would wait.
        QVERIFY(settings.setValue(Settings::Key::BaseUrl, QStringLiteral("http://127.0.0.1:9")).ok());
        MemorySecretStore secrets;
        QVERIFY(secrets.write(ApiKey::secretName(), QStringLiteral("real-key")).ok());
        Backend backend(settings, secrets, dir.filePath(QStringLiteral("leadentry.sqlite")));
        QCOMPARE(backend.open().error(), QString());
        MainWindow window(backend);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        window.findChild<QAction*>(QStringLiteral("practiceAction"))->trigger();
        MainWindow* practice = window.practiceWindow();
        QVERIFY(practice);
        QTRY_VERIFY(practice->isVisible());
        QVERIFY(window.isHidden());
        const auto type = [practice](const char* name, const QString& text) { typeInto(*practice, name, text); };
        type("full_name", QStringLiteral("Practica Windows"));
        type("phone", QStringLiteral("809 555 0901"));
        type("email", QStringLiteral("practica.windows@example.com"));
        practice->submit();
        QTRY_VERIFY2(practice->bannerText().contains(QLatin1String("was created")), qPrintable(practice->bannerText()));
        QTRY_COMPARE(practice->historyModel()->rowCount(), 1); // the history follows a moment later
        QTRY_VERIFY(newestState(*practice->historyModel()) == SubmissionState::Created);

        // No internet, in practice: the next lead waits; back online, it goes.
        practice->findChild<QCheckBox*>(QStringLiteral("practiceOffline"))->setChecked(true);
        type("full_name", QStringLiteral("Practica Sin Red"));
        type("phone", QStringLiteral("809 555 0902"));
        type("email", QStringLiteral("sin.red@example.com"));
        practice->submit();
        QTRY_VERIFY(practice->bannerText().contains(QLatin1String("will be sent when possible")));
        practice->findChild<QCheckBox*>(QStringLiteral("practiceOffline"))->setChecked(false);
        QTRY_VERIFY(newestState(*practice->historyModel()) == SubmissionState::Created);

        practice->close();
        QTRY_VERIFY(!window.practiceWindow());
        QVERIFY(window.isVisible());
        QCOMPARE(backend.store().list({}).value().size(), 0);
        QCOMPARE(settings.baseUrl(), QUrl(QStringLiteral("http://127.0.0.1:9")));
        QCOMPARE(secrets.read(ApiKey::secretName()).value, QStringLiteral("real-key"));

        // The next practice remembers what the last one created: the same person is a duplicate,
        // as AlterEstate would answer.
        QVERIFY(window.enterPractice());
        MainWindow* again = window.practiceWindow();
        QTRY_COMPARE(again->historyModel()->rowCount(), 2);
        typeInto(*again, "full_name", QStringLiteral("Practica Otra Vez"));
        typeInto(*again, "phone", QStringLiteral("809 555 0901"));
        typeInto(*again, "email", QStringLiteral("otra.vez@example.com"));
        again->submit();
        QTRY_VERIFY2(again->bannerText().contains(QLatin1String("duplicate")), qPrintable(again->bannerText()));
        window.leavePractice();
        QVERIFY(!window.practiceWindow());
    }
};

QTEST_MAIN(TestPractice)
#include "tst_practice.moc"
