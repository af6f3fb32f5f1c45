// Child process for tst_writenotice: a long job in another process. Opens the database, begins
// its write transaction (BEGIN IMMEDIATE: it holds the write lock), posts a WriteNotice
// ("<account> is importing <rows> workers"), prints "ready" and waits for one line on stdin:
//   commit   commit and end (the notice is removed)
//   fail     roll back and end (the notice is removed too)
// The parent may also kill it (the notice stays behind, stale). Ends when stdin closes.
//
// Usage: ud_write_holder <database> <account> <rows>

#include "storage/Database.h"
#include "storage/WriteNotice.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>
#include <cstring>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        std::fputs("usage: ud_write_holder <database> <account> <rows>\n", stderr);
        return 2;
    }
    ud::Database db;
    if (const ud::Status s = db.open(args.at(1), ud::Database::OpenMode::ExistingOnly); !s) {
        std::fprintf(stderr, "open: %s\n", qPrintable(s.error()));
        return 1;
    }
    const qint64 rows = args.at(3).toLongLong();
    ud::WriteNotice notice(db, args.at(2), ud::WriteNotice::Task::ImportWorkers, rows);
    ud::Database::Transaction tx(db);
    if (!tx.isActive()) {
        std::fprintf(stderr, "begin: %s\n", qPrintable(tx.error()));
        return 1;
    }
    if (const ud::Status s = notice.post(); !s) {
        std::fprintf(stderr, "notice: %s\n", qPrintable(s.error()));
        return 1;
    }
    notice.progress(rows / 10);
    std::puts("ready");
    std::fflush(stdout);
    char line[64] = {};
    if (!std::fgets(line, sizeof line, stdin))
        return 3;
    if (std::strncmp(line, "commit", 6) == 0) {
        if (const ud::Status s = tx.commit(); !s) {
            std::fprintf(stderr, "commit: %s\n", qPrintable(s.error()));
            return 1;
        }
        return 0;
    }
    return 4; // "fail": the transaction rolls back, the notice is removed
}
