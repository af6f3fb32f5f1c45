// The side-by-side dialog for records changed at two places (ConflictDialog, docs/sync.md
// "Conflicts"), driven by object name: both values of each differing field, the kept version's
// preselected, a choice per field, "Settle" writing the chosen values as one change (audited,
// queued to go up) and the conflict leaving the list. Tables, fields and values in the words of
// the record's own screens (RegisterTerms, MediationTerms), not as stored.

#include "core/CanonicalJson.h"
#include "core/Clock.h"
#include "storage/Database.h"
#include "storage/NodeIdentity.h"
#include "storage/RecordStore.h"
#include "sync/SyncLedger.h"
#include "ui/mediation/MediationTerms.h"
#include "ui/register/RegisterTerms.h"
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
    void caseInTheWorkspaceWords();

private:
    // Records `local` as this computer's version of `rec`, the record holding the other one.
    static bool addConflict(Database &db, Clock &clock, const QString &conflictId, const Record &rec,
                            const QJsonObject &localChanges);
    static RecordTermsSet::List terms(Database &db);
};

bool tst_ConflictDialog::addConflict(Database &db, Clock &clock, const QString &conflictId, const Record &rec,
                                     const QJsonObject &localChanges)
{
    SyncRecord remote = SyncLedger::wireRecord(rec, 0);
    SyncRecord local = remote;
    for (auto it = localChanges.begin(); it != localChanges.end(); ++it)
        local.values.insert(it.key(), it.value());
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO sync_conflicts (id, table_name, record_id, local_version, local_body, remote_version, "
                             "remote_hlc, remote_origin, remote_body, winner, detected_at) VALUES (?, ?, ?, 1, ?, 1, ?, ?, ?, "
                             "'remote', ?)"));
    q.addBindValue(conflictId);
    q.addBindValue(rec.table);
    q.addBindValue(rec.id);
    q.addBindValue(QString::fromUtf8(CanonicalJson::fromObject(local.toJson())));
    q.addBindValue(remote.hlc);
    q.addBindValue(remote.originNode);
    q.addBindValue(QString::fromUtf8(CanonicalJson::fromObject(remote.toJson())));
    q.addBindValue(isoUtc(clock.nowUtc()));
    return q.exec();
}

RecordTermsSet::List tst_ConflictDialog::terms(Database &db)
{
    RecordTermsSet::List t;
    t.push_back(std::make_unique<RegisterTerms>(db));
    t.push_back(std::make_unique<MediationTerms>(db));
    return t;
}

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
    QVERIFY(addConflict(db, clock, QStringLiteral("0190f0a0-4444-7000-8000-000000000001"), rec.value(),
                        {{QStringLiteral("phone"), QStringLiteral("13900000000")},
                         {QStringLiteral("address"), QStringLiteral("八里庄南里2号")}}));

    ConflictDialog dialog(db, QStringLiteral("zhang"), terms(db));
    dialog.show();
    QCOMPARE(dialog.openCount(), 1);
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("conflictList"));
    QVERIFY(list->item(0)->text().startsWith(QStringLiteral("Worker 张伟 ")));
    auto *fields = dialog.findChild<QTableWidget *>(QStringLiteral("conflictFields"));
    QVERIFY(fields);
    QCOMPARE(fields->rowCount(), 2); // address and phone differ
    // The labels of the register's forms, not the columns' names; settling still knows the column.
    QCOMPARE(fields->item(0, 0)->text(), QStringLiteral("Address"));
    QCOMPARE(fields->item(1, 0)->text(), QStringLiteral("Phone"));
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

void tst_ConflictDialog::caseInTheWorkspaceWords()
{
    QTemporaryDir dir;
    SystemClock clock;
    Database db;
    QVERIFY(db.open(dir.filePath(QStringLiteral("node.db")), Database::OpenMode::CreateIfMissing).ok());
    QVERIFY(NodeIdentity::initialize(db, QStringLiteral("110105015"), Tier::Street, QStringLiteral("八里庄"), clock).ok());
    RecordStore store(db, &clock);
    auto employer = store.create(QStringLiteral("employers"), {{QStringLiteral("name"), QStringLiteral("北京八里庄食品有限公司")}});
    QVERIFY(employer.ok());
    const QString caseNo = QStringLiteral("朝阳区八里庄街道调字〔2026〕第0012号");
    auto rec = store.create(QStringLiteral("mediation_cases"), {{QStringLiteral("case_no"), caseNo},
                                                                {QStringLiteral("case_year"), 2026},
                                                                {QStringLiteral("case_seq"), 12},
                                                                {QStringLiteral("status"), QStringLiteral("accepted")},
                                                                {QStringLiteral("received_on"), QStringLiteral("2026-03-02")},
                                                                {QStringLiteral("dispute_type"), QStringLiteral("remuneration")},
                                                                {QStringLiteral("employer_id"), employer.value().id},
                                                                {QStringLiteral("collective"), 0}});
    QVERIFY2(rec.ok(), qPrintable(rec.error()));
    // This computer's version: another dispute type, status, day received, employer and no longer collective.
    QVERIFY(addConflict(db, clock, QStringLiteral("0190f0a0-4444-7000-8000-000000000002"), rec.value(),
                        {{QStringLiteral("status"), QStringLiteral("in_mediation")},
                         {QStringLiteral("received_on"), QStringLiteral("2026-03-03")},
                         {QStringLiteral("dispute_type"), QStringLiteral("contract")},
                         {QStringLiteral("employer_id"), QJsonValue()},
                         {QStringLiteral("collective"), 1},
                         {QStringLiteral("made_up_column"), QStringLiteral("x")}}));

    ConflictDialog dialog(db, QStringLiteral("zhang"), terms(db));
    dialog.show();
    QCOMPARE(dialog.openCount(), 1);
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("conflictList"));
    QVERIFY2(list->item(0)->text().startsWith(QStringLiteral("Mediation case ") + caseNo), qPrintable(list->item(0)->text()));
    auto *fields = dialog.findChild<QTableWidget *>(QStringLiteral("conflictFields"));
    QHash<QString, int> rowOf; // label -> row
    for (int r = 0; r < fields->rowCount(); ++r)
        rowOf.insert(fields->item(r, 0)->text(), r);
    const QStringList labels = rowOf.keys();
    for (const QString &raw : {QStringLiteral("status"), QStringLiteral("received_on"), QStringLiteral("dispute_type"),
                               QStringLiteral("employer_id"), QStringLiteral("collective")})
        QVERIFY2(!rowOf.contains(raw), qPrintable(labels.join(QStringLiteral(", "))));
    const auto shown = [&](const QString &label, int column) {
        return rowOf.contains(label) ? fields->item(rowOf.value(label), column)->text() : QStringLiteral("<no row %1>").arg(label);
    };
    // Labels as the case's dialog and list show them; values as they show them.
    QCOMPARE(shown(QStringLiteral("Dispute type"), 1), QStringLiteral("订立、履行、变更、解除、终止劳动合同"));
    QCOMPARE(shown(QStringLiteral("Dispute type"), 2), QStringLiteral("劳动报酬、工伤医疗费、经济补偿或赔偿金"));
    QCOMPARE(shown(QStringLiteral("Status"), 1), QStringLiteral("In mediation"));
    QCOMPARE(shown(QStringLiteral("Status"), 2), QStringLiteral("Accepted"));
    QCOMPARE(shown(QStringLiteral("Received on"), 1), QStringLiteral("2026-03-03"));
    QCOMPARE(shown(QStringLiteral("Employer"), 1), QStringLiteral("—"));
    QCOMPARE(shown(QStringLiteral("Employer"), 2), QStringLiteral("北京八里庄食品有限公司"));
    QCOMPARE(shown(QStringLiteral("Collective dispute"), 1), QStringLiteral("Yes"));
    QCOMPARE(shown(QStringLiteral("Collective dispute"), 2), QStringLiteral("No"));
    // A column no workspace names is shown as it is called.
    QCOMPARE(shown(QStringLiteral("made_up_column"), 1), QStringLiteral("x"));
    // The list's column titles come from the same labels.
    QCOMPARE(MediationTerms::caseFieldLabel(QStringLiteral("dispute_type")), QStringLiteral("Dispute type"));

    // Settling by label still writes the columns: keep this computer's dispute type.
    auto *keepType = dialog.findChild<QComboBox *>(QStringLiteral("conflictKeep_dispute_type"));
    QVERIFY(keepType);
    keepType->setCurrentIndex(0);
    dialog.findChild<QPushButton *>(QStringLiteral("conflictSettle"))->click();
    QCOMPARE(dialog.openCount(), 0);
    auto now = store.get(QStringLiteral("mediation_cases"), rec.value().id);
    QCOMPARE(now.value().value(QStringLiteral("dispute_type")).toString(), QStringLiteral("contract"));
    QCOMPARE(now.value().value(QStringLiteral("status")).toString(), QStringLiteral("accepted"));
}

QTEST_MAIN(tst_ConflictDialog)
#include "tst_conflictdialog.moc"
