#include "sync/SyncBundle.h"

#include "core/CanonicalJson.h"
#include "sync/SyncCodec.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <zip.h>

namespace ud {

namespace {

const QString kManifest = QStringLiteral("manifest.json");
const QString kSignature = QStringLiteral("signature");
const QString kRecords = QStringLiteral("records.jsonl");
const QString kAnswer = QStringLiteral("answer.json");

QString sha256(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

// Writes the entries into a zip at `path` (libzip writes a temporary file and renames it on close).
Status writeZip(const QString &path, const QMap<QString, QByteArray> &entries)
{
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    int error = 0;
    zip_t *zip = zip_open(QFile::encodeName(partial).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!zip)
        return Status::failure(SyncBundle::tr("The bundle %1 cannot be written (zip error %2).")
                                   .arg(QDir::toNativeSeparators(path))
                                   .arg(error));
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        zip_source_t *source = zip_source_buffer(zip, it.value().constData(), static_cast<zip_uint64_t>(it.value().size()), 0);
        if (!source || zip_file_add(zip, it.key().toUtf8().constData(), source, ZIP_FL_ENC_UTF_8) < 0) {
            if (source)
                zip_source_free(source);
            const QString why = QString::fromUtf8(zip_strerror(zip));
            zip_discard(zip);
            return Status::failure(SyncBundle::tr("The bundle %1 cannot be written: %2").arg(QDir::toNativeSeparators(path), why));
        }
    }
    if (zip_close(zip) != 0) {
        const QString why = QString::fromUtf8(zip_strerror(zip));
        zip_discard(zip);
        QFile::remove(partial);
        return Status::failure(SyncBundle::tr("The bundle %1 cannot be written: %2").arg(QDir::toNativeSeparators(path), why));
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path))
        return Status::failure(SyncBundle::tr("The bundle %1 cannot be put in place.").arg(QDir::toNativeSeparators(path)));
    return Status::success();
}

Status writeSigned(const QString &path, QJsonObject manifest, const QMap<QString, QByteArray> &payload, const SyncKeys &keys)
{
    QJsonObject list;
    for (auto it = payload.cbegin(); it != payload.cend(); ++it)
        list.insert(it.key(), QJsonObject{{QStringLiteral("sha256"), sha256(it.value())}, {QStringLiteral("bytes"), it.value().size()}});
    manifest.insert(QStringLiteral("format"), QStringLiteral("uniondesk-bundle"));
    manifest.insert(QStringLiteral("format_version"), SyncBundle::kFormatVersion);
    manifest.insert(QStringLiteral("entries"), list);
    const QByteArray manifestBytes = CanonicalJson::fromObject(manifest);
    QMap<QString, QByteArray> entries = payload;
    entries.insert(kManifest, manifestBytes);
    entries.insert(kSignature, keys.sign(manifestBytes).toBase64());
    return writeZip(path, entries);
}

} // namespace

Status SyncBundle::writePush(const QString &path, const QJsonObject &push, const SyncKeys &keys, const QDateTime &nowUtc)
{
    QJsonObject manifest = push;
    const QJsonArray records = manifest.take(QStringLiteral("records")).toArray();
    QByteArray lines;
    for (const QJsonValue &r : records) {
        lines += CanonicalJson::fromObject(r.toObject());
        lines += '\n';
    }
    manifest.insert(QStringLiteral("kind"), QStringLiteral("push"));
    manifest.insert(QStringLiteral("record_count"), records.size());
    manifest.insert(QStringLiteral("made_at"), SyncCodec::formatTime(nowUtc));
    return writeSigned(path, manifest, {{kRecords, lines}}, keys);
}

Status SyncBundle::writeAck(const QString &path, const QString &hubNode, const QString &nodeId, const QString &batchId,
                            const QJsonObject &answer, const SyncKeys &hubKeys, const QDateTime &nowUtc)
{
    const QJsonObject manifest{{QStringLiteral("kind"), QStringLiteral("ack")},
                               {QStringLiteral("hub_node"), hubNode},
                               {QStringLiteral("node_id"), nodeId},
                               {QStringLiteral("batch_id"), batchId},
                               {QStringLiteral("made_at"), SyncCodec::formatTime(nowUtc)}};
    return writeSigned(path, manifest, {{kAnswer, CanonicalJson::fromObject(answer)}}, hubKeys);
}

Result<SyncBundle::Contents> SyncBundle::read(const QString &path)
{
    using R = Result<Contents>;
    const QString shown = QDir::toNativeSeparators(path);
    int error = 0;
    zip_t *zip = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (!zip) {
        if (error == ZIP_ER_NOENT || error == ZIP_ER_OPEN)
            return R::failure(tr("The bundle %1 cannot be opened.").arg(shown));
        return R::failure(tr("%1 is not a whole UnionDesk bundle: the file is damaged or was cut short (copy it again "
                             "from the station).")
                              .arg(shown));
    }
    Contents c;
    QString problem;
    const zip_int64_t count = zip_get_num_entries(zip, 0);
    for (zip_int64_t i = 0; i < count && problem.isEmpty(); ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(zip, static_cast<zip_uint64_t>(i), 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE)) {
            problem = tr("%1 is damaged.").arg(shown);
            break;
        }
        const QString name = QString::fromUtf8(st.name);
        if (st.size > static_cast<zip_uint64_t>(kMaxEntryBytes)) {
            problem = tr("%1 holds an entry larger than a bundle may be.").arg(shown);
            break;
        }
        zip_file_t *f = zip_fopen_index(zip, static_cast<zip_uint64_t>(i), 0);
        if (!f) {
            problem = tr("%1 is damaged.").arg(shown);
            break;
        }
        QByteArray data(static_cast<qsizetype>(st.size), Qt::Uninitialized);
        const zip_int64_t got = zip_fread(f, data.data(), st.size);
        zip_fclose(f);
        if (got != static_cast<zip_int64_t>(st.size)) {
            problem = tr("%1 is damaged: an entry cannot be read whole.").arg(shown);
            break;
        }
        if (name == kManifest)
            c.manifestBytes = data;
        else if (name == kSignature)
            c.signature = QByteArray::fromBase64(data.trimmed());
        else
            c.entries.insert(name, data);
    }
    zip_discard(zip);
    if (!problem.isEmpty())
        return R::failure(problem);
    QJsonParseError parse;
    c.manifest = QJsonDocument::fromJson(c.manifestBytes, &parse).object();
    if (c.manifestBytes.isEmpty() || parse.error != QJsonParseError::NoError
        || c.manifest.value(QStringLiteral("format")).toString() != QLatin1String("uniondesk-bundle"))
        return R::failure(tr("%1 is not a UnionDesk bundle.").arg(shown));
    if (c.manifest.value(QStringLiteral("format_version")).toInt() != kFormatVersion)
        return R::failure(tr("%1 was written by another version of UnionDesk (bundle format %2); update the program that "
                             "reads it.")
                              .arg(shown)
                              .arg(c.manifest.value(QStringLiteral("format_version")).toInt()));
    if (c.signature.size() != SyncKeys::kSignatureBytes)
        return R::failure(tr("%1 is not signed.").arg(shown));
    const QJsonObject listed = c.manifest.value(QStringLiteral("entries")).toObject();
    if (listed.size() != c.entries.size())
        return R::failure(tr("%1 has been changed: its entries are not those its manifest lists.").arg(shown));
    for (auto it = listed.begin(); it != listed.end(); ++it) {
        const auto entry = c.entries.constFind(it.key());
        const QJsonObject want = it.value().toObject();
        if (entry == c.entries.constEnd() || entry->size() != want.value(QStringLiteral("bytes")).toInteger(-1)
            || sha256(*entry) != want.value(QStringLiteral("sha256")).toString())
            return R::failure(tr("%1 has been changed: %2 does not match its manifest.").arg(shown, it.key()));
    }
    return c;
}

bool SyncBundle::verify(const Contents &contents, const QByteArray &publicKey)
{
    return SyncKeys::verify(publicKey, contents.manifestBytes, contents.signature);
}

Result<QJsonObject> SyncBundle::pushOf(const Contents &c)
{
    if (c.kind() != QLatin1String("push"))
        return Result<QJsonObject>::failure(tr("This is not a bundle of changes from a station."));
    QJsonObject push = c.manifest;
    for (const char *key : {"kind", "format", "format_version", "entries", "made_at", "record_count"})
        push.remove(QLatin1String(key));
    QJsonArray records;
    const QByteArray lines = c.entries.value(kRecords);
    for (const QByteArray &line : lines.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError parse;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &parse);
        if (parse.error != QJsonParseError::NoError || !doc.isObject())
            return Result<QJsonObject>::failure(tr("A record of the bundle cannot be read."));
        records.append(doc.object());
    }
    if (records.size() != c.manifest.value(QStringLiteral("record_count")).toInt(-1))
        return Result<QJsonObject>::failure(tr("The bundle holds %1 records, its manifest says %2.")
                                                .arg(records.size())
                                                .arg(c.manifest.value(QStringLiteral("record_count")).toInt(-1)));
    push.insert(QStringLiteral("records"), records);
    return push;
}

Result<QJsonObject> SyncBundle::answerOf(const Contents &c)
{
    if (c.kind() != QLatin1String("ack"))
        return Result<QJsonObject>::failure(tr("This is not an acknowledgement from a hub."));
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(c.entries.value(kAnswer), &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject())
        return Result<QJsonObject>::failure(tr("The hub's answer in the bundle cannot be read."));
    return doc.object();
}

} // namespace ud
