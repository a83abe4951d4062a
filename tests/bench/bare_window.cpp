// The yardstick for start-up: a bare Qt 6 QMainWindow that quits after its first paint; with
// --stay it stays open (the yardstick for an idle app).
#include <QApplication>
#include <QEvent>
#include <QMainWindow>

class Bare final : public QMainWindow
{
public:
    bool stay = false;

protected:
    bool event(QEvent* e) override
    {
        if (e->type() == QEvent::Paint && !stay)
            QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
        return QMainWindow::event(e);
    }
};

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    Bare window;
    window.stay = QCoreApplication::arguments().contains(QStringLiteral("--stay"));
    window.resize(1180, 720);
    window.show();
    return QApplication::exec();
}
