#include "sync/HubReviews.h"

#include "core/HybridClock.h"
#include "core/Uuid7.h"
#include "sync/HubDatabase.h"
#include "sync/SyncLog.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace ud {

namespace {

QString sqlError(const QSqlQuery &q)
{
    return q.lastError().text();
}

// ID numbers are shown masked outside the record's own node (design §5).
QJsonObject masked(QJsonObject body)
{
    for (const char *field : {"id_number", "legal_id_number"}) {
        const QString key = QLatin1String(field);
        const QString value = body.value(key).toString();
        if (value.size() > 8)
            body.insert(key, value.left(6) + QString(value.size() - 10, QLatin1Char('*')) + value.right(4));
    }
    return body;
}

// What a person recognises a record by in a list.
QString summaryOf(const QString &table, const QJsonObject &body)
{
    if (table == QLatin1String("mediation_cases"))
        return body.value(QStringLiteral("case_no")).toString();
    return body.value(QStringLiteral("name")).toString();
}

QJsonObject reviewOf(const QSqlQuery &q, int at)
{
    if (q.value(at + 1).isNull())
        return {};
    return QJsonObject{{QStringLiteral("record_version"), q.value(at).toLongLong()},
                       {QStringLiteral("decision"), q.value(at + 1).toString()},
                       {QStringLiteral("reason"), q.value(at + 2).toString()},
                       {QStringLiteral("reviewer"), q.value(at + 3).toString()},
                       {QStringLiteral("decided_at"), q.value(at + 4).toString()}};
}

const char *kSubtree = "WITH RECURSIVE sub(code) AS (SELECT code FROM hub_org_units WHERE code = ? "
                       "UNION SELECT o.code FROM hub_org_units o JOIN sub ON o.parent_code = sub.code), "
                       "last AS (SELECT r.table_name, r.record_id, r.record_version, r.decision, r.reason, r.reviewer, "
                       "r.decided_at FROM hub_reviews r WHERE r.decided_at = (SELECT max(r2.decided_at) FROM hub_reviews r2 "
                       "WHERE r2.table_name = r.table_name AND r2.record_id = r.record_id)) ";

} // namespace

HubReviews::HubReviews(HubStore &store) : m_store(store), m_sync(store) {}

const QStringList &HubReviews::reviewedTables()
{
    static const QStringList tables = {QStringLiteral("mediation_cases"), QStringLiteral("workers"), QStringLiteral("employers")};
    return tables;
}

HubOutcome<QJsonObject> HubReviews::queue(const HubNode &reviewer, const QString &table, const QString &orgUnit,
                                          const QString &state, int limit, int offset)
{
    using O = HubOutcome<QJsonObject>;
    if (!table.isEmpty() && !reviewedTables().contains(table))
        return O::refuse(400, QStringLiteral("bad_request"),
                         tr("Records of %1 are not reviewed on their own; review the case or register entry they belong to.")
                             .arg(table));
    static const QStringList states = {QStringLiteral("pending"), QStringLiteral("new"), QStringLiteral("changed"),
                                       QStringLiteral("returned"), QStringLiteral("all")};
    const QString st = state.isEmpty() ? QStringLiteral("pending") : state;
    if (!states.contains(st))
        return O::refuse(400, QStringLiteral("bad_request"), tr("The review queue shows pending, new, changed, returned or all records."));
    const QString filter = st == QLatin1String("new")        ? QStringLiteral("l.decision IS NULL")
                           : st == QLatin1String("changed")  ? QStringLiteral("l.decision IS NOT NULL AND h.version > l.record_version")
                           : st == QLatin1String("returned") ? QStringLiteral("l.decision = 'return' AND h.version <= l.record_version")
                           : st == QLatin1String("pending")  ? QStringLiteral("(l.decision IS NULL OR h.version > l.record_version)")
                                                             : QStringLiteral("1 = 1");
    QSqlQuery q(m_store.database().connection());
    q.setForwardOnly(true);
    q.prepare(QLatin1String(kSubtree)
              + QStringLiteral("SELECT h.table_name, h.record_id, h.org_unit, u.name, h.origin_node, h.version, h.received_at, "
                               "h.body, l.record_version, l.decision, l.reason, l.reviewer, l.decided_at "
                               "FROM hub_records h LEFT JOIN last l ON l.table_name = h.table_name AND l.record_id = h.record_id "
                               "LEFT JOIN hub_org_units u ON u.code = h.org_unit "
                               "WHERE h.org_unit IN (SELECT code FROM sub) AND h.deleted = 0 "
                               "AND h.table_name IN ('mediation_cases', 'workers', 'employers') "
                               "AND (? = '' OR h.table_name = ?) AND (? = '' OR h.org_unit = ?) AND %1 "
                               "ORDER BY h.received_at, h.table_name, h.record_id LIMIT ? OFFSET ?")
                    .arg(filter));
    // A null QString binds as NULL, and NULL = '' is not true: bind "" for "any".
    const QString anyTable = table.isNull() ? QStringLiteral("") : table;
    const QString anyUnit = orgUnit.isNull() ? QStringLiteral("") : orgUnit;
    q.addBindValue(reviewer.orgUnit);
    q.addBindValue(anyTable);
    q.addBindValue(anyTable);
    q.addBindValue(anyUnit);
    q.addBindValue(anyUnit);
    q.addBindValue(std::clamp(limit, 1, 500));
    q.addBindValue(std::max(0, offset));
    if (!q.exec())
        return O::refuse(503, QStringLiteral("busy"), sqlError(q));
    QJsonArray items;
    while (q.next()) {
        const QString t = q.value(0).toString();
        const QJsonObject body = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
        const QJsonObject last = reviewOf(q, 8);
        const qint64 version = q.value(5).toLongLong();
        const QString itemState = last.isEmpty() ? QStringLiteral("new")
                                  : version > last.value(QStringLiteral("record_version")).toInteger() ? QStringLiteral("changed")
                                  : last.value(QStringLiteral("decision")).toString() == QLatin1String("return")
                                      ? QStringLiteral("returned")
                                      : QStringLiteral("reviewed");
        QJsonObject item{{QStringLiteral("table"), t},
                         {QStringLiteral("id"), q.value(1).toString()},
                         {QStringLiteral("org_unit"), q.value(2).toString()},
                         {QStringLiteral("unit_name"), q.value(3).toString()},
                         {QStringLiteral("origin_node"), q.value(4).toString()},
                         {QStringLiteral("version"), version},
                         {QStringLiteral("received_at"), q.value(6).toString()},
                         {QStringLiteral("summary"), summaryOf(t, body)},
                         {QStringLiteral("state"), itemState}};
        if (!last.isEmpty())
            item.insert(QStringLiteral("last_review"), last);
        items.append(item);
    }
    return O::of(QJsonObject{{QStringLiteral("items"), items}});
}

HubOutcome<QJsonObject> HubReviews::record(const HubNode &reviewer, const QString &table, const QString &id)
{
    using O = HubOutcome<QJsonObject>;
    auto subtree = m_store.subtree(reviewer.orgUnit);
    if (!subtree)
        return O::refuse(503, QStringLiteral("busy"), subtree.error());
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("SELECT org_unit, origin_node, version, hlc, deleted, body, received_at FROM hub_records "
                             "WHERE table_name = ? AND record_id = ?"));
    q.addBindValue(table);
    q.addBindValue(id);
    if (!q.exec())
        return O::refuse(503, QStringLiteral("busy"), sqlError(q));
    if (!q.next() || !subtree.value().contains(q.value(0).toString()))
        return O::refuse(404, QStringLiteral("not_found"), tr("There is no such record under this reviewer's unit."));
    QJsonObject out{{QStringLiteral("table"), table},
                    {QStringLiteral("id"), id},
                    {QStringLiteral("org_unit"), q.value(0).toString()},
                    {QStringLiteral("origin_node"), q.value(1).toString()},
                    {QStringLiteral("version"), q.value(2).toLongLong()},
                    {QStringLiteral("deleted"), q.value(4).toInt() != 0},
                    {QStringLiteral("received_at"), q.value(6).toString()},
                    {QStringLiteral("values"), masked(QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object())}};
    q.finish();
    q.prepare(QStringLiteral("SELECT record_version, decision, reason, reviewer, decided_at FROM hub_reviews "
                             "WHERE table_name = ? AND record_id = ? ORDER BY decided_at"));
    q.addBindValue(table);
    q.addBindValue(id);
    QJsonArray reviews;
    if (q.exec())
        while (q.next())
            reviews.append(reviewOf(q, 0));
    out.insert(QStringLiteral("reviews"), reviews);
    return O::of(out);
}

HubOutcome<QJsonObject> HubReviews::decide(const HubNode &reviewer, const QJsonObject &request)
{
    using O = HubOutcome<QJsonObject>;
    const QString table = request.value(QStringLiteral("table")).toString();
    const QString id = request.value(QStringLiteral("id")).toString();
    const qint64 version = request.value(QStringLiteral("version")).toInteger(0);
    const QString decision = request.value(QStringLiteral("decision")).toString();
    const QString reason = request.value(QStringLiteral("reason")).toString().trimmed().left(500);
    static const QStringList decisions = {QStringLiteral("approve"), QStringLiteral("return"), QStringLiteral("lock"),
                                          QStringLiteral("unlock")};
    if (!reviewedTables().contains(table) || id.isEmpty() || version < 1)
        return O::refuse(422, QStringLiteral("invalid"), tr("A decision names a case or register entry and the version reviewed."));
    if (!decisions.contains(decision))
        return O::refuse(422, QStringLiteral("invalid"), tr("A reviewer approves, returns, locks or unlocks a record."));
    if (decision == QLatin1String("return") && reason.isEmpty())
        return O::refuse(422, QStringLiteral("reason_required"),
                         tr("Say why the record is returned, so the station knows what to correct."));
    const auto self = m_store.identity();
    if (!self)
        return O::refuse(503, QStringLiteral("busy"), tr("This hub has no identity."));
    auto subtree = m_store.subtree(reviewer.orgUnit);
    if (!subtree)
        return O::refuse(503, QStringLiteral("busy"), subtree.error());

    HubDatabase::Transaction tx(m_store.database());
    if (!tx.isActive())
        return O::refuse(503, QStringLiteral("busy"), tx.error());
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("SELECT org_unit, version FROM hub_records WHERE table_name = ? AND record_id = ?"));
    q.addBindValue(table);
    q.addBindValue(id);
    if (!q.exec())
        return O::refuse(503, QStringLiteral("busy"), sqlError(q));
    if (!q.next() || !subtree.value().contains(q.value(0).toString()))
        return O::refuse(404, QStringLiteral("not_found"), tr("There is no such record under this reviewer's unit."));
    const QString unit = q.value(0).toString();
    const qint64 current = q.value(1).toLongLong();
    q.finish();
    if (current != version)
        return O::refuse(409, QStringLiteral("changed"),
                         tr("The station changed this record meanwhile (it is now at version %1, you reviewed version %2). "
                            "Open it again and review what it says now.")
                             .arg(current)
                             .arg(version));

    const QString now = isoUtc(m_store.clock().nowUtc());
    const QString reviewerName = QStringLiteral("%1（%2）").arg(reviewer.displayName, m_store.orgUnitName(self->orgUnit));
    HybridClock hlc(m_store.clock());
    PullItem item;
    item.kind = PullKind::Review;
    item.record.table = QStringLiteral("record_reviews");
    item.record.id = Uuid7Generator(m_store.clock()).next();
    item.record.orgUnit = unit;
    item.record.originNode = self->nodeId;
    item.record.version = 1;
    item.record.baseVersion = 0;
    item.record.hlc = hlc.now();
    item.record.values = QJsonObject{
        {QStringLiteral("table_name"), table},        {QStringLiteral("record_id"), id},
        {QStringLiteral("record_version"), version},  {QStringLiteral("decision"), decision},
        {QStringLiteral("reason"), reason},           {QStringLiteral("reviewer"), reviewerName},
        {QStringLiteral("reviewer_tier"), self->tier}, {QStringLiteral("decided_at"), now},
        {QStringLiteral("created_at"), now},          {QStringLiteral("created_by"), reviewer.displayName},
        {QStringLiteral("updated_at"), now},          {QStringLiteral("updated_by"), reviewer.displayName}};
    q.prepare(QStringLiteral("INSERT INTO hub_reviews (id, table_name, record_id, record_version, decision, reason, reviewer, "
                             "reviewer_tier, decided_at, origin_node, org_unit) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(item.record.id);
    q.addBindValue(table);
    q.addBindValue(id);
    q.addBindValue(version);
    q.addBindValue(decision);
    q.addBindValue(reason);
    q.addBindValue(reviewerName);
    q.addBindValue(self->tier);
    q.addBindValue(now);
    q.addBindValue(self->nodeId);
    q.addBindValue(unit);
    if (!q.exec())
        return O::refuse(503, QStringLiteral("busy"), sqlError(q));
    if (auto s = m_sync.addDown(item); !s)
        return O::refuse(503, QStringLiteral("busy"), s.error());
    if (Status s = tx.commit(); !s)
        return O::refuse(503, QStringLiteral("busy"), s.error());
    qCInfo(lcHub) << "review" << decision << table << id << "version" << version << "by" << reviewer.nodeId;
    return O::of(QJsonObject{{QStringLiteral("review_id"), item.record.id}, {QStringLiteral("decided_at"), now}});
}

HubOutcome<QJsonObject> HubReviews::duplicates(const HubNode &reviewer, const QString &state)
{
    using O = HubOutcome<QJsonObject>;
    auto subtree = m_store.subtree(reviewer.orgUnit);
    if (!subtree)
        return O::refuse(503, QStringLiteral("busy"), subtree.error());
    QSqlQuery q(m_store.database().connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT d.table_name, d.record_a, d.record_b, d.unit_a, d.unit_b, d.key_kind, d.detected_at, "
                             "d.reviewed_at, d.outcome, a.body, b.body, ua.name, ub.name FROM hub_possible_duplicates d "
                             "JOIN hub_records a ON a.table_name = d.table_name AND a.record_id = d.record_a "
                             "JOIN hub_records b ON b.table_name = d.table_name AND b.record_id = d.record_b "
                             "LEFT JOIN hub_org_units ua ON ua.code = d.unit_a LEFT JOIN hub_org_units ub ON ub.code = d.unit_b "
                             "WHERE (? = 'all' OR d.reviewed_at IS NULL) ORDER BY d.detected_at LIMIT 500"));
    q.addBindValue(state.isEmpty() ? QStringLiteral("open") : state);
    if (!q.exec())
        return O::refuse(503, QStringLiteral("busy"), sqlError(q));
    QJsonArray pairs;
    while (q.next()) {
        if (!subtree.value().contains(q.value(3).toString()) && !subtree.value().contains(q.value(4).toString()))
            continue;
        const QString table = q.value(0).toString();
        const auto side = [&](int id, int unit, int body, int unitName) {
            const QJsonObject values = masked(QJsonDocument::fromJson(q.value(body).toString().toUtf8()).object());
            return QJsonObject{{QStringLiteral("id"), q.value(id).toString()},
                               {QStringLiteral("org_unit"), q.value(unit).toString()},
                               {QStringLiteral("unit_name"), q.value(unitName).toString()},
                               {QStringLiteral("summary"), summaryOf(table, values)},
                               {QStringLiteral("key"), values.value(q.value(5).toString()).toString()}};
        };
        QJsonObject pair{{QStringLiteral("table"), table},
                         {QStringLiteral("a"), side(1, 3, 9, 11)},
                         {QStringLiteral("b"), side(2, 4, 10, 12)},
                         {QStringLiteral("key_kind"), q.value(5).toString()},
                         {QStringLiteral("detected_at"), q.value(6).toString()}};
        if (!q.value(7).isNull())
            pair.insert(QStringLiteral("outcome"), q.value(8).toString());
        pairs.append(pair);
    }
    return O::of(QJsonObject{{QStringLiteral("pairs"), pairs}});
}

HubOutcome<QJsonObject> HubReviews::judgeDuplicate(const HubNode &reviewer, const QJsonObject &request)
{
    using O = HubOutcome<QJsonObject>;
    const QString table = request.value(QStringLiteral("table")).toString();
    QString a = request.value(QStringLiteral("a")).toString();
    QString b = request.value(QStringLiteral("b")).toString();
    const QString outcome = request.value(QStringLiteral("outcome")).toString();
    if (outcome != QLatin1String("same") && outcome != QLatin1String("different"))
        return O::refuse(422, QStringLiteral("invalid"), tr("Say whether the two are the same person (same) or not (different)."));
    if (b < a)
        std::swap(a, b);
    auto subtree = m_store.subtree(reviewer.orgUnit);
    if (!subtree)
        return O::refuse(503, QStringLiteral("busy"), subtree.error());
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("SELECT unit_a, unit_b FROM hub_possible_duplicates WHERE table_name = ? AND record_a = ? AND record_b = ?"));
    q.addBindValue(table);
    q.addBindValue(a);
    q.addBindValue(b);
    if (!q.exec() || !q.next()
        || (!subtree.value().contains(q.value(0).toString()) && !subtree.value().contains(q.value(1).toString())))
        return O::refuse(404, QStringLiteral("not_found"), tr("There is no such pair under this reviewer's unit."));
    q.finish();
    q.prepare(QStringLiteral("UPDATE hub_possible_duplicates SET reviewed_at = ?, outcome = ? WHERE table_name = ? AND record_a = ? "
                             "AND record_b = ?"));
    q.addBindValue(isoUtc(m_store.clock().nowUtc()));
    q.addBindValue(outcome);
    q.addBindValue(table);
    q.addBindValue(a);
    q.addBindValue(b);
    if (!q.exec())
        return O::refuse(503, QStringLiteral("busy"), sqlError(q));
    return O::of(QJsonObject{{QStringLiteral("outcome"), outcome}});
}

} // namespace ud
