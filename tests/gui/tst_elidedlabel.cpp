#include "TestEnvironment.h"
#include "gui/ElidedLabel.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QPushButton>
#include <QTest>
#include <QToolTip>
#include <QWidget>

// The status bar's message: it gives way to the widgets beside it, ends in "…" where it is cut,
// and then says the whole of itself in its tooltip.
class TestElidedLabel : public QObject
{
    Q_OBJECT

private:
    static QString longText()
    {
        return QStringLiteral("Cannot write the history file: disk I/O error while writing "
                              "/home/recepcion/.local/share/LeadEntry/history.sqlite-wal, try again");
    }

private slots:
    void initTestCase() { TestEnvironment::isolate(); }

    void aShortRowCutsTheTextNotTheButtonBesideIt()
    {
        QWidget row;
        auto* layout = new QHBoxLayout(&row);
        auto* label = new ElidedLabel(&row);
        auto* button = new QPushButton(QStringLiteral("Send now"), &row);
        label->setText(longText());
        layout->addWidget(label, 1);
        layout->addWidget(button);
        row.show();
        QVERIFY(QTest::qWaitForWindowExposed(&row));

        const int roomy = label->fontMetrics().horizontalAdvance(longText()) + button->sizeHint().width() + 100;
        row.resize(roomy, row.height());
        QTRY_COMPARE(row.width(), roomy);
        QTRY_VERIFY(!label->isElided());
        QCOMPARE(label->shownText(), longText());

        // Narrower than the text: the window may be, and the button keeps its whole width.
        QVERIFY2(row.minimumSizeHint().width() < roomy / 2, qPrintable(QString::number(row.minimumSizeHint().width())));
        const int narrow = button->sizeHint().width() + 120;
        row.resize(narrow, row.height());
        QTRY_COMPARE(row.width(), narrow);
        QTRY_VERIFY(label->isElided());
        QVERIFY(label->shownText().endsWith(QChar(0x2026)));
        QVERIFY(longText().startsWith(label->shownText().chopped(1)));
        QCOMPARE(label->text(), longText()); // what it says, for a screen reader and a copy
        QLabel drawn(label->shownText()); // as a plain label draws the cut text, "…" and all
        drawn.resize(label->size());
        QCOMPARE(label->grab().toImage().convertToFormat(QImage::Format_RGB32),
            drawn.grab().toImage().convertToFormat(QImage::Format_RGB32));
        QCOMPARE(button->width(), button->sizeHint().width());
        QVERIFY(button->geometry().right() < row.width());
    }

    void theWholeTextIsTheTooltipWhenCut()
    {
        ElidedLabel label;
        label.setText(longText());
        label.show();
        QVERIFY(QTest::qWaitForWindowExposed(&label));
        label.resize(label.fontMetrics().horizontalAdvance(longText()) + 20, label.height());
        QTRY_VERIFY(!label.isElided());
        QHelpEvent whole(QEvent::ToolTip, QPoint(5, 5), label.mapToGlobal(QPoint(5, 5)));
        QApplication::sendEvent(&label, &whole);
        QVERIFY(!QToolTip::isVisible()); // nothing hidden, nothing to add

        label.resize(80, label.height());
        QTRY_VERIFY(label.isElided());
        QHelpEvent cut(QEvent::ToolTip, QPoint(5, 5), label.mapToGlobal(QPoint(5, 5)));
        QApplication::sendEvent(&label, &cut);
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), longText());

        // A tooltip of its own follows the whole text when the text is cut, and alone when not.
        QToolTip::hideText();
        label.setToolTip(QStringLiteral("Why delivery is paused"));
        QHelpEvent own(QEvent::ToolTip, QPoint(5, 5), label.mapToGlobal(QPoint(5, 5)));
        QApplication::sendEvent(&label, &own);
        QTRY_COMPARE(QToolTip::text(), longText() + QStringLiteral("\n\nWhy delivery is paused"));
        QToolTip::hideText();
        label.resize(label.fontMetrics().horizontalAdvance(longText()) + 20, label.height());
        QTRY_VERIFY(!label.isElided());
        QHelpEvent ownAlone(QEvent::ToolTip, QPoint(5, 5), label.mapToGlobal(QPoint(5, 5)));
        QApplication::sendEvent(&label, &ownAlone);
        QTRY_COMPARE(QToolTip::text(), QStringLiteral("Why delivery is paused"));
        QToolTip::hideText();
    }

    void whereNothingIsCutItDrawsAsAQLabel_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("alignment");
        QTest::addColumn<bool>("framed");
        for (const bool framed : {false, true}) {
            const char* frame = framed ? "framed" : "bare";
            QTest::addRow("left, %s", frame) << QStringLiteral("Ready: leads go to secure.alterestate.com")
                                             << int(Qt::AlignLeft | Qt::AlignVCenter) << framed;
            QTest::addRow("right, %s", frame) << QStringLiteral("Ready: leads go to secure.alterestate.com")
                                              << int(Qt::AlignRight | Qt::AlignVCenter) << framed;
            QTest::addRow("right-to-left text, %s", frame)
                << QStringLiteral("جاهز: تذهب العملاء المحتملون") << int(Qt::AlignLeft | Qt::AlignVCenter) << framed;
        }
    }
    // Where nothing is cut it is a QLabel: the same place for the text, the indent a frame brings
    // and the side a right-to-left text goes to.
    void whereNothingIsCutItDrawsAsAQLabel()
    {
        QFETCH(QString, text);
        QFETCH(int, alignment);
        QFETCH(bool, framed);
        ElidedLabel label;
        QLabel plain;
        for (QLabel* each : {static_cast<QLabel*>(&label), &plain}) {
            each->setText(text);
            each->setAlignment(Qt::Alignment(alignment));
            each->setMargin(3);
            if (framed)
                each->setFrameStyle(QFrame::Panel | QFrame::Sunken);
            each->resize(each->sizeHint().width() + 40, each->sizeHint().height());
        }
        QVERIFY(!label.isElided());
        QCOMPARE(label.grab().toImage().convertToFormat(QImage::Format_RGB32),
            plain.grab().toImage().convertToFormat(QImage::Format_RGB32));
    }

    void atItsNarrowestItStillShowsTheEllipsis()
    {
        ElidedLabel label;
        label.setText(longText());
        label.setFrameStyle(QFrame::Box);
        label.resize(label.minimumSizeHint());
        QCOMPARE(label.shownText(), QStringLiteral("…"));
    }
};

QTEST_MAIN(TestElidedLabel)
#include "tst_elidedlabel.moc"
