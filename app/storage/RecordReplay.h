#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace ud {

// Replays the field-level changes of the audit log per record and compares the result with the
// stored row: a row changed, added or removed behind the application's back shows. One ordered
// pass per table over the rows and over the audit entries (merged by record id, both streamed),
// so memory stays flat whatever the size. A record purged after every tier acknowledged its
// tombstone (record_purges, schema 19) has history and no row: accepted when the history ends
// deleted at the purged version.
//
// Not audited, so not compared: hlc (sync bookkeeping) and the login bookkeeping of users
// (failed_logins, locked_until, last_login_at). Rows without history must be reference rows
// exactly as the migrations inserted them (ReferenceSchema). A password hash is compared with
// the keyed MAC its audit entry holds (entries from before schema 9 hold "(secret)" and cannot be).
class RecordReplay
{
    Q_DECLARE_TR_FUNCTIONS(RecordReplay)

public:
    struct Result
    {
        QStringList problems;   // translated, one line each (at most kMaxProblems per table)
        qint64 rowsChecked = 0;
    };
    static constexpr int kMaxProblems = 20;

    // `key` is the node key ("" when this computer has none: password MACs are then skipped).
    static Result run(const QSqlDatabase &db, const QByteArray &key);

    // What the audit log records for a password hash written with the node key `key`.
    static QString sealedSecret(const QByteArray &key, const QString &secret);
};

} // namespace ud
