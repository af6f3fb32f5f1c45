// IntakeRules' text limits: a case's facts, requests, notes, agents and claim descriptions are
// refused one character over the limit the register's validator publishes for them, with one
// message per field that names the length.
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

QTEST_GUILESS_MAIN(tst_IntakeRules)
#include "tst_intakerules.moc"
