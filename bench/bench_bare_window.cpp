// bench_bare_window: the reference for bench_register's start-up measurement. A bare
// QMainWindow with a menu bar and a label, shown; at the first paint event of the window (or of
// any widget in it) it prints
//     painted <ms since the kernel started the process> <ms since main()> <CPU ms used so far>
// to stdout, then "maxrss <KiB>" (VmHWM), and exits. bench_register starts it with QProcess under
// QT_QPA_PLATFORM=offscreen and times QProcess::start -> the "painted" line. Not a test; see
// bench/README.md.

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTimer>

#include <cstdio>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>
#endif

namespace {

// Milliseconds since the kernel started this process: CLOCK_BOOTTIME now minus field 22 of
// /proc/self/stat (start time in clock ticks after boot; 10 ms resolution). -1 if unknown.
double msSinceProcessStart()
{
#ifdef Q_OS_LINUX
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')');
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = text.mid(close + 2).split(' '); // fields[0] is field 3
    if (fields.size() < 20)
        return -1;
    bool ok = false;
    const double ticks = static_cast<double>(fields.at(19).toLongLong(&ok));
    const long hz = sysconf(_SC_CLK_TCK);
    timespec now{};
    if (!ok || hz <= 0 || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return -1;
    const double nowMs = static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
    return nowMs - ticks * 1e3 / static_cast<double>(hz);
#else
    return -1;
#endif
}

// CPU time (user + system) this process has used so far, ms.
double cpuMs()
{
#ifdef Q_OS_LINUX
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
           + static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
#else
    return -1;
#endif
}

// Peak resident set of this process image (VmHWM in /proc/self/status, KiB). Not ru_maxrss:
// that carries over across execve, so it would show the parent's size at fork.
long peakRssKib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return 0;
}

class FirstPaint : public QObject
{
public:
    FirstPaint(QWidget *window, const QElapsedTimer &sinceMain) : m_window(window), m_sinceMain(sinceMain) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_done && event->type() == QEvent::Paint && watched->isWidgetType()
            && static_cast<QWidget *>(watched)->window() == m_window) {
            m_done = true;
            const double fromKernel = msSinceProcessStart();
            const double fromMain = static_cast<double>(m_sinceMain.nsecsElapsed()) / 1e6;
            std::printf("painted %.1f %.1f %.1f\n", fromKernel, fromMain, cpuMs());
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, [] {
                std::printf("maxrss %ld\n", peakRssKib());
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return false;
    }

private:
    QWidget *m_window;
    const QElapsedTimer &m_sinceMain;
    bool m_done = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("bench_bare_window"));
    QMenu *file = window.menuBar()->addMenu(QStringLiteral("&File"));
    file->addAction(QStringLiteral("&Quit"), &app, &QCoreApplication::quit);
    window.menuBar()->addMenu(QStringLiteral("&Help"));
    window.setCentralWidget(new QLabel(QStringLiteral("bare window")));
    window.resize(1200, 800);
    FirstPaint filter(&window, sinceMain);
    app.installEventFilter(&filter);
    window.show();
    QTimer::singleShot(60000, &app, [] {
        std::fprintf(stderr, "bench_bare_window: no paint event within 60 s\n");
        QCoreApplication::exit(2);
    });
    return app.exec();
}
