#include "MemorySecretStore.h"
#include "StoreFixture.h"
#include "TestEnvironment.h"
#include "core/Clock.h"
#include "core/EventProfiles.h"
#include "core/Settings.h"
#include "gui/EventProfileDialog.h"
#include "gui/ImportDialog.h"
#include "gui/KioskWindow.h"
#include "gui/MainWindow.h"
#include "gui/SettingsDialog.h"
#include "net/LeadsClient.h"
#include "service/Backend.h"
#include "service/SubmissionService.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QTabBar>
#include <QTest>
#include <QTextEdit>

namespace {
// Every control a person can operate must have a name and a description a screen reader can say.
QStringList unnamedControls(QWidget* root)
{
    QStringList unnamed;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : widgets) {
        const bool interactive = qobject_cast<QAbstractButton*>(w) || qobject_cast<QLineEdit*>(w)
            || qobject_cast<QComboBox*>(w) || qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QPlainTextEdit*>(w)
            || qobject_cast<QTextEdit*>(w) || qobject_cast<QAbstractItemView*>(w);
        if (!interactive || w->focusPolicy() == Qt::NoFocus)
            continue;
        if (w->inherits("QComboBoxListView"))
            continue; // a combo box's popup list, named by the combo box
        if (qobject_cast<QTabBar*>(w->parentWidget()))
            continue; // a tab bar's own scroll arrows
        // Line edits inside combo and spin boxes are named by their owner.
        if (qobject_cast<QLineEdit*>(w)
            && (qobject_cast<QComboBox*>(w->parentWidget()) || qobject_cast<QAbstractSpinBox*>(w->parentWidget())))
            continue;
        QAccessibleInterface* a = QAccessible::queryAccessibleInterface(w);
        const QString name = a ? a->text(QAccessible::Name).trimmed() : QString();
        const QString description = a ? a->text(QAccessible::Description).trimmed() : QString();
        if (name.isEmpty() || description.isEmpty())
            unnamed.append(QStringLiteral("%1 \"%2\" (%3)")
                               .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                                   name.isEmpty() ? QStringLiteral("no name") : QStringLiteral("no description")));
    }
    return unnamed;
}

// Every label that stands for a control points at it, with a mnemonic to reach it.
QStringList labelsWithoutBuddy(QWidget* root)
{
    QStringList bad;
    for (QLabel* label : root->findChildren<QLabel*>()) {
        if (label->buddy() && !label->text().contains(u'&'))
            bad.append(label->text());
    }
    return bad;
}
} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        TestEnvironment::isolate();
        m_settings = std::make_unique<Settings>(m_store.dir.filePath(QStringLiteral("s.ini")));
        Lead preset;
        preset.setValue(LeadField::UtmSource, QStringLiteral("Expo"));
        QVERIFY(EventProfiles(*m_settings).set(QStringLiteral("Expo"), preset).ok());
        m_backend = std::make_unique<Backend>(*m_settings, m_secrets, m_store.path());
        QCOMPARE(m_backend->open().error(), QString());
    }

    void everyScreen_data()
    {
        QTest::addColumn<QString>("screen");
        for (const char* s : {"main", "settings", "profiles", "import", "kiosk"})
            QTest::newRow(s) << QString::fromLatin1(s);
    }
    void everyScreen()
    {
        QFETCH(QString, screen);
        std::unique_ptr<QWidget> w;
        if (screen == QLatin1String("main"))
            w = std::make_unique<MainWindow>(*m_backend);
        else if (screen == QLatin1String("settings"))
            w = std::make_unique<SettingsDialog>(*m_backend);
        else if (screen == QLatin1String("profiles"))
            w = std::make_unique<EventProfileDialog>(*m_settings);
        else if (screen == QLatin1String("import"))
            w = std::make_unique<ImportDialog>(*m_settings, m_backend->service());
        else
            w = std::make_unique<KioskWindow>(*m_settings, m_backend->service());
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        const QStringList unnamed = unnamedControls(w.get());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
        const QStringList noMnemonic = labelsWithoutBuddy(w.get());
        QVERIFY2(noMnemonic.isEmpty(), qPrintable(noMnemonic.join(QStringLiteral(", "))));
    }

private:
    StoreFixture m_store;
    MemorySecretStore m_secrets;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Backend> m_backend;
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
