#pragma once

#include "mediation/MediationCase.h"
#include "mediation/MediationDeadlines.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QVariant>

#include <optional>

namespace ud {

class Database;

// One row of the case list.
struct CaseListRow
{
    QString id;
    qint64 version = 0;
    QString caseNo;
    CaseStatus status = CaseStatus::Received;
    QDate receivedOn;
    QString applicants;   // "张三" or "张三等12人"
    QString employerName;
    QString disputeType;  // code
    QString source;       // code
    QString mediators;
    bool collective = false;
    int workerCount = 0;
    int extensionDays = 0;
    qint64 claimedFen = 0;
    qint64 agreedFen = 0; // with the supplementary agreements' changes
    qint64 paidFen = 0;
    // The next deadline the law or the agreement sets (MediationDeadlines::nextFor); filled by
    // the case list from deadlineFacts(), not by the queries here.
    std::optional<Deadline> nextDeadline;
};

// Read side of the mediation workspace: one whole case, and filtered, sorted pages of the case
// list (keyset pagination, so the 100,000th case costs what the first does), with full-text
// search (FTS5 trigram) over case number, parties, employer and facts.
class MediationRepository
{
public:
    explicit MediationRepository(const Database &db) : m_db(db) {}

    // The case with its parties (applicants joined with the register), money lines, payments,
    // sessions and attachments; std::nullopt if there is no such case.
    std::optional<MediationCase> fullCase(const QString &id) const;
    // The id of the live case with this number (surrounding spaces ignored); "" if there is none.
    QString caseIdByNumber(const QString &caseNo) const;

    struct Filter
    {
        QSet<QString> statuses;   // status keys; empty = all
        QString disputeType;      // main or further type
        QString source;
        QString mediator;         // substring of the mediators field
        QDate receivedFrom;       // inclusive
        QDate receivedTo;         // inclusive
        std::optional<bool> collective;
        QString text;             // full-text search
        // Deadlines: open cases with a deadline before `today` — overdue when it is today's
        // date, "due soon or overdue" when it is a few days ahead. The caller computes the
        // cut-off dates from the calendar and the policy (MediationDeadlines), so SQL stays a
        // range test.
        bool overdueOnly = false;
        QDate acceptanceCutoff;   // received cases received on or before this: acceptance due before `today`
        int windowDays = 15;      // accepted / in-mediation: received_on + window + extension < today
        int delegatedWindowDays = 30; // the same for a case a court delegated (source court_delegated)
        int followUpDays = 30;    // performed, failed, breached: 回访 due this long after closing (or the agreement)
        QDate today;              // agreed to performing: agreed items due before this not fully paid
    };
    enum class Sort { ReceivedOn, CaseNo, Status, Employer };
    struct PageKey
    {
        QVariant sortValue;
        QString id;
        bool isStart() const { return id.isEmpty(); }
    };

    int count(const Filter &filter) const;
    QList<CaseListRow> page(const Filter &filter, Sort sort, Qt::SortOrder order, const PageKey &after,
                            int limit) const;
    static PageKey keyOf(const CaseListRow &row, Sort sort);
    // What MediationDeadlines counts from, for a page of the list: each case's status, dates,
    // source and extension, its agreed items, its payments (voided ones left out) and its
    // follow-up records, read in four statements for the whole page. Unknown ids are left out.
    QHash<QString, MediationCase> deadlineFacts(const QStringList &caseIds) const;

    // Cases of one worker or one employer (for the register's detail pane).
    QList<CaseListRow> casesOfWorker(const QString &workerId) const;
    QList<CaseListRow> casesOfEmployer(const QString &employerId) const;

    // Bytes of an attachment, by content hash; empty if unknown.
    QByteArray attachmentData(const QString &sha256) const;

private:
    QList<CaseListRow> rows(const QString &sql, const QVariantList &binds) const;

    const Database &m_db;
};

} // namespace ud
