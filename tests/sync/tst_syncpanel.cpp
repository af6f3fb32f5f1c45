// The sync panel, the enrollment dialog and the workers list's sync column, driven by their
// object names against a hub in the same process (the real HubService behind the real HubHttp
// over TLS, with a certificate made by `uniondesk-cli hub cert`, as in tst_syncclient): the panel
// before enrollment, enrolling through EnrollDialog, the pending message with the fingerprint,
// approval at the hub, "Sync now" emptying the counts, a refused record in the quarantine table,
// the hub stopped, and the dialog's messages for a bad address, an unreachable hub and an error.

#include "core/Clock.h"
#include "storage/Accounts.h"
#include "storage/Database.h"
#include "storage/NodeIdentity.h"
#include "storage/RecordStore.h"
#include "sync/HubDatabase.h"
#include "sync/HubHttp.h"
#include "sync/HubService.h"
#include "sync/SyncClient.h"
#include "sync/SyncKeys.h"
#include "sync/SyncLedger.h"
#include "ui/register/EmployersModel.h"
#include "ui/register/WorkersModel.h"
#include "ui/sync/BackgroundSync.h"
#include "ui/sync/EnrollDialog.h"
#include "ui/sync/SyncPanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QProcess>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <functional>
#include <memory>

using namespace ud;

namespace {

const QString kDistrict = QStringLiteral("110105");
const QString kStreet = QStringLiteral("110105015");
const QString kOtherStreet = QStringLiteral("110105021");

// Answers 503 to the next `failures` requests, then hands them to the real service.
class FlakyHandler : public HubHandler
{
public:
    explicit FlakyHandler(HubHandler &real) : m_real(real) {}
    int failures = 0;
    HubResponse handle(const HubRequest &request) override
    {
        if (failures > 0) {
            --failures;
            HubResponse r;
            r.status = 503;
            r.body = QByteArrayLiteral("{\"code\":\"busy\",\"message\":\"busy\"}");
            return r;
        }
        return m_real.handle(request);
    }

private:
    HubHandler &m_real;
};

template <typename T>
T *child(QWidget *root, const char *name)
{
    T *w = root->findChild<T *>(QLatin1String(name));
    if (!w)
        qWarning("no child %s", name);
    return w;
}

QString labelText(QWidget *root, const char *name)
{
    QLabel *l = child<QLabel>(root, name);
    return l ? l->text() : QStringLiteral("<no %1>").arg(QLatin1String(name));
}

// Runs `handle` on the modal dialog named `name` once `trigger` has opened it; false when none came.
bool onModal(const QString &name, const std::function<void(QDialog *)> &handle, const std::function<void()> &trigger)
{
    bool seen = false;
    auto *poll = new QTimer;
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, poll, [&, poll] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || dialog->objectName() != name)
            return;
        poll->stop();
        seen = true;
        handle(dialog);
    });
    poll->start();
    trigger();
    delete poll;
    return seen;
}

} // namespace

class tst_SyncPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void beforeEnrollmentNothingIsSyncedAndTheColumnIsEmpty();
    void enrollApproveAndSyncNow();
    void refusedRecordShowsInTheQuarantineTable();
    void hubStoppedNamesTheHubAndKeepsTheChanges();
    void enrollDialogSaysWhatWentWrong_data();
    void enrollDialogSaysWhatWentWrong();

private:
    void startHub();
    void makePanel();
    void enrollAndApproveDirectly();
    void syncNowAndWait();
    QString createWorker(const QString &name, const QString &unit = {});
    QString syncText(const QString &workerId);

    QTemporaryDir m_files;
    QString m_certFile, m_keyFile, m_certPem;
    std::unique_ptr<QTemporaryDir> m_dir;
    SystemClock m_clock;
    std::unique_ptr<HubDatabase> m_hubDb;
    std::unique_ptr<HubService> m_service;
    std::unique_ptr<FlakyHandler> m_flaky;
    std::unique_ptr<HubHttp> m_http;
    quint16 m_port = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RecordStore> m_store;
    std::unique_ptr<BackgroundSync> m_sync;
    std::unique_ptr<SyncPanel> m_panel;
    std::unique_ptr<WorkersModel> m_workers;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QString m_nodeId;
};

void tst_SyncPanel::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("uniondesk.*.debug=false\nuniondesk.*.info=false\nuniondesk.*.warning=false"));
    QVERIFY(QSslSocket::supportsSsl());
    const QString cli = qEnvironmentVariable("UD_CLI");
    QVERIFY2(QFileInfo(cli).isExecutable(), "UD_CLI names the uniondesk-cli binary (run through ctest)");
    m_certFile = m_files.filePath(QStringLiteral("hub.crt"));
    m_keyFile = m_files.filePath(QStringLiteral("hub.key"));
    QProcess p;
    p.start(cli, {QStringLiteral("hub"), QStringLiteral("cert"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                  QStringLiteral("--out-cert"), m_certFile, QStringLiteral("--out-key"), m_keyFile});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    QFile f(m_certFile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    m_certPem = QString::fromLatin1(f.readAll());
}

void tst_SyncPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    HubDbSettings settings;
    settings.path = m_dir->filePath(QStringLiteral("hub.db"));
    auto hub = HubDatabase::open(settings);
    QVERIFY2(hub.ok(), qPrintable(hub.error()));
    m_hubDb = hub.take();
    m_service = std::make_unique<HubService>(*m_hubDb, m_clock);
    QVERIFY(m_service->store().seedOrgUnits().ok());
    QVERIFY(m_service->store()
                .setIdentity(HubIdentityRow{QStringLiteral("0190f0a0-0000-7000-8000-0000000000d1"), kDistrict,
                                            QStringLiteral("district"), QStringLiteral("朝阳区总工会"),
                                            SyncKeys::generate().publicKeyBase64()})
                .ok());
    m_flaky = std::make_unique<FlakyHandler>(*m_service);
    startHub();

    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("station.db")), Database::OpenMode::CreateIfMissing).ok());
    auto node = NodeIdentity::initialize(*m_db, kStreet, Tier::Street, QStringLiteral("八里庄街道工会服务站"), m_clock);
    QVERIFY2(node.ok(), qPrintable(node.error()));
    m_nodeId = node.value().nodeId;
    m_store = std::make_unique<RecordStore>(*m_db, &m_clock);
    m_store->setActor(QStringLiteral("zhang"));
    m_sync = std::make_unique<BackgroundSync>(*m_db);
    m_sync->client().setRetryPolicy(2, 20);
    m_sync->client().setTimeoutMs(10000);
    makePanel();
    m_workers = std::make_unique<WorkersModel>(*m_db);
    m_tester = std::make_unique<QAbstractItemModelTester>(m_workers.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_SyncPanel::cleanup()
{
    m_tester.reset();
    m_workers.reset();
    m_panel.reset();
    m_sync.reset();
    m_store.reset();
    m_db.reset();
    m_http.reset();
    m_flaky.reset();
    m_service.reset();
    m_hubDb.reset();
    m_dir.reset();
}

void tst_SyncPanel::startHub()
{
    m_http = std::make_unique<HubHttp>(*m_flaky);
    QVERIFY(m_http->setTls(m_certFile, m_keyFile).ok());
    const Status listening = m_http->listen(QHostAddress::LocalHost, m_port);
    QVERIFY2(listening.ok(), qPrintable(listening.error()));
    m_port = m_http->port();
}

void tst_SyncPanel::makePanel()
{
    Session admin;
    admin.username = QStringLiteral("zhang");
    admin.displayName = QStringLiteral("张管理");
    admin.role = Role::Administrator;
    m_panel = std::make_unique<SyncPanel>(*m_sync, admin);
    m_panel->resize(700, 500);
    m_panel->show();
}

void tst_SyncPanel::enrollAndApproveDirectly()
{
    auto status = m_sync->client().enroll(QStringLiteral("https://127.0.0.1:%1").arg(m_port), m_certPem);
    QVERIFY2(status.ok(), qPrintable(status.error()));
    QVERIFY(m_service->store().approve(m_nodeId, QStringLiteral("desktop"), QString(), {}, QStringLiteral("admin")).ok());
    m_panel->refresh();
}

void tst_SyncPanel::syncNowAndWait()
{
    auto *button = child<QPushButton>(m_panel.get(), "syncNowButton");
    QVERIFY(button);
    QVERIFY(button->isEnabled());
    QSignalSpy finished(m_sync.get(), &BackgroundSync::runFinished);
    button->click();
    // The window is not blocked: the click returns while the run goes on.
    QVERIFY(m_sync->isRunning());
    QVERIFY(!button->isEnabled());
    QVERIFY(child<QPushButton>(m_panel.get(), "syncCancelButton")->isEnabled());
    QVERIFY(finished.wait(30000));
}

QString tst_SyncPanel::createWorker(const QString &name, const QString &unit)
{
    QVariantMap fields{{QStringLiteral("name"), name}};
    if (!unit.isEmpty())
        fields.insert(QStringLiteral("org_unit"), unit);
    auto rec = m_store->create(QStringLiteral("workers"), fields);
    return rec ? rec.value().id : QString();
}

QString tst_SyncPanel::syncText(const QString &workerId)
{
    m_workers->refresh();
    const int row = m_workers->fetchUntil(workerId, 10000);
    if (row < 0)
        return QStringLiteral("<not listed>");
    return m_workers->index(row, WorkersModel::SyncColumn).data().toString();
}

void tst_SyncPanel::beforeEnrollmentNothingIsSyncedAndTheColumnIsEmpty()
{
    const QString id = createWorker(QStringLiteral("李四"));
    QVERIFY(!id.isEmpty());
    QVERIFY2(labelText(m_panel.get(), "syncEnrollmentLabel").contains(QStringLiteral("not enrolled")),
             qPrintable(labelText(m_panel.get(), "syncEnrollmentLabel")));
    QCOMPARE(labelText(m_panel.get(), "syncHubLabel"), QStringLiteral("Hub: none yet"));
    QCOMPARE(labelText(m_panel.get(), "syncLastSuccessLabel"), QStringLiteral("Last successful sync: never"));
    QVERIFY(!child<QPushButton>(m_panel.get(), "syncNowButton")->isEnabled());
    QVERIFY(child<QPushButton>(m_panel.get(), "syncEnrollButton")->isVisible());
    QCOMPARE(child<QTableWidget>(m_panel.get(), "syncQuarantineTable")->rowCount(), 0);
    QCOMPARE(m_workers->headerData(WorkersModel::SyncColumn, Qt::Horizontal).toString(), QStringLiteral("Sync"));
    QCOMPARE(syncText(id), QString()); // no hub: the column says nothing
    QVERIFY(!m_sync->isEnrolled());
}

void tst_SyncPanel::enrollApproveAndSyncNow()
{
    const QString id = createWorker(QStringLiteral("王五"));
    const QString hubUrl = QStringLiteral("https://127.0.0.1:%1").arg(m_port);
    QString shownInDialog;
    const QString certFile = m_certFile;
    const bool opened = onModal(
        QStringLiteral("enrollDialog"),
        [&](QDialog *d) {
            child<QLineEdit>(d, "enrollHubEdit")->setText(hubUrl);
            child<QLineEdit>(d, "enrollCertificateEdit")->setText(certFile);
            auto *buttons = d->findChild<QDialogButtonBox *>();
            buttons->button(QDialogButtonBox::Ok)->click(); // the request: the hub answers "pending"
            shownInDialog = labelText(d, "enrollResult");
            buttons->button(QDialogButtonBox::Ok)->click(); // now "Close"
        },
        [&] { child<QPushButton>(m_panel.get(), "syncEnrollButton")->click(); });
    QVERIFY(opened);
    auto keys = m_sync->client().keys();
    QVERIFY(keys.ok());
    const QString fingerprint = keys.value().fingerprint();
    QVERIFY(!fingerprint.isEmpty());
    QVERIFY2(shownInDialog.contains(fingerprint), qPrintable(shownInDialog));
    QVERIFY2(shownInDialog.contains(QStringLiteral("waits for the hub's administrator")), qPrintable(shownInDialog));

    // Pending: the panel says so with the fingerprint to read out; the hub is named.
    const QString pending = labelText(m_panel.get(), "syncEnrollmentLabel");
    QVERIFY2(pending.startsWith(QStringLiteral("Waiting for the hub's administrator")), qPrintable(pending));
    QVERIFY2(pending.contains(fingerprint), qPrintable(pending));
    QCOMPARE(labelText(m_panel.get(), "syncHubLabel"), QStringLiteral("Hub: %1").arg(hubUrl));
    QVERIFY(m_sync->isEnrolled());
    QCOMPARE(syncText(id), QStringLiteral("Waiting to send"));

    // A run before approval: nothing leaves, the reason is plain and the worker still waits.
    syncNowAndWait();
    QVERIFY2(labelText(m_panel.get(), "syncErrorLabel").contains(QStringLiteral("not approved")),
             qPrintable(labelText(m_panel.get(), "syncErrorLabel")));
    QCOMPARE(syncText(id), QStringLiteral("Waiting to send"));

    QVERIFY(m_service->store().approve(m_nodeId, QStringLiteral("desktop"), QString(), {}, QStringLiteral("admin")).ok());
    QVERIFY(m_panel->findChild<QLabel *>(QStringLiteral("syncCountsLabel"))->text().startsWith(
        QStringLiteral("Waiting to be sent: 1 ")));
    syncNowAndWait();
    QCOMPARE(labelText(m_panel.get(), "syncCountsLabel"),
             QStringLiteral("Waiting to be sent: 0 · sent, not yet answered: 0 · refused by the hub: 0 · open conflicts: 0"));
    const QString last = labelText(m_panel.get(), "syncLastSuccessLabel");
    QVERIFY2(last.startsWith(QStringLiteral("Last successful sync: ")) && !last.endsWith(QStringLiteral("never")),
             qPrintable(last));
    QVERIFY(QDateTime::fromString(last.mid(22), QStringLiteral("yyyy-MM-dd HH:mm")).isValid());
    QVERIFY(child<QLabel>(m_panel.get(), "syncErrorLabel")->isHidden());
    QVERIFY2(labelText(m_panel.get(), "syncEnrollmentLabel").startsWith(QStringLiteral("Approved by the hub")),
             qPrintable(labelText(m_panel.get(), "syncEnrollmentLabel")));
    QCOMPARE(labelText(m_panel.get(), "syncProgressLabel"),
             QStringLiteral("Sync done: 1 record(s) sent, 0 refused, 0 conflict(s); 0 item(s) received."));
    QCOMPARE(syncText(id), SyncLedger::stateText(RecordSyncState::Synced));
    QCOMPARE(syncText(id), QStringLiteral("At the union above"));

    // The employers list has the same column, refreshed when a run ends (no reload of the list).
    auto employer = m_store->create(QStringLiteral("employers"), {{QStringLiteral("name"), QStringLiteral("北京测试有限公司")}});
    QVERIFY(employer.ok());
    EmployersModel employers(*m_db);
    QAbstractItemModelTester tester(&employers, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int row = employers.fetchUntil(employer.value().id, 10000);
    QVERIFY(row >= 0);
    QCOMPARE(employers.headerData(EmployersModel::SyncColumn, Qt::Horizontal).toString(), QStringLiteral("Sync"));
    QCOMPARE(employers.index(row, EmployersModel::SyncColumn).data().toString(), QStringLiteral("Waiting to send"));
    QSignalSpy changed(&employers, &QAbstractItemModel::dataChanged);
    syncNowAndWait();
    QVERIFY(changed.count() >= 1);
    QCOMPARE(employers.index(row, EmployersModel::SyncColumn).data().toString(), QStringLiteral("At the union above"));
}

void tst_SyncPanel::refusedRecordShowsInTheQuarantineTable()
{
    enrollAndApproveDirectly();
    const QString good = createWorker(QStringLiteral("本街道"));
    const QString bad = createWorker(QStringLiteral("别的街道"), kOtherStreet);
    syncNowAndWait();
    auto *table = child<QTableWidget>(m_panel.get(), "syncQuarantineTable");
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("workers"));
    QCOMPARE(table->item(0, 1)->text(), bad);
    QVERIFY2(table->item(0, 2)->text().contains(kOtherStreet), qPrintable(table->item(0, 2)->text()));
    QVERIFY2(labelText(m_panel.get(), "syncCountsLabel").contains(QStringLiteral("refused by the hub: 1")),
             qPrintable(labelText(m_panel.get(), "syncCountsLabel")));
    QCOMPARE(syncText(bad), QStringLiteral("Refused"));
    QCOMPARE(syncText(good), QStringLiteral("At the union above"));
}

void tst_SyncPanel::hubStoppedNamesTheHubAndKeepsTheChanges()
{
    enrollAndApproveDirectly();
    const QString id = createWorker(QStringLiteral("赵六"));
    m_http->stop(0);
    syncNowAndWait();
    const QString error = labelText(m_panel.get(), "syncErrorLabel");
    QVERIFY(!child<QLabel>(m_panel.get(), "syncErrorLabel")->isHidden());
    QVERIFY2(error.contains(QStringLiteral("127.0.0.1:%1").arg(m_port)), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("changes are kept")), qPrintable(error));
    QVERIFY2(labelText(m_panel.get(), "syncCountsLabel").startsWith(QStringLiteral("Waiting to be sent: 1 ")),
             qPrintable(labelText(m_panel.get(), "syncCountsLabel")));
    QCOMPARE(labelText(m_panel.get(), "syncProgressLabel"), QStringLiteral("Sync did not finish."));
    QCOMPARE(syncText(id), QStringLiteral("Waiting to send"));

    // The hub back: the next run sends it and the error goes.
    startHub();
    syncNowAndWait();
    QVERIFY(child<QLabel>(m_panel.get(), "syncErrorLabel")->isHidden());
    QCOMPARE(syncText(id), QStringLiteral("At the union above"));
}

void tst_SyncPanel::enrollDialogSaysWhatWentWrong_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("withCertificate");
    QTest::addColumn<int>("hubFailures");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no scheme") << "hub.example:8443" << false << 0 << "is not a hub address";
    QTest::newRow("plain http") << "http://127.0.0.1:8443" << false << 0 << "is not a hub address";
    QTest::newRow("empty") << "" << false << 0 << "is not a hub address";
    QTest::newRow("nobody listening") << "https://127.0.0.1:1" << true << 0 << "cannot be reached";
    QTest::newRow("hub refuses") << "https://127.0.0.1:%1" << true << 1 << "The hub did not take the request";
    QTest::newRow("certificate not trusted") << "https://127.0.0.1:%1" << false << 0 << "The hub did not take the request";
}

void tst_SyncPanel::enrollDialogSaysWhatWentWrong()
{
    QFETCH(QString, url);
    QFETCH(bool, withCertificate);
    QFETCH(int, hubFailures);
    QFETCH(QString, expected);
    if (url.contains(QLatin1String("%1")))
        url = url.arg(m_port);
    m_flaky->failures = hubFailures;
    EnrollDialog dialog(m_sync->client(), QString());
    dialog.show();
    child<QLineEdit>(&dialog, "enrollHubEdit")->setText(url);
    child<QLineEdit>(&dialog, "enrollCertificateEdit")->setText(withCertificate ? m_certFile : QString());
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(!dialog.requested());
    QVERIFY(dialog.isVisible()); // stays open to correct the address
    QVERIFY(!child<QLabel>(&dialog, "enrollError")->isHidden());
    const QString error = labelText(&dialog, "enrollError");
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY(child<QLabel>(&dialog, "enrollResult")->isHidden());
    QCOMPARE(m_sync->overview().enrollment, QStringLiteral("none"));
}

QTEST_MAIN(tst_SyncPanel)
#include "tst_syncpanel.moc"
