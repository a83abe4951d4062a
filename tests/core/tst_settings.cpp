#include "TestEnvironment.h"
#include "core/MemorySecretStore.h"
#include "core/SecretStore.h"
#include "core/Settings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::isolate(); }

    // Reading the default region (the main window does, before its first paint) needs no phone
    // library: a stored region loaded libphonenumber at every start (review finding). Setting one
    // still checks it against libphonenumber's list.
    void aStoredRegionIsReadWithoutThePhoneLibrary()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.ini"));
        {
            QSettings raw(path, QSettings::IniFormat);
            raw.setValue(QStringLiteral("default_region"), QStringLiteral("US"));
        }
        Settings settings(path);
        QCOMPARE(settings.defaultRegion(), QStringLiteral("US"));
#ifdef Q_OS_LINUX
        QFile maps(QStringLiteral("/proc/self/maps"));
        QVERIFY(maps.open(QIODevice::ReadOnly));
        QVERIFY(!maps.readAll().contains("leadentry-phone"));
#endif
        {
            QSettings raw(path, QSettings::IniFormat);
            raw.setValue(QStringLiteral("default_region"), QStringLiteral("Z9"));
        }
        QCOMPARE(Settings(path).defaultRegion(), QStringLiteral("DO")); // nonsense reads as the default
        QVERIFY(!settings.setValue(Settings::Key::DefaultRegion, QStringLiteral("XX")));
        QVERIFY(settings.setValue(Settings::Key::DefaultRegion, QStringLiteral("es")));
        QCOMPARE(settings.defaultRegion(), QStringLiteral("ES"));
    }
    void init()
    {
        qunsetenv("ALTERESTATE_API_URL");
        qunsetenv("ALTERESTATE_API_KEY");
    }

    void defaults()
    {
        QTemporaryDir dir;
        Settings s(dir.filePath(QStringLiteral("s.ini")));
        QCOMPARE(s.baseUrl(), QUrl(QStringLiteral("https://secure.alterestate.com")));
        QCOMPARE(s.timeoutSeconds(), 30);
        QCOMPARE(s.defaultRegion(), QStringLiteral("DO"));
        QCOMPARE(s.phoneFormat(), PhoneFormat::E164);
        QCOMPARE(s.language(), QStringLiteral("system"));
        QVERIFY(s.clearAfterSubmit());
        QCOMPARE(s.retentionDays(), 0);
        for (const Settings::Key key : Settings::keys())
            QCOMPARE(Settings::keyFromName(Settings::name(key)), std::optional<Settings::Key>(key));
    }

    // The settings hold the kiosk PIN verifier: the file and its folder are the user's alone,
    // when written and when found readable by others.
    void fileIsPrivate()
    {
        LEADENTRY_SKIP_WITHOUT_POSIX_PERMISSIONS();
        constexpr QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
            | QFile::WriteOther | QFile::ExeOther;
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("LeadEntry"));
        const QString path = folder + QStringLiteral("/leadentry.ini");
        {
            Settings s(path);
            QVERIFY(s.setValue(Settings::Key::TimeoutSeconds, QStringLiteral("20")).ok());
        }
        QCOMPARE(QFile::permissions(path) & others, QFile::Permissions());
        QCOMPARE(QFile::permissions(folder) & others, QFile::Permissions());

        QVERIFY(
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
        QVERIFY(QFile::setPermissions(
            folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther));
        Settings found(path);
        QCOMPARE(found.timeoutSeconds(), 20);
        QCOMPARE(QFile::permissions(path) & others, QFile::Permissions());
        QCOMPARE(QFile::permissions(folder) & others, QFile::Permissions());
    }

    void setValidatesAndPersists_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("stored");
        QTest::newRow("https url") << "base_url"
                                   << "https://example.com/crm/" << true << "https://example.com/crm";
        QTest::newRow("loopback http") << "base_url"
                                       << "http://127.0.0.1:8080" << true << "http://127.0.0.1:8080";
        QTest::newRow("localhost http") << "base_url"
                                        << "http://localhost:9" << true << "http://localhost:9";
        QTest::newRow("ipv6 loopback") << "base_url"
                                       << "http://[::1]:8080" << true << "http://[::1]:8080";
        QTest::newRow("remote http") << "base_url"
                                     << "http://example.com" << false << "";
        QTest::newRow("ftp") << "base_url"
                             << "ftp://example.com" << false << "";
        QTest::newRow("not a url") << "base_url"
                                   << "secure alterestate" << false << "";
        QTest::newRow("timeout") << "timeout_seconds"
                                 << "45" << true << "45";
        QTest::newRow("timeout zero") << "timeout_seconds"
                                      << "0" << false << "";
        QTest::newRow("timeout text") << "timeout_seconds"
                                      << "fast" << false << "";
        QTest::newRow("region lower") << "default_region"
                                      << "us" << true << "US";
        QTest::newRow("region unknown") << "default_region"
                                        << "XX" << false << "";
        QTest::newRow("format") << "phone_format"
                                << "as_typed" << true << "as_typed";
        QTest::newRow("format bad") << "phone_format"
                                    << "national" << false << "";
        QTest::newRow("language") << "language"
                                  << "es" << true << "es";
        QTest::newRow("language bad") << "language"
                                      << "fr" << false << "";
        QTest::newRow("bool") << "clear_after_submit"
                              << "no" << true << "false";
        QTest::newRow("bool bad") << "clear_after_submit"
                                  << "maybe" << false << "";
        QTest::newRow("retention") << "history_retention_days"
                                   << "90" << true << "90";
        QTest::newRow("retention negative") << "history_retention_days"
                                            << "-1" << false << "";
        QTest::newRow("consent empty") << "kiosk_consent_text"
                                       << "  " << false << ""; // a consent box with no words
        QTest::newRow("tray") << "keep_sending_in_tray"
                              << "off" << true << "false";
    }
    void setValidatesAndPersists()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(bool, accepted);
        QFETCH(QString, stored);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("s.ini"));
        const Settings::Key k = *Settings::keyFromName(key);
        {
            Settings s(file);
            QSignalSpy changed(&s, &Settings::changed);
            const Status set = s.setValue(k, value);
            QCOMPARE(set.ok(), accepted);
            QCOMPARE(changed.size(), accepted ? 1 : 0);
            if (!accepted)
                QCOMPARE(s.valueText(k), Settings::defaultValue(k).toString());
        }
        if (accepted) {
            Settings reopened(file);
            QCOMPARE(reopened.valueText(k), stored);
        }
    }

    void handEditedNonsenseFallsBackToDefault()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("s.ini"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[General]\nbase_url=http://evil.example.com\ntimeout_seconds=-4\n");
        f.close();
        Settings s(file);
        QCOMPARE(s.baseUrl(), QUrl(QStringLiteral("https://secure.alterestate.com")));
        QCOMPARE(s.timeoutSeconds(), 30);
    }

    void environmentOverridesBaseUrl()
    {
        QTemporaryDir dir;
        Settings s(dir.filePath(QStringLiteral("s.ini")));
        QVERIFY(!s.baseUrlFromEnvironment());
        qputenv("ALTERESTATE_API_URL", "http://127.0.0.1:5555");
        QVERIFY(s.baseUrlFromEnvironment());
        QCOMPARE(s.effectiveBaseUrl(), QUrl(QStringLiteral("http://127.0.0.1:5555")));
        QCOMPARE(s.baseUrl(), QUrl(QStringLiteral("https://secure.alterestate.com")));
    }

    // Practice mode's settings: the environment's address and key are not theirs.
    void environmentCanBeIgnored()
    {
        QTemporaryDir dir;
        Settings s(dir.filePath(QStringLiteral("s.ini")));
        s.setEnvironmentIgnored(true);
        qputenv("ALTERESTATE_API_URL", "http://127.0.0.1:5555");
        qputenv("ALTERESTATE_API_KEY", "from-env");
        QVERIFY(!s.baseUrlFromEnvironment());
        QCOMPARE(s.effectiveBaseUrl(), QUrl(QStringLiteral("https://secure.alterestate.com")));
        MemorySecretStore store;
        QVERIFY(store.write(ApiKey::secretName(), QStringLiteral("stored")).ok());
        QCOMPARE(ApiKey::resolve(store, false).key, QStringLiteral("stored"));
        QCOMPARE(ApiKey::resolve(store).key, QStringLiteral("from-env"));
    }

    // The kiosk's logo: none, or a PNG or JPEG file that exists and is not huge, kept by its full path.
    void kioskLogo()
    {
        QTemporaryDir dir;
        Settings s(dir.filePath(QStringLiteral("s.ini")));
        QCOMPARE(s.valueText(Settings::Key::KioskLogo), QString());
        QVERIFY(s.setValue(Settings::Key::KioskLogo, QString()).ok());
        const auto refused = [&s](const QString& path, const char* why) {
            const Status set = s.setValue(Settings::Key::KioskLogo, path);
            return !set && set.error().contains(QLatin1String(why));
        };
        QVERIFY(refused(dir.filePath(QStringLiteral("missing.png")), "There is no file"));
        QFile text(dir.filePath(QStringLiteral("logo.txt")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("not an image");
        text.close();
        QVERIFY(refused(text.fileName(), "PNG or JPEG"));
        QFile huge(dir.filePath(QStringLiteral("huge.png")));
        QVERIFY(huge.open(QIODevice::WriteOnly));
        QVERIFY(huge.resize(Settings::kMaxLogoBytes + 1));
        huge.close();
        QVERIFY(refused(huge.fileName(), "larger than 2 MB"));
        QFile logo(dir.filePath(QStringLiteral("logo.png")));
        QVERIFY(logo.open(QIODevice::WriteOnly));
        logo.write("\x89PNG");
        logo.close();
        const QString before = QDir::currentPath();
        const auto back = qScopeGuard([&before] { QDir::setCurrent(before); }); // the folder must be deletable
        QVERIFY(QDir::setCurrent(dir.path()));
        QVERIFY(s.setValue(Settings::Key::KioskLogo, QStringLiteral(" logo.png ")).ok());
        QCOMPARE(s.valueText(Settings::Key::KioskLogo), QFileInfo(logo.fileName()).absoluteFilePath());
    }

    void defaultFileIsInLeadEntryHomeElseThePlatformsPlace()
    {
        QCOMPARE(Settings().fileName(),
            QDir(qEnvironmentVariable("LEADENTRY_HOME")).filePath(QStringLiteral("leadentry.ini")));
        const QByteArray home = qgetenv("LEADENTRY_HOME");
        qunsetenv("LEADENTRY_HOME");
        Settings s;
        qputenv("LEADENTRY_HOME", home);
#ifdef Q_OS_WIN
        QVERIFY2(s.fileName().endsWith(QLatin1String("/AppData/Roaming/LeadEntry/leadentry.ini"), Qt::CaseInsensitive),
            qPrintable(s.fileName())); // %APPDATA%, as the README says
#else
        QVERIFY2(s.fileName().startsWith(qEnvironmentVariable("XDG_CONFIG_HOME")), qPrintable(s.fileName()));
#endif
    }

    void apiKeyComesFromEnvironmentThenStore()
    {
        MemorySecretStore store;
        ApiKey::Resolved r = ApiKey::resolve(store);
        QCOMPARE(r.source, ApiKey::Source::None);
        QVERIFY(r.problem.contains(QLatin1String("No API key")));

        QVERIFY(store.write(ApiKey::secretName(), QStringLiteral(" stored-key\n")).ok());
        r = ApiKey::resolve(store);
        QCOMPARE(r.source, ApiKey::Source::Store);
        QCOMPARE(r.key, QStringLiteral("stored-key"));

        qputenv("ALTERESTATE_API_KEY", "env-key");
        r = ApiKey::resolve(store);
        QCOMPARE(r.source, ApiKey::Source::Environment);
        QCOMPARE(r.key, QStringLiteral("env-key"));
        qunsetenv("ALTERESTATE_API_KEY");

        store.setUnavailable(true);
        r = ApiKey::resolve(store);
        QCOMPARE(r.source, ApiKey::Source::None);
        QVERIFY(r.problem.contains(QLatin1String("no keychain service")));
    }

    void settingsFileNeverHoldsTheKey()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("s.ini"));
        MemorySecretStore store;
        {
            Settings s(file);
            QVERIFY(store.write(ApiKey::secretName(), QStringLiteral("sekret-123")).ok());
            for (const Settings::Key key : Settings::keys())
                (void)s.setValue(key, s.valueText(key) + QStringLiteral("x")); // touch everything
            QVERIFY(s.setValue(Settings::Key::Language, QStringLiteral("es")).ok());
        }
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains("sekret-123"));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
