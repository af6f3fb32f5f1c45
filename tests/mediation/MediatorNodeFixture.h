#pragma once

// A street node (110105015 八里庄街道) with two employers and two workers, a command facade and the
// mediation, mediator and reception commands: the fixture of tst_mediatorregister and
// tst_receptionlog.

#include "commands/CommandFacade.h"
#include "core/Clock.h"
#include "core/ResidentId.h"
#include "mediation/MediationCommands.h"
#include "mediation/MediationRepository.h"
#include "mediation/MediatorCommands.h"
#include "mediation/ReceptionCommands.h"
#include "storage/Database.h"
#include "storage/NodeIdentity.h"
#include "storage/RecordStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

namespace ud::test {

inline QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

struct MediatorNode
{
    static inline const QDate kToday{2026, 4, 30};

    QTemporaryDir dir;
    ManualClock clock{QDateTime(kToday, QTime(8, 0), Qt::UTC)};
    Database db;
    std::unique_ptr<RecordStore> store;
    std::unique_ptr<CommandFacade> facade;
    std::unique_ptr<MediationCommands> cases;
    std::unique_ptr<MediatorCommands> mediators;
    std::unique_ptr<ReceptionCommands> receptions;
    QString employer;      // the employer of the cases
    QString otherEmployer;
    QStringList workers;   // of `employer`

    bool open()
    {
        if (!dir.isValid() || !db.open(dir.filePath(QStringLiteral("node.db")), Database::OpenMode::CreateIfMissing).ok())
            return false;
        if (!NodeIdentity::initialize(db, QStringLiteral("110105015"), Tier::Street, u("八里庄街道工会服务站"), clock).ok())
            return false;
        store = std::make_unique<RecordStore>(db, &clock);
        store->setActor(QStringLiteral("mediator1"));
        facade = std::make_unique<CommandFacade>(*store);
        cases = std::make_unique<MediationCommands>(*facade);
        mediators = std::make_unique<MediatorCommands>(*facade);
        receptions = std::make_unique<ReceptionCommands>(*facade);
        employer = add(QStringLiteral("employers"), {{QStringLiteral("name"), u("北京鑫达建筑工程有限公司")},
                                                     {QStringLiteral("district"), QStringLiteral("110105")},
                                                     {QStringLiteral("street"), QStringLiteral("110105015")}});
        otherEmployer = add(QStringLiteral("employers"), {{QStringLiteral("name"), u("北京华联餐饮管理有限公司")},
                                                          {QStringLiteral("district"), QStringLiteral("110105")},
                                                          {QStringLiteral("street"), QStringLiteral("110105015")}});
        for (int i = 0; i < 2; ++i) {
            const QString first17 = QStringLiteral("110105") + QDate(1980 + i, 2, 3).toString(QStringLiteral("yyyyMMdd"))
                                    + QStringLiteral("%1").arg(10 + 2 * i, 3, 10, QLatin1Char('0'));
            workers << add(QStringLiteral("workers"), {{QStringLiteral("name"), i == 0 ? u("王芳") : u("李建国")},
                                                       {QStringLiteral("id_number"), first17 + ResidentId::checkDigit(first17)},
                                                       {QStringLiteral("employer_id"), employer}});
        }
        return !employer.isEmpty() && !otherEmployer.isEmpty() && !workers.contains(QString());
    }
    QString add(const QString &table, const QVariantMap &fields)
    {
        auto r = store->create(table, fields);
        return r ? r.value().id : QString();
    }
    // A case received on 2026-04-28 against `employer`, with `typedMediators` as typed at intake.
    QString registerCase(const QString &typedMediators = {})
    {
        MediationCase c;
        c.receivedOn = QDate(2026, 4, 28);
        c.source = QStringLiteral("written_application");
        c.employerId = employer;
        c.disputeType = QStringLiteral("remuneration");
        c.facts = u("被申请人自2026年1月起拖欠三个月工资共计24000元。");
        c.requests = u("请求被申请人支付拖欠的工资24000元。");
        c.mediators = typedMediators;
        c.respondentConsent = true;
        CaseParty p;
        p.workerId = workers.first();
        p.name = u("王芳");
        c.parties << p;
        CaseItem claim;
        claim.kind = QStringLiteral("claim");
        claim.item = QStringLiteral("wage");
        claim.amountFen = 2400000;
        c.items << claim;
        auto id = cases->registerCase(c, kToday);
        if (!id)
            qWarning("registerCase: %s", qPrintable(id.error()));
        return id ? id.value() : QString();
    }
    MediationCase fullCase(const QString &id) const
    {
        return MediationRepository(const_cast<Database &>(db)).fullCase(id).value_or(MediationCase());
    }
    qint64 scalar(const QString &sql, const QVariantList &binds = {}) const
    {
        QSqlQuery q(db.connection());
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    }
    QString text(const QString &sql, const QVariantList &binds = {}) const
    {
        QSqlQuery q(db.connection());
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        return q.exec() && q.next() ? q.value(0).toString() : QStringLiteral("<none>");
    }
};

} // namespace ud::test
