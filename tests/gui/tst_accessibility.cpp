#include "StoreFixture.h"
#include "TestEnvironment.h"
#include "core/Clock.h"
#include "core/EventProfiles.h"
#include "core/MemorySecretStore.h"
#include "core/Settings.h"
#include "core/Translations.h"
#include "gui/EventProfileDialog.h"
#include "gui/HistoryView.h"
#include "gui/ImportDialog.h"
#include "gui/KioskWindow.h"
#include "gui/LeadForm.h"
#include "gui/MainWindow.h"
#include "gui/Mnemonics.h"
#include "gui/SettingsDialog.h"
#include "net/LeadsClient.h"
#include "practice/Practice.h"
#include "service/Backend.h"
#include "service/SubmissionService.h"
#include "storage/HistoryModel.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTableView>
#include <QTest>
#include <QTextEdit>
#include <QTranslator>
#include <QVBoxLayout>

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

// Every label that stands for a control has a mnemonic to reach it, unless each letter of its
// text is taken by another control of the window (Mnemonics.h: no mnemonic rather than a shared one).
QStringList labelsWithoutMnemonic(QWidget* root)
{
    QSet<QChar> used;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        QString text;
        if (auto* label = qobject_cast<QLabel*>(w))
            text = label->text();
        else if (auto* button = qobject_cast<QAbstractButton*>(w))
            text = button->text();
        const qsizetype at = text.indexOf(u'&');
        if (at >= 0 && at + 1 < text.size())
            used.insert(text.at(at + 1).toLower());
    }
    for (const QAction* a : root->findChildren<QAction*>()) {
        const qsizetype at = a->text().indexOf(u'&');
        if (at >= 0 && at + 1 < a->text().size() && !a->associatedObjects().isEmpty()
            && qobject_cast<QMenuBar*>(a->associatedObjects().constFirst()))
            used.insert(a->text().at(at + 1).toLower());
    }
    QStringList bad;
    for (QLabel* label : root->findChildren<QLabel*>()) {
        if (!label->buddy() || label->text().contains(u'&'))
            continue;
        const QString text = label->text().toLower();
        if (std::any_of(
                text.cbegin(), text.cend(), [&used](QChar c) { return c.isLetterOrNumber() && !used.contains(c); }))
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
        QTest::addColumn<QString>("language");
        for (const char* language : {"en", "es"}) {
            for (const char* s : {"main", "more", "history", "practice", "settings", "profiles", "import", "kiosk"})
                QTest::addRow("%s-%s", s, language) << QString::fromLatin1(s) << QString::fromLatin1(language);
        }
    }
    void everyScreen()
    {
        QFETCH(QString, screen);
        QFETCH(QString, language);
        // The window in that language, as the app would show it.
        for (QTranslator* t : qApp->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QCOMPARE(Translations::install(*qApp, language), language);
        std::unique_ptr<QWidget> w;
        // "More fields" left open last time: made while the window is built (review finding: made
        // then, it took Alt+S from Submit).
        m_settings->setUiState(QStringLiteral("moreFields"), screen == QLatin1String("more"));
        if (screen == QLatin1String("main") || screen == QLatin1String("more")) {
            w = std::make_unique<MainWindow>(*m_backend);
        } else if (screen == QLatin1String("history")) {
            if (m_backend->store().list({}).value().isEmpty())
                QVERIFY(m_backend->store()
                            .enqueue(StoreFixture::lead(QStringLiteral("Ana Pérez"), QStringLiteral("+18095550123"),
                                         QStringLiteral("ana@example.com")),
                                1000)
                            .ok());
            w = std::make_unique<MainWindow>(*m_backend);
        } else if (screen == QLatin1String("practice")) {
            m_practice = std::make_unique<Practice>(*m_settings, m_store.dir.filePath(QStringLiteral("practice")));
            QCOMPARE(m_practice->open().error(), QString());
            w = std::make_unique<MainWindow>(*m_practice);
        } else if (screen == QLatin1String("settings"))
            w = std::make_unique<SettingsDialog>(*m_backend);
        else if (screen == QLatin1String("profiles"))
            w = std::make_unique<EventProfileDialog>(*m_settings);
        else if (screen == QLatin1String("import"))
            w = std::make_unique<ImportDialog>(*m_settings, m_backend->service());
        else
            w = std::make_unique<KioskWindow>(*m_settings, m_backend->service(), m_secrets);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        if (screen == QLatin1String("history")) {
            // A row chosen and "More fields" open: their controls are made then (issue 14), and
            // must be named, described and given mnemonics as the rest of the window.
            auto* window = static_cast<MainWindow*>(w.get());
            QTRY_COMPARE(window->historyModel()->rowCount(), 1);
            window->history()->table()->setCurrentIndex(window->historyModel()->index(0, 0));
            QVERIFY(window->findChild<QPushButton*>(QStringLiteral("historySendNow"))->isVisible());
            window->form()->setMoreFieldsShown(true);
        }
        const QStringList unnamed = unnamedControls(w.get());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
        const QStringList noMnemonic = labelsWithoutMnemonic(w.get());
        QVERIFY2(noMnemonic.isEmpty(), qPrintable(noMnemonic.join(QStringLiteral(", "))));
        // No Alt+letter reaches two things, and every menu entry has one (defect: Spanish Alt+L
        // both opened the Lead menu and cleared the form).
        const QStringList clashes = Mnemonics::problems(w.get());
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
        // The main action keeps its letter in English (defect: Alt+S was meant for "Show:").
        if ((screen == QLatin1String("main") || screen == QLatin1String("more")) && language == QLatin1String("en"))
            QCOMPARE(
                w->findChild<QPushButton*>(QStringLiteral("submitButton"))->text(), QStringLiteral("&Submit lead"));
    }

    void mnemonicsAreReassignedAroundClashes()
    {
        QWidget window;
        auto* layout = new QVBoxLayout(&window);
        auto* submit = new QPushButton(QStringLiteral("&Submit"), &window);
        auto* clear = new QPushButton(QStringLiteral("&Show all"), &window); // its S is taken
        auto* edit = new QLineEdit(&window);
        auto* label = new QLabel(QStringLiteral("Sh&ow:"), &window); // its O is free
        auto* taken = new QLabel(QStringLiteral("Sso"), &window); // every letter taken: none
        auto* edit2 = new QLineEdit(&window);
        label->setBuddy(edit);
        taken->setBuddy(edit2);
        for (QWidget* w : std::initializer_list<QWidget*> {submit, clear, label, edit, taken, edit2})
            layout->addWidget(w);
        QCOMPARE(Mnemonics::problems(&window).size(), 1); // Alt+S: Submit, Show all
        Mnemonics::assign(&window);
        QCOMPARE(submit->text(), QStringLiteral("&Submit"));
        QCOMPARE(clear->text(), QStringLiteral("Show &all")); // a word's first letter first
        QCOMPARE(label->text(), QStringLiteral("Sh&ow:"));
        QCOMPARE(taken->text(), QStringLiteral("Sso"));
        QCOMPARE(Mnemonics::problems(&window), QStringList());
        QCOMPARE(Mnemonics::stripped(QStringLiteral("Fish && &Chips")), QStringLiteral("Fish & Chips"));
    }

private:
    StoreFixture m_store;
    MemorySecretStore m_secrets;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Backend> m_backend;
    std::unique_ptr<Practice> m_practice;
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
