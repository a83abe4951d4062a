#include "core/LeadField.h"
#include "core/LeadValidator.h"
#include "core/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <utility>

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void spanishIsEmbeddedAndLoads()
    {
        QCOMPARE(Translations::install(*QCoreApplication::instance(), QStringLiteral("es")), QStringLiteral("es"));
        QCOMPARE(LeadFields::label(LeadField::Phone), QStringLiteral("Teléfono"));
        QCOMPARE(LeadFields::label(LeadField::FullName), QStringLiteral("Nombre completo"));
        QCOMPARE(LeadValidator().validateField(LeadField::FullName, QString()).first().message,
            QStringLiteral("Obligatorio."));
    }

    // The keychain is named with its article ("el llavero del sistema", "el Administrador de
    // credenciales de Windows"): a sentence that puts "de" or "a" before it reads "de el"
    // (defect: "No se pudo leer la clave de API de el llavero del sistema").
    void spanishNamesTheKeychainWithItsArticle_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        const auto row = [](const char* context, const char* source) {
            QTest::addRow("%s: %s", context, source) << QString::fromLatin1(context) << QString::fromLatin1(source);
        };
        row("ApiKey", "The API key could not be read from %1: %2");
        row("PublicToken", "The public API token could not be read from %1: %2");
        row("Backend", "The key could not be removed from %1: %2");
        row("CatalogService", "The public API token could not be removed from %1: %2");
        row("CliContext", "The key could not be removed from %1: %2");
        row("CliContext", "API key removed from %1.");
        row("CliContext", "Public API token removed from %1.");
        row("CliContext", "The public API token could not be removed from %1: %2");
        row("SettingsDialog", "The key will be removed from %1 when you save.");
        row("SettingsDialog", "The public token will be removed from %1 when you save.");
        row("CliContext", "API key stored in %1.");
        row("Backend", "The key could not be stored in %1: %2");
    }
    void spanishNamesTheKeychainWithItsArticle()
    {
        QFETCH(QString, context);
        QFETCH(QString, source);
        QCOMPARE(Translations::install(*QCoreApplication::instance(), QStringLiteral("es")), QStringLiteral("es"));
        for (const auto& [storeContext, name] :
            {std::pair {"KeychainSecretStore", "the system keychain (Secret Service or KWallet)"},
                std::pair {"KeychainSecretStore", "Windows Credential Manager"},
                std::pair {"WindowsCredentialStore", "the Windows Credential Manager"}}) {
            const QString keychain = QCoreApplication::translate(storeContext, name);
            QVERIFY2(keychain.startsWith(QLatin1String("el ")), qPrintable(keychain));
            const QString pattern = QCoreApplication::translate(qPrintable(context), qPrintable(source));
            QVERIFY2(pattern != source, "not translated (or its context is not the one named here)");
            QString said = pattern;
            said = said.contains(QLatin1String("%2")) ? said.arg(keychain, QStringLiteral("tiempo agotado"))
                                                      : said.arg(keychain);
            QVERIFY2(!said.contains(QRegularExpression(QStringLiteral("\\b(de|a) el\\b"))), qPrintable(said));
        }
    }

    void spanishFileIsComplete()
    {
        QFile ts(QStringLiteral(LEADENTRY_SOURCE_DIR "/translations/leadentry_es.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        const QByteArray text = ts.readAll();
        QVERIFY(text.contains("<translation>"));
        QVERIFY2(!text.contains("type=\"unfinished\""), "run `make translations` and translate what it reports");
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
