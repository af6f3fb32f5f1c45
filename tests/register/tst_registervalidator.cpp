// RegisterValidator: normalisation and the domain rules for workers and employers (domain §4).
#include "core/Clock.h"
#include "storage/Database.h"
#include "storage/NodeIdentity.h"
#include "storage/RecordStore.h"
#include "register/RegisterRepository.h"
#include "register/RegisterService.h"
#include "register/RegisterValidator.h"

#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace ud;

class tst_RegisterValidator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void worker_data();
    void worker();
    void workerDerivesBirthDateAndSexFromTheId();
    void workerUpgradesLegacyId();
    void partialEditChecksOnlyWhatIsGiven();
    void employer_data();
    void employer();
    void employerStreetImpliesDistrict();
    void failingCreditCodeNeedsAReason();
    void idTypes_data();
    void idTypes();
    void unknownAreaCodeNeedsAReason();
    void serviceRegistersOldBeijingCountyAndUnknownArea();
    void overlongText_data();
    void overlongText();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RecordStore> m_store;
    QString m_employerId;
    const QDate m_today{2026, 11, 21};
};

void tst_RegisterValidator::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("uniondesk.*.info=false"));
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("v.db")), Database::OpenMode::CreateIfMissing).ok());
    SystemClock clock;
    QVERIFY(NodeIdentity::initialize(*m_db, QStringLiteral("110105015"), Tier::Street, QString(), clock).ok());
    m_store = std::make_unique<RecordStore>(*m_db);
    auto e = m_store->create(QStringLiteral("employers"), {{QStringLiteral("name"), QStringLiteral("北京华信建筑工程有限公司")}});
    QVERIFY2(e.ok(), qPrintable(e.error()));
    m_employerId = e.value().id;
}

void tst_RegisterValidator::worker_data()
{
    QTest::addColumn<QVariantMap>("fields");
    QTest::addColumn<QString>("badField"); // "" = valid
    const auto base = [] {
        return QVariantMap{{QStringLiteral("name"), QStringLiteral("王秀英")},
                           {QStringLiteral("id_number"), QStringLiteral("11010519491231002X")}};
    };
    QTest::newRow("valid minimal") << base() << QString();
    QVariantMap m = base();
    m.insert(QStringLiteral("name"), QStringLiteral("  "));
    QTest::newRow("blank name") << m << QStringLiteral("name");
    m = base();
    m.insert(QStringLiteral("id_number"), QStringLiteral("110105194912310021"));
    QTest::newRow("bad check digit") << m << QStringLiteral("id_number");
    m = base();
    m.insert(QStringLiteral("id_number"), QStringLiteral("999999194912310028"));
    QTest::newRow("unknown area") << m << QStringLiteral("id_number");
    m = base();
    m.insert(QStringLiteral("birth_date"), QStringLiteral("1950-01-01"));
    QTest::newRow("birth date contradicts the ID") << m << QStringLiteral("birth_date");
    m = base();
    m.insert(QStringLiteral("sex"), QStringLiteral("男"));
    QTest::newRow("sex contradicts the ID") << m << QStringLiteral("sex");
    m = base();
    m.insert(QStringLiteral("sex"), QStringLiteral("女"));
    QTest::newRow("sex in Chinese agrees") << m << QString();
    m = base();
    m.insert(QStringLiteral("sex"), QStringLiteral("x"));
    QTest::newRow("sex unknown word") << m << QStringLiteral("sex");
    m = base();
    m.insert(QStringLiteral("ethnicity"), QStringLiteral("回族"));
    QTest::newRow("ethnicity by name") << m << QString();
    m = base();
    m.insert(QStringLiteral("ethnicity"), QStringLiteral("火星族"));
    QTest::newRow("ethnicity unknown") << m << QStringLiteral("ethnicity");
    m = base();
    m.insert(QStringLiteral("hukou_type"), QStringLiteral("外地农村"));
    QTest::newRow("hukou by name") << m << QString();
    m = base();
    m.insert(QStringLiteral("phone"), QStringLiteral("138 0013 8000"));
    QTest::newRow("mobile with spaces") << m << QString();
    m = base();
    m.insert(QStringLiteral("phone"), QStringLiteral("call me"));
    QTest::newRow("phone words") << m << QStringLiteral("phone");
    m = base();
    m.insert(QStringLiteral("employer_id"), QStringLiteral("no-such-employer"));
    QTest::newRow("unknown employer") << m << QStringLiteral("employer_id");
    m = base();
    m.insert(QStringLiteral("union_member"), QStringLiteral("是"));
    QTest::newRow("member yes in Chinese") << m << QString();
    m = base();
    m.insert(QStringLiteral("union_member"), QStringLiteral("maybe"));
    QTest::newRow("member neither") << m << QStringLiteral("union_member");
    m = base();
    m.insert(QStringLiteral("salary"), 5000);
    QTest::newRow("unknown field") << m << QStringLiteral("salary");
    m = QVariantMap{{QStringLiteral("name"), QStringLiteral("李强")}, {QStringLiteral("birth_date"), QStringLiteral("2030-01-01")}};
    QTest::newRow("future birth date") << m << QStringLiteral("birth_date");
    m = QVariantMap{{QStringLiteral("name"), QStringLiteral("李强")}, {QStringLiteral("birth_date"), QStringLiteral("1980-02-30")}};
    QTest::newRow("impossible date") << m << QStringLiteral("birth_date");
    m = QVariantMap{{QStringLiteral("name"), QStringLiteral("李强")}, {QStringLiteral("birth_date"), QStringLiteral("1980/2/3")}};
    QTest::newRow("slashed date") << m << QString();
}

void tst_RegisterValidator::worker()
{
    QFETCH(QVariantMap, fields);
    QFETCH(QString, badField);
    QVariantMap withEmployer = fields;
    if (!withEmployer.contains(QStringLiteral("employer_id")))
        withEmployer.insert(QStringLiteral("employer_id"), m_employerId);
    const auto outcome = RegisterValidator(*m_db, m_today).checkWorker(withEmployer);
    if (badField.isEmpty()) {
        QVERIFY2(outcome.ok(), qPrintable(outcome.firstError()));
        // What passes the validator can be written as it is.
        auto rec = m_store->create(QStringLiteral("workers"), outcome.fields);
        QVERIFY2(rec.ok(), qPrintable(rec.error()));
        QVERIFY(m_store->remove(QStringLiteral("workers"), rec.value().id, rec.value().version).ok());
    } else {
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.errors.first().field, badField);
        QVERIFY(!outcome.errors.first().message.isEmpty());
    }
}

void tst_RegisterValidator::workerDerivesBirthDateAndSexFromTheId()
{
    const auto outcome = RegisterValidator(*m_db, m_today)
                             .checkWorker({{QStringLiteral("name"), QStringLiteral("王秀英")},
                                           {QStringLiteral("id_number"), QStringLiteral(" 11010519491231002x ")},
                                           {QStringLiteral("ethnicity"), QStringLiteral("汉族")}});
    QVERIFY2(outcome.ok(), qPrintable(outcome.firstError()));
    QCOMPARE(outcome.fields.value(QStringLiteral("id_number")).toString(), QStringLiteral("11010519491231002X"));
    QCOMPARE(outcome.fields.value(QStringLiteral("birth_date")).toString(), QStringLiteral("1949-12-31"));
    QCOMPARE(outcome.fields.value(QStringLiteral("sex")).toString(), QStringLiteral("female"));
    QCOMPARE(outcome.fields.value(QStringLiteral("ethnicity")).toString(), QStringLiteral("01"));
}

void tst_RegisterValidator::workerUpgradesLegacyId()
{
    // 110105 491231 002 -> 11010519491231002X (the 18-digit form of the same person).
    const auto outcome = RegisterValidator(*m_db, m_today)
                             .checkWorker({{QStringLiteral("name"), QStringLiteral("王秀英")},
                                           {QStringLiteral("id_number"), QStringLiteral("110105491231002")}});
    QVERIFY2(outcome.ok(), qPrintable(outcome.firstError()));
    QCOMPARE(outcome.fields.value(QStringLiteral("id_number")).toString(), QStringLiteral("11010519491231002X"));
}

void tst_RegisterValidator::partialEditChecksOnlyWhatIsGiven()
{
    const RegisterValidator v(*m_db, m_today);
    QVERIFY(v.checkWorker({{QStringLiteral("phone"), QStringLiteral("010-65001234")}}, true).ok());
    QVERIFY(!v.checkWorker({{QStringLiteral("phone"), QStringLiteral("010-65001234")}}, false).ok()); // name missing
    QVERIFY(!v.checkWorker({{QStringLiteral("name"), QString()}}, true).ok());
}

void tst_RegisterValidator::employer_data()
{
    QTest::addColumn<QVariantMap>("fields");
    QTest::addColumn<QString>("badField");
    const auto base = [] {
        return QVariantMap{{QStringLiteral("name"), QStringLiteral("北京鑫达物流有限公司")},
                           {QStringLiteral("credit_code"), QStringLiteral("914403001922038216")}};
    };
    QTest::newRow("valid") << base() << QString();
    QVariantMap m = base();
    m.insert(QStringLiteral("credit_code"), QStringLiteral("9144030019220382"));
    QTest::newRow("short code") << m << QStringLiteral("credit_code");
    m = base();
    m.insert(QStringLiteral("credit_code"), QStringLiteral("91440300192203821I"));
    QTest::newRow("letter I") << m << QStringLiteral("credit_code");
    m = base();
    m.insert(QStringLiteral("industry"), QStringLiteral("47"));
    m.insert(QStringLiteral("employer_type"), QStringLiteral("私营企业"));
    QTest::newRow("industry code and type by name") << m << QString();
    m = base();
    m.insert(QStringLiteral("industry"), QStringLiteral("房屋建筑业"));
    QTest::newRow("industry by name") << m << QString();
    m = base();
    m.insert(QStringLiteral("industry"), QStringLiteral("99"));
    QTest::newRow("industry unknown") << m << QStringLiteral("industry");
    m = base();
    m.insert(QStringLiteral("employee_count"), QStringLiteral("-3"));
    QTest::newRow("negative headcount") << m << QStringLiteral("employee_count");
    m = base();
    m.insert(QStringLiteral("employee_count"), QStringLiteral("二十"));
    QTest::newRow("headcount in words") << m << QStringLiteral("employee_count");
    m = base();
    m.insert(QStringLiteral("district"), QStringLiteral("朝阳区"));
    m.insert(QStringLiteral("street"), QStringLiteral("八里庄街道"));
    QTest::newRow("district and street by name") << m << QString();
    m = base();
    m.insert(QStringLiteral("district"), QStringLiteral("110108"));
    m.insert(QStringLiteral("street"), QStringLiteral("110105015"));
    QTest::newRow("street outside the district") << m << QStringLiteral("street");
    m = base();
    m.insert(QStringLiteral("district"), QStringLiteral("火星区"));
    QTest::newRow("unknown district") << m << QStringLiteral("district");
    m = base();
    m.insert(QStringLiteral("union_founded"), 0);
    m.insert(QStringLiteral("union_founded_on"), QStringLiteral("2020-05-01"));
    QTest::newRow("founding date without a union") << m << QStringLiteral("union_founded_on");
    m = base();
    m.insert(QStringLiteral("union_founded"), QStringLiteral("是"));
    m.insert(QStringLiteral("union_founded_on"), QStringLiteral("2099-05-01"));
    QTest::newRow("founded in the future") << m << QStringLiteral("union_founded_on");
}

void tst_RegisterValidator::employer()
{
    QFETCH(QVariantMap, fields);
    QFETCH(QString, badField);
    const auto outcome = RegisterValidator(*m_db, m_today).checkEmployer(fields);
    if (badField.isEmpty()) {
        QVERIFY2(outcome.ok(), qPrintable(outcome.firstError()));
        auto rec = m_store->create(QStringLiteral("employers"), outcome.fields);
        QVERIFY2(rec.ok(), qPrintable(rec.error()));
        QVERIFY(m_store->remove(QStringLiteral("employers"), rec.value().id, rec.value().version).ok());
    } else {
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.errors.first().field, badField);
    }
}

void tst_RegisterValidator::employerStreetImpliesDistrict()
{
    const auto outcome = RegisterValidator(*m_db, m_today)
                             .checkEmployer({{QStringLiteral("name"), QStringLiteral("北京百川餐饮管理有限公司")},
                                             {QStringLiteral("street"), QStringLiteral("110105015")},
                                             {QStringLiteral("industry"), QStringLiteral("餐饮业")}});
    QVERIFY2(outcome.ok(), qPrintable(outcome.firstError()));
    QCOMPARE(outcome.fields.value(QStringLiteral("district")).toString(), QStringLiteral("110105"));
    QCOMPARE(outcome.fields.value(QStringLiteral("industry")).toString(), QStringLiteral("62"));
}

void tst_RegisterValidator::failingCreditCodeNeedsAReason()
{
    const RegisterValidator v(*m_db, m_today);
    const QVariantMap early{{QStringLiteral("name"), QStringLiteral("福州某早期试点企业")},
                            {QStringLiteral("credit_code"), QStringLiteral("91350100m0001tgqxm")}};
    const auto refused = v.checkEmployer(early);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.errors.first().field, QStringLiteral("credit_code"));
    QVERIFY(refused.errors.first().overridable);

    QVariantMap withReason = early;
    withReason.insert(QStringLiteral("credit_code_override"), QStringLiteral("与营业执照核对一致"));
    const auto kept = v.checkEmployer(withReason);
    QVERIFY2(kept.ok(), qPrintable(kept.firstError()));
    QCOMPARE(kept.fields.value(QStringLiteral("credit_code")).toString(), QStringLiteral("91350100M0001TGQXM"));

    // A malformed code (wrong length) cannot be overridden.
    QVariantMap malformed = withReason;
    malformed.insert(QStringLiteral("credit_code"), QStringLiteral("91350100M0001"));
    const auto stillRefused = v.checkEmployer(malformed);
    QVERIFY(!stillRefused.ok());
    QVERIFY(!stillRefused.errors.first().overridable);
}

// Each ID type with its own rule; birth date and sex are derived only where the number carries them.
void tst_RegisterValidator::idTypes_data()
{
    QTest::addColumn<QString>("idType");
    QTest::addColumn<QString>("idNumber");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("storedType");
    QTest::addColumn<QString>("birth"); // "" = none derived

    QTest::newRow("no type: resident") << QString() << QStringLiteral("11010519491231002X") << true << QStringLiteral("resident")
                                       << QStringLiteral("1949-12-31");
    QTest::newRow("居民身份证 by name") << QStringLiteral("居民身份证") << QStringLiteral("11010519491231002X") << true
                                   << QStringLiteral("resident") << QStringLiteral("1949-12-31");
    QTest::newRow("resident, 340524 bad check") << QStringLiteral("resident") << QStringLiteral("340524198001010013") << false
                                               << QString() << QString();
    QTest::newRow("resident, old 通县 code") << QStringLiteral("resident") << QStringLiteral("110223196503150018") << true
                                         << QStringLiteral("resident") << QStringLiteral("1965-03-15");
    QTest::newRow("passport") << QStringLiteral("护照") << QStringLiteral("e12345678") << true << QStringLiteral("passport") << QString();
    QTest::newRow("passport too short") << QStringLiteral("passport") << QStringLiteral("E12") << false << QString() << QString();
    QTest::newRow("resident number as passport") << QStringLiteral("passport") << QStringLiteral("11010519491231002X") << false
                                                 << QString() << QString();
    QTest::newRow("foreign permanent 2023") << QStringLiteral("外国人永久居留身份证") << QStringLiteral("91101119850612001X") << true
                                            << QStringLiteral("foreign_permanent") << QStringLiteral("1985-06-12");
    QTest::newRow("foreign permanent old") << QStringLiteral("foreign_permanent") << QStringLiteral("USA110790112001") << true
                                           << QStringLiteral("foreign_permanent") << QString();
    QTest::newRow("HK permit") << QStringLiteral("港澳居民来往内地通行证") << QStringLiteral("H12345678") << true
                               << QStringLiteral("hk_macau_permit") << QString();
    QTest::newRow("Taiwan permit") << QStringLiteral("台湾居民来往大陆通行证") << QStringLiteral("1234567890") << true
                                   << QStringLiteral("taiwan_permit") << QString();
    QTest::newRow("HMT residence") << QStringLiteral("港澳台居民居住证") << QStringLiteral("810000199001010027") << true
                                   << QStringLiteral("hmt_residence") << QStringLiteral("1990-01-01");
    QTest::newRow("HMT residence, Beijing area") << QStringLiteral("hmt_residence") << QStringLiteral("11010519491231002X")
                                                 << false << QString() << QString();
    QTest::newRow("unknown type") << QStringLiteral("驾驶证") << QStringLiteral("11010519491231002X") << false << QString()
                                  << QString();
}

void tst_RegisterValidator::idTypes()
{
    QFETCH(QString, idType);
    QFETCH(QString, idNumber);
    QFETCH(bool, ok);
    QFETCH(QString, storedType);
    QFETCH(QString, birth);

    const auto outcome = RegisterValidator(*m_db, m_today)
                             .checkWorker({{QStringLiteral("name"), QStringLiteral("测试")},
                                           {QStringLiteral("id_type"), idType},
                                           {QStringLiteral("id_number"), idNumber}});
    QCOMPARE(outcome.ok(), ok);
    if (!ok) {
        QVERIFY(!outcome.errors.first().overridable);
        return;
    }
    QCOMPARE(outcome.fields.value(QStringLiteral("id_type")).toString(), storedType);
    QCOMPARE(outcome.fields.value(QStringLiteral("birth_date")).toString(), birth);
    QCOMPARE(outcome.fields.value(QStringLiteral("sex")).isNull() || outcome.fields.value(QStringLiteral("sex")).toString().isEmpty(),
             birth.isEmpty());
    // What passes can be written; the type comes back as stored.
    auto rec = m_store->create(QStringLiteral("workers"), outcome.fields);
    QVERIFY2(rec.ok(), qPrintable(rec.error()));
    const auto read = RegisterRepository(*m_db).worker(rec.value().id);
    QVERIFY(read);
    QCOMPARE(read->idType, storedType);
    QVERIFY(m_store->remove(QStringLiteral("workers"), rec.value().id, rec.value().version).ok());
}

// An area code in no GB/T 2260 list is a warning: refused until a reason is given, then kept.
void tst_RegisterValidator::unknownAreaCodeNeedsAReason()
{
    const RegisterValidator v(*m_db, m_today);
    // 99999919800101001 -> check digit 1: only the area is unknown.
    const QVariantMap unknown{{QStringLiteral("name"), QStringLiteral("赵国庆")},
                              {QStringLiteral("id_number"), QStringLiteral("999999198001010011")}};
    const auto refused = v.checkWorker(unknown);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.errors.size(), 1);
    QCOMPARE(refused.errors.first().field, QStringLiteral("id_number"));
    QVERIFY(refused.errors.first().overridable);
    QVERIFY(refused.errors.first().message.contains(QStringLiteral("999999")));

    QVariantMap withReason = unknown;
    withReason.insert(QStringLiteral("id_number_override"), QStringLiteral("与身份证原件核对一致"));
    const auto kept = v.checkWorker(withReason);
    QVERIFY2(kept.ok(), qPrintable(kept.firstError()));
    QCOMPARE(kept.fields.value(QStringLiteral("birth_date")).toString(), QStringLiteral("1980-01-01"));
    QCOMPARE(kept.fields.value(QStringLiteral("id_number_override")).toString(), QStringLiteral("与身份证原件核对一致"));

    // A known code needs no reason, and a reason given for it is not kept.
    const auto known = v.checkWorker({{QStringLiteral("name"), QStringLiteral("王秀英")},
                                      {QStringLiteral("id_number"), QStringLiteral("11010519491231002X")},
                                      {QStringLiteral("id_number_override"), QStringLiteral("多余")}});
    QVERIFY2(known.ok(), qPrintable(known.firstError()));
    QCOMPARE(known.fields.value(QStringLiteral("id_number_override")).toString(), QString());

    // A reason does not make a wrong check digit right.
    QVariantMap badCheck = withReason;
    badCheck.insert(QStringLiteral("id_number"), QStringLiteral("999999198001010012"));
    const auto stillRefused = v.checkWorker(badCheck);
    QVERIFY(!stillRefused.ok());
    QVERIFY(!stillRefused.errors.first().overridable);
}

// Through the service (the write path of the dialog, the CLI and the import): a worker born in
// 通县 before it became a district (110223, retired 1997) and one of 昌平县 (110221) are
// registered as they are; an unknown area code only with the reason, which goes into the
// record and the audit log.
void tst_RegisterValidator::serviceRegistersOldBeijingCountyAndUnknownArea()
{
    RegisterService service(*m_store, m_today);
    Worker tongxian;
    tongxian.name = QStringLiteral("张建国");
    tongxian.idNumber = QStringLiteral("110223196503150018");
    RegisterService::Outcome out = service.createWorker(tongxian);
    QVERIFY2(out.ok(), qPrintable(out.message()));
    Worker changping;
    changping.name = QStringLiteral("李桂兰");
    changping.idNumber = QStringLiteral("110221197001010025");
    out = service.createWorker(changping);
    QVERIFY2(out.ok(), qPrintable(out.message()));
    auto read = RegisterRepository(*m_db).worker(out.id);
    QVERIFY(read);
    QCOMPARE(read->birthDate, QDate(1970, 1, 1));
    QCOMPARE(read->sex, QStringLiteral("female"));
    QCOMPARE(read->idType, QStringLiteral("resident"));

    Worker unknown;
    unknown.name = QStringLiteral("赵国庆");
    unknown.idNumber = QStringLiteral("999999198001010011");
    out = service.createWorker(unknown);
    QVERIFY(!out.ok());
    QVERIFY(out.errors.first().overridable);
    unknown.idNumberOverride = QStringLiteral("与身份证原件核对一致");
    out = service.createWorker(unknown);
    QVERIFY2(out.ok(), qPrintable(out.message()));
    read = RegisterRepository(*m_db).worker(out.id);
    QVERIFY(read);
    QCOMPARE(read->idNumberOverride, QStringLiteral("与身份证原件核对一致"));
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT reason FROM audit_log WHERE record_id = ?"));
    q.addBindValue(out.id);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("与身份证原件核对一致"));

    // The ID type round trip: a passport holder edited to a residence permit.
    Worker visitor;
    visitor.name = QStringLiteral("陈家明");
    visitor.idType = QStringLiteral("passport");
    visitor.idNumber = QStringLiteral("K01234567");
    out = service.createWorker(visitor);
    QVERIFY2(out.ok(), qPrintable(out.message()));
    read = RegisterRepository(*m_db).worker(out.id);
    QVERIFY(read);
    QCOMPARE(read->idType, QStringLiteral("passport"));
    QCOMPARE(read->idNumber, QStringLiteral("K01234567"));
    QVERIFY(!read->birthDate.isValid());
    Worker edited = *read;
    edited.idType = QStringLiteral("hmt_residence");
    edited.idNumber = QStringLiteral("810000199001010027");
    out = service.saveWorker(edited);
    QVERIFY2(out.ok(), qPrintable(out.message()));
    read = RegisterRepository(*m_db).worker(out.id);
    QCOMPARE(read->idType, QStringLiteral("hmt_residence"));
    QCOMPARE(read->birthDate, QDate(1990, 1, 1));
}

// No field takes unbounded text (issue 9: a 10 MB name was accepted and then broke the XLSX
// export). At its maximum a field passes; one character more gives one message, which does not
// repeat the text.
void tst_RegisterValidator::overlongText_data()
{
    QTest::addColumn<QString>("record");
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("max");
    QTest::newRow("worker name") << QStringLiteral("worker") << QStringLiteral("name") << 100;
    QTest::newRow("worker address") << QStringLiteral("worker") << QStringLiteral("address") << 200;
    QTest::newRow("worker post") << QStringLiteral("worker") << QStringLiteral("post") << 100;
    QTest::newRow("worker notes") << QStringLiteral("worker") << QStringLiteral("notes") << 2000;
    QTest::newRow("employer name") << QStringLiteral("employer") << QStringLiteral("name") << 200;
    QTest::newRow("employer representative") << QStringLiteral("employer") << QStringLiteral("legal_representative") << 100;
    QTest::newRow("employer address") << QStringLiteral("employer") << QStringLiteral("address") << 200;
    QTest::newRow("employer notes") << QStringLiteral("employer") << QStringLiteral("notes") << 2000;
}

void tst_RegisterValidator::overlongText()
{
    QFETCH(QString, record);
    QFETCH(QString, field);
    QFETCH(int, max);
    QCOMPARE(RegisterValidator::maxLength(record, field), max);
    const bool worker = record == QLatin1String("worker");
    const RegisterValidator validator(*m_db, m_today);
    const auto check = [&](const QString &text) {
        QVariantMap fields{{QStringLiteral("name"), QStringLiteral("王秀英")}};
        fields.insert(field, text);
        return worker ? validator.checkWorker(fields) : validator.checkEmployer(fields);
    };
    const auto atMax = check(QString(max, QChar(u'字')));
    QVERIFY2(atMax.ok(), qPrintable(atMax.firstError()));

    const auto over = check(QString(max + 1, QChar(u'字')));
    QVERIFY(!over.ok());
    QCOMPARE(over.errors.size(), 1);
    QCOMPARE(over.errors.first().field, field);
    QVERIFY2(over.errors.first().message.contains(QString::number(max)), qPrintable(over.errors.first().message));
    QVERIFY2(over.errors.first().message.contains(QString::number(max + 1)), qPrintable(over.errors.first().message));

    // The probe's 10 MB value: refused, and the message stays short.
    const auto huge = check(QString(10 * 1024 * 1024, QLatin1Char('x')));
    QVERIFY(!huge.ok());
    QCOMPARE(huge.errors.size(), 1);
    QVERIFY(huge.errors.first().message.size() < 200);
}

QTEST_GUILESS_MAIN(tst_RegisterValidator)
#include "tst_registervalidator.moc"
