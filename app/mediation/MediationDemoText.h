#pragma once

#include "mediation/MediationCase.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace ud {

class NameBank;

// What the applicants tell the station: the dispute type, the facts and requests in the words of
// an intake form, and the claims with their amounts.
struct DemoDispute
{
    QString disputeType;   // code list 'dispute_type'
    QString facts;
    QString requests;
    QList<CaseItem> claims; // kind "claim"
    QString mainItem;       // claim item of the largest claim
    QString issue;          // what the parties disagree about, for the termination opinion
};

// The people and numbers a dispute is written about.
struct DemoDisputeFacts
{
    QStringList applicants;  // names; the first is the main applicant (or the first representative)
    int workerCount = 1;     // workers concerned; 10 or more for a collective dispute
    bool collective = false;
    QString employer;        // name
    QString post;            // the main applicant's post
    QDate received;
};

// Chinese texts of demo cases: facts and requests written like real intake records (a template
// per kind of dispute, with varied wording, dates and amounts), session records, agreements,
// opinions and reasons. Every choice is drawn from the caller's NameBank, so a seed gives the
// same texts.
class MediationDemoText
{
public:
    explicit MediationDemoText(NameBank &names) : m_names(names) {}

    // A dispute of `disputeType` ("remuneration", "separation", ...) with realistic claims:
    // wages 3,000-60,000 yuan for one worker, compensation by years of service, collective
    // claims summed over the workers.
    DemoDispute dispute(const QString &disputeType, const DemoDisputeFacts &facts);

    // 调解笔录 of session `index` (0-based) of `count`; `settled` = the case ends in agreement.
    CaseSession session(const DemoDispute &dispute, const DemoDisputeFacts &facts, const QString &mediators,
                        const QString &employerAgent, int index, int count, bool settled);
    // The agreement's terms for the agreed lines.
    QString agreementTerms(const QList<CaseItem> &agreed, const DemoDisputeFacts &facts);
    QString waivedClaims();
    QString taxBorneBy(const QString &mainItem);

    QString rejectionReason(bool respondentRefused);
    QString failureOpinion(const QString &closeReason, const DemoDispute &dispute, const QDate &on);
    QString breachReason(qint64 outstandingFen);
    QString extensionConsent(const QDate &on, int days);
    QString followUpNote();
    QString paymentMethod();
    QString agentRelation(bool employerSide);

    static QString chineseDate(const QDate &date);  // 2025年11月3日
    static QString chineseMonth(const QDate &date); // 2025年11月
    static QString yuan(qint64 fen);                // 24000元, 24000.50元

private:
    int pick(int count);
    QString oneOf(const QStringList &choices);
    qint64 wageFen(bool collective); // a monthly wage, rounded to 100 yuan

    NameBank &m_names;
};

} // namespace ud
