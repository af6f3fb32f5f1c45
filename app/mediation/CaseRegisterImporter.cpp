#include "mediation/CaseRegisterImporter.h"

#include "storage/WriteNotice.h"

#include "mediation/MediationLog.h"
#include "mediation/MediationStateMachine.h"
#include "core/Money.h"
#include "core/ResidentId.h"
#include "mediation/CaseImportPath.h"
#include "mediation/CaseImportVocabulary.h"
#include "exchange/ImportCells.h"
#include "exchange/ImportColumns.h"
#include "exchange/ImportRow.h"
#include "exchange/ImportRun.h"
#include "storage/AccessLog.h"
#include "storage/Database.h"
#include "storage/NameSortKeys.h"
#include "mediation/MediationService.h"
#include "storage/RecordStore.h"
#include "register/RegisterValidator.h"

#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <optional>

namespace ud {

namespace {

// Headers of a union office's register, then English field names (docs/import-cases.md).
constexpr ColumnSpec kColumns[] = {
    {"case_no", "案号|调解案号|案件编号|case_no|case_number", false},
    {"received_on", "收到申请日期|收到申请时间|申请日期|收案日期|登记日期|received_on|date_received", true},
    {"applicant", "申请人|申请人姓名|applicant|applicants|applicant_name", true},
    {"applicant_id", "申请人身份证号|申请人身份证号码|身份证号|身份证号码|公民身份号码|applicant_id_number|applicant_id|id_number", false},
    {"employer", "用人单位|被申请人|用人单位名称|单位名称|employer|respondent|employer_name", false},
    {"credit_code", "统一社会信用代码|用人单位统一社会信用代码|信用代码|credit_code|employer_credit_code|uscc", false},
    {"dispute_type", "争议类型|纠纷类型|案由|dispute_type", true},
    {"source", "来源|案件来源|申请方式|source", true},
    {"claimed", "请求金额|申请金额|标的额|claimed|claimed_amount|claim_amount", false},
    {"status", "状态|案件状态|办理状态|status", true},
    {"decided_on", "受理日期|受理时间|decided_on|accepted_on|date_accepted", false},
    {"closed_on", "结案日期|结案时间|closed_on|date_closed", false},
    {"agreed", "协议金额|调解金额|agreed|agreed_amount", false},
    {"paid", "已履行金额|履行金额|已支付金额|paid|paid_amount", false},
    {"mediators", "调解员|承办调解员|mediators|mediator", false},
    {"facts", "事实与理由|事实和理由|案情|案情简介|facts|facts_and_reasons", true},
    // Optional columns a register may have.
    {"requests", "请求事项|申请事项|requests", false},
    {"collective", "集体争议|是否集体争议|collective", false},
    {"worker_count", "涉及人数|涉及职工人数|worker_count|workers", false},
    {"agreed_on", "协议日期|协议生效日期|agreed_on|agreement_date", false},
    {"review_on", "确认申请日期|审查确认申请日期|review_on|review_applied_on", false},
    {"performed_on", "履行日期|履行完毕日期|performed_on|payment_date", false},
    {"close_reason", "结案原因|结案方式|不予受理理由|close_reason|reason", false},
    {"notes", "备注|notes|remarks", false},
};

// The columns; a file names the employer by name or by credit code, at least one of them.
const ImportColumns &columns()
{
    static const ImportColumns c = ImportColumns(kColumns).requireOneOf({QStringLiteral("employer"), QStringLiteral("credit_code")});
    return c;
}

QString templateHeader(const QString &field)
{
    return columns().templateHeader(field);
}

// A prepared lookup: the first two rows of (column 0, column 1) for a key. With `remember`, the
// answers are kept: a register names the same employers again and again.
class Finder
{
public:
    Finder(Database &db, const QString &sql, bool remember = false) : m_query(db.connection()), m_remember(remember)
    {
        m_query.setForwardOnly(true);
        m_query.prepare(sql);
    }
    QList<QPair<QString, QString>> find(const QString &key)
    {
        if (m_remember)
            if (const auto it = m_known.constFind(key); it != m_known.constEnd())
                return it.value();
        QList<QPair<QString, QString>> out;
        m_query.addBindValue(key);
        if (m_query.exec())
            while (out.size() < 2 && m_query.next())
                out.append({m_query.value(0).toString(), m_query.value(1).toString()});
        m_query.finish();
        if (m_remember)
            m_known.insert(key, out);
        return out;
    }

    QSqlQuery &query() { return m_query; }

private:
    QSqlQuery m_query;
    const bool m_remember;
    QHash<QString, QList<QPair<QString, QString>>> m_known;
};


// One data row: the framework's row (cells by field, problems) and the register's dates and amounts.
class RowCells
{
public:
    explicit RowCells(ImportRow &row) : m_row(row) {}
    int row() const { return m_row.row(); }
    bool clean() const { return m_row.clean(); }
    bool has(const QString &field) const { return m_row.has(field); }
    QString text(const char *field) const { return m_row.text(field); }
    QString text(const QString &field) const { return m_row.text(field); }
    // Whether a problem with the cell of `field` has been reported already.
    bool reported(const QString &field) const { return m_row.reported(field); }
    // A problem with the cell of `field`; a column the file does not have is named by its template header.
    void report(const QString &field, const QString &message) { m_row.report(field, message); }
    void reportRow(const QString &message, const QString &value = {}) { m_row.reportRow(message, value); }
    QString header(const char *field) const { return m_row.header(field); }

    QDate date(const char *field)
    {
        const QString t = text(field);
        if (t.isEmpty())
            return {};
        const QDate d = ImportCells::parseDate(t);
        if (!d.isValid())
            report(QLatin1String(field), RegisterImporter::tr("%1: not a date; write it as 2024-01-31.").arg(header(field)));
        return d;
    }
    std::optional<qint64> money(const char *field)
    {
        const QString t = text(field);
        if (t.isEmpty())
            return std::nullopt;
        const auto fen = Money::parseYuan(t);
        if (!fen) {
            report(QLatin1String(field), fen.error());
            return std::nullopt;
        }
        return fen.value();
    }

private:
    ImportRow &m_row;
};

// Everything the file's rows are checked against, loaded or prepared once.
struct Context
{
    Context(Database &db, const QDate &today)
        : vocabulary(db), validator(db, today),
          workerById(db, QStringLiteral("SELECT id, name FROM workers WHERE id_number = ? AND deleted = 0")),
          workerByName(db, QStringLiteral("SELECT id, name FROM workers WHERE name = ? AND deleted = 0")),
          // The import adds no employers: their answers stay true while it runs.
          employerByCode(db, QStringLiteral("SELECT id, name FROM employers WHERE credit_code = ? AND deleted = 0"), true),
          employerByName(db, QStringLiteral("SELECT id, name FROM employers WHERE name = ? AND deleted = 0"), true),
          sameCase(db, QStringLiteral("SELECT c.case_no, c.id FROM mediation_cases c JOIN mediation_parties p ON p.case_id = c.id "
                                      "WHERE p.worker_id = ? AND p.role = 'applicant' AND p.deleted = 0 AND c.deleted = 0 "
                                      "AND c.employer_id = ? AND c.received_on = ?"))
    {
    }
    // The case the database has already for this applicant, employer and date received.
    QString existingCase(const QString &workerId, const QString &employerId, const QDate &received)
    {
        QSqlQuery &q = sameCase.query();
        q.addBindValue(workerId);
        q.addBindValue(employerId);
        q.addBindValue(received.toString(Qt::ISODate));
        const QString caseNo = q.exec() && q.next() ? q.value(0).toString() : QString();
        q.finish();
        return caseNo;
    }
    CaseImportVocabulary vocabulary;
    RegisterValidator validator;
    Finder workerById;
    Finder workerByName;
    Finder employerByCode;
    Finder employerByName;
    Finder sameCase;
    QHash<QString, int> caseNumbers;   // case number -> first row
    QHash<QString, int> caseKeys;      // first applicant, employer, date received -> first row
    QHash<QString, QString> newNames;  // ID number of a worker to add -> name
    int collectiveThreshold = 10;
};

void readEmployer(RowCells &row, Context &ctx, CaseImportRow &out)
{
    const QString code = ImportCells::codeText(row.text("credit_code")).toUpper();
    const QString name = row.text("employer");
    if (code.isEmpty() && name.isEmpty()) {
        row.report(QStringLiteral("employer"), CaseRegisterImporter::tr("Enter the employer (the respondent) or its credit code."));
        return;
    }
    const QString field = code.isEmpty() ? QStringLiteral("employer") : QStringLiteral("credit_code");
    const auto found = code.isEmpty() ? ctx.employerByName.find(name) : ctx.employerByCode.find(code);
    if (found.isEmpty())
        row.report(field, RegisterImporter::tr("Unknown employer: it is not in the register. Import or enter the employer first."));
    else if (found.size() > 1)
        row.report(field, CaseRegisterImporter::tr("Several employers in the register have this name; add the column %1 to say which one.")
                              .arg(templateHeader(QStringLiteral("credit_code"))));
    else
        out.intake.employerId = found.first().first;
}

void readApplicants(RowCells &row, Context &ctx, const QDate &today, CaseImportRow &out)
{
    const QStringList givenNames = ImportCells::splitList(row.text("applicant"));
    const QStringList givenIds = ImportCells::splitList(row.text("applicant_id"));
    if (givenNames.isEmpty() && givenIds.isEmpty()) {
        row.report(QStringLiteral("applicant"), CaseRegisterImporter::tr("Enter the applicant."));
        return;
    }
    if (!givenIds.isEmpty() && givenIds.size() != givenNames.size()) {
        row.report(QStringLiteral("applicant_id"),
                   CaseRegisterImporter::tr("%1 name(s) but %2 ID number(s); give one ID number for each applicant, in the same order.")
                       .arg(givenNames.size())
                       .arg(givenIds.size()));
        return;
    }
    for (int i = 0; i < givenNames.size(); ++i) {
        const QString name = givenNames.at(i);
        CaseParty party;
        party.name = name;
        const QString id = ImportCells::codeText(givenIds.value(i));
        if (id.isEmpty()) {
            const auto found = ctx.workerByName.find(name);
            if (found.isEmpty())
                row.report(QStringLiteral("applicant"),
                           CaseRegisterImporter::tr("%1 is not in the register; give the ID number (column %2) so the worker can be added.")
                               .arg(name, templateHeader(QStringLiteral("applicant_id"))));
            else if (found.size() > 1)
                row.report(QStringLiteral("applicant"),
                           CaseRegisterImporter::tr("Several workers in the register are called %1; give the ID number.").arg(name));
            else
                party.workerId = found.first().first;
            out.intake.parties << party;
            continue;
        }
        if (ImportCells::isScientific(id)) {
            row.report(QStringLiteral("applicant_id"),
                       RegisterImporter::tr("The number was stored as a number, so Excel rounded its last digits. Format the "
                                            "column as text and enter the number again."));
            continue;
        }
        if (id.contains(QLatin1Char('*'))) {
            row.report(QStringLiteral("applicant_id"),
                       RegisterImporter::tr("The number is masked. Export again with full ID numbers to import it."));
            continue;
        }
        const ResidentId::Check check = ResidentId::check(id, today);
        if (!check.ok()) {
            // A worker who carries a passport or a permit (IdDocument) is matched by the number
            // the register has for her; to be added by the import, a worker needs a resident ID.
            if (const auto found = ctx.workerById.find(id.trimmed().toUpper()); !found.isEmpty()) {
                if (found.first().second != name)
                    row.report(QStringLiteral("applicant"),
                               CaseRegisterImporter::tr("The register has the ID number given for %1 under another name; "
                                                        "check the name or the number.")
                                   .arg(name));
                party.workerId = found.first().first;
                out.intake.parties << party;
                continue;
            }
            row.report(QStringLiteral("applicant_id"),
                       CaseRegisterImporter::tr("%1: %2 If it is the number of a passport or a permit, add the worker to "
                                                "the register first, with the kind of document.")
                           .arg(name, check.message));
            continue;
        }
        const QString number = check.info.normalized;
        if (const auto found = ctx.workerById.find(number); !found.isEmpty()) {
            if (found.first().second != name)
                row.report(QStringLiteral("applicant"),
                           // The registered name is not shown: whoever imports may not know who else is in the register.
                           CaseRegisterImporter::tr("The register has the ID number given for %1 under another name; check "
                                                    "the name or the number.")
                               .arg(name));
            party.workerId = found.first().first;
            out.intake.parties << party;
            continue;
        }
        // Not in the register yet: added with the case, employed by the respondent.
        if (const QString earlier = ctx.newNames.value(number); !earlier.isEmpty() && earlier != name) {
            row.report(QStringLiteral("applicant"),
                       CaseRegisterImporter::tr("An earlier row gives this ID number to %1; check the name or the number.").arg(earlier));
            continue;
        }
        QVariantMap worker = {{QStringLiteral("name"), name}, {QStringLiteral("id_number"), number}};
        if (!out.intake.employerId.isEmpty())
            worker.insert(QStringLiteral("employer_id"), out.intake.employerId);
        const RegisterValidator::Outcome outcome = ctx.validator.checkWorker(worker);
        for (const FieldError &e : outcome.errors)
            row.report(e.field == QLatin1String("name") ? QStringLiteral("applicant") : QStringLiteral("applicant_id"), e.message);
        if (!outcome.ok())
            continue;
        ctx.newNames.insert(number, name);
        out.newWorkers << outcome.fields;
        party.workerId = QStringLiteral("new:") + number;
        out.intake.parties << party;
    }
}

CaseImportRow readRow(RowCells &row, Context &ctx, const QDate &today)
{
    CaseImportRow out;
    out.row = row.row();
    MediationCase &c = out.intake;
    const CaseImportVocabulary &words = ctx.vocabulary;
    c.caseNo = row.text("case_no");
    if (!c.caseNo.isEmpty()) {
        if (const int first = ctx.caseNumbers.value(c.caseNo); first > 0)
            row.report(QStringLiteral("case_no"), RegisterImporter::tr("Same as row %1.").arg(first));
        else
            ctx.caseNumbers.insert(c.caseNo, row.row());
    }
    c.receivedOn = row.date("received_on");
    if (!row.has(QStringLiteral("received_on")) || row.text("received_on").isEmpty())
        row.report(QStringLiteral("received_on"), CaseRegisterImporter::tr("Enter the date the application was received."));
    readEmployer(row, ctx, out);
    readApplicants(row, ctx, today, out);
    // The same case twice: in the file, or already in the database (a file imported again).
    if (!c.parties.isEmpty() && !c.parties.first().workerId.isEmpty() && !c.employerId.isEmpty() && c.receivedOn.isValid()) {
        const QString worker = c.parties.first().workerId;
        const QString key = worker + QLatin1Char('|') + c.employerId + QLatin1Char('|') + c.receivedOn.toString(Qt::ISODate);
        if (const int first = ctx.caseKeys.value(key); first > 0)
            row.report(QStringLiteral("applicant"), CaseRegisterImporter::tr("The same case as row %1 (same applicant, employer and date received).").arg(first));
        else if (const QString existing = ctx.existingCase(worker, c.employerId, c.receivedOn); !existing.isEmpty())
            row.report(QStringLiteral("applicant"), CaseRegisterImporter::tr("Already imported or entered as case %1 (same applicant, employer and date received).").arg(existing));
        else
            ctx.caseKeys.insert(key, row.row());
    }

    const auto coded = [&row, &words](const char *field, const char *list, const QString &message) {
        const QString t = row.text(field);
        if (t.isEmpty()) {
            row.report(QLatin1String(field), message.arg(words.shown(QLatin1String(list))));
            return QString();
        }
        const QString code = words.code(QLatin1String(list), t);
        if (code.isEmpty())
            row.report(QLatin1String(field), message.arg(words.shown(QLatin1String(list))));
        return code;
    };
    // A cell may name several types (解除、终止劳动合同、经济补偿): the first is the main one.
    const QString typeMessage = CaseRegisterImporter::tr("Write one of the dispute types: %1.");
    const QStringList types = words.disputeTypes(row.text("dispute_type"));
    if (types.isEmpty())
        row.report(QStringLiteral("dispute_type"), typeMessage.arg(words.shown(QStringLiteral("dispute_type"))));
    else
        c.disputeType = types.first();
    c.otherDisputeTypes = types.mid(1);
    c.source = coded("source", "case_source", CaseRegisterImporter::tr("Write one of the sources: %1."));
    const QString statusKey = coded("status", "status", CaseRegisterImporter::tr("Write one of the statuses: %1."));
    out.status = MediationStateMachine::statusFromKey(statusKey).value_or(CaseStatus::Received);
    const QString reason = row.text("close_reason");
    if (out.status == CaseStatus::Failed && !reason.isEmpty()) {
        out.closeReason = words.code(QStringLiteral("case_close_reason"), reason);
        if (out.closeReason.isEmpty())
            out.reason = reason; // the register's own words: no agreement, with its reason
    } else {
        out.reason = reason;
    }

    out.decidedOn = row.date("decided_on");
    out.closedOn = row.date("closed_on");
    out.agreedOn = row.date("agreed_on");
    if (!out.agreedOn.isValid())
        out.agreedOn = out.closedOn;
    out.reviewOn = row.date("review_on");
    out.performedOn = row.date("performed_on");
    if (!out.performedOn.isValid() && row.text("agreed_on").size() > 0
        && (out.status == CaseStatus::Performed || out.status == CaseStatus::Breached))
        out.performedOn = out.closedOn;
    out.agreedFen = row.money("agreed");
    out.paidFen = row.money("paid");
    const auto claimed = row.money("claimed");
    if (claimed && *claimed > 0) {
        CaseItem claim;
        claim.kind = QStringLiteral("claim");
        claim.item = CaseImportPath::mainItem(c.disputeType);
        claim.amountFen = *claimed;
        c.items << claim;
    }

    bool countOk = true;
    const QString count = row.text("worker_count").remove(QStringLiteral("人"));
    const int workers = count.isEmpty() ? 0 : count.toInt(&countOk);
    if (!countOk || workers < 0)
        row.report(QStringLiteral("worker_count"), CaseRegisterImporter::tr("Write the number of workers concerned, e.g. 25."));
    std::optional<bool> collective;
    if (const QString t = row.text("collective"); !t.isEmpty()) {
        collective = ImportCells::parseYesNo(t);
        if (!collective)
            row.report(QStringLiteral("collective"), RegisterImporter::tr("%1: write 是 or 否.").arg(row.header("collective")));
    }
    // A collective dispute lists its elected representatives as the applicants (art. 7).
    c.collective = collective.value_or(workers >= ctx.collectiveThreshold);
    c.workerCount = std::max(workers, static_cast<int>(c.parties.size()));
    for (CaseParty &p : c.parties)
        p.representative = c.collective;
    c.facts = row.text("facts");
    c.requests = row.text("requests");
    c.mediators = ImportCells::splitList(row.text("mediators")).join(QStringLiteral("、"));
    c.notes = row.text("notes");
    return out;
}

// The column of an intake problem.
QString columnOf(const FieldError &e, const RowCells &row)
{
    const QString f = e.field;
    if (f == QLatin1String("receivedOn"))
        return QStringLiteral("received_on");
    if (f == QLatin1String("caseNo"))
        return QStringLiteral("case_no");
    if (f == QLatin1String("employer"))
        return row.text("credit_code").isEmpty() ? QStringLiteral("employer") : QStringLiteral("credit_code");
    if (f == QLatin1String("disputeType"))
        return QStringLiteral("dispute_type");
    if (f.startsWith(QLatin1String("claims/")))
        return QStringLiteral("claimed");
    if ((f == QLatin1String("workerCount") || f == QLatin1String("collective")) && row.has(QStringLiteral("worker_count")))
        return QStringLiteral("worker_count");
    if (f == QLatin1String("workerCount") || f == QLatin1String("collective") || f == QLatin1String("applicants"))
        return QStringLiteral("applicant");
    return f; // source, facts
}


// Mediation's side of an ImportRun: its transaction, WriteNotice and access-log entry, and the
// reading, checking and writing of one case (with the applicants it adds to the register).
class CaseTarget final : public ImportRun::Target
{
public:
    CaseTarget(Database &db, RecordStore &store, const QDate &today, const QString &sourceName)
        : m_db(db), m_store(store), m_today(today), m_sourceName(sourceName)
    {
    }
    ~CaseTarget() override
    {
        m_tx.reset(); // committed, or rolled back now
        if (m_tempStore) {
            m_db.exec(QStringLiteral("PRAGMA temp_store = %1").arg(*m_tempStore));
            restoreTemporaryObjects();
        }
    }

    // Changing temp_store drops the connection's temporary objects, among them the triggers
    // that keep the register's name sort keys (NameSortKeys): they are made again at once, and
    // a key missed meanwhile is filled.
    void restoreTemporaryObjects()
    {
        if (Status s = NameSortKeys::prepare(m_db); !s)
            qCWarning(lcMediation) << "name sort keys after the import:" << s.error();
    }

    Status begin(qsizetype rows) override
    {
        // Cases are written as they are read, all in this one transaction (each in a savepoint of
        // it); it is committed only when no row had a problem.
        m_notice.emplace(m_db, WriteNotice::accountName(m_db, m_store.actor()), WriteNotice::Task::ImportCases, rows);
        // Every record is written in a savepoint; SQLite keeps what a savepoint would restore in a
        // temporary file once it passes 64 KB, hundreds of writes a case. The import keeps them in
        // memory (set outside a transaction only; the connection's setting is restored afterwards).
        if (!m_db.inTransaction()) {
            QSqlQuery store(m_db.connection());
            if (store.exec(QStringLiteral("PRAGMA temp_store")) && store.next())
                m_tempStore = store.value(0).toInt();
            if (Status s = m_db.exec(QStringLiteral("PRAGMA temp_store = MEMORY")); !s)
                return s;
            restoreTemporaryObjects();
        }
        m_tx.emplace(m_db);
        if (!m_tx->isActive())
            return Status::failure(m_tx->error());
        if (rows >= WriteNotice::kRowsWorthANotice)
            m_notice->post();
        // The search text of a new case is rebuilt when the case is inserted and again for each
        // party (the triggers of mediation_search_queue, schema 8): most of the cost of writing an
        // imported case. During the import the queue takes nothing (a TEMP trigger of this
        // connection, gone with the transaction if it rolls back); finish() queues every imported
        // case once, so its search text is built once, from the case as imported.
        if (Status s = m_db.exec(QStringLiteral("CREATE TEMP TRIGGER IF NOT EXISTS case_import_defers_search BEFORE INSERT ON "
                                                "main.mediation_search_queue BEGIN SELECT RAISE(IGNORE); END"));
            !s)
            return s;
        // The pages the import writes stay in memory until the commit: every connection has a
        // page cache of 64 MB (Database; SQLite's default of 2 MB spilled them to the WAL file and
        // read them back, many times over).
        m_service.emplace(m_store);
        m_ctx.emplace(m_db, m_today);
        m_ctx->collectiveThreshold =
            static_cast<int>(m_service->policyNumber(QStringLiteral("mediation.collective_threshold"), 10));
        return Status::success();
    }

    void progress(qsizetype index) override { m_notice->progress(index); }

    bool read(ImportRow &cells) override
    {
        RowCells row(cells);
        m_caseRow = readRow(row, *m_ctx, m_today);
        const CaseImportPath path(m_caseRow);
        for (const CaseImportPath::Problem &p : path.problems())
            if (!row.reported(p.field))
                row.report(p.field, p.message);
        // What the intake form would say, for the cells not reported already; a case received
        // more than five years ago is history being imported, not a typing error.
        for (const FieldError &e : m_service->validateHistory(m_caseRow.intake, m_today)) {
            const QString column = columnOf(e, row);
            const bool applicantDone = column == QLatin1String("applicant") && row.reported(QStringLiteral("applicant_id"));
            const bool employerDone = column == QLatin1String("employer") && row.reported(QStringLiteral("credit_code"));
            if (!row.reported(column) && !applicantDone && !employerDone)
                row.report(column, e.message);
        }
        if (!row.clean())
            return false;
        for (const CaseImportPath::Problem &p : path.check(m_today))
            row.report(p.field, p.message);
        if (!row.clean())
            return false;
        // Every clean row is written at once, even after other rows had problems: so the report
        // names every row the write would refuse, not only the first. A refused row leaves
        // nothing behind (its savepoint is rolled back); with any problem the import's
        // transaction is rolled back as a whole.
        if (Status written = writeRow(path); !written) {
            row.reportRow(RegisterImporter::tr("Could not be saved: %1").arg(written.error()));
            return false;
        }
        return true;
    }

    // The row was written by read().
    Status write(ImportRow &) override { return Status::success(); }

    Status finish(const ImportReport &report) override
    {
        const QString detail = QStringLiteral("mediation_cases; file %1; %2 rows")
                                   .arg(m_sourceName.isEmpty() ? QStringLiteral("(table)") : m_sourceName)
                                   .arg(report.rowsRead);
        if (Status s = AccessLog::append(m_db, m_store.actor(), AccessLog::Event::Import, QStringLiteral("mediation_cases"), {}, detail); !s)
            return Status::failure(RegisterImporter::tr("The import could not be logged, so nothing was imported: %1").arg(s.error()));
        if (Status s = m_db.exec(QStringLiteral("DROP TRIGGER temp.case_import_defers_search")); !s)
            return s;
        // Every imported case's search text, built once, in one statement (the queue's trigger
        // empties the queue again): the full-text tables take all cases in one go, instead of a
        // new segment per case (FTS5 writes out what it holds at each statement's savepoint).
        if (Status s = m_db.exec(QStringLiteral("CREATE TEMP TABLE case_import_cases (id TEXT PRIMARY KEY)")); !s)
            return s;
        QSqlQuery ids(m_db.connection());
        ids.prepare(QStringLiteral("INSERT INTO temp.case_import_cases (id) VALUES (?)"));
        for (const QString &id : std::as_const(m_imported)) {
            ids.addBindValue(id);
            if (!ids.exec())
                return Status::failure(ids.lastError().text());
        }
        for (const char *sql : {"INSERT OR IGNORE INTO mediation_search_queue (case_id) SELECT id FROM temp.case_import_cases",
                                "DROP TABLE temp.case_import_cases"})
            if (Status s = m_db.exec(QString::fromLatin1(sql)); !s)
                return s;
        return m_tx->commit();
    }

private:
    // Writes the row read last, with the applicants it adds to the register, in a savepoint.
    Status writeRow(const CaseImportPath &path)
    {
        Database::Transaction savepoint(m_db);
        if (!savepoint.isActive())
            return Status::failure(savepoint.error());
        QHash<QString, QString> created; // this row's new workers: ID number -> id
        MediationCase intake = m_caseRow.intake;
        for (const QVariantMap &worker : m_caseRow.newWorkers) {
            const QString number = worker.value(QStringLiteral("id_number")).toString();
            if (m_created.contains(number) || created.contains(number))
                continue;
            auto added = m_store.create(QStringLiteral("workers"), worker, CaseRegisterImporter::tr("Added with an imported mediation case"));
            if (!added)
                return added.status();
            created.insert(number, added.value().id);
        }
        for (CaseParty &p : intake.parties)
            if (p.workerId.startsWith(QLatin1String("new:"))) {
                const QString number = p.workerId.mid(4);
                p.workerId = created.contains(number) ? created.value(number) : m_created.value(number);
            }
        const auto imported = path.write(*m_service, intake, m_today);
        if (!imported)
            return imported.status();
        if (Status s = savepoint.commit(); !s)
            return s;
        m_created.insert(created);
        m_imported << imported.value();
        return Status::success();
    }

    Database &m_db;
    RecordStore &m_store;
    const QDate m_today;
    const QString m_sourceName;
    std::optional<WriteNotice> m_notice; // declared before the transaction: removed after it ended
    std::optional<Database::Transaction> m_tx;
    std::optional<MediationService> m_service;
    std::optional<Context> m_ctx;
    QHash<QString, QString> m_created; // ID number -> id of the worker added by this import
    QStringList m_imported;            // ids of the cases written
    std::optional<int> m_tempStore;    // the connection's temp_store before the import
    CaseImportRow m_caseRow;           // the row read last
};

} // namespace

CaseRegisterImporter::CaseRegisterImporter(Database &db, RecordStore &store, const QDate &today)
    : m_db(db), m_store(store), m_today(today)
{
}


const ImportColumns &CaseRegisterImporter::importColumns()
{
    return columns();
}

QStringList CaseRegisterImporter::templateHeaders()
{
    QStringList out;
    for (const ColumnSpec &spec : columns().specs()) {
        const QString field = QLatin1String(spec.key);
        const bool yuan = field == QLatin1String("claimed") || field == QLatin1String("agreed") || field == QLatin1String("paid");
        out << templateHeader(field) + (yuan ? QStringLiteral("(元)") : QString());
    }
    return out;
}

Result<ImportReport> CaseRegisterImporter::importFile(const QString &path, const Progress &progress)
{
    auto table = TabularFile::read(path);
    if (!table)
        return table.status();
    return run(table.value(), QFileInfo(path).fileName(), progress);
}

Result<ImportReport> CaseRegisterImporter::importTable(const Table &table, const QString &sourceName, const Progress &progress)
{
    return run(table, sourceName, progress);
}


Result<ImportReport> CaseRegisterImporter::run(const Table &input, const QString &sourceName, const Progress &progress)
{
    ImportRun::Options options;
    options.headerMinimum = 3;
    options.shownHeaders = templateHeaders();
    options.rowsDespiteHeaderProblems = false;
    options.progress = progress;
    CaseTarget target(m_db, m_store, m_today, sourceName);
    return ImportRun::run(columns(), options, input, target);
}

} // namespace ud
