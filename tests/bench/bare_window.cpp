// The yardsticks for start-up: a bare Qt 6 QMainWindow that quits after its first paint; with
// --stay it stays open (the yardstick for an idle app). With --form-and-table it shows what any
// window like LeadEntry's first screen must: three labelled fields and a table of 30 rows of text
// (fonts loaded, text shaped and drawn), a floor no lead-entry window can start below.
#include "platform/Platform.h"

#include <QApplication>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMainWindow>
#include <QStandardItemModel>
#include <QTableView>

#include <cstdio>

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
                    const Platform::Usage usage = Platform::processUsage();
                    std::printf("first paint: CPU %.1f ms, peak memory %lld KiB\n", usage.cpuMs,
                        static_cast<long long>(usage.peakKiB));
                    std::fflush(stdout);
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
        auto* model = new QStandardItemModel(30, 7, table);
        for (int row = 0; row < 30; ++row) {
            const QStringList cells {QStringLiteral("14 Nov 2023"), QStringLiteral("Juan Rodríguez %1").arg(row),
                QStringLiteral("+1 809-209-%1").arg(1000 + row), QStringLiteral("lead%1@example.com").arg(row),
                QStringLiteral("Queued"), QStringLiteral("id %1").arg(1238000 + row), QStringLiteral("Expo")};
            for (int column = 0; column < 7; ++column)
                model->setItem(row, column, new QStandardItem(cells.at(column)));
        }
        table->setModel(model);
        columns->addWidget(table, 1);
        window.setCentralWidget(central);
    }
    window.resize(1180, 720);
    window.show();
    return QApplication::exec();
}
