// The yardstick for start-up: a bare Qt 6 QMainWindow that quits after its first paint.
#include <QApplication>
#include <QEvent>
#include <QMainWindow>

class Bare final : public QMainWindow
{
protected:
    bool event(QEvent* e) override
    {
        if (e->type() == QEvent::Paint)
            QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
        return QMainWindow::event(e);
    }
};

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    Bare window;
    window.resize(1180, 720);
    window.show();
    return QApplication::exec();
}
