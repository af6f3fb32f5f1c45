// IntakeRules' text limits: a case's facts, requests, notes, agents and claim descriptions are
// refused one character over the limit the register's validator publishes for them, with one
// message per field that names the length. Its warnings: a collective dispute's number of
// elected representatives outside 3–5 and an applicant under 16 are warned about, never refused.
#include "mediation/IntakeRules.h"
#include "mediation/MediationCase.h"
#include "register/RegisterValidator.h"
#include "storage/Database.h"

#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace ud;

class tst_IntakeRules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void overlongIntakeText_data();
    void overlongIntakeText();
    void representativesAreAWarning_data();
    void representativesAreAWarning();
    void underSixteenIsAWarning_data();
    void underSixteenIsAWarning();
    void applicantIdByTheirOwnDocument_data();
    void applicantIdByTheirOwnDocument();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    const QDate m_today{2026, 11, 21};
};

void tst_IntakeRules::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("uniondesk.*.info=false"));
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("i.db")), Database::OpenMode::CreateIfMissing).ok());
}

void tst_IntakeRules::overlongIntakeText_data()
{
    QTest::addColumn<QString>("part");
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("max");
    QTest::newRow("facts") << QStringLiteral("facts") << QStringLiteral("facts") << 10000;
    QTest::newRow("requests") << QStringLiteral("requests") << QStringLiteral("requests") << 10000;
    QTest::newRow("notes") << QStringLiteral("notes") << QStringLiteral("notes") << 2000;
    QTest::newRow("agent name") << QStringLiteral("agent_name") << QStringLiteral("agents") << 100;
    QTest::newRow("agent relation") << QStringLiteral("agent_relation") << QStringLiteral("agents") << 50;
    QTest::newRow("claim description") << QStringLiteral("claim_description") << QStringLiteral("claims/0") << 500;
}

void tst_IntakeRules::overlongIntakeText()
{
    QFETCH(QString, part);
    QFETCH(QString, field);
    QFETCH(int, max);
    QCOMPARE(RegisterValidator::maxLength(QStringLiteral("case"), part), max);
    const IntakeRules rules(*m_db, [](const QString &, qint64 fallback) { return fallback; });
    const auto errorsWith = [&](int length) {
        MediationCase c;
        c.facts = QStringLiteral("拖欠工资");
        CaseItem claim;
        claim.item = QStringLiteral("wages");
        claim.amountFen = 100;
        CaseParty agent;
        agent.role = QStringLiteral("agent");
        agent.name = QStringLiteral("李律师");
        const QString text(length, QChar(u'字'));
        if (part == QLatin1String("facts"))
            c.facts = text;
        else if (part == QLatin1String("requests"))
            c.requests = text;
        else if (part == QLatin1String("notes"))
            c.notes = text;
        else if (part == QLatin1String("agent_name"))
            agent.name = text;
        else if (part == QLatin1String("agent_relation"))
            agent.relation = text;
        else
            claim.description = text;
        c.parties << agent;
        c.items << claim;
        QList<FieldError> mine;
        for (const FieldError &e : rules.check(c, m_today))
            if (e.field == field)
                mine << e;
        return mine;
    };
    QVERIFY(errorsWith(max).isEmpty());
    const QList<FieldError> over = errorsWith(max + 1);
    QCOMPARE(over.size(), 1);
    QVERIFY2(over.first().message.contains(QString::number(max + 1)), qPrintable(over.first().message));
}

namespace {

// A collective case of 12 applicants from the register, `reps` of them marked representatives.
MediationCase collectiveCase(int reps, const QDate &received)
{
    MediationCase c;
    c.receivedOn = received;
    c.source = QStringLiteral("written_application");
    c.employerId = QStringLiteral("employer-1");
    c.disputeType = QStringLiteral("remuneration");
    c.facts = QStringLiteral("拖欠工资");
    c.collective = true;
    for (int i = 0; i < 12; ++i) {
        CaseParty p;
        p.workerId = QStringLiteral("worker-%1").arg(i);
        p.name = QStringLiteral("职工%1").arg(i);
        p.birthDate = QDate(1990, 1, 1);
        p.representative = i < reps;
        c.parties << p;
    }
    return c;
}

} // namespace

void tst_IntakeRules::representativesAreAWarning_data()
{
    QTest::addColumn<int>("reps");
    QTest::addColumn<bool>("warned");
    QTest::newRow("none elected") << 0 << true;
    QTest::newRow("2") << 2 << true;
    QTest::newRow("3") << 3 << false;
    QTest::newRow("5") << 5 << false;
    QTest::newRow("6") << 6 << true;
}

void tst_IntakeRules::representativesAreAWarning()
{
    QFETCH(int, reps);
    QFETCH(bool, warned);
    const IntakeRules rules(*m_db, [](const QString &, qint64 fallback) { return fallback; });
    const MediationCase c = collectiveCase(reps, QDate(2026, 11, 2));
    // Never an error: a collective dispute *may* elect representatives.
    for (const FieldError &e : rules.check(c, m_today))
        QVERIFY2(!e.message.contains(QStringLiteral("representatives")), qPrintable(e.message));
    const QList<FieldError> warnings = rules.warnings(c);
    QCOMPARE(warnings.size(), warned ? 1 : 0);
    if (warned) {
        QVERIFY(warnings.first().overridable);
        QCOMPARE(warnings.first().field, QStringLiteral("applicants"));
        QVERIFY2(warnings.first().message.contains(QString::number(reps)), qPrintable(warnings.first().message));
    }
}

void tst_IntakeRules::underSixteenIsAWarning_data()
{
    QTest::addColumn<QDate>("born");
    QTest::addColumn<bool>("warned");
    // Received 2026-11-02.
    QTest::newRow("15") << QDate(2011, 1, 1) << true;
    QTest::newRow("16 tomorrow") << QDate(2010, 11, 3) << true;
    QTest::newRow("16 today") << QDate(2010, 11, 2) << false;
    QTest::newRow("adult") << QDate(1990, 1, 1) << false;
}

void tst_IntakeRules::underSixteenIsAWarning()
{
    QFETCH(QDate, born);
    QFETCH(bool, warned);
    const IntakeRules rules(*m_db, [](const QString &, qint64 fallback) { return fallback; });
    MediationCase c = collectiveCase(3, QDate(2026, 11, 2));
    c.collective = false;
    c.parties = {c.parties.first()};
    c.parties.first().representative = false;
    c.parties.first().birthDate = born;
    const QList<FieldError> warnings = rules.warnings(c);
    QCOMPARE(warnings.size(), warned ? 1 : 0);
    if (warned) {
        QVERIFY(warnings.first().overridable);
        QVERIFY2(warnings.first().message.contains(QStringLiteral("labour inspection")), qPrintable(warnings.first().message));
    }
}

// An applicant's number is checked by the rule of the document the register says it is: a
// passport or a foreign permanent resident card is no resident ID (issue 11, item 3).
void tst_IntakeRules::applicantIdByTheirOwnDocument_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("number");
    QTest::addColumn<bool>("valid");
    QTest::newRow("resident ID") << QStringLiteral("resident") << QStringLiteral("11010519491231002X") << true;
    QTest::newRow("resident ID, wrong check digit") << QStringLiteral("resident") << QStringLiteral("340524198001010013")
                                                    << false;
    QTest::newRow("passport") << QStringLiteral("passport") << QStringLiteral("E12345678") << true;
    QTest::newRow("passport with a space") << QStringLiteral("passport") << QStringLiteral("E1234 5678") << false;
    QTest::newRow("Hong Kong permit") << QStringLiteral("hk_macau_permit") << QStringLiteral("H12345678") << true;
}

void tst_IntakeRules::applicantIdByTheirOwnDocument()
{
    QFETCH(QString, type);
    QFETCH(QString, number);
    QFETCH(bool, valid);
    const IntakeRules rules(*m_db, [](const QString &, qint64 fallback) { return fallback; });
    MediationCase c = collectiveCase(3, QDate(2026, 11, 2));
    c.collective = false;
    c.parties = {c.parties.first()};
    c.parties.first().idType = type;
    c.parties.first().idNumber = number;
    bool idProblem = false;
    for (const FieldError &e : rules.check(c, m_today))
        idProblem = idProblem || e.message.contains(QStringLiteral("ID number"));
    QCOMPARE(idProblem, !valid);
}

QTEST_GUILESS_MAIN(tst_IntakeRules)
#include "tst_intakerules.moc"
