#include "mediation/MediationRepository.h"

#include "mediation/CaseFileRecords.h"
#include "mediation/MediationStateMachine.h"
#include "storage/Database.h"

#include <algorithm>

#include <QSqlError>
#include <QSqlQuery>

namespace ud {

namespace {

QDate dateOf(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

bool execWith(QSqlQuery &q, const QString &sql, const QVariantList &binds)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return false;
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    return q.exec();
}

// The list's columns; applicants and money are summarised per row (a page is at most a few
// hundred rows, each summary an indexed lookup).
const QString kListColumns = QStringLiteral(
    "c.id, c.version, c.case_no, c.status, coalesce(c.received_on, ''), "
    "coalesce((SELECT coalesce(w.name, p.name) FROM mediation_parties p LEFT JOIN workers w ON w.id = p.worker_id "
    "          WHERE p.case_id = c.id AND p.role = 'applicant' AND p.deleted = 0 "
    "          ORDER BY p.representative DESC, p.sort_order LIMIT 1), ''), "
    "(SELECT count(*) FROM mediation_parties p WHERE p.case_id = c.id AND p.role = 'applicant' AND p.deleted = 0), "
    "coalesce(e.name, ''), coalesce(c.dispute_type, ''), coalesce(c.source, ''), c.mediators, c.collective, "
    "c.worker_count, c.extension_days, "
    "coalesce((SELECT sum(amount_fen) FROM mediation_items i WHERE i.case_id = c.id AND i.kind = 'claim' AND i.deleted = 0), 0), "
    "coalesce((SELECT sum(amount_fen) FROM mediation_items i WHERE i.case_id = c.id AND i.kind = 'agreed' AND i.deleted = 0), 0) "
    "+ coalesce((SELECT sum(amount_change_fen) FROM mediation_supplements s WHERE s.case_id = c.id AND s.deleted = 0), 0), "
    "coalesce((SELECT sum(amount_fen) FROM mediation_payments m WHERE m.case_id = c.id AND m.deleted = 0 "
    "AND m.voided = 0), 0)");
const QString kListFrom =
    QStringLiteral(" FROM mediation_cases c LEFT JOIN employers e ON e.id = c.employer_id ");

QString sortExpr(MediationRepository::Sort sort)
{
    switch (sort) {
    // The bare column, so SQLite reads pages in index order (mediation_cases_live_received);
    // every registered case has a receipt date.
    case MediationRepository::Sort::ReceivedOn: return QStringLiteral("c.received_on");
    case MediationRepository::Sort::CaseNo: return QStringLiteral("c.case_no");
    case MediationRepository::Sort::Status: return QStringLiteral("c.status");
    case MediationRepository::Sort::Employer: return QStringLiteral("coalesce(e.name, '')");
    }
    return QStringLiteral("c.received_on");
}

struct Where
{
    QStringList terms;
    QVariantList binds;
    QString sql() const { return terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND ")); }
};

QString ftsQuery(const QString &text)
{
    // Each word must occur; words are quoted so FTS5 syntax characters are taken literally.
    QStringList parts;
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString w : words) {
        w.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        parts << QLatin1Char('"') + w + QLatin1Char('"');
    }
    return parts.join(QLatin1Char(' '));
}

// One- and two-character words for mediation_bigrams, which indexes every pair of characters of a
// case's text (and its last character alone): a pair is one token, a single character the prefix
// of the tokens it starts. The words are letters and digits only, so they need no quoting rules.
QString pairQuery(const QStringList &words)
{
    QStringList parts;
    for (const QString &w : words)
        parts << (w.toUcs4().size() == 1 ? QLatin1Char('"') + w + QStringLiteral("\" *") : QLatin1Char('"') + w + QLatin1Char('"'));
    return parts.join(QStringLiteral(" AND "));
}

Where whereFor(const MediationRepository::Filter &f)
{
    Where w;
    w.terms << QStringLiteral("c.deleted = 0");
    if (!f.statuses.isEmpty()) {
        QStringList marks;
        for (const QString &s : f.statuses) {
            marks << QStringLiteral("?");
            w.binds << s;
        }
        w.terms << QStringLiteral("c.status IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (!f.disputeType.isEmpty()) {
        w.terms << QStringLiteral("(c.dispute_type = ? OR instr(',' || c.other_dispute_types || ',', ?) > 0)");
        w.binds << f.disputeType << QLatin1Char(',') + f.disputeType + QLatin1Char(',');
    }
    if (!f.source.isEmpty()) {
        w.terms << QStringLiteral("c.source = ?");
        w.binds << f.source;
    }
    if (!f.mediator.trimmed().isEmpty()) {
        w.terms << QStringLiteral("instr(c.mediators, ?) > 0");
        w.binds << f.mediator.trimmed();
    }
    if (f.receivedFrom.isValid()) {
        w.terms << QStringLiteral("c.received_on >= ?");
        w.binds << f.receivedFrom.toString(Qt::ISODate);
    }
    if (f.receivedTo.isValid()) {
        w.terms << QStringLiteral("c.received_on <= ?");
        w.binds << f.receivedTo.toString(Qt::ISODate);
    }
    if (f.collective) {
        w.terms << QStringLiteral("c.collective = ?");
        w.binds << (*f.collective ? 1 : 0);
    }
    // Each word must occur. Three characters or more: the trigram index (mediation_fts); one or
    // two letters or digits: the index of character pairs (mediation_bigrams, schema 8); one or
    // two characters with punctuation in them (〔2, A-) are not tokens of that index, so they
    // scan the text.
    QStringList longWords;
    QStringList pairWords;
    QStringList scanWords;
    for (const QString &word : f.text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        // Characters, not UTF-16 units: 𠮷 (outside the BMP) is one character, as in the indexes.
        const QList<uint> chars = word.toUcs4();
        if (chars.size() >= 3)
            longWords << word;
        else if (std::all_of(chars.cbegin(), chars.cend(), [](uint c) { return QChar::isLetterOrNumber(c); }))
            pairWords << word;
        else
            scanWords << word;
    }
    if (!longWords.isEmpty()) {
        w.terms << QStringLiteral("c.id IN (SELECT case_id FROM mediation_fts WHERE mediation_fts MATCH ?)");
        w.binds << ftsQuery(longWords.join(QLatin1Char(' ')));
    }
    if (!pairWords.isEmpty()) {
        w.terms << QStringLiteral("c.id IN (SELECT m.case_id FROM mediation_fts_map m WHERE m.fts_rowid IN "
                                  "(SELECT rowid FROM mediation_bigrams WHERE mediation_bigrams MATCH ?))");
        w.binds << pairQuery(pairWords);
    }
    for (const QString &word : std::as_const(scanWords)) {
        w.terms << QStringLiteral("c.id IN (SELECT f.case_id FROM mediation_fts f "
                                  "WHERE instr(f.parties, ?) > 0 OR instr(f.facts, ?) > 0)");
        w.binds << word << word;
    }
    if (f.overdueOnly) {
        const QString today = f.today.toString(Qt::ISODate);
        w.terms << QStringLiteral(
            "((c.status = 'received' AND c.received_on <= ?) "
            " OR (c.status IN ('accepted', 'in_mediation') "
            "     AND date(c.received_on, '+' || (CASE WHEN c.source = 'court_delegated' THEN ? ELSE ? END "
            "                                     + c.extension_days) || ' days') < ?) "
            " OR (c.status IN ('agreed', 'arbitration_review', 'judicial_confirmation', 'performing') "
            "     AND coalesce((SELECT sum(amount_fen) FROM mediation_items i WHERE i.case_id = c.id "
            "                   AND i.kind = 'agreed' AND i.deleted = 0 AND i.due_on < ?), 0) "
            "       > coalesce((SELECT sum(amount_fen) FROM mediation_payments m WHERE m.case_id = c.id "
            "                   AND m.deleted = 0 AND m.voided = 0), 0)) "
            // The 回访 of an ended case, as MediationDeadlines::followUpDue counts it.
            " OR (c.status IN ('performed', 'failed', 'breached') AND c.follow_up_on IS NULL "
            "     AND date(coalesce(c.closed_on, c.agreed_on), '+' || ? || ' days') < ? "
            "     AND NOT EXISTS (SELECT 1 FROM mediation_follow_ups u WHERE u.case_id = c.id AND u.deleted = 0)))");
        w.binds << f.acceptanceCutoff.toString(Qt::ISODate) << f.delegatedWindowDays << f.windowDays << today << today
                << f.followUpDays << today;
    }
    return w;
}

} // namespace

QList<CaseListRow> MediationRepository::rows(const QString &sql, const QVariantList &binds) const
{
    QList<CaseListRow> out;
    QSqlQuery q(m_db.connection());
    if (!execWith(q, sql, binds))
        return out;
    while (q.next()) {
        CaseListRow r;
        r.id = q.value(0).toString();
        r.version = q.value(1).toLongLong();
        r.caseNo = q.value(2).toString();
        r.status = MediationStateMachine::statusFromKey(q.value(3).toString()).value_or(CaseStatus::Received);
        r.receivedOn = dateOf(q.value(4));
        const QString first = q.value(5).toString();
        const int n = q.value(6).toInt();
        r.applicants = n > 1 ? QCoreApplication::translate("MediationRepository", "%1 et al. (%n applicants)", nullptr, n)
                                   .arg(first)
                             : first;
        r.employerName = q.value(7).toString();
        r.disputeType = q.value(8).toString();
        r.source = q.value(9).toString();
        r.mediators = q.value(10).toString();
        r.collective = q.value(11).toInt() != 0;
        r.workerCount = q.value(12).toInt();
        r.extensionDays = q.value(13).toInt();
        r.claimedFen = q.value(14).toLongLong();
        r.agreedFen = q.value(15).toLongLong();
        r.paidFen = q.value(16).toLongLong();
        out.append(r);
    }
    return out;
}

int MediationRepository::count(const Filter &filter) const
{
    const Where w = whereFor(filter);
    QSqlQuery q(m_db.connection());
    if (!execWith(q, QStringLiteral("SELECT count(*) FROM mediation_cases c") + w.sql(), w.binds) || !q.next())
        return 0;
    return q.value(0).toInt();
}

QList<CaseListRow> MediationRepository::page(const Filter &filter, Sort sort, Qt::SortOrder order,
                                             const PageKey &after, int limit) const
{
    Where w = whereFor(filter);
    const QString expr = sortExpr(sort);
    const QString dir = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    if (!after.isStart()) {
        const QString op = order == Qt::AscendingOrder ? QStringLiteral(">") : QStringLiteral("<");
        w.terms << QStringLiteral("(%1 %2 ? OR (%1 = ? AND c.id %2 ?))").arg(expr, op);
        w.binds << after.sortValue << after.sortValue << after.id;
    }
    // The page's ids first, sorted with nothing but the sort key, then the summaries of those
    // rows only: sorting the summaries would compute them for every match (a common search
    // character matches ~10 % of the cases).
    const QString sql = QStringLiteral("SELECT ") + kListColumns
        + QStringLiteral(" FROM (SELECT c.id FROM mediation_cases c LEFT JOIN employers e ON e.id = c.employer_id")
        + w.sql()
        + QStringLiteral(" ORDER BY %1 %2, c.id %2 LIMIT %3) k CROSS JOIN mediation_cases c ON c.id = k.id "
                         "LEFT JOIN employers e ON e.id = c.employer_id ORDER BY %1 %2, c.id %2")
              .arg(expr, dir)
              .arg(limit);
    return rows(sql, w.binds);
}

MediationRepository::PageKey MediationRepository::keyOf(const CaseListRow &row, Sort sort)
{
    switch (sort) {
    case Sort::ReceivedOn: return {row.receivedOn.isValid() ? row.receivedOn.toString(Qt::ISODate) : QString(), row.id};
    case Sort::CaseNo: return {row.caseNo, row.id};
    case Sort::Status: return {MediationStateMachine::statusKey(row.status), row.id};
    case Sort::Employer: return {row.employerName, row.id};
    }
    return {QVariant(), row.id};
}

QHash<QString, MediationCase> MediationRepository::deadlineFacts(const QStringList &caseIds) const
{
    QHash<QString, MediationCase> out;
    if (caseIds.isEmpty())
        return out;
    QStringList marks;
    QVariantList ids;
    for (const QString &id : caseIds) {
        marks << QStringLiteral("?");
        ids << id;
    }
    const QString in = marks.join(QLatin1Char(','));
    QSqlQuery q(m_db.connection());
    if (!execWith(q,
                  QStringLiteral("SELECT id, status, coalesce(received_on, ''), coalesce(source, ''), extension_days, "
                                 "coalesce(agreed_on, ''), coalesce(closed_on, ''), coalesce(review_applied_on, ''), "
                                 "coalesce(follow_up_on, '') FROM mediation_cases WHERE id IN (%1)")
                      .arg(in),
                  ids))
        return out;
    while (q.next()) {
        MediationCase c;
        c.id = q.value(0).toString();
        c.status = MediationStateMachine::statusFromKey(q.value(1).toString()).value_or(CaseStatus::Received);
        c.receivedOn = dateOf(q.value(2));
        c.source = q.value(3).toString();
        c.extensionDays = q.value(4).toInt();
        c.agreedOn = dateOf(q.value(5));
        c.closedOn = dateOf(q.value(6));
        c.reviewAppliedOn = dateOf(q.value(7));
        c.followUpOn = dateOf(q.value(8));
        out.insert(c.id, c);
    }
    if (execWith(q,
                 QStringLiteral("SELECT case_id, id, item, description, amount_fen, coalesce(due_on, '') FROM mediation_items "
                                "WHERE case_id IN (%1) AND kind = 'agreed' AND deleted = 0 ORDER BY case_id, sort_order, id")
                     .arg(in),
                 ids)) {
        while (q.next()) {
            const auto c = out.find(q.value(0).toString());
            if (c == out.end())
                continue;
            CaseItem it;
            it.id = q.value(1).toString();
            it.kind = QStringLiteral("agreed");
            it.item = q.value(2).toString();
            it.description = q.value(3).toString();
            it.amountFen = q.value(4).toLongLong();
            it.dueOn = dateOf(q.value(5));
            c->items.append(it);
        }
    }
    if (execWith(q,
                 QStringLiteral("SELECT case_id, id, coalesce(item_id, ''), paid_on, amount_fen FROM mediation_payments "
                                "WHERE case_id IN (%1) AND deleted = 0 AND voided = 0 ORDER BY case_id, paid_on, id")
                     .arg(in),
                 ids)) {
        while (q.next()) {
            const auto c = out.find(q.value(0).toString());
            if (c == out.end())
                continue;
            CasePayment p;
            p.id = q.value(1).toString();
            p.itemId = q.value(2).toString();
            p.paidOn = dateOf(q.value(3));
            p.amountFen = q.value(4).toLongLong();
            c->payments.append(p);
        }
    }
    if (execWith(q,
                 QStringLiteral("SELECT case_id, coalesce(done_on, '') FROM mediation_follow_ups "
                                "WHERE case_id IN (%1) AND deleted = 0")
                     .arg(in),
                 ids)) {
        while (q.next()) {
            const auto c = out.find(q.value(0).toString());
            if (c == out.end())
                continue;
            CaseFollowUp f;
            f.doneOn = dateOf(q.value(1));
            c->followUps.append(f);
        }
    }
    return out;
}

QList<CaseListRow> MediationRepository::casesOfWorker(const QString &workerId) const
{
    return rows(QStringLiteral("SELECT ") + kListColumns + kListFrom
                    + QStringLiteral(" WHERE c.deleted = 0 AND c.id IN (SELECT case_id FROM mediation_parties "
                                     "WHERE worker_id = ? AND deleted = 0) ORDER BY c.received_on DESC"),
                {workerId});
}

QList<CaseListRow> MediationRepository::casesOfEmployer(const QString &employerId) const
{
    return rows(QStringLiteral("SELECT ") + kListColumns + kListFrom
                    + QStringLiteral(" WHERE c.deleted = 0 AND c.employer_id = ? ORDER BY c.received_on DESC"),
                {employerId});
}

QByteArray MediationRepository::attachmentData(const QString &sha256) const
{
    QSqlQuery q(m_db.connection());
    if (!execWith(q, QStringLiteral("SELECT data FROM attachment_blobs WHERE sha256 = ?"), {sha256}) || !q.next())
        return {};
    return q.value(0).toByteArray();
}

QString MediationRepository::caseIdByNumber(const QString &caseNo) const
{
    QSqlQuery q(m_db.connection());
    return execWith(q, QStringLiteral("SELECT id FROM mediation_cases WHERE case_no = ? AND deleted = 0"), {caseNo.trimmed()})
            && q.next()
        ? q.value(0).toString()
        : QString();
}

std::optional<MediationCase> MediationRepository::fullCase(const QString &id) const
{
    QSqlQuery q(m_db.connection());
    if (!execWith(q,
                  QStringLiteral(
                      "SELECT c.id, c.version, c.case_no, c.case_year, c.case_seq, c.status, coalesce(c.received_on, ''), "
                      "coalesce(c.source, ''), c.collective, c.worker_count, coalesce(c.employer_id, ''), "
                      "coalesce(c.dispute_type, ''), c.other_dispute_types, c.facts, c.requests, c.mediators, "
                      "c.respondent_consent, coalesce(c.decided_on, ''), c.decision_reason, c.extension_days, "
                      "c.extension_consent, coalesce(c.agreed_on, ''), c.agreement_terms, c.waived_claims, "
                      "c.tax_borne_by, coalesce(c.closed_on, ''), coalesce(c.close_reason, ''), c.opinion, "
                      "coalesce(c.review_kind, ''), coalesce(c.review_applied_on, ''), c.review_result, "
                      "coalesce(c.follow_up_on, ''), c.follow_up_note, c.notes, coalesce(c.decision_reason_code, ''), "
                      "c.respondent_position, c.performance_method, coalesce(c.review_outcome, ''), "
                      "coalesce(c.review_decided_on, ''), c.review_document_no, c.migrant_workers, c.overrides, c.org_unit, c.created_by, c.updated_at, "
                      "c.deleted, coalesce(e.name, ''), coalesce(e.credit_code, ''), coalesce(e.address, ''), "
                      "coalesce(e.legal_representative, ''), coalesce(e.phone, ''), coalesce(c.last_moved_on, '') "
                      "FROM mediation_cases c LEFT JOIN employers e ON e.id = c.employer_id WHERE c.id = ?"),
                  {id})
        || !q.next())
        return std::nullopt;
    MediationCase c;
    int i = 0;
    const auto next = [&q, &i]() { return q.value(i++); };
    c.id = next().toString();
    c.version = next().toLongLong();
    c.caseNo = next().toString();
    c.caseYear = next().toInt();
    c.caseSeq = next().toInt();
    c.status = MediationStateMachine::statusFromKey(next().toString()).value_or(CaseStatus::Received);
    c.receivedOn = dateOf(next());
    c.source = next().toString();
    c.collective = next().toInt() != 0;
    c.workerCount = next().toInt();
    c.employerId = next().toString();
    c.disputeType = next().toString();
    c.otherDisputeTypes = next().toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    c.facts = next().toString();
    c.requests = next().toString();
    c.mediators = next().toString();
    const QVariant consent = next();
    if (!consent.isNull())
        c.respondentConsent = consent.toInt() != 0;
    c.decidedOn = dateOf(next());
    c.decisionReason = next().toString();
    c.extensionDays = next().toInt();
    c.extensionConsent = next().toString();
    c.agreedOn = dateOf(next());
    c.agreementTerms = next().toString();
    c.waivedClaims = next().toString();
    c.taxBorneBy = next().toString();
    c.closedOn = dateOf(next());
    c.closeReason = next().toString();
    c.opinion = next().toString();
    c.reviewKind = next().toString();
    c.reviewAppliedOn = dateOf(next());
    c.reviewResult = next().toString();
    c.followUpOn = dateOf(next());
    c.followUpNote = next().toString();
    c.notes = next().toString();
    c.decisionReasonCode = next().toString();
    c.respondentPosition = next().toString();
    c.performanceMethod = next().toString();
    c.reviewOutcome = next().toString();
    c.reviewDecidedOn = dateOf(next());
    c.reviewDocumentNo = next().toString();
    c.migrantWorkers = next().toInt() != 0;
    c.overrides = next().toString();
    c.orgUnit = next().toString();
    c.createdBy = next().toString();
    c.updatedAt = next().toString();
    c.deleted = next().toInt() != 0;
    c.employerName = next().toString();
    c.employerCreditCode = next().toString();
    c.employerAddress = next().toString();
    c.employerLegalRep = next().toString();
    c.employerPhone = next().toString();
    c.lastMovedOn = dateOf(next());

    if (execWith(q,
                 QStringLiteral("SELECT p.id, p.version, p.role, p.side, coalesce(p.worker_id, ''), p.representative, "
                                "coalesce(w.name, p.name), coalesce(nullif(p.phone, ''), w.phone, ''), p.relation, "
                                "coalesce(w.id_number, ''), coalesce(w.sex, ''), coalesce(w.birth_date, ''), "
                                "coalesce(w.ethnicity, ''), coalesce(w.address, ''), coalesce(w.post, ''), p.amount_fen, p.authorised, coalesce(w.id_type, 'resident') "
                                "FROM mediation_parties p LEFT JOIN workers w ON w.id = p.worker_id "
                                "WHERE p.case_id = ? AND p.deleted = 0 ORDER BY p.role, p.sort_order, p.id"),
                 {id})) {
        while (q.next()) {
            CaseParty p;
            p.id = q.value(0).toString();
            p.version = q.value(1).toLongLong();
            p.role = q.value(2).toString();
            p.side = q.value(3).toString();
            p.workerId = q.value(4).toString();
            p.representative = q.value(5).toInt() != 0;
            p.name = q.value(6).toString();
            p.phone = q.value(7).toString();
            p.relation = q.value(8).toString();
            p.idNumber = q.value(9).toString();
            p.sex = q.value(10).toString();
            p.birthDate = dateOf(q.value(11));
            p.ethnicity = q.value(12).toString();
            p.address = q.value(13).toString();
            p.post = q.value(14).toString();
            if (!q.value(15).isNull())
                p.amountFen = q.value(15).toLongLong();
            p.authorised = q.value(16).toInt() != 0;
            p.idType = q.value(17).toString();
            c.parties.append(p);
        }
    }
    if (execWith(q,
                 QStringLiteral("SELECT id, version, kind, item, description, amount_fen, coalesce(due_on, '') "
                                "FROM mediation_items WHERE case_id = ? AND deleted = 0 ORDER BY kind, sort_order, id"),
                 {id})) {
        while (q.next()) {
            CaseItem it;
            it.id = q.value(0).toString();
            it.version = q.value(1).toLongLong();
            it.kind = q.value(2).toString();
            it.item = q.value(3).toString();
            it.description = q.value(4).toString();
            it.amountFen = q.value(5).toLongLong();
            it.dueOn = dateOf(q.value(6));
            c.items.append(it);
        }
    }
    if (execWith(q,
                 QStringLiteral("SELECT id, version, coalesce(item_id, ''), paid_on, amount_fen, method, note, at_signing, "
                                "voided, voided_on, void_reason FROM mediation_payments WHERE case_id = ? AND deleted = 0 ORDER BY paid_on, id"),
                 {id})) {
        while (q.next()) {
            CasePayment p;
            p.id = q.value(0).toString();
            p.version = q.value(1).toLongLong();
            p.itemId = q.value(2).toString();
            p.paidOn = dateOf(q.value(3));
            p.amountFen = q.value(4).toLongLong();
            p.method = q.value(5).toString();
            p.note = q.value(6).toString();
            p.atSigning = q.value(7).toInt() != 0;
            p.voided = q.value(8).toInt() != 0;
            p.voidedOn = dateOf(q.value(9));
            p.voidReason = q.value(10).toString();
            c.payments.append(p);
        }
    }
    if (execWith(q,
                 QStringLiteral("SELECT id, version, started_at, place, mediators, recorder, attendees, statements, "
                                "proposals, progress, next_step, voided, voided_on, void_reason FROM mediation_sessions "
                                "WHERE case_id = ? AND deleted = 0 ORDER BY started_at, id"),
                 {id})) {
        while (q.next()) {
            CaseSession s;
            s.id = q.value(0).toString();
            s.version = q.value(1).toLongLong();
            s.startedAt = q.value(2).toString();
            s.place = q.value(3).toString();
            s.mediators = q.value(4).toString();
            s.recorder = q.value(5).toString();
            s.attendees = q.value(6).toString();
            s.statements = q.value(7).toString();
            s.proposals = q.value(8).toString();
            s.progress = q.value(9).toString();
            s.nextStep = q.value(10).toString();
            s.voided = q.value(11).toInt() != 0;
            s.voidedOn = dateOf(q.value(12));
            s.voidReason = q.value(13).toString();
            c.sessions.append(s);
        }
    }
    if (execWith(q,
                 QStringLiteral("SELECT id, version, file_name, mime_type, size_bytes, sha256, description, created_at "
                                "FROM mediation_attachments WHERE case_id = ? AND deleted = 0 ORDER BY created_at, id"),
                 {id})) {
        while (q.next()) {
            CaseAttachment a;
            a.id = q.value(0).toString();
            a.version = q.value(1).toLongLong();
            a.fileName = q.value(2).toString();
            a.mimeType = q.value(3).toString();
            a.sizeBytes = q.value(4).toLongLong();
            a.sha256 = q.value(5).toString();
            a.description = q.value(6).toString();
            a.createdAt = q.value(7).toString();
            c.attachments.append(a);
        }
    }
    CaseFileRecords::read(m_db, c);
    return c;
}

} // namespace ud
