// Tests for the messages of sync protocol 1 (sync/SyncMessages.h) and their bodies
// (sync/SyncCodec.h), docs/sync.md "Messages": each message read from its wire form and written
// back unchanged; every field missing or of the wrong type refused with a message naming it; the
// rules on values (ranges, patterns, limits such as 501 records); a push whose bad record is set
// aside instead of failing the push; the enrollment request's signature; bodies compressed above
// 1 KB (zstd; zlib still read) and read back; zip bombs, cut-off or garbage zstd and zlib data and bad
// JSON refused with their codes;
// and the time of a 500-record batch, printed.

#include "core/CanonicalJson.h"
#include "sync/SyncCodec.h"
#include "sync/SyncKeys.h"
#include "sync/SyncMessages.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <QtTest>

#include <limits>
#include <utility>

using namespace ud;

namespace {

const QString kNode = QStringLiteral("0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");
const QString kBatch = QStringLiteral("0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f0000");
const QString kHash = QString(64, QLatin1Char('a'));

QJsonObject recordJson(int n = 0)
{
    return QJsonObject{
        {QStringLiteral("table"), QStringLiteral("mediation_case")},
        {QStringLiteral("id"), QStringLiteral("0193a1b2-c3d4-7e5f-8a9b-%1").arg(n, 12, 16, QLatin1Char('0'))},
        {QStringLiteral("org_unit"), QStringLiteral("110105001")},
        {QStringLiteral("origin_node"), kNode},
        {QStringLiteral("version"), 3},
        {QStringLiteral("base_version"), 2},
        {QStringLiteral("hlc"), QStringLiteral("0001732190000123-00004")},
        {QStringLiteral("deleted"), false},
        {QStringLiteral("values"),
         QJsonObject{{QStringLiteral("title"), QStringLiteral("王某诉某公司拖欠工资")},
                     {QStringLiteral("amount_cents"), 1200000},
                     {QStringLiteral("note"), QJsonValue::Null}}},
    };
}

QJsonObject auditJson()
{
    return QJsonObject{{QStringLiteral("seq"), 42}, {QStringLiteral("hash"), kHash}};
}

QJsonObject messageJson(const QString &type)
{
    if (type == QLatin1String("SyncRecord"))
        return recordJson();
    if (type == QLatin1String("HelloRequest"))
        return QJsonObject{{QStringLiteral("protocol_min"), 1}, {QStringLiteral("protocol_max"), 1},
                           {QStringLiteral("schema"), 12},      {QStringLiteral("node_id"), kNode},
                           {QStringLiteral("db_epoch"), QStringLiteral("0193a1b2-0000-7000-8000-000000000001")},
                           {QStringLiteral("audit_head"), auditJson()}};
    if (type == QLatin1String("HelloReply"))
        return QJsonObject{
            {QStringLiteral("protocol"), 1},
            {QStringLiteral("hub_node"), QStringLiteral("0193a1b2-0000-7000-8000-00000000000f")},
            {QStringLiteral("hub_time"), QStringLiteral("2026-12-07T19:05:00.123Z")},
            {QStringLiteral("enrollment"),
             QJsonObject{{QStringLiteral("status"), QStringLiteral("approved")},
                         {QStringLiteral("org_unit"), QStringLiteral("110105001")},
                         {QStringLiteral("blocks"),
                          QJsonArray{QJsonObject{{QStringLiteral("series"), QStringLiteral("mediation_case")},
                                                 {QStringLiteral("first"), 1001},
                                                 {QStringLiteral("last"), 2000}}}}}},
            {QStringLiteral("checkpoint"),
             QJsonObject{{QStringLiteral("epoch"), QStringLiteral("e1")}, {QStringLiteral("acked_to_seq"), 17}}},
            {QStringLiteral("pull_seq"), 5},
            {QStringLiteral("audit_known"), auditJson()},
        };
    if (type == QLatin1String("PushRequest"))
        return QJsonObject{{QStringLiteral("protocol"), 1},       {QStringLiteral("schema"), 12},
                           {QStringLiteral("node_id"), kNode},    {QStringLiteral("db_epoch"), QStringLiteral("e1")},
                           {QStringLiteral("batch_id"), kBatch},  {QStringLiteral("from_seq"), 18},
                           {QStringLiteral("to_seq"), 19},        {QStringLiteral("audit_head"), auditJson()},
                           {QStringLiteral("records"), QJsonArray{recordJson(1), recordJson(2)}}};
    if (type == QLatin1String("RecordResult"))
        return QJsonObject{{QStringLiteral("id"), QStringLiteral("0193a1b2-c3d4-7e5f-8a9b-000000000001")},
                           {QStringLiteral("table"), QStringLiteral("mediation_case")},
                           {QStringLiteral("status"), QStringLiteral("conflict")},
                           {QStringLiteral("reason"), QStringLiteral("changed at the hub meanwhile")},
                           {QStringLiteral("winner"),
                            QJsonObject{{QStringLiteral("version"), 4},
                                        {QStringLiteral("hlc"), QStringLiteral("0001732190000999-00000")},
                                        {QStringLiteral("origin_node"), kNode}}}};
    if (type == QLatin1String("PushReply"))
        return QJsonObject{{QStringLiteral("batch_id"), kBatch},
                           {QStringLiteral("acked_to_seq"), 19},
                           {QStringLiteral("results"), QJsonArray{messageJson(QStringLiteral("RecordResult"))}}};
    if (type == QLatin1String("PullItem")) {
        QJsonObject item = recordJson(7);
        item.insert(QStringLiteral("seq"), 100);
        item.insert(QStringLiteral("kind"), QStringLiteral("review"));
        return item;
    }
    if (type == QLatin1String("PullReply"))
        return QJsonObject{{QStringLiteral("items"), QJsonArray{messageJson(QStringLiteral("PullItem"))}},
                           {QStringLiteral("next"), 100},
                           {QStringLiteral("more"), true}};
    if (type == QLatin1String("EnrollRequest")) {
        EnrollRequest r;
        r.nodeId = kNode;
        r.orgUnit = QStringLiteral("110105001");
        r.tier = Tier::Street;
        r.displayName = QStringLiteral("八里庄街道工会");
        r.madeAt = QDateTime(QDate(2026, 12, 7), QTime(19, 0), Qt::UTC);
        static const SyncKeys keys = SyncKeys::generate();
        r.sign(keys);
        return r.toJson();
    }
    if (type == QLatin1String("ErrorReply"))
        return QJsonObject{{QStringLiteral("code"), QStringLiteral("unsupported_protocol")},
                           {QStringLiteral("message"), QStringLiteral("The hub speaks protocol 2 to 3.")},
                           {QStringLiteral("protocol_min"), 2},
                           {QStringLiteral("protocol_max"), 3}};
    qFatal("unknown message type");
}

// Reads `json` as `type`; returns the error, or "" and the message written back in `*back`.
template <typename T>
QString parseAs(const QJsonObject &json, QJsonObject *back)
{
    const Result<T> parsed = T::fromJson(json);
    if (!parsed)
        return parsed.error();
    *back = parsed.value().toJson();
    return {};
}

QString parse(const QString &type, const QJsonObject &json, QJsonObject *back)
{
    if (type == QLatin1String("SyncRecord")) return parseAs<SyncRecord>(json, back);
    if (type == QLatin1String("HelloRequest")) return parseAs<HelloRequest>(json, back);
    if (type == QLatin1String("HelloReply")) return parseAs<HelloReply>(json, back);
    if (type == QLatin1String("PushRequest")) return parseAs<PushRequest>(json, back);
    if (type == QLatin1String("RecordResult")) return parseAs<RecordResult>(json, back);
    if (type == QLatin1String("PushReply")) return parseAs<PushReply>(json, back);
    if (type == QLatin1String("PullItem")) return parseAs<PullItem>(json, back);
    if (type == QLatin1String("PullReply")) return parseAs<PullReply>(json, back);
    if (type == QLatin1String("EnrollRequest")) return parseAs<EnrollRequest>(json, back);
    if (type == QLatin1String("ErrorReply")) return parseAs<ErrorReply>(json, back);
    return QStringLiteral("unknown type");
}

const QStringList &messageTypes()
{
    static const QStringList types = {
        QStringLiteral("SyncRecord"),   QStringLiteral("HelloRequest"), QStringLiteral("HelloReply"),
        QStringLiteral("PushRequest"),  QStringLiteral("RecordResult"), QStringLiteral("PushReply"),
        QStringLiteral("PullItem"),     QStringLiteral("PullReply"),    QStringLiteral("EnrollRequest"),
        QStringLiteral("ErrorReply")};
    return types;
}

// Sets (or, for an undefined value, removes) the field at a dotted path such as "records.0.version".
QJsonValue withField(const QJsonValue &node, const QStringList &path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    bool isIndex = false;
    const int index = path.first().toInt(&isIndex);
    if (isIndex && node.isArray()) {
        QJsonArray array = node.toArray();
        const QJsonValue changed = withField(array.at(index), path.mid(1), value);
        if (changed.isUndefined())
            array.removeAt(index);
        else
            array.replace(index, changed);
        return array;
    }
    QJsonObject object = node.toObject();
    const QJsonValue changed = withField(object.value(path.first()), path.mid(1), value);
    if (changed.isUndefined())
        object.remove(path.first());
    else
        object.insert(path.first(), changed);
    return object;
}

// The field paths of `object` ("a", "a.b"; arrays of objects through their first item, "a.0.b").
void collectPaths(const QJsonObject &object, const QString &prefix, QStringList &out)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString path = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        out << path;
        if (it.value().isObject() && it.key() != QLatin1String("values"))
            collectPaths(it.value().toObject(), path, out);
        else if (it.value().isArray() && !it.value().toArray().isEmpty() && it.value().toArray().at(0).isObject())
            collectPaths(it.value().toArray().at(0).toObject(), path + QStringLiteral(".0"), out);
    }
}

// How the reader names a path: "records.0.version" -> "records[0].version".
QString fieldName(const QString &path)
{
    QStringList parts = path.split(QLatin1Char('.'));
    QString out;
    for (const QString &part : parts) {
        bool isIndex = false;
        part.toInt(&isIndex);
        if (isIndex)
            out += QLatin1Char('[') + part + QLatin1Char(']');
        else
            out += (out.isEmpty() ? QString() : QStringLiteral(".")) + part;
    }
    return out;
}

QJsonValue wrongType(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String: return 12;
    case QJsonValue::Double: return QStringLiteral("12");
    case QJsonValue::Bool: return QStringLiteral("true");
    case QJsonValue::Object: return QJsonArray{1};
    case QJsonValue::Array: return QJsonObject{{QStringLiteral("a"), 1}};
    default: return true;
    }
}

bool isOptional(const QString &type, const QString &path)
{
    // Optional fields, fields whose value may be anything (values, extra fields of an error) and
    // push records, whose problems do not fail the push (see pushSetsBadRecordsAside).
    return (type == QLatin1String("RecordResult") && (path == QLatin1String("reason") || path == QLatin1String("winner")))
        || (type == QLatin1String("PushReply") && (path == QLatin1String("results.0.reason") || path == QLatin1String("results.0.winner")))
        || (type == QLatin1String("ErrorReply") && path.startsWith(QLatin1String("protocol_")))
        || (type == QLatin1String("PushRequest") && path.startsWith(QLatin1String("records.0.")));
}

QByteArray decodeCode(const QByteArray &body, bool deflated, qint64 limit, QString *error = nullptr)
{
    QByteArray code = "unset";
    const auto decoded = SyncCodec::decodeBody(body, deflated, limit, &code);
    if (error)
        *error = decoded.ok() ? QString() : decoded.error();
    if (decoded.ok() && !code.isEmpty())
        return "code set on success";
    return decoded.ok() ? QByteArray("ok") : code;
}

QJsonObject bigRecordValues(int n)
{
    QJsonObject values;
    values.insert(QStringLiteral("case_no"), QStringLiteral("朝八调字〔2026〕第%1号").arg(n, 4, 10, QLatin1Char('0')));
    values.insert(QStringLiteral("applicant_name"), QStringLiteral("张%1").arg(n));
    values.insert(QStringLiteral("respondent_name"), QStringLiteral("北京某某建筑劳务有限公司第%1分公司").arg(n % 37));
    values.insert(QStringLiteral("claim_text"),
                  QStringLiteral("申请人于2025年3月入职被申请人处从事钢筋工作，被申请人拖欠2025年9月至12月工资共计%1元，"
                                 "请求调解支付拖欠工资及经济补偿金。双方同意在街道调解委员会主持下进行调解。")
                      .arg(20000 + n));
    values.insert(QStringLiteral("amount_cents"), 2000000 + n);
    values.insert(QStringLiteral("received_on"), QStringLiteral("2026-11-%1").arg(1 + n % 28, 2, 10, QLatin1Char('0')));
    values.insert(QStringLiteral("status"), QStringLiteral("in_mediation"));
    values.insert(QStringLiteral("mediator_id"), QStringLiteral("0193a1b2-c3d4-7e5f-8a9b-00000000%1").arg(n % 9999, 4, 10, QLatin1Char('0')));
    values.insert(QStringLiteral("workers"), 1 + n % 40);
    values.insert(QStringLiteral("note"), QStringLiteral("第%1次调解：双方已就支付期限初步达成一致，待签署协议。").arg(n % 5));
    return values;
}

} // namespace

class tst_SyncCodec : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void roundTrip_data();
    void roundTrip();
    void fieldMissingOrWrongType_data();
    void fieldMissingOrWrongType();
    void rules_data();
    void rules();
    void pushSetsBadRecordsAside();
    void recordLimits();
    void enrollSignature();
    void errorReplyKeepsExtraFields();
    void time_data();
    void time();

    void encodeSmallAndLarge();
    void decode_data();
    void decode();
    void zipBombRefused();
    void inflateLimitIsExact();
    void batchTiming();
};

void tst_SyncCodec::initTestCase()
{
    QVERIFY(SyncKeys::sodiumReady());
}

void tst_SyncCodec::roundTrip_data()
{
    QTest::addColumn<QString>("type");
    for (const QString &type : messageTypes())
        QTest::newRow(qPrintable(type)) << type;
}

void tst_SyncCodec::roundTrip()
{
    QFETCH(QString, type);
    const QJsonObject json = messageJson(type);
    QJsonObject back;
    const QString error = parse(type, json, &back);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Read and written back, the message is the same on the wire, byte for byte.
    QCOMPARE(back, json);
    QCOMPARE(CanonicalJson::fromObject(back), CanonicalJson::fromObject(json));
    // ... and through a body.
    bool deflated = false;
    const QByteArray body = SyncCodec::encodeBody(back, &deflated);
    const auto decoded = SyncCodec::decodeBody(body, deflated, SyncCodec::kMaxBatchBytes);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
    QCOMPARE(decoded.value(), json);
}

void tst_SyncCodec::fieldMissingOrWrongType_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected"); // in the message
    for (const QString &type : messageTypes()) {
        QStringList paths;
        const QJsonObject json = messageJson(type);
        collectPaths(json, QString(), paths);
        for (const QString &path : paths) {
            if (isOptional(type, path))
                continue;
            QJsonValue original = json;
            for (const QString &part : path.split(QLatin1Char('.')))
                original = original.isArray() ? original.toArray().at(part.toInt()) : original.toObject().value(part);
            const QString name = QLatin1Char('"') + fieldName(path) + QLatin1Char('"');
            QTest::addRow("%s: %s missing", qPrintable(type), qPrintable(path))
                << type << path << QJsonValue(QJsonValue::Undefined) << name + QStringLiteral(" is missing");
            QTest::addRow("%s: %s null", qPrintable(type), qPrintable(path))
                << type << path << QJsonValue(QJsonValue::Null) << name + QStringLiteral(" is missing");
            QTest::addRow("%s: %s of the wrong type", qPrintable(type), qPrintable(path))
                << type << path << wrongType(original) << name;
        }
    }
}

void tst_SyncCodec::fieldMissingOrWrongType()
{
    QFETCH(QString, type);
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    const QJsonObject json = withField(messageJson(type), path.split(QLatin1Char('.')), value).toObject();
    QVERIFY(json != messageJson(type));
    QJsonObject back;
    const QString error = parse(type, json, &back);
    QVERIFY2(!error.isEmpty(), QJsonDocument(back).toJson(QJsonDocument::Compact).constData());
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void tst_SyncCodec::rules_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected"); // "" = accepted; else a part of the message

    const auto row = [](const char *name, const char *type, const char *path, const QJsonValue &value, const char *expected) {
        QTest::newRow(name) << QString::fromLatin1(type) << QString::fromLatin1(path) << value << QString::fromUtf8(expected);
    };
    const QString s64(64, QLatin1Char('a'));
    // SyncRecord
    row("record: as given", "SyncRecord", "version", 3, "");
    row("record: version 0", "SyncRecord", "version", 0, "\"version\" should be between 1 and");
    row("record: version -1", "SyncRecord", "version", -1, "\"version\" should be between 1");
    row("record: version 2^53", "SyncRecord", "version", 9007199254740992.0, "\"version\" should be between");
    row("record: version 2.5", "SyncRecord", "version", 2.5, "\"version\" should be a whole number");
    row("record: base_version 0", "SyncRecord", "base_version", 0, "");
    row("record: base_version = version", "SyncRecord", "base_version", 3, "\"base_version\" (3) should be lower than \"version\" (3)");
    row("record: base_version above version", "SyncRecord", "base_version", 7, "should be lower than");
    row("record: base_version -1", "SyncRecord", "base_version", -1, "\"base_version\" should be between 0");
    row("record: table with digits and _", "SyncRecord", "table", QStringLiteral("t_2"), "");
    row("record: table 64 chars", "SyncRecord", "table", s64, "");
    row("record: table 65 chars", "SyncRecord", "table", s64 + QLatin1Char('a'), "\"table\" is longer than 64");
    row("record: table upper case", "SyncRecord", "table", QStringLiteral("Mediation_case"), "\"table\" may only hold");
    row("record: table with a dash", "SyncRecord", "table", QStringLiteral("a-b"), "\"table\" may only hold");
    row("record: table with SQL", "SyncRecord", "table", QStringLiteral("x; drop table y"), "\"table\" may only hold");
    row("record: table empty", "SyncRecord", "table", QString(), "\"table\" is empty");
    row("record: id upper case hex", "SyncRecord", "id", QStringLiteral("0193A1B2"), "\"id\" may only hold");
    row("record: id with g", "SyncRecord", "id", QStringLiteral("0193g"), "\"id\" may only hold");
    row("record: id 65 chars", "SyncRecord", "id", QString(65, QLatin1Char('a')), "\"id\" is longer than 64");
    row("record: id empty", "SyncRecord", "id", QString(), "\"id\" is empty");
    row("record: origin reference", "SyncRecord", "origin_node", QStringLiteral("reference"), "");
    row("record: origin with a slash", "SyncRecord", "origin_node", QStringLiteral("a/b"), "\"origin_node\" may only hold");
    row("record: org_unit empty", "SyncRecord", "org_unit", QString(), "\"org_unit\" is empty");
    row("record: org_unit control character", "SyncRecord", "org_unit", QStringLiteral("11\n01"), "\"org_unit\" holds control characters");
    row("record: hlc 40 chars", "SyncRecord", "hlc", QString(40, QLatin1Char('1')), "");
    row("record: hlc 41 chars", "SyncRecord", "hlc", QString(41, QLatin1Char('1')), "\"hlc\" is longer than 40");
    row("record: hlc empty", "SyncRecord", "hlc", QString(), "\"hlc\" is empty");
    row("record: deleted true", "SyncRecord", "deleted", true, "");
    row("record: deleted 0", "SyncRecord", "deleted", 0, "\"deleted\" should be true or false");
    row("record: values empty", "SyncRecord", "values", QJsonObject(), "");
    row("record: values column with a space", "SyncRecord", "values",
        QJsonObject{{QStringLiteral("bad column"), 1}}, "\"values\" holds the column name \"bad column\"");
    row("record: values column upper case", "SyncRecord", "values", QJsonObject{{QStringLiteral("Name"), 1}},
        "column name \"Name\"");
    // Hello
    row("hello: protocol range 1-3", "HelloRequest", "protocol_max", 3, "");
    row("hello: protocol_min above max", "HelloRequest", "protocol_min", 2, "\"protocol_min\" (2) is greater than \"protocol_max\" (1)");
    row("hello: protocol 0", "HelloRequest", "protocol_min", 0, "\"protocol_min\" should be between 1");
    row("hello: audit hash empty", "HelloRequest", "audit_head.hash", QString(), "");
    row("hello: audit hash short", "HelloRequest", "audit_head.hash", QStringLiteral("abc"), "\"audit_head.hash\" is not a hash");
    row("hello: audit hash upper case", "HelloRequest", "audit_head.hash", QString(64, QLatin1Char('A')), "\"audit_head.hash\" is not a hash");
    row("hello: audit seq negative", "HelloRequest", "audit_head.seq", -1, "\"audit_head.seq\" should be between 0");
    row("hello: node id 65 chars", "HelloRequest", "node_id", QString(65, QLatin1Char('a')), "\"node_id\" is longer than 64");
    row("reply: pending without org unit", "HelloReply", "enrollment.org_unit", QString(), "");
    row("reply: unknown status", "HelloReply", "enrollment.status", QStringLiteral("maybe"), "\"enrollment.status\" has the unknown value \"maybe\"");
    row("reply: revoked", "HelloReply", "enrollment.status", QStringLiteral("revoked"), "");
    row("reply: no blocks", "HelloReply", "enrollment.blocks", QJsonArray(), "");
    row("reply: block first above last", "HelloReply", "enrollment.blocks.0.first", 3000,
        "\"enrollment.blocks[0].first\" (3000) is greater than \"enrollment.blocks[0].last\" (2000)");
    row("reply: block not an object", "HelloReply", "enrollment.blocks.0", 5, "\"enrollment.blocks[0]\" should be a JSON object");
    row("reply: hub_time not a time", "HelloReply", "hub_time", QStringLiteral("yesterday"), "\"hub_time\" is not a UTC time");
    row("reply: hub_time with an offset", "HelloReply", "hub_time", QStringLiteral("2026-12-07T19:05:00.123+08:00"), "\"hub_time\"");
    // Push
    row("push: batch id upper case uuid", "PushRequest", "batch_id", kBatch.toUpper(), "");
    row("push: batch id not a uuid", "PushRequest", "batch_id", QStringLiteral("batch-1"), "\"batch_id\" is not a UUID");
    row("push: batch id without dashes", "PushRequest", "batch_id", QString(kBatch).remove(QLatin1Char('-')), "\"batch_id\"");
    row("push: from_seq = to_seq", "PushRequest", "from_seq", 19, "");
    row("push: from_seq above to_seq", "PushRequest", "from_seq", 20, "\"from_seq\" (20) is greater than \"to_seq\" (19)");
    row("push: no records", "PushRequest", "records", QJsonArray(), "");
    row("push: protocol 0", "PushRequest", "protocol", 0, "\"protocol\" should be between 1");
    row("push: schema 0", "PushRequest", "schema", 0, "\"schema\" should be between 1");
    // Results
    row("result: unknown status", "RecordResult", "status", QStringLiteral("weird"), "\"status\" has the unknown value");
    row("result: conflict without id", "RecordResult", "id", QString(), "\"id\" is empty");
    row("result: winner version 0", "RecordResult", "winner.version", 0, "\"winner.version\" should be between 1");
    row("reply: result status unknown", "PushReply", "results.0.status", QStringLiteral("OK"), "\"results[0].status\" has the unknown value \"OK\"");
    row("reply: result not an object", "PushReply", "results.0", QStringLiteral("ok"), "\"results[0]\" should be a JSON object");
    // Pull
    row("pull item: kind reference", "PullItem", "kind", QStringLiteral("reference"), "");
    row("pull item: kind conflict", "PullItem", "kind", QStringLiteral("conflict"), "");
    row("pull item: kind unknown", "PullItem", "kind", QStringLiteral("push"), "\"kind\" has the unknown value \"push\"");
    row("pull item: seq 0", "PullItem", "seq", 0, "\"seq\" should be between 1");
    row("pull reply: item version 0", "PullReply", "items.0.version", 0, "\"items[0].version\" should be between 1");
    row("pull reply: next negative", "PullReply", "next", -5, "\"next\" should be between 0");
    // Enroll
    row("enroll: another kind", "EnrollRequest", "kind", QStringLiteral("push"), "\"kind\" has the unknown value \"push\"");
    row("enroll: unknown tier", "EnrollRequest", "tier", QStringLiteral("planet"), "\"tier\" has the unknown value \"planet\"");
    row("enroll: district tier", "EnrollRequest", "tier", QStringLiteral("district"), "");
    row("enroll: short public key", "EnrollRequest", "public_key", QString::fromLatin1(QByteArray(31, 'k').toBase64()),
        "\"public_key\" should hold 32 bytes");
    row("enroll: public key not base64", "EnrollRequest", "public_key", QStringLiteral("%%%%"), "\"public_key\" is not base64");
    row("enroll: short signature", "EnrollRequest", "signature", QString::fromLatin1(QByteArray(63, 's').toBase64()),
        "\"signature\" should hold 64 bytes");
    row("enroll: display name 201 chars", "EnrollRequest", "display_name", QString(201, QChar(0x4e2d)), "\"display_name\" is longer than 200");
    // Error
    row("error: code with spaces", "ErrorReply", "code", QStringLiteral("Bad Code"), "\"code\" may only hold");
    row("error: message empty", "ErrorReply", "message", QString(), "\"message\" is empty");
}

void tst_SyncCodec::rules()
{
    QFETCH(QString, type);
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    const QJsonObject json = withField(messageJson(type), path.split(QLatin1Char('.')), value).toObject();
    QJsonObject back;
    const QString error = parse(type, json, &back);
    if (expected.isEmpty()) {
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(back, json);
    } else {
        QVERIFY2(!error.isEmpty(), "accepted");
        QVERIFY2(error.contains(expected), qPrintable(error));
    }
}

void tst_SyncCodec::pushSetsBadRecordsAside()
{
    QJsonObject json = messageJson(QStringLiteral("PushRequest"));
    QJsonArray records;
    records << recordJson(1);
    records << withField(recordJson(2), {QStringLiteral("version")}, 0);
    records << QStringLiteral("not a record");
    records << withField(recordJson(4), {QStringLiteral("table")}, QStringLiteral("Bad Table"));
    records << recordJson(5);
    json.insert(QStringLiteral("records"), records);

    const auto push = PushRequest::fromJson(json);
    QVERIFY2(push.ok(), qPrintable(push.error()));
    QCOMPARE(push.value().records.size(), 2);
    QCOMPARE(push.value().records.at(0).id, recordJson(1).value(QStringLiteral("id")).toString());
    QCOMPARE(push.value().records.at(1).id, recordJson(5).value(QStringLiteral("id")).toString());
    const auto &bad = push.value().unreadable;
    QCOMPARE(bad.size(), 3);
    QCOMPARE(bad.at(0).index, 1);
    QCOMPARE(bad.at(0).id, recordJson(2).value(QStringLiteral("id")).toString());
    QCOMPARE(bad.at(0).table, QStringLiteral("mediation_case"));
    QVERIFY2(bad.at(0).reason.contains(QStringLiteral("\"records[1].version\" should be between 1")), qPrintable(bad.at(0).reason));
    QCOMPARE(bad.at(1).index, 2);
    QVERIFY(bad.at(1).id.isEmpty());
    QVERIFY2(bad.at(1).reason.contains(QStringLiteral("\"records[2]\" should be a JSON object")), qPrintable(bad.at(1).reason));
    QCOMPARE(bad.at(2).index, 3);
    QVERIFY(bad.at(2).table.isEmpty()); // not a valid table name, so not echoed
    QCOMPARE(bad.at(2).id, recordJson(4).value(QStringLiteral("id")).toString());
    QVERIFY(bad.at(2).reason.contains(QStringLiteral("\"records[3].table\"")));

    // The hub's answer for an unreadable record: invalid, with or without an id.
    RecordResult result{bad.at(1).id, bad.at(1).table, RecordStatus::Invalid, bad.at(1).reason, std::nullopt};
    const auto back = RecordResult::fromJson(result.toJson());
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QVERIFY(back.value() == result);
}

void tst_SyncCodec::recordLimits()
{
    QCOMPARE(SyncCodec::kMaxRecords, 500);
    QCOMPARE(SyncCodec::kMaxBatchBytes, qint64(4) * 1024 * 1024);
    QCOMPARE(SyncCodec::kMaxRequestBytes, qint64(16) * 1024 * 1024);
    QCOMPARE(SyncCodec::kProtocolMin, 1);
    QCOMPARE(SyncCodec::kProtocolMax, 1);

    for (const int count : {500, 501}) {
        QJsonArray records;
        QJsonArray results;
        QJsonArray items;
        const QJsonObject result = messageJson(QStringLiteral("RecordResult"));
        const QJsonObject item = messageJson(QStringLiteral("PullItem"));
        for (int i = 0; i < count; ++i) {
            records << recordJson(i);
            results << result;
            items << item;
        }
        QJsonObject push = messageJson(QStringLiteral("PushRequest"));
        push.insert(QStringLiteral("records"), records);
        QJsonObject reply = messageJson(QStringLiteral("PushReply"));
        reply.insert(QStringLiteral("results"), results);
        QJsonObject pull = messageJson(QStringLiteral("PullReply"));
        pull.insert(QStringLiteral("items"), items);
        const auto p = PushRequest::fromJson(push);
        const auto r = PushReply::fromJson(reply);
        const auto l = PullReply::fromJson(pull);
        if (count == 500) {
            QVERIFY2(p.ok(), qPrintable(p.error()));
            QCOMPARE(p.value().records.size(), 500);
            QVERIFY(r.ok());
            QVERIFY(l.ok());
        } else {
            QVERIFY(!p.ok());
            QVERIFY2(p.error().contains(QStringLiteral("\"records\" holds 501 items; at most 500")), qPrintable(p.error()));
            QVERIFY(!r.ok());
            QVERIFY(r.error().contains(QStringLiteral("\"results\" holds 501 items")));
            QVERIFY(!l.ok());
            QVERIFY(l.error().contains(QStringLiteral("\"items\" holds 501 items")));
        }
    }
}

void tst_SyncCodec::enrollSignature()
{
    const SyncKeys keys = SyncKeys::generate();
    EnrollRequest request;
    request.nodeId = kNode;
    request.orgUnit = QStringLiteral("110105001");
    request.tier = Tier::Enterprise;
    request.displayName = QStringLiteral("某某公司工会");
    request.madeAt = QDateTime(QDate(2026, 12, 7), QTime(19, 0, 0, 5), Qt::UTC);
    QVERIFY(!request.verifySignature()); // not signed yet
    request.sign(keys);
    QCOMPARE(request.publicKey, keys.publicKey());
    QVERIFY(request.verifySignature());

    // The signed bytes are the canonical JSON of the request without its signature.
    QJsonObject json = request.toJson();
    QVERIFY(json.contains(QStringLiteral("signature")));
    QCOMPARE(json.value(QStringLiteral("kind")).toString(), QStringLiteral("enroll"));
    QCOMPARE(json.value(QStringLiteral("made_at")).toString(), QStringLiteral("2026-12-07T19:00:00.005Z"));
    QJsonObject unsignedJson = json;
    unsignedJson.remove(QStringLiteral("signature"));
    QCOMPARE(request.signedBytes(), CanonicalJson::fromObject(unsignedJson));

    // Read back from the wire: still verifies.
    const auto parsed = EnrollRequest::fromJson(json);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QVERIFY(parsed.value().verifySignature());
    QCOMPARE(parsed.value().tier, Tier::Enterprise);
    QCOMPARE(parsed.value().displayName, request.displayName);

    // Any field changed after signing, or another key put in, fails.
    for (const auto &[key, value] : {std::pair{QStringLiteral("org_unit"), QJsonValue(QStringLiteral("110105"))},
                                     std::pair{QStringLiteral("tier"), QJsonValue(QStringLiteral("district"))},
                                     std::pair{QStringLiteral("display_name"), QJsonValue(QStringLiteral("x"))},
                                     std::pair{QStringLiteral("made_at"), QJsonValue(QStringLiteral("2026-12-07T19:00:00.006Z"))},
                                     std::pair{QStringLiteral("public_key"), QJsonValue(SyncKeys::generate().publicKeyBase64())}}) {
        QJsonObject changed = json;
        changed.insert(key, value);
        const auto tampered = EnrollRequest::fromJson(changed);
        QVERIFY2(tampered.ok(), qPrintable(tampered.error()));
        QVERIFY2(!tampered.value().verifySignature(), qPrintable(key));
    }
}

void tst_SyncCodec::errorReplyKeepsExtraFields()
{
    ErrorReply error;
    error.code = QStringLiteral("clock_skew");
    error.message = QStringLiteral("Your clock is 7 minutes ahead.");
    error.extra.insert(QStringLiteral("hub_time"), QStringLiteral("2026-12-07T19:05:00.123Z"));
    error.extra.insert(QStringLiteral("skew_seconds"), 420);
    const QJsonObject json = error.toJson();
    QCOMPARE(json.value(QStringLiteral("skew_seconds")).toInt(), 420);
    QCOMPARE(json.value(QStringLiteral("code")).toString(), QStringLiteral("clock_skew"));
    const auto back = ErrorReply::fromJson(json);
    QVERIFY(back.ok());
    QCOMPARE(back.value().extra, error.extra);
    QCOMPARE(back.value().message, error.message);
}

void tst_SyncCodec::time_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("ms") << "2026-12-07T19:05:00.123Z" << true;
    QTest::newRow("zero ms") << "2026-01-01T00:00:00.000Z" << true;
    QTest::newRow("leap day") << "2028-02-29T23:59:59.999Z" << true;
    QTest::newRow("no leap day") << "2026-02-29T12:00:00.000Z" << false;
    QTest::newRow("no ms") << "2026-12-07T19:05:00Z" << false;
    QTest::newRow("no Z") << "2026-12-07T19:05:00.123" << false;
    QTest::newRow("offset") << "2026-12-07T19:05:00.123+08" << false;
    QTest::newRow("space") << "2026-12-07 19:05:00.123Z" << false;
    QTest::newRow("hour 24") << "2026-12-07T24:00:00.000Z" << false;
    QTest::newRow("signs") << "+026-12-07T19:05:00.123Z" << false;
    QTest::newRow("empty") << "" << false;
}

void tst_SyncCodec::time()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const auto parsed = SyncCodec::parseTime(text);
    QCOMPARE(parsed.has_value(), valid);
    if (valid) {
        QCOMPARE(parsed->timeSpec(), Qt::UTC);
        QCOMPARE(SyncCodec::formatTime(*parsed), text);
    }
    QCOMPARE(SyncCodec::formatTime(QDateTime(QDate(2026, 12, 8), QTime(3, 5, 0, 7), QTimeZone(8 * 3600))),
             QStringLiteral("2026-12-07T19:05:00.007Z"));
}

void tst_SyncCodec::encodeSmallAndLarge()
{
    const QJsonObject small = messageJson(QStringLiteral("HelloRequest"));
    bool compressed = true;
    const QByteArray smallBody = SyncCodec::encodeBody(small, &compressed);
    QVERIFY(!compressed);
    QCOMPARE(smallBody, CanonicalJson::fromObject(small));
    QVERIFY(smallBody.size() <= SyncCodec::kCompressAboveBytes);
    QCOMPARE(SyncCodec::contentEncoding(smallBody, compressed), QByteArray());

    QJsonObject large = messageJson(QStringLiteral("PushRequest"));
    QJsonArray records;
    for (int i = 0; i < 10; ++i)
        records << recordJson(i);
    large.insert(QStringLiteral("records"), records);
    QVERIFY(CanonicalJson::fromObject(large).size() > SyncCodec::kCompressAboveBytes);
    const QByteArray largeBody = SyncCodec::encodeBody(large, &compressed);
    QVERIFY(compressed);
    QCOMPARE(largeBody.left(4), QByteArray::fromHex("28b52ffd")); // a zstd frame
    QCOMPARE(SyncCodec::contentEncoding(largeBody, compressed), QByteArray("zstd"));
    QCOMPARE(SyncCodec::contentEncoding(SyncCodec::deflate(CanonicalJson::fromObject(large)), true), QByteArray("deflate"));
    QVERIFY(largeBody.size() < CanonicalJson::fromObject(large).size());
    const auto decoded = SyncCodec::decodeBody(largeBody, true, SyncCodec::kMaxBatchBytes);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
    QCOMPARE(decoded.value(), large);
    // The same body read as not compressed is not JSON.
    QCOMPARE(decodeCode(largeBody, false, SyncCodec::kMaxBatchBytes), QByteArray("bad_json"));
}

void tst_SyncCodec::decode_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("deflated");
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<QByteArray>("code");

    const QByteArray json = CanonicalJson::fromObject(messageJson(QStringLiteral("PushRequest")));
    const QByteArray packed = SyncCodec::deflate(json);
    const qint64 limit = SyncCodec::kMaxBatchBytes;
    QTest::newRow("plain") << json << false << limit << QByteArray("ok");
    QTest::newRow("plain with spaces") << QByteArray(" { \"a\" : [ 1 , 2 ] }\n") << false << limit << QByteArray("ok");
    QTest::newRow("deflated") << packed << true << limit << QByteArray("ok");
    QTest::newRow("plain at the limit") << json << false << qint64(json.size()) << QByteArray("ok");
    QTest::newRow("plain over the limit") << json << false << qint64(json.size() - 1) << QByteArray("too_large");
    QTest::newRow("deflated at the limit") << packed << true << qint64(json.size()) << QByteArray("ok");
    QTest::newRow("deflated over the limit") << packed << true << qint64(json.size() - 1) << QByteArray("too_large");
    QTest::newRow("deflated, cut off") << packed.left(packed.size() / 2) << true << limit << QByteArray("bad_encoding");
    QTest::newRow("deflated, last byte missing") << packed.chopped(1) << true << limit << QByteArray("bad_encoding");
    QTest::newRow("deflated, empty") << QByteArray() << true << limit << QByteArray("bad_encoding");
    QTest::newRow("deflated, trailing garbage") << packed + "xyz" << true << limit << QByteArray("bad_encoding");
    QByteArray flipped = packed;
    flipped[packed.size() / 2] = static_cast<char>(flipped[packed.size() / 2] ^ 0x55);
    QTest::newRow("deflated, bits flipped") << flipped << true << limit << QByteArray("bad_encoding");
    QTest::newRow("garbage said to be deflated") << QByteArray("this is not zlib at all") << true << limit << QByteArray("bad_encoding");
    QTest::newRow("gzip said to be deflated") << QByteArray::fromHex("1f8b0800000000000003") << true << limit << QByteArray("bad_encoding");
    QTest::newRow("plain json said to be deflated") << json << true << limit << QByteArray("bad_encoding");
    // zstd, what this build sends.
    const QByteArray zstd = SyncCodec::zstdCompress(json);
    QTest::newRow("zstd") << zstd << true << limit << QByteArray("ok");
    QTest::newRow("zstd at the limit") << zstd << true << qint64(json.size()) << QByteArray("ok");
    QTest::newRow("zstd over the limit") << zstd << true << qint64(json.size() - 1) << QByteArray("too_large");
    QTest::newRow("zstd, cut off") << zstd.left(zstd.size() / 2) << true << limit << QByteArray("bad_encoding");
    QTest::newRow("zstd, last byte missing") << zstd.chopped(1) << true << limit << QByteArray("bad_encoding");
    QTest::newRow("zstd, magic only") << zstd.left(4) << true << limit << QByteArray("bad_encoding");
    QTest::newRow("zstd, trailing garbage") << zstd + "xyz" << true << limit << QByteArray("bad_encoding");
    QTest::newRow("zstd, two frames") << zstd + zstd << true << limit << QByteArray("bad_encoding");
    QByteArray zflipped = zstd;
    for (qsizetype i = 8; i < zflipped.size(); i += 7)
        zflipped[i] = static_cast<char>(zflipped[i] ^ 0x55);
    QTest::newRow("zstd, bits flipped") << zflipped << true << limit << QByteArray("bad_encoding");
    QTest::newRow("truncated json, zstd") << SyncCodec::zstdCompress(json.left(json.size() - 10)) << true << limit << QByteArray("bad_json");
    QTest::newRow("truncated json") << json.left(json.size() - 10) << false << limit << QByteArray("bad_json");
    QTest::newRow("truncated json, deflated") << SyncCodec::deflate(json.left(json.size() - 10)) << true << limit << QByteArray("bad_json");
    QTest::newRow("not json") << QByteArray("<html>502</html>") << false << limit << QByteArray("bad_json");
    QTest::newRow("empty") << QByteArray() << false << limit << QByteArray("bad_json");
    QTest::newRow("json array") << QByteArray("[1,2]") << false << limit << QByteArray("bad_json");
    QTest::newRow("json string") << QByteArray("\"x\"") << false << limit << QByteArray("bad_json");
    QTest::newRow("two objects") << QByteArray("{}{}") << false << limit << QByteArray("bad_json");
    QTest::newRow("invalid utf-8") << QByteArray("{\"a\":\"\xff\xfe\"}") << false << limit << QByteArray("bad_json");
}

void tst_SyncCodec::decode()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, deflated);
    QFETCH(qint64, limit);
    QFETCH(QByteArray, code);
    QString error;
    QCOMPARE(decodeCode(body, deflated, limit, &error), code);
    QCOMPARE(error.isEmpty(), code == "ok");
}

void tst_SyncCodec::zipBombRefused()
{
    // 64 MiB of one byte deflates to about 64 KB: 1000 times its size.
    const QByteArray bomb = SyncCodec::deflate(QByteArray(64 * 1024 * 1024, ' '));
    QVERIFY(bomb.size() < 100 * 1024);
    QString error;
    QCOMPARE(decodeCode(bomb, true, SyncCodec::kMaxBatchBytes, &error), QByteArray("too_large"));
    QVERIFY2(error.contains(QString::number(SyncCodec::kMaxBatchBytes)), qPrintable(error));
    QByteArray code;
    const auto raw = SyncCodec::inflate(bomb, 1000, &code);
    QVERIFY(!raw.ok());
    QCOMPARE(code, QByteArray("too_large"));
    // A JSON bomb: a valid object with a huge string, refused the same way.
    const QByteArray jsonBomb = SyncCodec::deflate("{\"a\":\"" + QByteArray(8 * 1024 * 1024, 'a') + "\"}");
    QCOMPARE(decodeCode(jsonBomb, true, SyncCodec::kMaxBatchBytes), QByteArray("too_large"));
    QCOMPARE(decodeCode(jsonBomb, true, 9 * 1024 * 1024), QByteArray("ok"));
    // The same with zstd, which packs 64 MiB of one byte into a few KB and declares the size in
    // its frame header: the declared size buys no more than the limit.
    const QByteArray zbomb = SyncCodec::zstdCompress(QByteArray(64 * 1024 * 1024, ' '));
    QVERIFY(zbomb.size() < 16 * 1024);
    QCOMPARE(decodeCode(zbomb, true, SyncCodec::kMaxBatchBytes), QByteArray("too_large"));
    QVERIFY(!SyncCodec::zstdDecompress(zbomb, 1000, &code).ok());
    QCOMPARE(code, QByteArray("too_large"));
    const QByteArray zjsonBomb = SyncCodec::zstdCompress("{\"a\":\"" + QByteArray(8 * 1024 * 1024, 'a') + "\"}");
    QCOMPARE(decodeCode(zjsonBomb, true, SyncCodec::kMaxBatchBytes), QByteArray("too_large"));
    QCOMPARE(decodeCode(zjsonBomb, true, 9 * 1024 * 1024), QByteArray("ok"));
}

void tst_SyncCodec::inflateLimitIsExact()
{
    for (const int size : {0, 1, 1000, 65536, 65537, 300000}) {
        const QByteArray data(size, 'z');
        const QByteArray packed = SyncCodec::deflate(data);
        auto exact = SyncCodec::inflate(packed, size);
        QVERIFY2(exact.ok(), qPrintable(exact.error()));
        QCOMPARE(exact.value(), data);
        if (size > 0) {
            QByteArray code;
            QVERIFY(!SyncCodec::inflate(packed, size - 1, &code).ok());
            QCOMPARE(code, QByteArray("too_large"));
        }
    }
    for (const int size : {0, 1, 1000, 65536, 65537, 300000}) {
        const QByteArray data(size, 'z');
        const QByteArray packed = SyncCodec::zstdCompress(data);
        auto exact = SyncCodec::zstdDecompress(packed, size);
        QVERIFY2(exact.ok(), qPrintable(exact.error()));
        QCOMPARE(exact.value(), data);
        if (size > 0) {
            QByteArray code;
            QVERIFY(!SyncCodec::zstdDecompress(packed, size - 1, &code).ok());
            QCOMPARE(code, QByteArray("too_large"));
        }
    }
    // Limits at the ends of the range neither overflow nor let anything through.
    QCOMPARE(SyncCodec::zstdDecompress(SyncCodec::zstdCompress("abc"), std::numeric_limits<qint64>::max()).value(), QByteArray("abc"));
    QVERIFY(!SyncCodec::zstdDecompress(SyncCodec::zstdCompress("abc"), 0).ok());
    const QByteArray packed = SyncCodec::deflate("abc");
    QCOMPARE(SyncCodec::inflate(packed, std::numeric_limits<qint64>::max()).value(), QByteArray("abc"));
    QVERIFY(!SyncCodec::inflate(packed, -1).ok());
    QVERIFY(!SyncCodec::inflate(packed, 0).ok());
}

void tst_SyncCodec::batchTiming()
{
    PushRequest push;
    push.protocol = 1;
    push.schema = 12;
    push.nodeId = kNode;
    push.dbEpoch = QStringLiteral("e1");
    push.batchId = kBatch;
    push.fromSeq = 1;
    push.toSeq = SyncCodec::kMaxRecords;
    push.auditHead = {500, kHash};
    for (int i = 0; i < SyncCodec::kMaxRecords; ++i) {
        SyncRecord rec;
        rec.table = QStringLiteral("mediation_case");
        rec.id = QStringLiteral("0193a1b2-c3d4-7e5f-8a9b-%1").arg(i, 12, 16, QLatin1Char('0'));
        rec.orgUnit = QStringLiteral("110105001");
        rec.originNode = kNode;
        rec.version = 1 + i % 3;
        rec.baseVersion = rec.version - 1;
        rec.hlc = QStringLiteral("0001732190000123-%1").arg(i, 5, 10, QLatin1Char('0'));
        rec.values = bigRecordValues(i);
        push.records.append(rec);
    }

    QElapsedTimer timer;
    timer.start();
    const QJsonObject json = push.toJson();
    const qint64 toJsonNs = timer.nsecsElapsed();
    bool deflated = false;
    const QByteArray body = SyncCodec::encodeBody(json, &deflated);
    const qint64 encodeNs = timer.nsecsElapsed();
    const auto decoded = SyncCodec::decodeBody(body, deflated, SyncCodec::kMaxBatchBytes);
    const qint64 decodeNs = timer.nsecsElapsed();
    QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
    const auto parsed = PushRequest::fromJson(decoded.value());
    const qint64 fromJsonNs = timer.nsecsElapsed();
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QVERIFY(parsed.value().unreadable.isEmpty());
    QCOMPARE(parsed.value().records.size(), SyncCodec::kMaxRecords);
    QVERIFY(parsed.value().records.last() == push.records.last());

    const qint64 canonicalBytes = CanonicalJson::fromObject(json).size();
    QVERIFY(deflated);
    QVERIFY(canonicalBytes <= SyncCodec::kMaxBatchBytes);
    qInfo("500 records, %lld bytes canonical (%lld per record), %lld deflated: toJson %.1f ms, encode %.1f ms, "
          "decode %.1f ms, fromJson %.1f ms",
          canonicalBytes, canonicalBytes / SyncCodec::kMaxRecords, qint64(body.size()), toJsonNs / 1e6,
          (encodeNs - toJsonNs) / 1e6, (decodeNs - encodeNs) / 1e6, (fromJsonNs - decodeNs) / 1e6);
}

QTEST_GUILESS_MAIN(tst_SyncCodec)
#include "tst_synccodec.moc"
