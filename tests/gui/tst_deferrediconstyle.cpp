#include "TestEnvironment.h"
#include "gui/DeferredIconStyle.h"

#include <QApplication>
#include <QImage>
#include <QMainWindow>
#include <QMenuBar>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

#include <memory>

// The app's style: the bars' overflow icons are made when first drawn, and are then the base
// style's own, in either direction.
class TestDeferredIconStyle : public QObject
{
    Q_OBJECT

private:
    static QImage image(const QIcon& icon) { return icon.pixmap(QSize(16, 16), 1.0).toImage(); }

private slots:
    void initTestCase() { TestEnvironment::isolate(); }

    void overflowIconsAreTheBaseStylesOwn_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<Qt::LayoutDirection>("direction");
        for (const auto direction : {Qt::LeftToRight, Qt::RightToLeft}) {
            const char* dir = direction == Qt::LeftToRight ? "left to right" : "right to left";
            QTest::addRow("horizontal, %s", dir) << int(QStyle::SP_ToolBarHorizontalExtensionButton) << direction;
            QTest::addRow("vertical, %s", dir) << int(QStyle::SP_ToolBarVerticalExtensionButton) << direction;
        }
    }
    void overflowIconsAreTheBaseStylesOwn()
    {
        QFETCH(int, which);
        QFETCH(Qt::LayoutDirection, direction);
        const auto icon = QStyle::StandardPixmap(which);
        const std::unique_ptr<QStyle> base(QStyleFactory::create(QStringLiteral("Fusion")));
        DeferredIconStyle style(QStringLiteral("Fusion"));
        QCOMPARE(style.baseStyle()->name(), base->name());
        QStyleOption option;
        option.direction = direction;
        const QIcon expected = base->standardIcon(icon, &option);
        QVERIFY(!expected.isNull());
        const QIcon deferred = style.standardIcon(icon, &option);
        QVERIFY(!deferred.isNull());
        QCOMPARE(image(deferred), image(expected));
        QCOMPARE(deferred.availableSizes(), expected.availableSizes());
        QCOMPARE(deferred.actualSize(QSize(64, 64)), expected.actualSize(QSize(64, 64)));
        // A copy (QIcon detaches through the engine's clone) answers alike.
        QIcon copy = deferred;
        copy.detach();
        QCOMPARE(image(copy), image(expected));
    }

    // Right to left the horizontal arrow is mirrored: the deferred icon keeps the direction it was
    // asked for, not the one in force when it is drawn.
    void theDirectionIsTheOneAskedFor()
    {
        DeferredIconStyle style(QStringLiteral("Fusion"));
        QStyleOption rtl;
        rtl.direction = Qt::RightToLeft;
        QStyleOption ltr;
        ltr.direction = Qt::LeftToRight;
        const QIcon right = style.standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton, &rtl);
        const QIcon left = style.standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton, &ltr);
        QVERIFY(image(right) != image(left));
    }

    // Other icons are the base style's as they were.
    void otherIconsPassThrough()
    {
        const std::unique_ptr<QStyle> base(QStyleFactory::create(QStringLiteral("Fusion")));
        DeferredIconStyle style(QStringLiteral("Fusion"));
        QCOMPARE(
            image(style.standardIcon(QStyle::SP_DialogOkButton)), image(base->standardIcon(QStyle::SP_DialogOkButton)));
    }

    // As the app sets it: a toolbar too narrow for its buttons shows its overflow button, with the
    // base style's arrow.
    void aNarrowToolbarShowsItsOverflowArrow()
    {
        QApplication::setStyle(new DeferredIconStyle(QStringLiteral("Fusion")));
        QMainWindow window;
        auto* bar = window.addToolBar(QStringLiteral("bar"));
        for (int i = 0; i < 12; ++i)
            bar->addAction(QStringLiteral("Action number %1").arg(i));
        window.resize(300, 200);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* overflow = bar->findChild<QToolButton*>(QStringLiteral("qt_toolbar_ext_button"));
        QVERIFY(overflow);
        QTRY_VERIFY(overflow->isVisible());
        QVERIFY(!overflow->icon().isNull());
        const std::unique_ptr<QStyle> base(QStyleFactory::create(QStringLiteral("Fusion")));
        QCOMPARE(image(overflow->icon()), image(base->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton)));
    }
};

QTEST_MAIN(TestDeferredIconStyle)
#include "tst_deferrediconstyle.moc"
