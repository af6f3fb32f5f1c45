// A reviewer's queue in the desktop (ReviewDialog), driven by object name against the hub in
// this process over TLS: the station's records listed as new, one record's fields, a return
// without a reason refused, a return with one reaching the station at its next sync. Rows are one
// line of text high, as in the other lists, the whole text in the tooltip.

#include "core/Clock.h"
#include "storage/Database.h"
#include "storage/NodeIdentity.h"
#include "storage/RecordStore.h"
#include "sync/HubDatabase.h"
#include "sync/HubHttp.h"
#include "sync/HubService.h"
#include "sync/SyncClient.h"
#include "sync/SyncKeys.h"
#include "sync/SyncLedger.h"
#include "ui/register/RegisterTerms.h"
#include "ui/sync/ReviewDialog.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace ud;

class tst_ReviewDialog : public QObject
{
    Q_OBJECT

private slots:
    void returnReachesTheStation();
};

void tst_ReviewDialog::returnReachesTheStation()
{
    QLoggingCategory::setFilterRules(QStringLiteral("uniondesk.*.info=false\nuniondesk.*.warning=false"));
    QTemporaryDir dir;
    const QString cli = qEnvironmentVariable("UD_CLI");
    QVERIFY2(QFileInfo(cli).isExecutable(), "UD_CLI (run through ctest)");
    const QString certFile = dir.filePath(QStringLiteral("hub.crt")), keyFile = dir.filePath(QStringLiteral("hub.key"));
    QProcess cert;
    cert.start(cli, {QStringLiteral("hub"), QStringLiteral("cert"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                     QStringLiteral("--out-cert"), certFile, QStringLiteral("--out-key"), keyFile});
    QVERIFY(cert.waitForFinished(60000) && cert.exitCode() == 0);
    QFile f(certFile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString pem = QString::fromLatin1(f.readAll());

    SystemClock clock;
    HubDbSettings settings;
    settings.path = dir.filePath(QStringLiteral("hub.db"));
    auto hubDb = HubDatabase::open(settings);
    QVERIFY(hubDb.ok());
    HubService service(*hubDb.value(), clock);
    QVERIFY(service.store().seedOrgUnits().ok());
    QVERIFY(service.store()
                .setIdentity(HubIdentityRow{QStringLiteral("0190f0a0-0000-7000-8000-0000000000d1"), QStringLiteral("110105"),
                                            QStringLiteral("district"), QStringLiteral("朝阳区总工会"),
                                            SyncKeys::generate().publicKeyBase64()})
                .ok());
    HubHttp http(service);
    QVERIFY(http.setTls(certFile, keyFile).ok());
    QVERIFY(http.listen(QHostAddress::LocalHost, 0).ok());
    const QString url = QStringLiteral("https://127.0.0.1:%1").arg(http.port());
    QNetworkAccessManager network;

    // A station with two workers at the hub.
    Database station;
    QVERIFY(station.open(dir.filePath(QStringLiteral("station.db")), Database::OpenMode::CreateIfMissing).ok());
    auto stationNode = NodeIdentity::initialize(station, QStringLiteral("110105015"), Tier::Street, QStringLiteral("八里庄"), clock);
    QVERIFY(stationNode.ok());
    RecordStore store(station, &clock);
    auto worker = store.create(QStringLiteral("workers"), {{QStringLiteral("name"), QStringLiteral("待审甲")}});
    QVERIFY(store.create(QStringLiteral("workers"), {{QStringLiteral("name"), QStringLiteral("待审乙")}}).ok());
    SyncClient stationSync(station, clock, network);
    QVERIFY(stationSync.enroll(url, pem).ok());
    QVERIFY(service.store().approve(stationNode.value().nodeId, QStringLiteral("desktop"), QString(), {}, QStringLiteral("admin")).ok());
    QVERIFY(stationSync.runAndWait().ok);

    // The district reviewer's desktop.
    Database reviewer;
    QVERIFY(reviewer.open(dir.filePath(QStringLiteral("reviewer.db")), Database::OpenMode::CreateIfMissing).ok());
    auto reviewerNode = NodeIdentity::initialize(reviewer, QStringLiteral("110105"), Tier::District, QStringLiteral("王审核"), clock);
    QVERIFY(reviewerNode.ok());
    SyncClient reviewerSync(reviewer, clock, network);
    QVERIFY(reviewerSync.enroll(url, pem).ok());
    QVERIFY(service.store().approve(reviewerNode.value().nodeId, QStringLiteral("reviewer"), QString(), {}, QStringLiteral("admin")).ok());

    ReviewDialog dialog(reviewer);
    RecordTermsSet::List terms;
    terms.push_back(std::make_unique<RegisterTerms>(reviewer));
    dialog.setTerms(std::move(terms));
    dialog.show();
    dialog.findChild<QComboBox *>(QStringLiteral("reviewTable"))->setCurrentIndex(1); // workers
    auto *queue = dialog.findChild<QTableWidget *>(QStringLiteral("reviewQueue"));
    QCOMPARE(queue->rowCount(), 2);
    QCOMPARE(queue->item(0, 0)->text(), QStringLiteral("待审甲"));
    // As compact as the other lists: a line of text and a small margin, not the style's double row.
    const int line = queue->fontMetrics().height();
    QVERIFY2(queue->rowHeight(0) <= line + 8, qPrintable(QStringLiteral("row %1, line %2").arg(queue->rowHeight(0)).arg(line)));
    QVERIFY(queue->visualRect(queue->model()->index(0, 0)).height() <= line + 8);
    QCOMPARE(queue->item(0, 0)->toolTip(), QStringLiteral("待审甲"));
    if (const QString shots = qEnvironmentVariable("UD_SCREENSHOT_DIR"); !shots.isEmpty()) { // to look at
        queue->selectRow(0);
        QVERIFY(dialog.grab().save(QDir(shots).filePath(QStringLiteral("reviewqueue.png"))));
        queue->clearSelection();
    }
    auto *returnButton = dialog.findChild<QPushButton *>(QStringLiteral("reviewReturn"));
    QVERIFY(!returnButton->isEnabled());
    queue->selectRow(0);
    QVERIFY(returnButton->isEnabled());
    auto *details = dialog.findChild<QTableWidget *>(QStringLiteral("reviewDetails"));
    QVERIFY(!details->findItems(QStringLiteral("待审甲"), Qt::MatchExactly).isEmpty());
    QVERIFY(details->rowCount() > 0);
    // The fields by the register's labels, not the columns' names.
    QVERIFY(!details->findItems(QStringLiteral("Name"), Qt::MatchExactly).isEmpty());
    QVERIFY(details->findItems(QStringLiteral("name"), Qt::MatchExactly).isEmpty());
    QVERIFY(details->findItems(QStringLiteral("created_at"), Qt::MatchExactly).isEmpty()); // every record's columns too
    QVERIFY2(details->rowHeight(0) <= line + 8, qPrintable(QString::number(details->rowHeight(0))));
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("reviewMessage"));
    returnButton->click(); // no reason
    QVERIFY2(!message->text().isEmpty(), "a return without a reason says why it was refused");
    QCOMPARE(queue->rowCount(), 2);
    dialog.findChild<QLineEdit *>(QStringLiteral("reviewReason"))->setText(QStringLiteral("缺少联系电话"));
    queue->selectRow(0);
    returnButton->click();
    QCOMPARE(queue->rowCount(), 1); // the returned one left the pending queue
    QVERIFY(stationSync.runAndWait().ok);
    QCOMPARE(SyncLedger(station, clock).states(QStringLiteral("workers"), {worker.value().id}).value(worker.value().id),
             RecordSyncState::Returned);

    // The same person registered by another street: a pair to judge, not an error.
    QVERIFY(store.create(QStringLiteral("workers"), {{QStringLiteral("name"), QStringLiteral("张伟")},
                                                     {QStringLiteral("id_number"), QStringLiteral("11010519491231002X")}})
                .ok());
    QVERIFY(stationSync.runAndWait().ok);
    Database other;
    QVERIFY(other.open(dir.filePath(QStringLiteral("other.db")), Database::OpenMode::CreateIfMissing).ok());
    auto otherNode = NodeIdentity::initialize(other, QStringLiteral("110105021"), Tier::Street, QStringLiteral("另一街道"), clock);
    QVERIFY(otherNode.ok());
    RecordStore otherStore(other, &clock);
    QVERIFY(otherStore.create(QStringLiteral("workers"), {{QStringLiteral("name"), QStringLiteral("张伟")},
                                                          {QStringLiteral("id_number"), QStringLiteral("11010519491231002X")}})
                .ok());
    SyncClient otherSync(other, clock, network);
    QVERIFY(otherSync.enroll(url, pem).ok());
    QVERIFY(service.store().approve(otherNode.value().nodeId, QStringLiteral("desktop"), QString(), {}, QStringLiteral("admin")).ok());
    QVERIFY(otherSync.runAndWait().ok);
    dialog.findChild<QTabWidget *>(QStringLiteral("reviewTabs"))->setCurrentIndex(1);
    auto *pairs = dialog.findChild<QTableWidget *>(QStringLiteral("reviewPairs"));
    QCOMPARE(pairs->rowCount(), 1);
    QCOMPARE(pairs->item(0, 0)->text(), QStringLiteral("张伟"));
    QVERIFY2(pairs->rowHeight(0) <= line + 8, qPrintable(QString::number(pairs->rowHeight(0))));
    QVERIFY(pairs->item(0, 4)->text().contains(QLatin1Char('*'))); // masked
    auto *same = dialog.findChild<QPushButton *>(QStringLiteral("reviewPairSame"));
    QVERIFY(!same->isEnabled());
    pairs->selectRow(0);
    same->click();
    QCOMPARE(pairs->rowCount(), 0);
}

QTEST_MAIN(tst_ReviewDialog)
#include "tst_reviewdialog.moc"
