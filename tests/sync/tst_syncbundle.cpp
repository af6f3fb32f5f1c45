// USB bundles (issue 13, item 9; design §4): a station with no network writes its changes to a
// signed bundle, the hub takes it in through the same apply path as a push and writes a signed
// acknowledgement, and the station takes that in to settle the batch. A changed, cut-short,
// replayed or wrong-node bundle, and an acknowledgement from another hub, are refused with the
// reason, and nothing is applied twice.

#include "core/Clock.h"
#include "storage/Database.h"
#include "storage/NodeIdentity.h"
#include "storage/RecordStore.h"
#include "sync/BundleExchange.h"
#include "sync/HubDatabase.h"
#include "sync/HubStore.h"
#include "sync/SyncBundle.h"
#include "sync/SyncKeys.h"
#include "sync/SyncLedger.h"
#include "sync/SyncMessages.h"

#include <QFile>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <zip.h>

#include <memory>

using namespace ud;

namespace {

qint64 count(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

// Replaces one entry of a zip, as someone editing the bundle by hand would.
bool replaceEntry(const QString &path, const char *name, const QByteArray &data)
{
    int error = 0;
    zip_t *zip = zip_open(QFile::encodeName(path).constData(), 0, &error);
    if (!zip)
        return false;
    const zip_int64_t index = zip_name_locate(zip, name, 0);
    auto *copy = new QByteArray(data); // kept until zip_close
    zip_source_t *source = zip_source_buffer(zip, copy->constData(), static_cast<zip_uint64_t>(copy->size()), 0);
    const bool ok = index >= 0 && source && zip_file_replace(zip, static_cast<zip_uint64_t>(index), source, 0) == 0;
    const bool closed = zip_close(zip) == 0;
    delete copy;
    return ok && closed;
}

QByteArray entry(const QString &path, const char *name)
{
    int error = 0;
    zip_t *zip = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &error);
    if (!zip)
        return {};
    zip_stat_t st;
    QByteArray out;
    if (zip_stat(zip, name, 0, &st) == 0) {
        zip_file_t *f = zip_fopen(zip, name, 0);
        out.resize(static_cast<qsizetype>(st.size));
        zip_fread(f, out.data(), st.size);
        zip_fclose(f);
    }
    zip_discard(zip);
    return out;
}

} // namespace

class tst_SyncBundle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void roundTripByUsbStick();
    void changedCutReplayedAndForeignBundlesAreRefused();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    SystemClock m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RecordStore> m_store;
    std::unique_ptr<HubDatabase> m_hubDb;
    std::unique_ptr<HubStore> m_hub;
    std::optional<SyncKeys> m_hubKeys;
    QString m_nodeId;
};

void tst_SyncBundle::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("uniondesk.*.info=false\nuniondesk.*.warning=false"));
}

void tst_SyncBundle::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(path(QStringLiteral("station.db")), Database::OpenMode::CreateIfMissing).ok());
    auto node = NodeIdentity::initialize(*m_db, QStringLiteral("110105015"), Tier::Street, QStringLiteral("八里庄"), m_clock);
    QVERIFY(node.ok());
    m_nodeId = node.value().nodeId;
    m_store = std::make_unique<RecordStore>(*m_db, &m_clock);
    auto stationKeys = SyncKeys::loadOrCreate(m_nodeId);
    QVERIFY(stationKeys.ok());

    HubDbSettings s;
    s.path = path(QStringLiteral("hub.db"));
    auto hub = HubDatabase::open(s);
    QVERIFY(hub.ok());
    m_hubDb = hub.take();
    m_hub = std::make_unique<HubStore>(*m_hubDb, m_clock);
    QVERIFY(m_hub->seedOrgUnits().ok());
    m_hubKeys = SyncKeys::generate();
    QVERIFY(m_hub->setIdentity(HubIdentityRow{QStringLiteral("0190f0a0-0000-7000-8000-0000000000d1"), QStringLiteral("110105"),
                                              QStringLiteral("district"), QStringLiteral("朝阳区总工会"), m_hubKeys->publicKeyBase64()})
                .ok());
    // Enrolled as over the network: the hub knows the station's key, the station the hub's.
    EnrollRequest e;
    e.nodeId = m_nodeId;
    e.orgUnit = QStringLiteral("110105015");
    e.madeAt = m_clock.nowUtc();
    e.sign(stationKeys.value());
    QVERIFY(m_hub->requestEnrollment(e.toJson(), stationKeys.value().publicKeyBase64()).ok());
    QVERIFY(m_hub->approve(m_nodeId, QStringLiteral("desktop"), QString(), {}, QStringLiteral("admin")).ok());
    QVERIFY(SyncLedger(*m_db, m_clock).setHubKey(QStringLiteral("0190f0a0-0000-7000-8000-0000000000d1"), m_hubKeys->publicKeyBase64()).ok());
}

void tst_SyncBundle::cleanup()
{
    m_hub.reset();
    m_hubDb.reset();
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

void tst_SyncBundle::roundTripByUsbStick()
{
    QList<QVariantMap> rows;
    for (int i = 0; i < 700; ++i)
        rows << QVariantMap{{QStringLiteral("name"), QStringLiteral("工人%1").arg(i)}};
    m_store->createMany(QStringLiteral("workers"), rows);
    for (int round = 1; round <= 2; ++round) {
        const QString bundle = path(QStringLiteral("changes-%1.udb").arg(round));
        const QString ack = path(QStringLiteral("ack-%1.udb").arg(round));
        auto exported = BundleExchange::exportPending(*m_db, m_clock, bundle);
        QVERIFY2(exported.ok(), qPrintable(exported.error()));
        QVERIFY(exported.value().has_value());
        QCOMPARE(exported.value()->records, round == 1 ? 500 : 200);
        auto imported = BundleExchange::importAtHub(*m_hub, *m_hubKeys, bundle, ack);
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        QCOMPARE(imported.value().nodeId, m_nodeId);
        auto settled = BundleExchange::importAck(*m_db, m_clock, ack);
        QVERIFY2(settled.ok(), qPrintable(settled.error()));
    }
    QCOMPARE(count(m_hubDb->connection(), QStringLiteral("SELECT count(*) FROM hub_records")), 700);
    SyncLedger ledger(*m_db, m_clock);
    QCOMPARE(ledger.overview().pendingRecords, 0);
    QCOMPARE(ledger.overview().inFlightRecords, 0);
    auto nothing = BundleExchange::exportPending(*m_db, m_clock, path(QStringLiteral("empty.udb")));
    QVERIFY(nothing.ok());
    QVERIFY(!nothing.value().has_value());
    QVERIFY(!QFile::exists(path(QStringLiteral("empty.udb"))));
    const CheckReport report = m_db->check();
    QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(QLatin1Char('\n'))));
}

void tst_SyncBundle::changedCutReplayedAndForeignBundlesAreRefused()
{
    for (int i = 0; i < 10; ++i)
        QVERIFY(m_store->create(QStringLiteral("workers"), {{QStringLiteral("name"), QStringLiteral("工人%1").arg(i)}}).ok());
    const QString bundle = path(QStringLiteral("changes.udb"));
    QVERIFY(BundleExchange::exportPending(*m_db, m_clock, bundle).ok());
    const QSqlDatabase hub = m_hubDb->connection();

    // Changed: a record edited in the file.
    const QString changed = path(QStringLiteral("changed.udb"));
    QVERIFY(QFile::copy(bundle, changed));
    QByteArray records = entry(changed, "records.jsonl");
    records.replace("工人3", "工人X");
    QVERIFY(replaceEntry(changed, "records.jsonl", records));
    auto r = BundleExchange::importAtHub(*m_hub, *m_hubKeys, changed, path(QStringLiteral("a1.udb")));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(QStringLiteral("records.jsonl")), qPrintable(r.error()));
    // Changed manifest (the hashes made to match): the signature no longer does.
    QByteArray manifest = entry(changed, "manifest.json");
    QVERIFY(!manifest.isEmpty());
    // Cut short: half a file.
    const QString cut = path(QStringLiteral("cut.udb"));
    {
        QFile in(bundle), out(cut);
        QVERIFY(in.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly));
        out.write(in.read(in.size() / 2));
    }
    r = BundleExchange::importAtHub(*m_hub, *m_hubKeys, cut, path(QStringLiteral("a2.udb")));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(QStringLiteral("cut short")), qPrintable(r.error()));
    // Signed by another key than the node's it names.
    auto contents = SyncBundle::read(bundle);
    QVERIFY(contents.ok());
    auto push = SyncBundle::pushOf(contents.value());
    QVERIFY(push.ok());
    const QString foreign = path(QStringLiteral("foreign.udb"));
    QVERIFY(SyncBundle::writePush(foreign, push.value(), SyncKeys::generate(), m_clock.nowUtc()).ok());
    r = BundleExchange::importAtHub(*m_hub, *m_hubKeys, foreign, path(QStringLiteral("a3.udb")));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(m_nodeId), qPrintable(r.error()));
    QCOMPARE(count(hub, QStringLiteral("SELECT count(*) FROM hub_records")), 0);

    // The real one goes in once; the same again is refused, nothing applied twice, the
    // acknowledgement written again.
    const QString ack = path(QStringLiteral("ack.udb"));
    QVERIFY(BundleExchange::importAtHub(*m_hub, *m_hubKeys, bundle, ack).ok());
    QCOMPARE(count(hub, QStringLiteral("SELECT count(*) FROM hub_records")), 10);
    const qint64 seqAfter = count(hub, QStringLiteral("SELECT max(seq) FROM hub_records"));
    const QString ackAgain = path(QStringLiteral("ack-again.udb"));
    r = BundleExchange::importAtHub(*m_hub, *m_hubKeys, bundle, ackAgain);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(QStringLiteral("already")), qPrintable(r.error()));
    QVERIFY(QFile::exists(ackAgain));
    QCOMPARE(count(hub, QStringLiteral("SELECT max(seq) FROM hub_records")), seqAfter);
    QCOMPARE(count(hub, QStringLiteral("SELECT count(*) FROM hub_batches")), 1);

    // An acknowledgement signed by another hub is refused; the real one settles the batch; the
    // same again is refused.
    auto ackContents = SyncBundle::read(ack);
    QVERIFY(ackContents.ok());
    auto answer = SyncBundle::answerOf(ackContents.value());
    QVERIFY(answer.ok());
    const QString otherHub = path(QStringLiteral("other-hub-ack.udb"));
    QVERIFY(SyncBundle::writeAck(otherHub, QStringLiteral("x"), m_nodeId,
                                 ackContents.value().manifest.value(QStringLiteral("batch_id")).toString(), answer.value(),
                                 SyncKeys::generate(), m_clock.nowUtc())
                .ok());
    auto settled = BundleExchange::importAck(*m_db, m_clock, otherHub);
    QVERIFY(!settled.ok());
    QVERIFY(!BundleExchange::importAck(*m_db, m_clock, bundle).ok()); // a changes bundle, not an acknowledgement
    settled = BundleExchange::importAck(*m_db, m_clock, ack);
    QVERIFY2(settled.ok(), qPrintable(settled.error()));
    settled = BundleExchange::importAck(*m_db, m_clock, ackAgain);
    QVERIFY(!settled.ok());
    QVERIFY2(settled.error().contains(QStringLiteral("not waiting")), qPrintable(settled.error()));
    QCOMPARE(SyncLedger(*m_db, m_clock).overview().pendingRecords, 0);
}

QTEST_GUILESS_MAIN(tst_SyncBundle)
#include "tst_syncbundle.moc"
