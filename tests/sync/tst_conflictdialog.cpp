// The side-by-side dialog for records changed at two places (ConflictDialog, docs/sync.md
// "Conflicts"), driven by object name: both values of each differing field, the kept version's
// preselected, a choice per field, "Settle" writing the chosen values as one change (audited,
// queued to go up) and the conflict leaving the list.

#include "core/CanonicalJson.h"
#include "core/Clock.h"
#include "storage/Database.h"
#include "storage/NodeIdentity.h"
#include "storage/RecordStore.h"
#include "sync/SyncLedger.h"
#include "ui/sync/ConflictDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace ud;

class tst_ConflictDialog : public QObject
{
    Q_OBJECT

private slots:
    void settleFieldByField();
};

void tst_ConflictDialog::settleFieldByField()
{
    QTemporaryDir dir;
    SystemClock clock;
    Database db;
    QVERIFY(db.open(dir.filePath(QStringLiteral("node.db")), Database::OpenMode::CreateIfMissing).ok());
    QVERIFY(NodeIdentity::initialize(db, QStringLiteral("110105015"), Tier::Street, QStringLiteral("八里庄"), clock).ok());
    RecordStore store(db, &clock);
    // The record holds the version every tier keeps (the other one); this computer's is beside it.
    auto rec = store.create(QStringLiteral("workers"), {{QStringLiteral("name"), QStringLiteral("张伟")},
                                                        {QStringLiteral("phone"), QStringLiteral("110")},
                                                        {QStringLiteral("address"), QStringLiteral("八里庄北里1号")}});
    QVERIFY(rec.ok());
    SyncRecord remote = SyncLedger::wireRecord(rec.value(), 0);
    SyncRecord local = remote;
    local.values.insert(QStringLiteral("phone"), QStringLiteral("13900000000"));
    local.values.insert(QStringLiteral("address"), QStringLiteral("八里庄南里2号"));
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO sync_conflicts (id, table_name, record_id, local_version, local_body, remote_version, "
                             "remote_hlc, remote_origin, remote_body, winner, detected_at) VALUES (?, 'workers', ?, 1, ?, 1, ?, ?, ?, "
                             "'remote', ?)"));
    q.addBindValue(QStringLiteral("0190f0a0-4444-7000-8000-000000000001"));
    q.addBindValue(rec.value().id);
    q.addBindValue(QString::fromUtf8(CanonicalJson::fromObject(local.toJson())));
    q.addBindValue(remote.hlc);
    q.addBindValue(remote.originNode);
    q.addBindValue(QString::fromUtf8(CanonicalJson::fromObject(remote.toJson())));
    q.addBindValue(isoUtc(clock.nowUtc()));
    QVERIFY(q.exec());

    ConflictDialog dialog(db, QStringLiteral("zhang"));
    dialog.show();
    QCOMPARE(dialog.openCount(), 1);
    auto *fields = dialog.findChild<QTableWidget *>(QStringLiteral("conflictFields"));
    QVERIFY(fields);
    QCOMPARE(fields->rowCount(), 2); // address and phone differ
    QCOMPARE(fields->item(1, 0)->text(), QStringLiteral("phone"));
    QCOMPARE(fields->item(1, 1)->text(), QStringLiteral("13900000000"));
    QCOMPARE(fields->item(1, 2)->text(), QStringLiteral("110"));
    auto *keepPhone = dialog.findChild<QComboBox *>(QStringLiteral("conflictKeep_phone"));
    QVERIFY(keepPhone);
    QCOMPARE(keepPhone->currentData().toString(), QStringLiteral("remote")); // the kept version preselected
    keepPhone->setCurrentIndex(0); // this computer's phone; the other version's address stays
    QSignalSpy settled(&dialog, &ConflictDialog::settled);
    dialog.findChild<QPushButton *>(QStringLiteral("conflictSettle"))->click();
    QCOMPARE(settled.count(), 1);
    QCOMPARE(dialog.openCount(), 0);
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("conflictSettle"))->isEnabled());
    auto now = store.get(QStringLiteral("workers"), rec.value().id);
    QCOMPARE(now.value().value(QStringLiteral("phone")).toString(), QStringLiteral("13900000000"));
    QCOMPARE(now.value().value(QStringLiteral("address")).toString(), QStringLiteral("八里庄北里1号"));
    QCOMPARE(now.value().version, 2);
    QCOMPARE(SyncLedger(db, clock).overview().openConflicts, 0);
    QCOMPARE(SyncLedger(db, clock).states(QStringLiteral("workers"), {rec.value().id}).value(rec.value().id),
             RecordSyncState::Pending);
}

QTEST_MAIN(tst_ConflictDialog)
#include "tst_conflictdialog.moc"
