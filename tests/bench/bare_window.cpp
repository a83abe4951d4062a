// The yardsticks for start-up: a bare Qt 6 QMainWindow that quits after its first paint; with
// --stay it stays open (the yardstick for an idle app). With --form-and-table it shows what
// LeadEntry's first paint shows of its own kind: three labelled fields and a table's seven column
// titles, its rows not read yet (fonts loaded, text shaped and drawn) — a floor for a window with
// a form and a table, below which such a window does not start.
#include "platform/Platform.h"

#include <QApplication>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMainWindow>
#include <QStandardItemModel>
#include <QTableView>

class Bare final : public QMainWindow
{
public:
    bool stay = false;

protected:
    bool event(QEvent* e) override
    {
        if (e->type() == QEvent::Paint && !stay && !m_painted) {
            m_painted = true;
            // Once painted, as leadentry --exit-after-startup does: what start-up used, then quit.
            QMetaObject::invokeMethod(
                qApp,
                [] {
                    Platform::reportFirstPaint();
                    QCoreApplication::quit();
                },
                Qt::QueuedConnection);
        }
        return QMainWindow::event(e);
    }

private:
    bool m_painted = false;
};

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    Bare window;
    const QStringList arguments = QCoreApplication::arguments();
    window.stay = arguments.contains(QStringLiteral("--stay"));
    if (arguments.contains(QStringLiteral("--form-and-table"))) {
        auto* central = new QWidget;
        auto* columns = new QHBoxLayout(central);
        auto* form = new QFormLayout;
        for (const char* label : {"Full name", "Phone", "Email"})
            form->addRow(QString::fromLatin1(label), new QLineEdit);
        columns->addLayout(form);
        auto* table = new QTableView;
        auto* model = new QStandardItemModel(0, 7, table);
        model->setHorizontalHeaderLabels({QStringLiteral("Time"), QStringLiteral("Name"), QStringLiteral("Phone"),
            QStringLiteral("Email"), QStringLiteral("State"), QStringLiteral("Answer"), QStringLiteral("Event")});
        table->setModel(model);
        columns->addWidget(table, 1);
        window.setCentralWidget(central);
    }
    window.resize(1180, 720);
    window.show();
    return QApplication::exec();
}
