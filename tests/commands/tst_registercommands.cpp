// Tests for ud::RegisterCommands and the typed writes of ud::RegisterService on a real node
// database: nothing the validator refuses is written (by the service as by the commands), an
// edit writes only what changed and its undo and redo are new audited versions, an edit that
// changes nothing pushes nothing, a merge cannot be undone and the facade says why, and a batch
// is checked row by row with one read of the employers.
#include "commands/CommandFacade.h"
#include "core/Clock.h"
#include "core/ResidentId.h"
#include "register/RegisterCommands.h"
#include "register/RegisterRepository.h"
#include "register/RegisterService.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/NodeIdentity.h"
#include "storage/RecordStore.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace ud;

namespace {

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QString residentId(const QDate &birth, int sequence)
{
    const QString first17 = QStringLiteral("110105") + birth.toString(QStringLiteral("yyyyMMdd"))
        + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    return first17 + ResidentId::checkDigit(first17);
}

Worker worker(const QString &name, const QString &idNumber)
{
    Worker w;
    w.name = name;
    w.idNumber = idNumber;
    w.phone = QStringLiteral("13800138000");
    return w;
}

} // namespace

class tst_RegisterCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void refusedWhenTheValidatorRefuses();
    void serviceRefusesAsTheCommandsDo();
    void importRowsOnlyAsChecked();
    void undoOfAWorkerEditIsANewAuditedVersion();
    void unchangedEditPushesNothing();
    void employerEditAndUndo();
    void mergeCannotBeUndone();
    void batchChecksEveryRow();

private:
    int auditEntries(const QString &table, const QString &id) const
    {
        return int(AuditLog::forRecord(m_db->connection(), table, id).size());
    }
    int rows(const QString &table) const
    {
        QSqlQuery q(m_db->connection());
        return q.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE deleted = 0").arg(table)) && q.next()
            ? q.value(0).toInt()
            : -1;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RecordStore> m_store;
    std::unique_ptr<CommandFacade> m_facade;
    std::unique_ptr<RegisterCommands> m_commands;
};

void tst_RegisterCommands::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("uniondesk.*.info=false"));
}

void tst_RegisterCommands::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("node.db")), Database::OpenMode::CreateIfMissing).ok());
    QVERIFY(NodeIdentity::initialize(*m_db, QStringLiteral("110105015"), Tier::Street, u("八里庄街道工会服务站"),
                                     SystemClock())
                .ok());
    m_store = std::make_unique<RecordStore>(*m_db);
    m_store->setActor(QStringLiteral("officer1"));
    m_facade = std::make_unique<CommandFacade>(*m_store);
    m_commands = std::make_unique<RegisterCommands>(*m_facade);
}

void tst_RegisterCommands::cleanup()
{
    m_commands.reset();
    m_facade.reset();
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

void tst_RegisterCommands::refusedWhenTheValidatorRefuses()
{
    // A resident ID number whose check digit is wrong.
    QString bad = residentId(QDate(1985, 6, 1), 21);
    bad[17] = bad.at(17) == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
    auto refused = m_commands->addWorker(worker(u("王芳"), bad));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.errors.size(), 1);
    QCOMPARE(refused.errors.first().field, QStringLiteral("id_number"));
    QCOMPARE(rows(QStringLiteral("workers")), 0);
    QCOMPARE(m_facade->undoStack()->count(), 0);

    // An edit the validator refuses leaves the stored worker as it was.
    auto added = m_commands->addWorker(worker(u("王芳"), residentId(QDate(1985, 6, 1), 21)));
    QVERIFY2(added.ok(), qPrintable(added.message()));
    Worker w = *RegisterRepository(*m_db).worker(added.id);
    w.phone = QStringLiteral("call me");
    w.employerId = QStringLiteral("no-such-employer");
    auto edit = m_commands->saveWorker(w);
    QVERIFY(!edit.ok());
    QStringList fields;
    for (const FieldError &e : edit.errors)
        fields << e.field;
    QCOMPARE(fields, QStringList({QStringLiteral("employer_id"), QStringLiteral("phone")}));
    QCOMPARE(RegisterRepository(*m_db).worker(added.id)->phone, QStringLiteral("13800138000"));
    QCOMPARE(RegisterRepository(*m_db).worker(added.id)->version, qint64(1));
    QCOMPARE(m_facade->undoStack()->count(), 1);
}

// The importer's way in: a row checked by the service is written only when the check passed,
// and nothing but the service can make a checked row.
void tst_RegisterCommands::importRowsOnlyAsChecked()
{
    RegisterService service(*m_store);
    QString bad = residentId(QDate(1985, 6, 1), 31);
    bad[17] = bad.at(17) == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
    const auto refusedRow = service.checkWorkerFields({{QStringLiteral("name"), u("赵敏")}, {QStringLiteral("id_number"), bad}});
    QVERIFY(!refusedRow.ok());
    const auto refused = service.createChecked(refusedRow);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.errors.first().field, QStringLiteral("id_number"));
    QVERIFY(!service.createChecked(RegisterService::Checked()).ok()); // never checked
    QCOMPARE(rows(QStringLiteral("workers")), 0);

    const auto goodRow = service.checkWorkerFields(
        {{QStringLiteral("name"), u(" 赵敏 ")}, {QStringLiteral("id_number"), residentId(QDate(1985, 6, 1), 31)}});
    QVERIFY(goodRow.ok());
    QCOMPARE(goodRow.fields().value(QStringLiteral("name")).toString(), u("赵敏")); // normalised
    const auto written = service.createChecked(goodRow);
    QVERIFY2(written.ok(), qPrintable(written.message()));
    QCOMPARE(rows(QStringLiteral("workers")), 1);
    QCOMPARE(RegisterRepository(*m_db).worker(written.id)->birthDate, QDate(1985, 6, 1));
}

void tst_RegisterCommands::serviceRefusesAsTheCommandsDo()
{
    RegisterService service(*m_store);
    auto refused = service.createWorker(worker(QStringLiteral("   "), QString()));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.errors.first().field, QStringLiteral("name"));
    Employer e;
    e.name = u("北京鑫达建筑工程有限公司");
    e.employeeCount = -5;
    auto employer = service.createEmployer(e);
    QVERIFY(!employer.ok());
    QCOMPARE(employer.errors.first().field, QStringLiteral("employee_count"));
    QCOMPARE(rows(QStringLiteral("workers")) + rows(QStringLiteral("employers")), 0);
}

void tst_RegisterCommands::undoOfAWorkerEditIsANewAuditedVersion()
{
    auto added = m_commands->addWorker(worker(u("李建国"), residentId(QDate(1979, 2, 3), 33)));
    QVERIFY2(added.ok(), qPrintable(added.message()));
    Worker w = *RegisterRepository(*m_db).worker(added.id);
    QCOMPARE(w.sex, QStringLiteral("male")); // derived from the ID number by the service
    QCOMPARE(w.birthDate, QDate(1979, 2, 3));
    w.post = u("钢筋工");
    w.phone = QStringLiteral("010-8888 6666");
    QSignalSpy changed(m_facade.get(), &CommandFacade::recordChanged);
    auto edited = m_commands->saveWorker(w);
    QVERIFY2(edited.ok(), qPrintable(edited.message()));
    QVERIFY(edited.changed);
    QCOMPARE(edited.version, qint64(2));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_facade->undoStack()->undoText(), u("Edit worker 李建国"));

    m_facade->undoStack()->undo();
    Worker back = *RegisterRepository(*m_db).worker(added.id);
    QCOMPARE(back.post, QString());
    QCOMPARE(back.phone, QStringLiteral("13800138000"));
    QCOMPARE(back.version, qint64(3)); // a new version, not a rewrite
    const auto history = AuditLog::forRecord(m_db->connection(), QStringLiteral("workers"), added.id);
    QCOMPARE(history.size(), 3);
    QCOMPARE(history.last().action, QStringLiteral("update"));
    QCOMPARE(history.last().reason, u("Undo: Edit worker 李建国"));
    QCOMPARE(history.last().actor, QStringLiteral("officer1"));
    QVERIFY(AuditLog::verifyChain(m_db->connection()).ok);

    m_facade->undoStack()->redo();
    Worker again = *RegisterRepository(*m_db).worker(added.id);
    QCOMPARE(again.post, u("钢筋工"));
    QCOMPARE(again.version, qint64(4));
    QCOMPARE(auditEntries(QStringLiteral("workers"), added.id), 4);

    // Undo of the creation tombstones the worker; its history stays.
    m_facade->undoStack()->undo();
    m_facade->undoStack()->undo();
    QCOMPARE(rows(QStringLiteral("workers")), 0);
    QCOMPARE(auditEntries(QStringLiteral("workers"), added.id), 6);
}

void tst_RegisterCommands::unchangedEditPushesNothing()
{
    auto added = m_commands->addWorker(worker(u("张伟"), residentId(QDate(1990, 9, 9), 55)));
    QVERIFY(added.ok());
    Worker w = *RegisterRepository(*m_db).worker(added.id);
    w.name = u("  张伟 "); // the same after normalisation
    auto same = m_commands->saveWorker(w);
    QVERIFY(same.ok());
    QVERIFY(!same.changed);
    QCOMPARE(m_facade->undoStack()->count(), 1);
    QCOMPARE(RegisterRepository(*m_db).worker(added.id)->version, qint64(1));
}

void tst_RegisterCommands::employerEditAndUndo()
{
    Employer e;
    e.name = u("北京华联餐饮管理有限公司");
    e.employeeCount = 120;
    auto added = m_commands->addEmployer(e);
    QVERIFY2(added.ok(), qPrintable(added.message()));
    Employer stored = *RegisterRepository(*m_db).employer(added.id);
    QVERIFY(stored.hundredPlus());
    stored.employeeCount = std::nullopt;
    stored.unionFounded = true;
    stored.unionFoundedOn = QDate(2020, 5, 1);
    auto edited = m_commands->saveEmployer(stored);
    QVERIFY2(edited.ok(), qPrintable(edited.message()));
    m_facade->undoStack()->undo();
    const Employer back = *RegisterRepository(*m_db).employer(added.id);
    QCOMPARE(back.employeeCount, std::optional<int>(120));
    QVERIFY(!back.unionFounded);
    QVERIFY(!back.unionFoundedOn.isValid());
    QCOMPARE(back.version, qint64(3));
}

void tst_RegisterCommands::mergeCannotBeUndone()
{
    auto a = m_commands->addWorker(worker(u("赵敏"), residentId(QDate(1988, 1, 1), 71)));
    Worker second = worker(u("赵敏"), QString());
    second.post = u("厨师");
    auto b = m_commands->addWorker(second);
    QVERIFY(a.ok() && b.ok());
    QVERIFY(m_facade->undoStack()->canUndo());
    QSignalSpy why(m_facade.get(), &CommandFacade::cannotUndoChanged);
    QVERIFY(m_commands->merge(QStringLiteral("workers"), a.id, b.id, u("同一人")).ok());
    QCOMPARE(RegisterRepository(*m_db).worker(a.id)->post, u("厨师"));
    QVERIFY(!m_facade->undoStack()->canUndo()); // undoing the adds now would skip over the merge
    QCOMPARE(m_facade->cannotUndoReason(), RegisterCommands::tr("records merged"));
    QCOMPARE(why.size(), 1);

    // The next undoable step clears the reason.
    Worker w = *RegisterRepository(*m_db).worker(a.id);
    w.post = u("面点师");
    QVERIFY(m_commands->saveWorker(w).ok());
    QVERIFY(m_facade->cannotUndoReason().isEmpty());
    QVERIFY(m_facade->undoStack()->canUndo());
}

void tst_RegisterCommands::batchChecksEveryRow()
{
    Employer e;
    e.name = u("北京鑫达建筑工程有限公司");
    const auto employer = RegisterService(*m_store).createEmployer(e);
    QVERIFY(employer.ok());
    QList<Worker> batch;
    for (int i = 0; i < 5; ++i) {
        Worker w = worker(u("工人%1").arg(i), residentId(QDate(1980 + i, 3, 4), 101 + 2 * i));
        w.employerId = employer.id;
        batch << w;
    }
    batch[2].employerId = QStringLiteral("gone");
    batch[3].name.clear();
    const auto outcomes = RegisterService(*m_store).createWorkers(batch, u("导入"));
    QCOMPARE(outcomes.size(), 5);
    QVERIFY(outcomes.at(0).ok() && outcomes.at(1).ok() && outcomes.at(4).ok());
    QCOMPARE(outcomes.at(2).errors.first().field, QStringLiteral("employer_id"));
    QCOMPARE(outcomes.at(3).errors.first().field, QStringLiteral("name"));
    QCOMPARE(rows(QStringLiteral("workers")), 3);
    QCOMPARE(RegisterRepository(*m_db).worker(outcomes.at(4).id)->employerId, employer.id);
}

QTEST_GUILESS_MAIN(tst_RegisterCommands)
#include "tst_registercommands.moc"
