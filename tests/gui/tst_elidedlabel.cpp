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

        // A tooltip of its own is kept.
        QToolTip::hideText();
        label.setToolTip(QStringLiteral("Why delivery is paused"));
        QHelpEvent own(QEvent::ToolTip, QPoint(5, 5), label.mapToGlobal(QPoint(5, 5)));
        QApplication::sendEvent(&label, &own);
        QTRY_COMPARE(QToolTip::text(), QStringLiteral("Why delivery is paused"));
    }
};

QTEST_MAIN(TestElidedLabel)
#include "tst_elidedlabel.moc"
