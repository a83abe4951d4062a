#include "SandboxProcess.h"
#include "TestEnvironment.h"
#include "secrets/SystemSecretStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTest>

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList& args, const QByteArray& input = {}, const QUrl& baseUrl = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("ALTERESTATE_API_KEY"));
    env.remove(QStringLiteral("ALTERESTATE_PUBLIC_TOKEN"));
    if (baseUrl.isValid())
        env.insert(QStringLiteral("ALTERESTATE_API_URL"), baseUrl.toString());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(LEADENTRY_CLI_PATH), args);
    p.write(input);
    p.closeWriteChannel();
    Run r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// True when some file below dir contains needle.
bool anyFileContains(const QString& dir, const QByteArray& needle)
{
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            return true;
    }
    return false;
}
} // namespace

// The system's secret store, for real: on Linux a Secret Service (gnome-keyring on a private D-Bus,
// see with-keyring.sh), on Windows the Credential Manager (Wine's, under `make windows-test`).
class TestKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsSet("LEADENTRY_KEYRING_MISSING"))
            QSKIP(qPrintable(
                QStringLiteral("no keychain to test against: ") + qEnvironmentVariable("LEADENTRY_KEYRING_MISSING")));
        m_root = TestEnvironment::isolate();
    }

    void roundTrip()
    {
        const auto stored = makeSystemSecretStore(QStringLiteral("LeadEntryTest"));
        SecretStore& store = *stored;
        const QString name = QStringLiteral("roundtrip");
        const QString secret = QStringLiteral("clave-ñ-🔑-%1").arg(QDateTime::currentMSecsSinceEpoch());
        SecretResult r = store.write(name, secret);
        QVERIFY2(r.ok(), qPrintable(r.error));
        r = store.read(name);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.value, secret);
        QVERIFY(store.remove(name).ok());
        QCOMPARE(store.read(name).status, SecretResult::Status::NotFound);
        QVERIFY(store.remove(name).ok()); // removing what is not there is fine
    }

    void cliKeyCommandsAndSubmitWithTheStoredKey()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--key"), QStringLiteral("kc-secret-42")}));

        Run r = runCli({QStringLiteral("key"), QStringLiteral("status")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("No API key is stored")), qPrintable(r.out + r.err));

        r = runCli({QStringLiteral("key"), QStringLiteral("set")}, "kc-secret-42\n");
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("stored")), qPrintable(r.out + r.err));

        r = runCli({QStringLiteral("key"), QStringLiteral("status")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("An API key is stored")));
        QVERIFY(!r.out.contains(QLatin1String("kc-secret-42")));

        r = runCli({QStringLiteral("submit"), QStringLiteral("--full-name"), QStringLiteral("Key Chain"),
                       QStringLiteral("--phone"), QStringLiteral("809 555 0177"), QStringLiteral("--email"),
                       QStringLiteral("kc@example.com")},
            {}, sandbox.baseUrl());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QLatin1String("created")), qPrintable(r.out + r.err));

        // The key went to the keychain only: no file LeadEntry writes holds it.
        QVERIFY(!anyFileContains(m_root, "kc-secret-42"));

        r = runCli({QStringLiteral("key"), QStringLiteral("clear")});
        QCOMPARE(r.exitCode, 0);
        r = runCli({QStringLiteral("submit"), QStringLiteral("--full-name"), QStringLiteral("Key Chain"),
                       QStringLiteral("--phone"), QStringLiteral("809 555 0178"), QStringLiteral("--email"),
                       QStringLiteral("kc2@example.com")},
            {}, sandbox.baseUrl());
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.out.contains(QLatin1String("No API key")));
    }

    // The public API token beside the key: stored by `key set --public`, used by `catalog refresh`,
    // kept out of every file, removed by `key clear --public`.
    void cliPublicTokenForTheCatalog()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--public-token"), QStringLiteral("kc-public-77")}));
        Run r = runCli({QStringLiteral("key"), QStringLiteral("set"), QStringLiteral("--public")}, "kc-public-77\n");
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("Public API token stored")), qPrintable(r.out + r.err));
        r = runCli({QStringLiteral("key"), QStringLiteral("status")});
        QVERIFY2(r.out.contains(QLatin1String("A public API token is stored")), qPrintable(r.out + r.err));
        r = runCli({QStringLiteral("catalog"), QStringLiteral("refresh")}, {}, sandbox.baseUrl());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(!anyFileContains(m_root, "kc-public-77"));
        r = runCli({QStringLiteral("key"), QStringLiteral("clear"), QStringLiteral("--public")});
        QCOMPARE(r.exitCode, 0);
        r = runCli({QStringLiteral("catalog"), QStringLiteral("refresh")}, {}, sandbox.baseUrl());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("Public API Token")), qPrintable(r.err));
    }

    void emptyKeyOnStdinChangesNothing()
    {
        const Run r = runCli({QStringLiteral("key"), QStringLiteral("set")}, "\n");
        QCOMPARE(r.exitCode, 2);
    }

private:
    QString m_root;
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
