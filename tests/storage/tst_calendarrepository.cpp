// Tests for ud::CalendarRepository on a real node database created by the app (migrations up
// to 0005, whose seed rows hold the 2024–2026 holiday arrangements): loading the calendar,
// listing a year, and adding, changing and removing entries through RecordStore — each change
// audited with its reason and queued for sync, refused inputs leaving nothing behind.

#include "core/Clock.h"
#include "core/WorkCalendar.h"
#include "storage/AuditLog.h"
#include "storage/CalendarRepository.h"
#include "storage/Database.h"
#include "storage/NodeIdentity.h"
#include "storage/RecordStore.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

Q_DECLARE_METATYPE(ud::WorkCalendar::Kind)

using namespace ud;
using Kind = WorkCalendar::Kind;

namespace {

const QString kStation = QStringLiteral("110105015");
const QString kTable = QStringLiteral("calendar_days");
const QString kReason = QStringLiteral("国办发明电〔2026〕7号");

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

} // namespace

class tst_CalendarRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void seededYears();
    void seededCalendarCountsAcrossSpringFestival();
    void listsAYearInOrder();
    void addIsAuditedAndReloaded();
    void addRefuses_data();
    void addRefuses();
    void changeKeepsHistory();
    void removeAndAddAgain();
    void removeASeededAdjustedDay();

private:
    qint64 count(const QString &sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RecordStore> m_store;
    std::unique_ptr<CalendarRepository> m_repo;
};

qint64 tst_CalendarRepository::count(const QString &sql)
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void tst_CalendarRepository::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("uniondesk.*.info=false"));
}

void tst_CalendarRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
    m_db = std::make_unique<Database>();
    const Status opened = m_db->open(m_dir->filePath(QStringLiteral("node.db")), Database::OpenMode::CreateIfMissing);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QVERIFY(m_db->schemaVersion() >= 5);
    QVERIFY(NodeIdentity::initialize(*m_db, kStation, Tier::Street, QStringLiteral("八里庄测试站"), *m_clock).ok());
    m_store = std::make_unique<RecordStore>(*m_db, m_clock.get());
    m_store->setActor(QStringLiteral("admin"));
    m_repo = std::make_unique<CalendarRepository>(*m_db, *m_store);
}

void tst_CalendarRepository::cleanup()
{
    m_repo.reset();
    m_store.reset();
    m_db.reset();
    m_clock.reset();
    m_dir.reset();
}

void tst_CalendarRepository::seededYears()
{
    QCOMPARE(m_repo->years(), (QList<int>{2024, 2025, 2026}));
    QVERIFY(m_repo->hasYear(2024));
    QVERIFY(m_repo->hasYear(2026));
    QVERIFY(!m_repo->hasYear(2023));
    QVERIFY(!m_repo->hasYear(2027));
    auto cal = m_repo->load();
    QVERIFY2(cal.ok(), qPrintable(cal.error()));
    QCOMPARE(cal.value().overrideCount(), 108);
    QVERIFY(cal.value().hasYear(2025));
    QVERIFY(!cal.value().hasYear(2027));
}

void tst_CalendarRepository::seededCalendarCountsAcrossSpringFestival()
{
    auto loaded = m_repo->load();
    QVERIFY(loaded.ok());
    const WorkCalendar &cal = loaded.value();
    QVERIFY(cal.isWorkingDay(d(2026, 2, 14)));
    QVERIFY(!cal.isWorkingDay(d(2026, 2, 16)));
    QVERIFY(cal.isWorkingDay(d(2026, 2, 28)));
    QCOMPARE(cal.holidayName(d(2026, 2, 17)), QStringLiteral("春节"));
    QVERIFY(cal.isWorkingDay(d(2025, 9, 28)));
    QVERIFY(cal.isWorkingDay(d(2025, 10, 11)));
    QVERIFY(!cal.isWorkingDay(d(2025, 10, 8)));
    // The same answers as the hand-written calendar of tst_mediationdeadlines.
    QCOMPARE(cal.addWorkingDays(d(2026, 2, 13), 3), d(2026, 2, 25));
    QCOMPARE(cal.addWorkingDays(d(2025, 9, 30), 3), d(2025, 10, 11));
}

void tst_CalendarRepository::listsAYearInOrder()
{
    auto year = m_repo->overrides(2026);
    QVERIFY(year.ok());
    const QList<CalendarOverride> &rows = year.value();
    QCOMPARE(rows.size(), 39);
    int workdays = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QCOMPARE(rows.at(i).day.year(), 2026);
        QVERIFY(!rows.at(i).id.isEmpty());
        QCOMPARE(rows.at(i).version, 1);
        QCOMPARE(rows.at(i).orgUnit, QStringLiteral("110000"));
        if (i > 0)
            QVERIFY(rows.at(i - 1).day < rows.at(i).day);
        if (rows.at(i).kind == Kind::Workday)
            ++workdays;
    }
    QCOMPARE(workdays, 6);
    QCOMPARE(rows.constFirst().day, d(2026, 1, 1));
    QCOMPARE(rows.constLast().day, d(2026, 10, 10));
    QVERIFY(m_repo->overrides(2027).value().isEmpty());
    const auto one = m_repo->find(d(2026, 2, 14));
    QVERIFY(one.has_value());
    QCOMPARE(one->kind, Kind::Workday);
    QCOMPARE(one->name, QStringLiteral("春节调休上班"));
    QVERIFY(!m_repo->find(d(2026, 3, 2)).has_value());
}

void tst_CalendarRepository::addIsAuditedAndReloaded()
{
    const qint64 outboxBefore = count(QStringLiteral("SELECT count(*) FROM outbox"));
    auto added = m_repo->add(d(2027, 1, 1), Kind::Holiday, QStringLiteral(" 元旦 "), kReason);
    QVERIFY2(added.ok(), qPrintable(added.error()));
    const CalendarOverride o = added.value();
    QCOMPARE(o.day, d(2027, 1, 1));
    QCOMPARE(o.name, QStringLiteral("元旦"));
    QCOMPARE(o.version, 1);
    QCOMPARE(o.orgUnit, kStation);
    QCOMPARE(o.updatedBy, QStringLiteral("admin"));

    // A new repository (a fresh reload) sees it.
    CalendarRepository again(*m_db, *m_store);
    QVERIFY(again.hasYear(2027));
    QCOMPARE(again.years(), (QList<int>{2024, 2025, 2026, 2027}));
    auto cal = again.load();
    QVERIFY(cal.ok());
    QVERIFY(!cal.value().isWorkingDay(d(2027, 1, 1)));
    QCOMPARE(cal.value().holidayName(d(2027, 1, 1)), QStringLiteral("元旦"));

    const QList<AuditEntry> audit = AuditLog::forRecord(m_db->connection(), kTable, o.id);
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.at(0).action, QStringLiteral("create"));
    QCOMPARE(audit.at(0).actor, QStringLiteral("admin"));
    QCOMPARE(audit.at(0).reason, kReason);
    QCOMPARE(audit.at(0).changes.value(QStringLiteral("day")).toArray().at(1).toString(), QStringLiteral("2027-01-01"));
    QCOMPARE(audit.at(0).changes.value(QStringLiteral("kind")).toArray().at(1).toString(), QStringLiteral("holiday"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), outboxBefore + 1);
    QVERIFY(m_db->check().ok());
}

void tst_CalendarRepository::addRefuses_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("day already entered") << d(2026, 2, 16) << Kind::Holiday << QStringLiteral("春节") << kReason
                                         << QStringLiteral("2026-02-16");
    QTest::newRow("adjusted working day on a weekday") << d(2027, 2, 3) << Kind::Workday << QStringLiteral("春节调休上班")
                                                       << kReason << QStringLiteral("weekday");
    QTest::newRow("no name") << d(2027, 1, 1) << Kind::Holiday << QStringLiteral("  ") << kReason
                             << QStringLiteral("name");
    QTest::newRow("no reason") << d(2027, 1, 1) << Kind::Holiday << QStringLiteral("元旦") << QStringLiteral(" ")
                               << QStringLiteral("reason");
    QTest::newRow("invalid date") << QDate() << Kind::Holiday << QStringLiteral("元旦") << kReason
                                  << QStringLiteral("date");
}

void tst_CalendarRepository::addRefuses()
{
    QFETCH(QDate, day);
    QFETCH(Kind, kind);
    QFETCH(QString, name);
    QFETCH(QString, reason);
    QFETCH(QString, messagePart);
    const qint64 rows = count(QStringLiteral("SELECT count(*) FROM calendar_days"));
    const qint64 audit = count(QStringLiteral("SELECT count(*) FROM audit_log"));
    auto added = m_repo->add(day, kind, name, reason);
    QVERIFY(!added.ok());
    QVERIFY2(added.error().contains(messagePart), qPrintable(added.error()));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM calendar_days")), rows);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log")), audit);
}

void tst_CalendarRepository::changeKeepsHistory()
{
    auto added = m_repo->add(d(2027, 2, 20), Kind::Workday, QStringLiteral("春节调休"), kReason);
    QVERIFY(added.ok());
    const CalendarOverride o = added.value();
    auto changed = m_repo->change(o.id, o.version, Kind::Workday, QStringLiteral("春节调休上班"),
                                  QStringLiteral("name as in the notice"));
    QVERIFY2(changed.ok(), qPrintable(changed.error()));
    QCOMPARE(changed.value().version, 2);
    QCOMPARE(changed.value().name, QStringLiteral("春节调休上班"));
    QCOMPARE(m_repo->find(d(2027, 2, 20))->name, QStringLiteral("春节调休上班"));

    // An edit started from the old version is refused: someone changed it meanwhile.
    auto stale = m_repo->change(o.id, o.version, Kind::Holiday, QStringLiteral("春节"), kReason);
    QVERIFY(!stale.ok());
    // Turning a Saturday into a holiday is allowed (a holiday may fall on a weekend).
    auto toHoliday = m_repo->change(o.id, 2, Kind::Holiday, QStringLiteral("春节"), kReason);
    QVERIFY2(toHoliday.ok(), qPrintable(toHoliday.error()));

    const QList<AuditEntry> audit = AuditLog::forRecord(m_db->connection(), kTable, o.id);
    QCOMPARE(audit.size(), 3);
    QCOMPARE(audit.at(1).action, QStringLiteral("update"));
    QCOMPARE(audit.at(1).reason, QStringLiteral("name as in the notice"));
    const QJsonArray name = audit.at(1).changes.value(QStringLiteral("name")).toArray();
    QCOMPARE(name.at(0).toString(), QStringLiteral("春节调休"));
    QCOMPARE(name.at(1).toString(), QStringLiteral("春节调休上班"));
    QVERIFY(!audit.at(1).changes.contains(QStringLiteral("kind"))); // unchanged fields are not logged
    QCOMPARE(audit.at(2).changes.value(QStringLiteral("kind")).toArray().at(1).toString(), QStringLiteral("holiday"));
}

void tst_CalendarRepository::removeAndAddAgain()
{
    auto added = m_repo->add(d(2027, 10, 1), Kind::Holiday, QStringLiteral("国庆节"), kReason);
    QVERIFY(added.ok());
    const CalendarOverride o = added.value();
    QVERIFY(!m_repo->remove(o.id, o.version, QString()).ok()); // a reason is required
    const Status removed = m_repo->remove(o.id, o.version, QStringLiteral("entered a year too early"));
    QVERIFY2(removed.ok(), qPrintable(removed.error()));
    QVERIFY(!m_repo->find(d(2027, 10, 1)).has_value());
    QVERIFY(!m_repo->hasYear(2027));
    QVERIFY(m_repo->load().value().isWorkingDay(d(2027, 10, 1))); // a plain Friday again
    // The row stays as a tombstone (for sync) with its history.
    QCOMPARE(count(QStringLiteral("SELECT deleted FROM calendar_days WHERE id = '%1'").arg(o.id)), 1);
    const QList<AuditEntry> audit = AuditLog::forRecord(m_db->connection(), kTable, o.id);
    QCOMPARE(audit.size(), 2);
    QCOMPARE(audit.at(1).action, QStringLiteral("delete"));
    QCOMPARE(audit.at(1).reason, QStringLiteral("entered a year too early"));

    // The day can be entered again: only live rows must be unique per day.
    auto again = m_repo->add(d(2027, 10, 1), Kind::Holiday, QStringLiteral("国庆节"), kReason);
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QVERIFY(again.value().id != o.id);
}

void tst_CalendarRepository::removeASeededAdjustedDay()
{
    const auto seeded = m_repo->find(d(2026, 2, 28));
    QVERIFY(seeded.has_value());
    QVERIFY(m_repo->remove(seeded->id, seeded->version, QStringLiteral("test: local arrangement")).ok());
    auto cal = m_repo->load();
    QVERIFY(cal.ok());
    QVERIFY(!cal.value().isWorkingDay(d(2026, 2, 28)));
    // Fri 02-27 + 1 working day now skips the weekend.
    QCOMPARE(cal.value().addWorkingDays(d(2026, 2, 27), 1), d(2026, 3, 2));
    QCOMPARE(m_repo->overrides(2026).value().size(), 38);
    QVERIFY(m_db->check().ok());
}

QTEST_GUILESS_MAIN(tst_CalendarRepository)
#include "tst_calendarrepository.moc"
