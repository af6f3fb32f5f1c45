// The hub administrator's window (HubAdminDialog), driven by object name on a real hub folder made
// by `uniondesk-cli hub init` (UD_CLI): a node asking to enroll shows with its key fingerprint;
// a badly written number block is refused in plain words; approving sets the kind, unit and
// blocks; revoking ends the enrollment.

#include "core/Clock.h"
#include "sync/HubConfig.h"
#include "sync/HubDatabase.h"
#include "sync/HubSetup.h"
#include "sync/HubStore.h"
#include "sync/SyncKeys.h"
#include "sync/SyncMessages.h"
#include "ui/sync/HubAdminDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace ud;

class tst_HubAdminDialog : public QObject
{
    Q_OBJECT

private slots:
    void approveAndRevoke();
};

void tst_HubAdminDialog::approveAndRevoke()
{
    QTemporaryDir dir;
    const QString cli = qEnvironmentVariable("UD_CLI");
    QVERIFY2(QFileInfo(cli).isExecutable(), "UD_CLI (run through ctest)");
    QProcess init;
    init.start(cli, {QStringLiteral("hub"), QStringLiteral("init"), QStringLiteral("--dir"), dir.filePath(QStringLiteral("hub")),
                     QStringLiteral("--org-unit"), QStringLiteral("110105")});
    QVERIFY(init.waitForFinished(60000));
    QVERIFY2(init.exitCode() == 0, init.readAllStandardError().constData());
    const QString conf = dir.filePath(QStringLiteral("hub/hub.conf"));

    // A station asks to enroll.
    const SyncKeys keys = SyncKeys::generate();
    const QString node = QStringLiteral("0190f0a0-0000-7000-8000-00000000a001");
    {
        auto config = HubConfig::load(conf);
        QVERIFY(config.ok());
        auto db = HubSetup::openDatabase(config.value());
        QVERIFY(db.ok());
        SystemClock clock;
        HubStore store(*db.value(), clock);
        EnrollRequest e;
        e.nodeId = node;
        e.orgUnit = QStringLiteral("110105015");
        e.displayName = QStringLiteral("八里庄街道工会服务站");
        e.madeAt = clock.nowUtc();
        e.sign(keys);
        QVERIFY(store.requestEnrollment(e.toJson(), keys.publicKeyBase64()).ok());
    }

    HubAdminDialog dialog;
    dialog.show();
    QVERIFY(dialog.openHub(conf));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("hubAdminHubLabel"))->text().contains(QStringLiteral("110105")));
    auto *nodes = dialog.findChild<QTableWidget *>(QStringLiteral("hubAdminNodes"));
    QCOMPARE(nodes->rowCount(), 1);
    QCOMPARE(nodes->item(0, 4)->text(), keys.fingerprint());
    auto *approve = dialog.findChild<QPushButton *>(QStringLiteral("hubAdminApprove"));
    QVERIFY(!approve->isEnabled()); // nothing chosen yet
    nodes->selectRow(0);
    QVERIFY(approve->isEnabled());
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("hubAdminUnit"))->text(), QStringLiteral("110105015"));
    auto *blocks = dialog.findChild<QLineEdit *>(QStringLiteral("hubAdminBlocks"));
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("hubAdminMessage"));
    blocks->setText(QStringLiteral("mediation_case:200-101"));
    approve->click();
    QVERIFY2(message->text().contains(QStringLiteral("SERIES:FIRST-LAST")), qPrintable(message->text()));
    blocks->setText(QStringLiteral("mediation_case:101-200"));
    approve->click();
    QVERIFY2(message->text().contains(QStringLiteral("Approved")), qPrintable(message->text()));
    {
        auto config = HubConfig::load(conf);
        auto db = HubSetup::openDatabase(config.value());
        SystemClock clock;
        HubStore store(*db.value(), clock);
        const auto n = store.node(node);
        QVERIFY(n.has_value());
        QCOMPARE(n->status, QStringLiteral("approved"));
        QCOMPARE(n->kind, QStringLiteral("desktop"));
        QCOMPARE(n->blocks.size(), 1);
        QCOMPARE(n->blocks.at(0).toObject().value(QStringLiteral("first")).toInteger(), 101);
    }
    nodes->selectRow(0);
    dialog.findChild<QPushButton *>(QStringLiteral("hubAdminRevoke"))->click();
    QVERIFY2(message->text().contains(QStringLiteral("Revoked")), qPrintable(message->text()));
    // A file that is not a hub configuration: the reason, nothing opened.
    QVERIFY(!dialog.openHub(dir.filePath(QStringLiteral("absent.conf"))));
    QCOMPARE(nodes->rowCount(), 0);
    QVERIFY(message->text().contains(QStringLiteral("absent.conf")));
}

QTEST_MAIN(tst_HubAdminDialog)
#include "tst_hubadmindialog.moc"
