#pragma once

#include "core/Result.h"
#include "mediation/MediationDemoPlan.h"
#include "register/RegisterDemo.h" // DemoPeople

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace ud {

class Database;
class MediationDemoText;
class NameBank;
class RecordStore;

// Fills the mediation workspace of a demo node: cases in every status of the lifecycle
// (domain.md §1.4), received over the 18 months before `today`, with applicants and respondent
// employers from the register, claims, facts, sessions, agreements and payments. Every case goes
// through MediationService, so numbers, validation, audit entries and outbox rows are real.
//
// All random draws are made before anything is written, so a second run with the same seed plans
// the same cases; a planned case whose first applicant already has a case against the same
// employer is skipped, and a second run adds nothing.
class MediationDemo
{
    Q_DECLARE_TR_FUNCTIONS(MediationDemo)

public:
    // One case per this many demo workers: `demo --size 2000` gives 100 cases. A street station
    // with a register of 2,000 workers handling about 65 disputes a year is a busy but plausible one.
    static constexpr int kWorkersPerCase = 20;

    struct Counts
    {
        int created = 0;
        int alreadyThere = 0;
    };

    MediationDemo(Database &db, RecordStore &store, NameBank &names, const QDate &today);
    ~MediationDemo();
    MediationDemo(const MediationDemo &) = delete;
    MediationDemo &operator=(const MediationDemo &) = delete;

    Result<Counts> fill(int count, const DemoPeople &people);
    // The cases fill() writes, planned and not written (the same random draws: call one or the
    // other on a fresh generator). Reads the mediators and the node's name from the database.
    QList<DemoCasePlan> plan(int count, const DemoPeople &people);

    using Outcome = DemoOutcome;
    static QList<Outcome> allOutcomes();

private:
    using Plan = DemoCasePlan;

    QList<Outcome> drawOutcomes(int count);
    QString drawDisputeType(bool collective);
    QString drawSource();
    QDate drawReceived(Outcome outcome);
    QDate receivedBetween(int maxDaysAgo, int minDaysAgo);
    QDate acceptanceDate(const QDate &received);
    bool planApplicants(Plan &plan, const DemoPeople &people, const QList<int> &order, int &cursor,
                        const QHash<QString, QList<int>> &byEmployer);
    void planDates(Plan &plan);
    void planMediation(Plan &plan, const QDate &end, bool settled);
    void planAgreement(Plan &plan);
    void planPerformance(Plan &plan);


    Database &m_db;
    RecordStore &m_store;
    NameBank &m_names;
    QDate m_today;
    QStringList m_mediators;
    QString m_place;
    std::unique_ptr<MediationDemoText> m_text;
};

} // namespace ud
