#include "core/LeadField.h"
#include "core/LeadValidator.h"
#include "core/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>

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
