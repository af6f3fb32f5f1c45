#include "sync/SyncMessages.h"

#include "core/CanonicalJson.h"
#include "sync/SyncCodec.h"
#include "sync/SyncFieldReader.h"
#include "sync/SyncKeys.h"

#include <QJsonArray>

#include <algorithm>

namespace ud {

namespace {

using Text = SyncFieldReader::Text;

constexpr int kMaxIdLength = 64;
constexpr int kMaxHlcLength = 40;
constexpr int kMaxNameLength = 200;
constexpr int kMaxReasonLength = 2000;
constexpr qint64 kMaxSmall = 1000000; // protocol and schema numbers

const QStringList &recordStatusKeys()
{
    static const QStringList keys = {QStringLiteral("ok"), QStringLiteral("duplicate"), QStringLiteral("conflict"),
                                     QStringLiteral("forbidden"), QStringLiteral("invalid")};
    return keys;
}

const QStringList &pullKindKeys()
{
    static const QStringList keys = {QStringLiteral("review"), QStringLiteral("reference"), QStringLiteral("conflict"),
                                     QStringLiteral("settled")};
    return keys;
}

const QStringList &enrollmentStatusKeys()
{
    static const QStringList keys = {QStringLiteral("pending"), QStringLiteral("approved"), QStringLiteral("revoked")};
    return keys;
}

const QStringList &tierKeys()
{
    static const QStringList keys = {tierKey(Tier::City), tierKey(Tier::District), tierKey(Tier::Street),
                                     tierKey(Tier::Enterprise), tierKey(Tier::Industry)};
    return keys;
}

template <typename T>
Result<T> finish(const SyncFieldReader &reader, T value)
{
    if (!reader.ok())
        return Result<T>::failure(reader.error());
    return value;
}

// A nested object read with its own reader, its problems named under the parent's path.
SyncFieldReader nested(SyncFieldReader &parent, const QString &key)
{
    return SyncFieldReader(parent.object(key), parent.pathOf(key));
}

QString readableOrEmpty(const QJsonObject &json, const QString &key, Text kind)
{
    const QString text = json.value(key).toString();
    return text.size() <= kMaxIdLength && SyncFieldReader::isValid(kind, text) ? text : QString();
}

} // namespace

QString recordStatusKey(RecordStatus status) { return recordStatusKeys().at(static_cast<int>(status)); }
QString pullKindKey(PullKind kind) { return pullKindKeys().at(static_cast<int>(kind)); }
QString enrollmentStatusKey(EnrollmentStatus status) { return enrollmentStatusKeys().at(static_cast<int>(status)); }

std::optional<RecordStatus> recordStatusFromKey(const QString &key)
{
    const auto i = recordStatusKeys().indexOf(key);
    return i < 0 ? std::nullopt : std::optional<RecordStatus>(static_cast<RecordStatus>(i));
}

std::optional<PullKind> pullKindFromKey(const QString &key)
{
    const auto i = pullKindKeys().indexOf(key);
    return i < 0 ? std::nullopt : std::optional<PullKind>(static_cast<PullKind>(i));
}

std::optional<EnrollmentStatus> enrollmentStatusFromKey(const QString &key)
{
    const auto i = enrollmentStatusKeys().indexOf(key);
    return i < 0 ? std::nullopt : std::optional<EnrollmentStatus>(static_cast<EnrollmentStatus>(i));
}

// --- AuditHead ---------------------------------------------------------------------------------

QJsonObject AuditHead::toJson() const
{
    return QJsonObject{{QStringLiteral("seq"), seq}, {QStringLiteral("hash"), hash}};
}

AuditHead AuditHead::read(SyncFieldReader &parent, const QString &key)
{
    SyncFieldReader r = nested(parent, key);
    AuditHead head;
    if (!parent.ok())
        return head;
    head.seq = r.integer(QStringLiteral("seq"), 0, kMaxWhole);
    head.hash = r.text(QStringLiteral("hash"), Text::Hash, 64, true);
    parent.take(r);
    return head;
}

// --- SyncRecord --------------------------------------------------------------------------------

void SyncRecord::writeTo(QJsonObject &out) const
{
    out.insert(QStringLiteral("table"), table);
    out.insert(QStringLiteral("id"), id);
    out.insert(QStringLiteral("org_unit"), orgUnit);
    out.insert(QStringLiteral("origin_node"), originNode);
    out.insert(QStringLiteral("version"), version);
    out.insert(QStringLiteral("base_version"), baseVersion);
    out.insert(QStringLiteral("hlc"), hlc);
    out.insert(QStringLiteral("deleted"), deleted);
    out.insert(QStringLiteral("values"), values);
}

QJsonObject SyncRecord::toJson() const
{
    QJsonObject out;
    writeTo(out);
    return out;
}

SyncRecord SyncRecord::read(SyncFieldReader &r)
{
    SyncRecord rec;
    rec.table = r.text(QStringLiteral("table"), Text::TableName, kMaxIdLength);
    rec.id = r.text(QStringLiteral("id"), Text::RecordId, kMaxIdLength);
    rec.orgUnit = r.text(QStringLiteral("org_unit"), Text::Any, kMaxIdLength);
    rec.originNode = r.text(QStringLiteral("origin_node"), Text::NodeId, kMaxIdLength);
    rec.version = r.integer(QStringLiteral("version"), 1, kMaxWhole);
    rec.baseVersion = r.integer(QStringLiteral("base_version"), 0, kMaxWhole);
    rec.hlc = r.text(QStringLiteral("hlc"), Text::Any, kMaxHlcLength);
    rec.deleted = r.boolean(QStringLiteral("deleted"));
    rec.values = r.object(QStringLiteral("values"));
    if (r.ok() && rec.baseVersion >= rec.version)
        r.fail(SyncFieldReader::tr("The field \"%1\" (%2) should be lower than \"%3\" (%4).")
                   .arg(r.pathOf(QStringLiteral("base_version")))
                   .arg(rec.baseVersion)
                   .arg(r.pathOf(QStringLiteral("version")))
                   .arg(rec.version));
    if (r.ok()) {
        for (auto it = rec.values.constBegin(); it != rec.values.constEnd(); ++it) {
            const QString &column = it.key();
            if (column.isEmpty() || column.size() > kMaxIdLength || !SyncFieldReader::isValid(Text::TableName, column)) {
                r.fail(SyncFieldReader::tr("The field \"%1\" holds the column name \"%2\"; column names are 1 to %3 "
                                           "of the letters a-z, digits and underscores.")
                           .arg(r.pathOf(QStringLiteral("values")), column.left(80))
                           .arg(kMaxIdLength));
                break;
            }
        }
    }
    return rec;
}

Result<SyncRecord> SyncRecord::fromJson(const QJsonObject &json)
{
    return fromJson(json, QString());
}

Result<SyncRecord> SyncRecord::fromJson(const QJsonObject &json, const QString &path)
{
    SyncFieldReader r(json, path);
    SyncRecord rec = read(r);
    return finish(r, std::move(rec));
}

bool SyncRecord::operator==(const SyncRecord &o) const
{
    return table == o.table && id == o.id && orgUnit == o.orgUnit && originNode == o.originNode && version == o.version
        && baseVersion == o.baseVersion && hlc == o.hlc && deleted == o.deleted && values == o.values;
}

// --- Hello -------------------------------------------------------------------------------------

QJsonObject HelloRequest::toJson() const
{
    return QJsonObject{{QStringLiteral("protocol_min"), protocolMin}, {QStringLiteral("protocol_max"), protocolMax},
                       {QStringLiteral("schema"), schema},           {QStringLiteral("node_id"), nodeId},
                       {QStringLiteral("db_epoch"), dbEpoch},        {QStringLiteral("audit_head"), auditHead.toJson()}};
}

Result<HelloRequest> HelloRequest::fromJson(const QJsonObject &json)
{
    SyncFieldReader r(json);
    HelloRequest m;
    m.protocolMin = static_cast<int>(r.integer(QStringLiteral("protocol_min"), 1, kMaxSmall));
    m.protocolMax = static_cast<int>(r.integer(QStringLiteral("protocol_max"), 1, kMaxSmall));
    m.schema = static_cast<int>(r.integer(QStringLiteral("schema"), 1, kMaxSmall));
    m.nodeId = r.text(QStringLiteral("node_id"), Text::NodeId, kMaxIdLength);
    m.dbEpoch = r.text(QStringLiteral("db_epoch"), Text::Any, kMaxIdLength);
    m.auditHead = AuditHead::read(r, QStringLiteral("audit_head"));
    if (r.ok() && m.protocolMin > m.protocolMax)
        r.fail(SyncFieldReader::tr("The field \"protocol_min\" (%1) is greater than \"protocol_max\" (%2).")
                   .arg(m.protocolMin)
                   .arg(m.protocolMax));
    return finish(r, std::move(m));
}

QJsonObject HelloReply::toJson() const
{
    QJsonArray blockList;
    for (const NumberBlockGrant &b : blocks)
        blockList.append(QJsonObject{{QStringLiteral("series"), b.series}, {QStringLiteral("first"), b.first},
                                     {QStringLiteral("last"), b.last}});
    return QJsonObject{
        {QStringLiteral("protocol"), protocol},
        {QStringLiteral("hub_node"), hubNode},
        {QStringLiteral("hub_time"), SyncCodec::formatTime(hubTime)},
        {QStringLiteral("enrollment"),
         QJsonObject{{QStringLiteral("status"), enrollmentStatusKey(enrollmentStatus)},
                     {QStringLiteral("org_unit"), enrollmentOrgUnit},
                     {QStringLiteral("blocks"), blockList}}},
        {QStringLiteral("checkpoint"),
         QJsonObject{{QStringLiteral("epoch"), checkpointEpoch}, {QStringLiteral("acked_to_seq"), ackedToSeq}}},
        {QStringLiteral("pull_seq"), pullSeq},
        {QStringLiteral("audit_known"), auditKnown.toJson()},
    };
}

Result<HelloReply> HelloReply::fromJson(const QJsonObject &json)
{
    SyncFieldReader r(json);
    HelloReply m;
    m.protocol = static_cast<int>(r.integer(QStringLiteral("protocol"), 1, kMaxSmall));
    m.hubNode = r.text(QStringLiteral("hub_node"), Text::NodeId, kMaxIdLength);
    m.hubTime = SyncCodec::parseTime(r.text(QStringLiteral("hub_time"), Text::Time, 24)).value_or(QDateTime());
    {
        SyncFieldReader e = nested(r, QStringLiteral("enrollment"));
        if (r.ok()) {
            m.enrollmentStatus = static_cast<EnrollmentStatus>(
                std::max(0, e.choice(QStringLiteral("status"), enrollmentStatusKeys())));
            m.enrollmentOrgUnit = e.text(QStringLiteral("org_unit"), Text::Any, kMaxIdLength, true);
            const QJsonArray list = e.array(QStringLiteral("blocks"), 1000);
            for (int i = 0; i < list.size() && e.ok(); ++i) {
                const QString path = e.pathOf(QStringLiteral("blocks"), i);
                if (!list.at(i).isObject()) {
                    e.fail(SyncFieldReader::tr("The field \"%1\" should be a JSON object.").arg(path));
                    break;
                }
                SyncFieldReader b(list.at(i).toObject(), path);
                NumberBlockGrant grant;
                grant.series = b.text(QStringLiteral("series"), Text::TableName, kMaxIdLength);
                grant.first = static_cast<int>(b.integer(QStringLiteral("first"), 1, 999999999));
                grant.last = static_cast<int>(b.integer(QStringLiteral("last"), 1, 999999999));
                if (b.ok() && grant.first > grant.last)
                    b.fail(SyncFieldReader::tr("The field \"%1\" (%2) is greater than \"%3\" (%4).")
                               .arg(b.pathOf(QStringLiteral("first")))
                               .arg(grant.first)
                               .arg(b.pathOf(QStringLiteral("last")))
                               .arg(grant.last));
                e.take(b);
                m.blocks.append(grant);
            }
            r.take(e);
        }
    }
    {
        SyncFieldReader c = nested(r, QStringLiteral("checkpoint"));
        if (r.ok()) {
            m.checkpointEpoch = c.text(QStringLiteral("epoch"), Text::Any, kMaxIdLength, true);
            m.ackedToSeq = c.integer(QStringLiteral("acked_to_seq"), 0, kMaxWhole);
            r.take(c);
        }
    }
    m.pullSeq = r.integer(QStringLiteral("pull_seq"), 0, kMaxWhole);
    m.auditKnown = AuditHead::read(r, QStringLiteral("audit_known"));
    return finish(r, std::move(m));
}

// --- Push --------------------------------------------------------------------------------------

QJsonObject PushRequest::toJson() const
{
    QJsonArray list;
    for (const SyncRecord &rec : records)
        list.append(rec.toJson());
    QJsonObject out{{QStringLiteral("protocol"), protocol}, {QStringLiteral("schema"), schema},
                    {QStringLiteral("node_id"), nodeId},    {QStringLiteral("db_epoch"), dbEpoch},
                    {QStringLiteral("batch_id"), batchId},  {QStringLiteral("from_seq"), fromSeq},
                    {QStringLiteral("to_seq"), toSeq},      {QStringLiteral("audit_head"), auditHead.toJson()},
                    {QStringLiteral("records"), list}};
    if (auditCheck)
        out.insert(QStringLiteral("audit_check"), auditCheck->toJson());
    return out;
}

Result<PushRequest> PushRequest::fromJson(const QJsonObject &json)
{
    SyncFieldReader r(json);
    PushRequest m;
    m.protocol = static_cast<int>(r.integer(QStringLiteral("protocol"), 1, kMaxSmall));
    m.schema = static_cast<int>(r.integer(QStringLiteral("schema"), 1, kMaxSmall));
    m.nodeId = r.text(QStringLiteral("node_id"), Text::NodeId, kMaxIdLength);
    m.dbEpoch = r.text(QStringLiteral("db_epoch"), Text::Any, kMaxIdLength);
    m.batchId = r.text(QStringLiteral("batch_id"), Text::Uuid, 36);
    m.fromSeq = r.integer(QStringLiteral("from_seq"), 0, kMaxWhole);
    m.toSeq = r.integer(QStringLiteral("to_seq"), 0, kMaxWhole);
    m.auditHead = AuditHead::read(r, QStringLiteral("audit_head"));
    if (r.has(QStringLiteral("audit_check")))
        m.auditCheck = AuditHead::read(r, QStringLiteral("audit_check"));
    if (r.ok() && m.fromSeq > m.toSeq)
        r.fail(SyncFieldReader::tr("The field \"from_seq\" (%1) is greater than \"to_seq\" (%2).")
                   .arg(m.fromSeq)
                   .arg(m.toSeq));
    const QJsonArray list = r.array(QStringLiteral("records"), SyncCodec::kMaxRecords);
    if (!r.ok())
        return Result<PushRequest>::failure(r.error());
    m.records.reserve(list.size());
    for (int i = 0; i < list.size(); ++i) {
        const QString path = r.pathOf(QStringLiteral("records"), i);
        const QJsonValue item = list.at(i);
        if (!item.isObject()) {
            m.unreadable.append(UnreadableRecord{i, {}, {}, SyncFieldReader::tr("The field \"%1\" should be a JSON object.").arg(path)});
            continue;
        }
        const QJsonObject object = item.toObject();
        SyncFieldReader rr(object, path);
        SyncRecord rec = SyncRecord::read(rr);
        if (rr.ok())
            m.records.append(std::move(rec));
        else
            m.unreadable.append(UnreadableRecord{i, readableOrEmpty(object, QStringLiteral("table"), Text::TableName),
                                 readableOrEmpty(object, QStringLiteral("id"), Text::RecordId), rr.error()});
    }
    return m;
}

QJsonObject RecordResult::toJson() const
{
    QJsonObject out{{QStringLiteral("id"), id}, {QStringLiteral("table"), table},
                    {QStringLiteral("status"), recordStatusKey(status)}};
    if (!reason.isEmpty())
        out.insert(QStringLiteral("reason"), reason);
    if (winner)
        out.insert(QStringLiteral("winner"),
                   QJsonObject{{QStringLiteral("version"), winner->version}, {QStringLiteral("hlc"), winner->hlc},
                               {QStringLiteral("origin_node"), winner->originNode}});
    return out;
}

RecordResult RecordResult::read(SyncFieldReader &r)
{
    RecordResult m;
    m.status = static_cast<RecordStatus>(std::max(0, r.choice(QStringLiteral("status"), recordStatusKeys())));
    // An invalid record may have had no readable id or table.
    const bool unreadableAllowed = r.ok() && m.status == RecordStatus::Invalid;
    m.id = r.text(QStringLiteral("id"), Text::RecordId, kMaxIdLength, unreadableAllowed);
    m.table = r.text(QStringLiteral("table"), Text::TableName, kMaxIdLength, unreadableAllowed);
    m.reason = r.optionalText(QStringLiteral("reason"), Text::Any, kMaxReasonLength);
    if (r.has(QStringLiteral("winner"))) {
        SyncFieldReader w = nested(r, QStringLiteral("winner"));
        RecordWinner winner;
        winner.version = w.integer(QStringLiteral("version"), 1, kMaxWhole);
        winner.hlc = w.text(QStringLiteral("hlc"), Text::Any, kMaxHlcLength);
        winner.originNode = w.text(QStringLiteral("origin_node"), Text::NodeId, kMaxIdLength);
        r.take(w);
        m.winner = winner;
    }
    return m;
}

Result<RecordResult> RecordResult::fromJson(const QJsonObject &json)
{
    SyncFieldReader r(json);
    RecordResult m = read(r);
    return finish(r, std::move(m));
}

bool RecordResult::operator==(const RecordResult &o) const
{
    return id == o.id && table == o.table && status == o.status && reason == o.reason && winner == o.winner;
}

QJsonObject PushReply::toJson() const
{
    QJsonArray list;
    for (const RecordResult &result : results)
        list.append(result.toJson());
    return QJsonObject{{QStringLiteral("batch_id"), batchId},
                       {QStringLiteral("acked_to_seq"), ackedToSeq},
                       {QStringLiteral("results"), list}};
}

Result<PushReply> PushReply::fromJson(const QJsonObject &json)
{
    SyncFieldReader r(json);
    PushReply m;
    m.batchId = r.text(QStringLiteral("batch_id"), Text::Uuid, 36);
    m.ackedToSeq = r.integer(QStringLiteral("acked_to_seq"), 0, kMaxWhole);
    const QJsonArray list = r.array(QStringLiteral("results"), SyncCodec::kMaxRecords);
    m.results.reserve(list.size());
    for (int i = 0; i < list.size() && r.ok(); ++i) {
        const QString path = r.pathOf(QStringLiteral("results"), i);
        if (!list.at(i).isObject()) {
            r.fail(SyncFieldReader::tr("The field \"%1\" should be a JSON object.").arg(path));
            break;
        }
        SyncFieldReader rr(list.at(i).toObject(), path);
        m.results.append(RecordResult::read(rr));
        r.take(rr);
    }
    return finish(r, std::move(m));
}

// --- Pull --------------------------------------------------------------------------------------

QJsonObject PullItem::toJson() const
{
    QJsonObject out;
    record.writeTo(out);
    out.insert(QStringLiteral("seq"), seq);
    out.insert(QStringLiteral("kind"), pullKindKey(kind));
    if (loser)
        out.insert(QStringLiteral("loser"), loser->toJson());
    return out;
}

PullItem PullItem::read(SyncFieldReader &r)
{
    PullItem m;
    m.seq = r.integer(QStringLiteral("seq"), 1, kMaxWhole);
    m.kind = static_cast<PullKind>(std::max(0, r.choice(QStringLiteral("kind"), pullKindKeys())));
    m.record = SyncRecord::read(r);
    if (r.has(QStringLiteral("loser"))) {
        SyncFieldReader l = nested(r, QStringLiteral("loser"));
        if (r.ok()) {
            m.loser = SyncRecord::read(l);
            r.take(l);
        }
    }
    return m;
}

Result<PullItem> PullItem::fromJson(const QJsonObject &json)
{
    SyncFieldReader r(json);
    PullItem m = read(r);
    return finish(r, std::move(m));
}

QJsonObject PullReply::toJson() const
{
    QJsonArray list;
    for (const PullItem &item : items)
        list.append(item.toJson());
    return QJsonObject{{QStringLiteral("items"), list}, {QStringLiteral("next"), next}, {QStringLiteral("more"), more}};
}

Result<PullReply> PullReply::fromJson(const QJsonObject &json)
{
    SyncFieldReader r(json);
    PullReply m;
    const QJsonArray list = r.array(QStringLiteral("items"), SyncCodec::kMaxRecords);
    m.items.reserve(list.size());
    for (int i = 0; i < list.size() && r.ok(); ++i) {
        const QString path = r.pathOf(QStringLiteral("items"), i);
        if (!list.at(i).isObject()) {
            r.fail(SyncFieldReader::tr("The field \"%1\" should be a JSON object.").arg(path));
            break;
        }
        SyncFieldReader rr(list.at(i).toObject(), path);
        m.items.append(PullItem::read(rr));
        r.take(rr);
    }
    m.next = r.integer(QStringLiteral("next"), 0, kMaxWhole);
    m.more = r.boolean(QStringLiteral("more"));
    return finish(r, std::move(m));
}

// --- Enroll ------------------------------------------------------------------------------------

QJsonObject EnrollRequest::toJson() const
{
    QJsonObject out{{QStringLiteral("kind"), QStringLiteral("enroll")},
                    {QStringLiteral("node_id"), nodeId},
                    {QStringLiteral("org_unit"), orgUnit},
                    {QStringLiteral("tier"), tierKey(tier)},
                    {QStringLiteral("display_name"), displayName},
                    {QStringLiteral("public_key"), QString::fromLatin1(publicKey.toBase64())},
                    {QStringLiteral("made_at"), SyncCodec::formatTime(madeAt)}};
    if (!signature.isEmpty())
        out.insert(QStringLiteral("signature"), QString::fromLatin1(signature.toBase64()));
    return out;
}

Result<EnrollRequest> EnrollRequest::fromJson(const QJsonObject &json)
{
    SyncFieldReader r(json);
    EnrollRequest m;
    r.choice(QStringLiteral("kind"), {QStringLiteral("enroll")});
    m.nodeId = r.text(QStringLiteral("node_id"), Text::NodeId, kMaxIdLength);
    m.orgUnit = r.text(QStringLiteral("org_unit"), Text::Any, kMaxIdLength);
    const int tier = r.choice(QStringLiteral("tier"), tierKeys());
    m.tier = tierFromKey(tierKeys().value(tier)).value_or(Tier::Street);
    m.displayName = r.text(QStringLiteral("display_name"), Text::Any, kMaxNameLength);
    m.publicKey = QByteArray::fromBase64(r.text(QStringLiteral("public_key"), Text::Base64, 100).toLatin1());
    if (r.ok() && m.publicKey.size() != SyncKeys::kPublicKeyBytes)
        r.fail(SyncFieldReader::tr("The field \"public_key\" should hold %1 bytes.").arg(SyncKeys::kPublicKeyBytes));
    m.madeAt = SyncCodec::parseTime(r.text(QStringLiteral("made_at"), Text::Time, 24)).value_or(QDateTime());
    m.signature = QByteArray::fromBase64(r.text(QStringLiteral("signature"), Text::Base64, 100).toLatin1());
    if (r.ok() && m.signature.size() != SyncKeys::kSignatureBytes)
        r.fail(SyncFieldReader::tr("The field \"signature\" should hold %1 bytes.").arg(SyncKeys::kSignatureBytes));
    return finish(r, std::move(m));
}

QByteArray EnrollRequest::signedBytes() const
{
    QJsonObject json = toJson();
    json.remove(QStringLiteral("signature"));
    return CanonicalJson::fromObject(json);
}

void EnrollRequest::sign(const SyncKeys &keys)
{
    publicKey = keys.publicKey();
    signature = keys.sign(signedBytes());
}

bool EnrollRequest::verifySignature() const
{
    return SyncKeys::verify(publicKey, signedBytes(), signature);
}

// --- Error -------------------------------------------------------------------------------------

QJsonObject ErrorReply::toJson() const
{
    QJsonObject out = extra;
    out.insert(QStringLiteral("code"), code);
    out.insert(QStringLiteral("message"), message);
    return out;
}

Result<ErrorReply> ErrorReply::fromJson(const QJsonObject &json)
{
    SyncFieldReader r(json);
    ErrorReply m;
    m.code = r.text(QStringLiteral("code"), Text::TableName, kMaxIdLength);
    m.message = r.text(QStringLiteral("message"), Text::Any, kMaxReasonLength);
    m.extra = json;
    m.extra.remove(QStringLiteral("code"));
    m.extra.remove(QStringLiteral("message"));
    return finish(r, std::move(m));
}

} // namespace ud
