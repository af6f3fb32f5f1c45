// Tests for ud::CommandFacade and its undo commands (design §2, §3): every edit, undo and redo
// is a new version of the record with exactly one audit entry and one outbox row, versions only
// increase, and an undo that meets a record changed elsewhere fails cleanly without writing.

#include "commands/CommandFacade.h"
#include "core/Clock.h"
#include "core/CreditCode.h"
#include "storage/Database.h"
#include "storage/NodeIdentity.h"
#include "storage/RecordStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace ud;

namespace {

const QString kOrgUnits = QStringLiteral("org_units");
const QString kStation = QStringLiteral("110105015");

// A valid unified social credit code of a grassroots union in Chaoyang with the given
// nine-character organisation code.
QString unionCode(const QString &org9)
{
    const QString first17 = QStringLiteral("81110105") + org9;
    const QChar check = CreditCode::checkCharacter(first17);
    return first17 + (check.isNull() ? QLatin1Char('?') : check); // '?': org9 outside the alphabet
}

struct AuditRow
{
    QString recordId;
    QString action;
    qint64 version = 0;
    QJsonObject changes;
    QString reason;
};

struct OutboxRow
{
    QString table;
    QString recordId;
    qint64 version = 0;
};

} // namespace

class tst_CommandFacade : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void cycle_data();
    void cycle();
    void undoStackSignals();
    void commandsOnOneRecordUndoInOrder_data();
    void commandsOnOneRecordUndoInOrder();
    void changedElsewhere_data();
    void changedElsewhere();
    void failedEditsPushNothing();
    void unchangedEditPushesNothing();

private:
    qint64 count(const QString &sql);
    AuditRow lastAudit();
    OutboxRow lastOutbox();
    Record current(const QString &id);
    QString createDirect(const QString &org9, const QString &name);
    QVariantMap unitFields(const QString &org9, const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RecordStore> m_store;
    std::unique_ptr<CommandFacade> m_facade;
};

void tst_CommandFacade::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("uniondesk.*.info=false"));
}

void tst_CommandFacade::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    m_db = std::make_unique<Database>();
    const Status opened = m_db->open(m_dir->filePath(QStringLiteral("node.db")), Database::OpenMode::CreateIfMissing);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    const auto node = NodeIdentity::initialize(*m_db, kStation, Tier::Street, QStringLiteral("测试站"), *m_clock);
    QVERIFY2(node.ok(), qPrintable(node.error()));
    m_store = std::make_unique<RecordStore>(*m_db, m_clock.get());
    m_store->setActor(QStringLiteral("tester"));
    m_facade = std::make_unique<CommandFacade>(*m_store);
}

void tst_CommandFacade::cleanup()
{
    m_facade.reset();
    m_store.reset();
    m_db.reset();
    m_clock.reset();
    m_dir.reset();
}

qint64 tst_CommandFacade::count(const QString &sql)
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

AuditRow tst_CommandFacade::lastAudit()
{
    AuditRow row;
    QSqlQuery q(m_db->connection());
    if (q.exec(QStringLiteral("SELECT record_id, action, version, changes, reason FROM audit_log "
                              "ORDER BY seq DESC LIMIT 1"))
        && q.next()) {
        row.recordId = q.value(0).toString();
        row.action = q.value(1).toString();
        row.version = q.value(2).toLongLong();
        row.changes = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
        row.reason = q.value(4).toString();
    }
    return row;
}

OutboxRow tst_CommandFacade::lastOutbox()
{
    OutboxRow row;
    QSqlQuery q(m_db->connection());
    if (q.exec(QStringLiteral("SELECT table_name, record_id, version FROM outbox ORDER BY seq DESC LIMIT 1"))
        && q.next()) {
        row.table = q.value(0).toString();
        row.recordId = q.value(1).toString();
        row.version = q.value(2).toLongLong();
    }
    return row;
}

Record tst_CommandFacade::current(const QString &id)
{
    auto rec = m_store->get(kOrgUnits, id);
    if (!rec)
        qWarning("record %s: %s", qPrintable(id), qPrintable(rec.error()));
    return rec ? rec.value() : Record();
}

QVariantMap tst_CommandFacade::unitFields(const QString &org9, const QString &name) const
{
    return {{QStringLiteral("code"), unionCode(org9)},
            {QStringLiteral("name"), name},
            {QStringLiteral("short_name"), name.left(6)},
            {QStringLiteral("parent_code"), kStation},
            {QStringLiteral("tier"), QStringLiteral("enterprise")},
            {QStringLiteral("org_unit"), kStation}};
}

// A unit written straight through the store, so the undo stack stays empty.
QString tst_CommandFacade::createDirect(const QString &org9, const QString &name)
{
    auto rec = m_store->create(kOrgUnits, unitFields(org9, name));
    if (!rec) {
        qWarning("create failed: %s", qPrintable(rec.error()));
        return {};
    }
    return rec.value().id;
}

// One command kind, then undo/redo twice: each step is one new version, one audit entry and one
// outbox row; undo/redo entries carry a reason that says so.
void tst_CommandFacade::cycle_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("doneAction");   // audit action of the edit itself
    QTest::addColumn<QString>("undoAction");
    QTest::addColumn<QString>("redoAction");
    QTest::addColumn<bool>("deletedAfterDo");
    QTest::addColumn<QString>("nameAfterDo");
    QTest::addColumn<bool>("deletedAfterUndo");
    QTest::addColumn<QString>("nameAfterUndo");

    const QString before = QStringLiteral("北京甲乙科技有限公司工会委员会");
    const QString after = QStringLiteral("北京丙丁科技有限公司工会委员会");
    QTest::newRow("create") << QStringLiteral("create") << QStringLiteral("create") << QStringLiteral("delete")
                            << QStringLiteral("undelete") << false << before << true << before;
    QTest::newRow("edit") << QStringLiteral("edit") << QStringLiteral("update") << QStringLiteral("update")
                          << QStringLiteral("update") << false << after << false << before;
    QTest::newRow("delete") << QStringLiteral("delete") << QStringLiteral("delete") << QStringLiteral("undelete")
                            << QStringLiteral("delete") << true << before << false << before;
}

void tst_CommandFacade::cycle()
{
    QFETCH(QString, kind);
    QFETCH(QString, doneAction);
    QFETCH(QString, undoAction);
    QFETCH(QString, redoAction);
    QFETCH(bool, deletedAfterDo);
    QFETCH(QString, nameAfterDo);
    QFETCH(bool, deletedAfterUndo);
    QFETCH(QString, nameAfterUndo);

    const QString before = QStringLiteral("北京甲乙科技有限公司工会委员会");
    const QString after = QStringLiteral("北京丙丁科技有限公司工会委员会");
    const QString description = QStringLiteral("step under test");
    const QString nameKey = QStringLiteral("name");

    QString id;
    if (kind != QLatin1String("create")) {
        id = createDirect(QStringLiteral("0000CYC01"), before);
        QVERIFY(!id.isEmpty());
    }
    QSignalSpy changed(m_facade.get(), &CommandFacade::recordChanged);
    QSignalSpy failed(m_facade.get(), &CommandFacade::commandFailed);
    QUndoStack *stack = m_facade->undoStack();
    QCOMPARE(stack->count(), 0);

    qint64 audits = count(QStringLiteral("SELECT count(*) FROM audit_log"));
    qint64 outbox = count(QStringLiteral("SELECT count(*) FROM outbox"));
    qint64 lastVersion = id.isEmpty() ? 0 : current(id).version;

    Result<Record> done = Result<Record>::failure(QStringLiteral("not run"));
    if (kind == QLatin1String("create"))
        done = m_facade->createRecord(kOrgUnits, unitFields(QStringLiteral("0000CYC01"), before), description,
                                      QStringLiteral("new member union"));
    else if (kind == QLatin1String("edit"))
        done = m_facade->editRecord(kOrgUnits, id, lastVersion, {{nameKey, after}}, description,
                                    QStringLiteral("renamed by its members"));
    else
        done = m_facade->deleteRecord(kOrgUnits, id, lastVersion, description, QStringLiteral("dissolved"));
    QVERIFY2(done.ok(), qPrintable(done.error()));
    id = done.value().id;

    // Checks one step: the row, exactly one new audit entry and outbox row, the signals.
    auto verifyStep = [&](const QString &action, const QString &reasonPrefix, bool deleted, const QString &name) {
        const Record rec = current(id);
        QVERIFY2(rec.version > lastVersion, qPrintable(QStringLiteral("version %1 after %2").arg(rec.version).arg(lastVersion)));
        QCOMPARE(rec.version, lastVersion + 1);
        lastVersion = rec.version;
        QCOMPARE(rec.deleted, deleted);
        QCOMPARE(rec.value(QStringLiteral("deleted")).toInt(), deleted ? 1 : 0);
        QCOMPARE(rec.value(nameKey).toString(), name);

        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log")), audits + 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), outbox + 1);
        audits += 1;
        outbox += 1;
        const AuditRow audit = lastAudit();
        QCOMPARE(audit.recordId, id);
        QCOMPARE(audit.action, action);
        QCOMPARE(audit.version, rec.version);
        QVERIFY2(audit.reason.startsWith(reasonPrefix),
                 qPrintable(QStringLiteral("reason \"%1\" does not start with \"%2\"").arg(audit.reason, reasonPrefix)));
        const OutboxRow out = lastOutbox();
        QCOMPARE(out.table, kOrgUnits);
        QCOMPARE(out.recordId, id);
        QCOMPARE(out.version, rec.version);

        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), kOrgUnits);
        QCOMPARE(changed.at(0).at(1).toString(), id);
        changed.clear();
        QCOMPARE(failed.count(), 0);
    };

    const QString doneReason = kind == QLatin1String("create") ? QStringLiteral("new member union")
                               : kind == QLatin1String("edit") ? QStringLiteral("renamed by its members")
                                                               : QStringLiteral("dissolved");
    verifyStep(doneAction, doneReason, deletedAfterDo, nameAfterDo);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(stack->count(), 1);
    QVERIFY(stack->canUndo());
    QVERIFY(!stack->canRedo());
    QCOMPARE(stack->undoText(), description);

    for (int round = 0; round < 2; ++round) {
        stack->undo();
        verifyStep(undoAction, QStringLiteral("Undo"), deletedAfterUndo, nameAfterUndo);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!stack->canUndo());
        QVERIFY(stack->canRedo());
        QCOMPARE(stack->redoText(), description);
        if (kind == QLatin1String("edit")) {
            const QJsonArray pair = lastAudit().changes.value(nameKey).toArray();
            QCOMPARE(pair.at(0).toString(), after);
            QCOMPARE(pair.at(1).toString(), before);
        }

        stack->redo();
        verifyStep(redoAction, QStringLiteral("Redo"), deletedAfterDo, nameAfterDo);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(stack->canUndo());
        QVERIFY(!stack->canRedo());
        QCOMPARE(stack->count(), 1);
    }
}

void tst_CommandFacade::undoStackSignals()
{
    QUndoStack *stack = m_facade->undoStack();
    QSignalSpy canUndo(stack, &QUndoStack::canUndoChanged);
    QSignalSpy canRedo(stack, &QUndoStack::canRedoChanged);
    QSignalSpy undoText(stack, &QUndoStack::undoTextChanged);
    QSignalSpy redoText(stack, &QUndoStack::redoTextChanged);
    QSignalSpy index(stack, &QUndoStack::indexChanged);

    const QString description = QStringLiteral("Add 北京示例工会");
    auto created = m_facade->createRecord(kOrgUnits, unitFields(QStringLiteral("0000UAG01"), QStringLiteral("北京示例工会")),
                                          description);
    QVERIFY2(created.ok(), qPrintable(created.error()));
    QVERIFY(!canUndo.isEmpty());
    QCOMPARE(canUndo.last().at(0).toBool(), true);
    QVERIFY(!undoText.isEmpty());
    QCOMPARE(undoText.last().at(0).toString(), description);
    QVERIFY(!index.isEmpty());
    QCOMPARE(index.last().at(0).toInt(), 1);

    canUndo.clear();
    canRedo.clear();
    redoText.clear();
    index.clear();
    stack->undo();
    QVERIFY(!canUndo.isEmpty());
    QCOMPARE(canUndo.last().at(0).toBool(), false);
    QVERIFY(!canRedo.isEmpty());
    QCOMPARE(canRedo.last().at(0).toBool(), true);
    QVERIFY(!redoText.isEmpty());
    QCOMPARE(redoText.last().at(0).toString(), description);
    QCOMPARE(index.last().at(0).toInt(), 0);

    canUndo.clear();
    canRedo.clear();
    stack->redo();
    QCOMPARE(canUndo.last().at(0).toBool(), true);
    QCOMPARE(canRedo.last().at(0).toBool(), false);
    QCOMPARE(stack->index(), 1);
}

// Several commands on the same record: each undo/redo must start from the version the
// previous command wrote, so the whole stack can be walked back and forth.
void tst_CommandFacade::commandsOnOneRecordUndoInOrder_data()
{
    QTest::addColumn<bool>("createThroughFacade");
    QTest::addColumn<QStringList>("names"); // successive names; the first is the created one

    QTest::newRow("create then rename") << true
                                        << QStringList{QStringLiteral("北京一号公司工会委员会"),
                                                       QStringLiteral("北京二号公司工会委员会")};
    QTest::newRow("two renames") << false
                                 << QStringList{QStringLiteral("北京一号公司工会委员会"),
                                                QStringLiteral("北京二号公司工会委员会"),
                                                QStringLiteral("北京三号公司工会委员会")};
}

void tst_CommandFacade::commandsOnOneRecordUndoInOrder()
{
    QFETCH(bool, createThroughFacade);
    QFETCH(QStringList, names);
    const QString nameKey = QStringLiteral("name");

    QString id;
    if (createThroughFacade) {
        auto rec = m_facade->createRecord(kOrgUnits, unitFields(QStringLiteral("0000RDR01"), names.first()),
                                          QStringLiteral("create"));
        QVERIFY2(rec.ok(), qPrintable(rec.error()));
        id = rec.value().id;
    } else {
        id = createDirect(QStringLiteral("0000RDR01"), names.first());
        QVERIFY(!id.isEmpty());
    }
    for (int i = 1; i < names.size(); ++i) {
        auto rec = m_facade->editRecord(kOrgUnits, id, current(id).version, {{nameKey, names.at(i)}},
                                        QStringLiteral("rename %1").arg(i));
        QVERIFY2(rec.ok(), qPrintable(rec.error()));
    }
    QSignalSpy failed(m_facade.get(), &CommandFacade::commandFailed);
    QUndoStack *stack = m_facade->undoStack();
    const int commands = stack->count();
    qint64 version = current(id).version;

    // Walk all the way back...
    for (int step = commands; step > 0; --step) {
        stack->undo();
        QVERIFY2(failed.isEmpty(), qPrintable(QStringLiteral("undo %1 of %2 failed: %3")
                                                  .arg(commands - step + 1)
                                                  .arg(commands)
                                                  .arg(failed.isEmpty() ? QString() : failed.first().at(0).toString())));
        const Record rec = current(id);
        QCOMPARE(rec.version, version + 1);
        version = rec.version;
        if (createThroughFacade && step == 1) {
            QVERIFY(rec.deleted);
        } else {
            QVERIFY(!rec.deleted);
            QCOMPARE(rec.value(nameKey).toString(), names.at(createThroughFacade ? step - 2 : step - 1));
        }
    }
    QCOMPARE(stack->count(), commands);
    QVERIFY(!stack->canUndo());
    // ...and forward again.
    for (int step = 1; step <= commands; ++step) {
        stack->redo();
        QVERIFY2(failed.isEmpty(), qPrintable(failed.isEmpty() ? QString() : failed.first().at(0).toString()));
        const Record rec = current(id);
        QCOMPARE(rec.version, version + 1);
        version = rec.version;
        QVERIFY(!rec.deleted);
        QCOMPARE(rec.value(nameKey).toString(), names.at(createThroughFacade ? step - 1 : step));
    }
    QVERIFY(!stack->canRedo());
    QCOMPARE(current(id).value(nameKey).toString(), names.last());
}

// Someone else (sync, another window) changed the record after the command: replaying the
// command must fail cleanly — a message, the command dropped, nothing written.
void tst_CommandFacade::changedElsewhere_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("failOnRedo");

    QTest::newRow("undo create") << QStringLiteral("create") << false;
    QTest::newRow("undo edit") << QStringLiteral("edit") << false;
    QTest::newRow("undo delete") << QStringLiteral("delete") << false;
    QTest::newRow("redo edit") << QStringLiteral("edit") << true;
    QTest::newRow("redo delete") << QStringLiteral("delete") << true;
}

void tst_CommandFacade::changedElsewhere()
{
    QFETCH(QString, kind);
    QFETCH(bool, failOnRedo);
    const QString nameKey = QStringLiteral("name");
    const QString shortKey = QStringLiteral("short_name");

    QString id;
    if (kind == QLatin1String("create")) {
        auto rec = m_facade->createRecord(kOrgUnits, unitFields(QStringLiteral("0000ELE01"), QStringLiteral("北京原名公司工会委员会")),
                                          QStringLiteral("create"));
        QVERIFY2(rec.ok(), qPrintable(rec.error()));
        id = rec.value().id;
    } else {
        id = createDirect(QStringLiteral("0000ELE01"), QStringLiteral("北京原名公司工会委员会"));
        QVERIFY(!id.isEmpty());
        auto rec = kind == QLatin1String("edit")
                       ? m_facade->editRecord(kOrgUnits, id, 1, {{nameKey, QStringLiteral("北京新名公司工会委员会")}},
                                              QStringLiteral("rename"))
                       : m_facade->deleteRecord(kOrgUnits, id, 1, QStringLiteral("delete"));
        QVERIFY2(rec.ok(), qPrintable(rec.error()));
    }
    QUndoStack *stack = m_facade->undoStack();
    if (failOnRedo) {
        stack->undo();
        QVERIFY(stack->canRedo());
    }

    // The change made elsewhere, straight through the store. A deleted record can only be
    // undeleted; a live one gets a new short name.
    const Record before = current(id);
    auto elsewhere = before.deleted ? m_store->undelete(kOrgUnits, id, before.version, QStringLiteral("elsewhere"))
                                    : m_store->update(kOrgUnits, id, before.version,
                                                      {{shortKey, QStringLiteral("别处改过")}}, QStringLiteral("elsewhere"));
    QVERIFY2(elsewhere.ok(), qPrintable(elsewhere.error()));

    const Record moved = current(id);
    const qint64 audits = count(QStringLiteral("SELECT count(*) FROM audit_log"));
    const qint64 outbox = count(QStringLiteral("SELECT count(*) FROM outbox"));
    const int commands = stack->count();
    QSignalSpy changed(m_facade.get(), &CommandFacade::recordChanged);
    QSignalSpy failed(m_facade.get(), &CommandFacade::commandFailed);

    if (failOnRedo)
        stack->redo();
    else
        stack->undo();

    QCOMPARE(failed.count(), 1);
    QVERIFY(!failed.first().at(0).toString().trimmed().isEmpty());
    QCOMPARE(changed.count(), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log")), audits);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), outbox);
    const Record after = current(id);
    QCOMPARE(after.version, moved.version);
    QCOMPARE(after.deleted, moved.deleted);
    QCOMPARE(after.value(nameKey), moved.value(nameKey));
    QCOMPARE(after.value(shortKey), moved.value(shortKey));
    // The obsolete command is dropped: nothing left to undo or redo with it.
    QCOMPARE(stack->count(), commands - 1);
    QVERIFY(!stack->canUndo());
    QVERIFY(!stack->canRedo());
}

void tst_CommandFacade::failedEditsPushNothing()
{
    const QString id = createDirect(QStringLiteral("0000FAL01"), QStringLiteral("北京已有公司工会委员会"));
    QVERIFY(!id.isEmpty());
    QSignalSpy changed(m_facade.get(), &CommandFacade::recordChanged);
    const qint64 audits = count(QStringLiteral("SELECT count(*) FROM audit_log"));
    const qint64 outbox = count(QStringLiteral("SELECT count(*) FROM outbox"));

    // Same code again: refused by the UNIQUE constraint.
    auto dup = m_facade->createRecord(kOrgUnits, unitFields(QStringLiteral("0000FAL01"), QStringLiteral("重复")),
                                      QStringLiteral("dup"));
    QVERIFY(!dup.ok());
    QVERIFY(!dup.error().isEmpty());
    // Stale base version.
    auto stale = m_facade->editRecord(kOrgUnits, id, 7, {{QStringLiteral("name"), QStringLiteral("过期")}},
                                      QStringLiteral("stale"));
    QVERIFY(!stale.ok());
    // Unknown field and unknown record.
    auto field = m_facade->editRecord(kOrgUnits, id, 1, {{QStringLiteral("no_such_field"), 1}}, QStringLiteral("bad"));
    QVERIFY(!field.ok());
    auto missing = m_facade->deleteRecord(kOrgUnits, QStringLiteral("no-such-id"), 1, QStringLiteral("missing"));
    QVERIFY(!missing.ok());

    QCOMPARE(m_facade->undoStack()->count(), 0);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log")), audits);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), outbox);
    QCOMPARE(current(id).version, qint64(1));
}

void tst_CommandFacade::unchangedEditPushesNothing()
{
    const QString name = QStringLiteral("北京不变公司工会委员会");
    const QString id = createDirect(QStringLiteral("0000KAM01"), name);
    QVERIFY(!id.isEmpty());
    const qint64 audits = count(QStringLiteral("SELECT count(*) FROM audit_log"));
    auto same = m_facade->editRecord(kOrgUnits, id, 1, {{QStringLiteral("name"), name}}, QStringLiteral("same"));
    QVERIFY2(same.ok(), qPrintable(same.error()));
    QCOMPARE(same.value().version, qint64(1));
    QCOMPARE(m_facade->undoStack()->count(), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log")), audits);
}

QTEST_GUILESS_MAIN(tst_CommandFacade)
#include "tst_commandfacade.moc"
