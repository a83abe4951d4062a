// Without libFuzzer (the GCC builds of the suite), each fuzz target runs every file of its seed
// corpus once: the seeds stay valid and the targets keep compiling. `make fuzz` does the fuzzing.
#include "FuzzInput.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

int main(int argc, char* argv[])
{
    // As the programs run: Qt finds its plugins (the SQLite driver) through the application's
    // folder, which a deployed Windows build relies on.
    QCoreApplication app(argc, argv);
    int files = 0;
    for (int i = 1; i < argc; ++i) {
        const QFileInfo info(QString::fromLocal8Bit(argv[i]));
        const QStringList paths = info.isDir()
            ? [&] {
                  QStringList found;
                  for (const QFileInfo& f : QDir(info.filePath()).entryInfoList(QDir::Files))
                      found.append(f.filePath());
                  return found;
              }()
            : QStringList {info.filePath()};
        for (const QString& path : paths) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                QTextStream(stderr) << "cannot read " << path << '\n';
                return 1;
            }
            const QByteArray bytes = file.readAll();
            LLVMFuzzerTestOneInput(
                reinterpret_cast<const std::uint8_t*>(bytes.constData()), static_cast<std::size_t>(bytes.size()));
            ++files;
        }
    }
    QTextStream(stdout) << "replayed " << files << " inputs\n";
    return files > 0 ? 0 : 1;
}
