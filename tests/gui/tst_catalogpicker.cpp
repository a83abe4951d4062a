#include "CatalogFixture.h"
#include "TestEnvironment.h"
#include "core/EventProfiles.h"
#include "gui/CatalogPicker.h"
#include "gui/EventProfileDialog.h"
#include "gui/HistoryView.h"
#include "gui/KioskWindow.h"
#include "gui/LeadForm.h"
#include "gui/SettingsDialog.h"
#include "storage/HistoryModel.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

namespace {
QLineEdit* field(LeadForm& form, LeadField f)
{
    return qobject_cast<QLineEdit*>(form.editor(f));
}

QAbstractItemView* matches(LeadForm& form, LeadField f)
{
    return form.picker(f)->popup();
}

QLabel* caption(LeadForm& form, LeadField f)
{
    return form.findChild<QLabel*>(LeadFields::apiName(f) + QStringLiteral("_caption"));
}

// The form over the fixture's catalog, its optional fields shown, on screen.
bool showPickers(LeadForm& form, CatalogFixture& f)
{
    form.setCatalog(&f.catalog());
    form.setMoreFieldsShown(true);
    form.show();
    return QTest::qWaitForWindowExposed(&form);
}

// The picker on this field of a dialog.
CatalogPicker* pickerOf(QWidget& dialog, const QLineEdit* field)
{
    for (CatalogPicker* picker : dialog.findChildren<CatalogPicker*>()) {
        if (picker->edit() == field)
            return picker;
    }
    return nullptr;
}

// The widget Tab moves to from `from`: the next in the focus chain that takes focus by Tab.
QWidget* nextForTab(QWidget* from)
{
    for (QWidget* w = from->nextInFocusChain(); w && w != from; w = w->nextInFocusChain()) {
        if ((w->focusPolicy() & Qt::TabFocus) && w->isVisible() && w->isEnabled())
            return w;
    }
    return nullptr;
}

// The popup is a window of its own: keys go to it while it is up, as they do for a person.
void keyToPopup(LeadForm& form, LeadField f, Qt::Key key)
{
    QAbstractItemView* popup = matches(form, f);
    QTest::keyClick(popup->isVisible() ? static_cast<QWidget*>(popup) : form.editor(f), key);
}
} // namespace

// The lead form's property and agent pickers, by keyboard alone, against the sandbox's catalog.
class TestCatalogPicker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::isolate(); }

    // Type, arrow, Return: the listing's uid in the field and its name under it; its agent offered
    // and taken with the keyboard; the lead carries both.
    void pickByKeyboard()
    {
        CatalogFixture f;
        QCOMPARE(f.refresh(), QString());
        LeadForm form;
        QVERIFY(showPickers(form, f));

        QLineEdit* property = field(form, LeadField::PropertyUid);
        property->setFocus();
        QTest::keyClicks(property, QStringLiteral("torre naco"));
        QTRY_VERIFY(matches(form, LeadField::PropertyUid)->isVisible());
        QCOMPARE(form.picker(LeadField::PropertyUid)->offered(), 7);
        // Not yet "not in the catalog" while a search is typed.
        QVERIFY(!caption(form, LeadField::PropertyUid)->isVisible());
        for (int i = 0; i < 4; ++i)
            keyToPopup(form, LeadField::PropertyUid, Qt::Key_Down);
        keyToPopup(form, LeadField::PropertyUid, Qt::Key_Return);
        QTRY_VERIFY(!matches(form, LeadField::PropertyUid)->isVisible());
        const CatalogProperty naco = f.catalog().store().properties(QStringLiteral("Torre Naco 5")).value().first();
        QCOMPARE(property->text(), naco.uid);
        QVERIFY(caption(form, LeadField::PropertyUid)->isVisible());
        QCOMPARE(caption(form, LeadField::PropertyUid)->text(), CatalogText::propertyLine(naco));

        // The listing's agent, from its detail view, offered under the empty agent field.
        auto* offer = form.findChild<QPushButton*>(QStringLiteral("listingAgentOffer"));
        QTRY_VERIFY(offer->isVisible());
        QVERIFY(offer->text().contains(QStringLiteral("María Gómez")));
        // Where Tab goes from the property: the listing type, the agent, then the offer (the chain
        // Tab follows, read directly: Windows' test platform activates no window to send Tab to).
        QWidget* next = nextForTab(property);
        QCOMPARE(next, form.editor(LeadField::ListingType));
        next = nextForTab(next);
        QCOMPARE(next, form.editor(LeadField::Related));
        QCOMPARE(nextForTab(next), offer);
        QTest::keyClick(offer, Qt::Key_Space);
        QCOMPARE(field(form, LeadField::Related)->text(), QStringLiteral("maria.gomez@inmobiliaria-demo.do"));
        QVERIFY(!offer->isVisible());
        QCOMPARE(caption(form, LeadField::Related)->text(), QStringLiteral("María Gómez"));

        const Lead lead = form.lead();
        QCOMPARE(lead.value(LeadField::PropertyUid), naco.uid);
        QCOMPARE(lead.value(LeadField::Related), QStringLiteral("maria.gomez@inmobiliaria-demo.do"));
    }

    // Offline at a fair, a listing whose agents were never fetched: the form says why none is offered.
    void offlineTheMissingAgentIsSaid()
    {
        CatalogFixture f;
        QCOMPARE(f.refresh(), QString());
        f.network->setOffline(true);
        LeadForm form;
        QVERIFY(showPickers(form, f));
        QLineEdit* property = field(form, LeadField::PropertyUid);
        property->setFocus();
        QTest::keyClicks(property, QStringLiteral("torre naco 5"));
        QTRY_VERIFY(matches(form, LeadField::PropertyUid)->isVisible());
        keyToPopup(form, LeadField::PropertyUid, Qt::Key_Return);
        auto* note = form.findChild<QLabel*>(QStringLiteral("listingAgentNote"));
        QTRY_VERIFY(note->isVisible());
        QVERIFY2(note->text().contains(QStringLiteral("could not be fetched")), qPrintable(note->text()));
        QVERIFY(!form.findChild<QPushButton*>(QStringLiteral("listingAgentOffer"))->isVisible());
        // Choosing an agent by hand puts it away.
        field(form, LeadField::Related)->setText(QStringLiteral("maria.gomez@inmobiliaria-demo.do"));
        QVERIFY(!note->isVisible());
    }

    // An agent by name: type, Return picks the first match; Down on an empty field lists them all.
    void agentByName()
    {
        CatalogFixture f;
        QCOMPARE(f.refresh(), QString());
        LeadForm form;
        QVERIFY(showPickers(form, f));
        QLineEdit* agent = field(form, LeadField::Related);
        agent->setFocus();
        QTest::keyClick(agent, Qt::Key_Down);
        QTRY_VERIFY(matches(form, LeadField::Related)->isVisible());
        QCOMPARE(form.picker(LeadField::Related)->offered(), 12);
        QTest::keyClick(matches(form, LeadField::Related), Qt::Key_Escape);
        QTRY_VERIFY(!matches(form, LeadField::Related)->isVisible());
        QTest::keyClicks(agent, QStringLiteral("nunez")); // QTest types ASCII only; accents aside either way
        QTRY_COMPARE(form.picker(LeadField::Related)->offered(), 1);
        keyToPopup(form, LeadField::Related, Qt::Key_Return);
        QTRY_COMPARE(agent->text(), QStringLiteral("yolanda.nunez@inmobiliaria-demo.do"));
        QCOMPARE(caption(form, LeadField::Related)->text(), QStringLiteral("Yolanda Núñez"));
    }

    // A uid that is not in the catalog is kept, with a warning when the field is left.
    void unknownUidIsKeptWithAWarning()
    {
        CatalogFixture f;
        QCOMPARE(f.refresh(), QString());
        LeadForm form;
        QVERIFY(showPickers(form, f));
        QLineEdit* property = field(form, LeadField::PropertyUid);
        property->setFocus();
        QTest::keyClicks(property, QStringLiteral("ZZ99NOPE"));
        QVERIFY(!matches(form, LeadField::PropertyUid)->isVisible()); // nothing to offer
        field(form, LeadField::UtmSource)->setFocus();
        QTRY_VERIFY(caption(form, LeadField::PropertyUid)->isVisible());
        QVERIFY(
            caption(form, LeadField::PropertyUid)->text().contains(QStringLiteral("not a property in the catalog")));
        QCOMPARE(form.lead().value(LeadField::PropertyUid), QStringLiteral("ZZ99NOPE"));
    }

    // Without the public token, the pickers say what is missing and where to put it; the fields
    // take text as before.
    void withoutTokenThePickersSaySo()
    {
        CatalogFixture f({}, QString());
        LeadForm form;
        QVERIFY(showPickers(form, f));
        QVERIFY(caption(form, LeadField::PropertyUid)->isVisible());
        QVERIFY(caption(form, LeadField::PropertyUid)->text().contains(QStringLiteral("public API token in Settings")));
        // … and where an administrator finds it.
        QVERIFY(caption(form, LeadField::PropertyUid)
                    ->text()
                    .contains(QStringLiteral("Dashboard › Settings › Public API Token")));
        QVERIFY(caption(form, LeadField::Related)->text().contains(QStringLiteral("public API token in Settings")));
        // Once set and refreshed, the hint goes.
        QVERIFY(f.catalog().setStoredToken(QStringLiteral("t")).ok());
        QCOMPARE(f.refresh(), QString());
        QTRY_VERIFY(!caption(form, LeadField::PropertyUid)->isVisible());
    }

    // An event at one project presets its listing and agent, picked the same way.
    void eventProfilePicksToo()
    {
        CatalogFixture f;
        QCOMPARE(f.refresh(), QString());
        EventProfileDialog dialog(*f.settings);
        dialog.setCatalog(&f.catalog());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("profileName"));
        name->setText(QStringLiteral("Feria Naco"));
        auto* property = dialog.findChild<QLineEdit*>(QStringLiteral("property_uid"));
        property->setFocus();
        QTest::keyClicks(property, QStringLiteral("torre naco 5"));
        CatalogPicker* picker = pickerOf(dialog, property);
        QVERIFY(picker);
        QTRY_VERIFY(picker->popup()->isVisible());
        QTest::keyClick(picker->popup(), Qt::Key_Return);
        const CatalogProperty naco = f.catalog().store().properties(QStringLiteral("Torre Naco 5")).value().first();
        QTRY_COMPARE(property->text(), naco.uid);
        QCOMPARE(
            dialog.findChild<QLabel*>(QStringLiteral("property_uid_caption"))->text(), CatalogText::propertyLine(naco));
        QVERIFY(dialog.saveProfile());
        QCOMPARE(
            EventProfiles(*f.settings).profile(QStringLiteral("Feria Naco"))->value(LeadField::PropertyUid), naco.uid);
    }

    // At a kiosk, "Which property are you interested in?" offers that event's listings only, by
    // name, and the visitor's choice goes out as the lead's property; an event without listings
    // does not ask.
    void kioskAsksAboutTheEventsListings()
    {
        CatalogFixture f;
        QCOMPARE(f.refresh(), QString());
        const CatalogStore& store = f.catalog().store();
        const CatalogProperty naco = store.properties(QStringLiteral("Torre Naco 5")).value().first();
        const CatalogProperty piantini = store.properties(QStringLiteral("Torre Piantini 2")).value().first();
        EventProfiles profiles(*f.settings);
        QVERIFY(profiles.set(QStringLiteral("Feria"), Lead()).ok());
        QVERIFY(profiles.setKioskListings(QStringLiteral("Feria"), {naco.uid, piantini.uid}).ok());
        QVERIFY(profiles.set(QStringLiteral("Feria"), Lead()).ok()); // kept when the fields change
        QCOMPARE(profiles.kioskListings(QStringLiteral("Feria")), (QStringList {naco.uid, piantini.uid}));
        QVERIFY(profiles.set(QStringLiteral("Sin lista"), Lead()).ok());

        QVERIFY(f.settings->setValue(Settings::Key::ActiveEvent, QStringLiteral("Sin lista")).ok());
        {
            KioskWindow plain(*f.settings, f.backend->service(), f.secrets);
            plain.setCatalog(&store);
            plain.show();
            QVERIFY(QTest::qWaitForWindowExposed(&plain));
            QVERIFY(!plain.findChild<QComboBox*>(QStringLiteral("kioskListing"))->isVisible());
        }

        QVERIFY(f.settings->setValue(Settings::Key::ActiveEvent, QStringLiteral("Feria")).ok());
        KioskWindow kiosk(*f.settings, f.backend->service(), f.secrets);
        kiosk.setCatalog(&store);
        kiosk.setIdleMs(200); // the thank-you page gives way sooner
        kiosk.show();
        QVERIFY(QTest::qWaitForWindowExposed(&kiosk));
        auto* listing = kiosk.findChild<QComboBox*>(QStringLiteral("kioskListing"));
        QVERIFY(listing->isVisible());
        QCOMPARE(listing->count(), 3); // "Not sure yet" and the event's two: none of the other 284
        QCOMPARE(listing->itemText(1), CatalogText::propertyLine(naco));
        listing->setCurrentIndex(2);
        kiosk.findChild<QLineEdit*>(QStringLiteral("kioskName"))->setText(QStringLiteral("Visitante Feria"));
        kiosk.findChild<QLineEdit*>(QStringLiteral("kioskPhone"))->setText(QStringLiteral("809 555 0177"));
        kiosk.findChild<QLineEdit*>(QStringLiteral("kioskEmail"))->setText(QStringLiteral("visitante@example.com"));
        kiosk.findChild<QCheckBox*>(QStringLiteral("kioskConsent"))->setChecked(true);
        QTest::mouseClick(kiosk.findChild<QPushButton*>(QStringLiteral("kioskSend")), Qt::LeftButton);
        HistoryQuery all;
        all.limit = 1;
        QTRY_COMPARE(f.backend->store().list(all).value().size(), 1);
        QCOMPARE(f.backend->store().list(all).value().first().lead.value(LeadField::PropertyUid), piantini.uid);
        // The next visitor starts from "Not sure yet".
        QTRY_COMPARE(listing->currentIndex(), 0);
    }

    // The history shows the names of the listing and the agent a lead was sent with, from the
    // catalog; what the catalog does not know, as it was sent.
    void historyShowsNames()
    {
        CatalogFixture f;
        QCOMPARE(f.refresh(), QString());
        const CatalogProperty naco = f.catalog().store().properties(QStringLiteral("Torre Naco 5")).value().first();
        const auto store = [&f](const QString& uid, const QString& agent) {
            SubmissionStore::NewSubmission s;
            s.lead.setValue(LeadField::FullName, QStringLiteral("Ana"));
            s.lead.setValue(LeadField::PropertyUid, uid);
            s.lead.setValue(LeadField::Related, agent);
            s.requestBody = "{}";
            return f.backend->store().enqueue(s, 1).value();
        };
        const qint64 known = store(naco.uid, QStringLiteral("Maria.Gomez@inmobiliaria-demo.do"));
        const qint64 unknown = store(QStringLiteral("GONE123"), QStringLiteral("nadie@example.com"));
        const qint64 none = store(QString(), QString());
        HistoryModel model(f.backend->store());
        HistoryView view(model, f.backend->store());
        view.setCatalog(&f.catalog());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.select(known));
        auto* listing = view.findChild<QLabel*>(QStringLiteral("detailListing")); // made with the first row's detail
        QVERIFY(listing);
        QTRY_VERIFY(listing->isVisible());
        QCOMPARE(listing->text(),
            QStringLiteral("Property: Torre Naco 5 (%1) · Agent: María Gómez (Maria.Gomez@inmobiliaria-demo.do)")
                .arg(naco.uid));
        QVERIFY(view.select(unknown));
        QCOMPARE(listing->text(), QStringLiteral("Property: GONE123 · Agent: nadie@example.com"));
        QVERIFY(view.select(none));
        QVERIFY(!listing->isVisible());
    }

    // Settings: the public token typed and "Refresh now" — stored in the keychain first, the
    // progress shown while it runs, the state after; a refused token said, the copy kept.
    void settingsRefreshNow()
    {
        SandboxOptions options;
        options.publicToken = QStringLiteral("right");
        options.latencyMs = 5;
        CatalogFixture f(options, QString());
        SettingsDialog dialog(*f.backend);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* token = dialog.findChild<QLineEdit*>(QStringLiteral("publicTokenEdit"));
        auto* refresh = dialog.findChild<QPushButton*>(QStringLiteral("catalogRefreshButton"));
        auto* status = dialog.findChild<QLabel*>(QStringLiteral("catalogStatusLabel"));
        auto* progress = dialog.findChild<QProgressBar*>(QStringLiteral("catalogProgress"));
        QVERIFY(status->text().contains(QStringLiteral("Public API Token")));

        QTest::keyClicks(token, QStringLiteral("wrong"));
        QTest::mouseClick(refresh, Qt::LeftButton);
        QCOMPARE(f.secrets.read(PublicToken::secretName()).value, QStringLiteral("wrong"));
        QVERIFY(progress->isVisible());
        QVERIFY(!refresh->isEnabled());
        QTRY_VERIFY(status->text().contains(QStringLiteral("refused the public API token")));
        QVERIFY(!progress->isVisible());

        token->clear();
        QTest::keyClicks(token, QStringLiteral("right"));
        QTest::mouseClick(refresh, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Refreshed")), 20000);
        QVERIFY(status->text().contains(QStringLiteral("Properties: 286")));
        QCOMPARE(f.secrets.read(PublicToken::secretName()).value, QStringLiteral("right"));

        // Then a refused refresh keeps the copy and says when it was made.
        f.network->setOptions([] {
            SandboxOptions refusing;
            refusing.refuseEveryKey = true;
            return refusing;
        }());
        QTest::mouseClick(refresh, Qt::LeftButton);
        QTRY_VERIFY(status->text().contains(QStringLiteral("Error:")));
        QVERIFY(status->text().contains(QStringLiteral("Refreshed")));
        QCOMPARE(f.catalog().store().propertyCount().value(), 286);

        // A dialog opened after a refresh failed (in the background, say) shows why at once.
        SettingsDialog later(*f.backend);
        later.show();
        QVERIFY(QTest::qWaitForWindowExposed(&later));
        QVERIFY(later.findChild<QLabel*>(QStringLiteral("catalogStatusLabel"))
                    ->text()
                    .startsWith(QStringLiteral("Error:")));

        auto* maxAge = dialog.findChild<QSpinBox*>(QStringLiteral("catalogMaxAgeSpin"));
        maxAge->setValue(0);
        QVERIFY(dialog.save());
        QCOMPARE(f.settings->catalogMaxAgeHours(), 0);
    }
};

QTEST_MAIN(TestCatalogPicker)
#include "tst_catalogpicker.moc"
