// Child process for tst_crashsafety: writes org units through RecordStore in a loop, each
// create or update its own committed transaction, and after every commit prints one line
//   C <id> 1        (created at version 1)
//   U <id> <version> (updated to <version>)
// and flushes stdout, so everything the parent reads was committed before it was printed. The
// parent kills it with SIGKILL somewhere in the stream.
//
// Usage: ud_crash_writer <database> <round>

#include "core/Clock.h"
#include "storage/Database.h"
#include "storage/RecordStore.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // The node key is looked up in the data folder of the application name: the test that
    // checks what this writer wrote must find the same key.
    QCoreApplication::setApplicationName(QStringLiteral("tst_crashsafety"));
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        std::fputs("usage: ud_crash_writer <database> <round>\n", stderr);
        return 2;
    }
    ud::Database db;
    if (const ud::Status s = db.open(args.at(1), ud::Database::OpenMode::ExistingOnly); !s) {
        std::fprintf(stderr, "open: %s\n", qPrintable(s.error()));
        return 1;
    }
    ud::SystemClock clock;
    ud::RecordStore store(db, &clock);
    store.setActor(QStringLiteral("crash-writer"));
    const QString round = args.at(2);
    const QString table = QStringLiteral("org_units");

    QString lastId;
    qint64 lastVersion = 0;
    // Bounded so a child the parent forgot about cannot run forever.
    for (int i = 0; i < 200000; ++i) {
        if (i % 5 == 4 && !lastId.isEmpty()) {
            auto updated = store.update(table, lastId, lastVersion,
                                        {{QStringLiteral("short_name"), QStringLiteral("崩溃测试%1-%2改").arg(round).arg(i)}});
            if (!updated) {
                std::fprintf(stderr, "update: %s\n", qPrintable(updated.error()));
                return 1;
            }
            lastVersion = updated.value().version;
            std::printf("U %s %lld\n", qPrintable(lastId), static_cast<long long>(lastVersion));
        } else {
            auto created = store.create(table, {{QStringLiteral("code"), QStringLiteral("CRASH-%1-%2").arg(round).arg(i)},
                                                {QStringLiteral("name"), QStringLiteral("崩溃测试%1-%2工会").arg(round).arg(i)},
                                                {QStringLiteral("short_name"), QStringLiteral("崩溃测试%1-%2").arg(round).arg(i)},
                                                {QStringLiteral("parent_code"), QStringLiteral("110105015")},
                                                {QStringLiteral("tier"), QStringLiteral("enterprise")}});
            if (!created) {
                std::fprintf(stderr, "create: %s\n", qPrintable(created.error()));
                return 1;
            }
            lastId = created.value().id;
            lastVersion = 1;
            std::printf("C %s 1\n", qPrintable(lastId));
        }
        std::fflush(stdout);
    }
    return 0;
}
