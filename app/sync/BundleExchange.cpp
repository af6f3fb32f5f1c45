#include "sync/BundleExchange.h"

#include "storage/Database.h"
#include "storage/NodeIdentity.h"
#include "sync/HubDatabase.h"
#include "sync/HubStore.h"
#include "sync/HubSync.h"
#include "sync/SyncBundle.h"
#include "sync/SyncCodec.h"
#include "sync/SyncKeys.h"
#include "sync/SyncMessages.h"

#include <QDir>
#include <QJsonDocument>
#include <QSqlQuery>

namespace ud {

Result<std::optional<BundleExchange::Exported>> BundleExchange::exportPending(Database &db, const Clock &clock,
                                                                               const QString &path)
{
    using R = Result<std::optional<Exported>>;
    const auto node = NodeIdentity::load(db);
    if (!node)
        return R::failure(tr("This database has no node identity yet; set the node up first."));
    auto keys = SyncKeys::load(node->nodeId);
    if (!keys)
        return R::failure(keys.error());
    SyncLedger ledger(db, clock);
    auto batch = ledger.nextBatch([](const QByteArray &m, bool *compressed) { return SyncCodec::encodeCanonical(m, compressed); });
    if (!batch)
        return R::failure(batch.error());
    if (!batch.value())
        return std::optional<Exported>();
    auto push = SyncCodec::decodeBody(batch.value()->body, batch.value()->compressed, SyncCodec::kMaxRequestBytes * 4);
    if (!push)
        return R::failure(push.error());
    if (Status s = SyncBundle::writePush(path, push.value(), keys.value(), clock.nowUtc()); !s)
        return R::failure(s.error());
    ledger.markAttempt(batch.value()->batchId);
    return std::optional<Exported>(Exported{batch.value()->batchId, batch.value()->records});
}

Result<PushReply> BundleExchange::importAck(Database &db, const Clock &clock, const QString &path)
{
    using R = Result<PushReply>;
    auto contents = SyncBundle::read(path);
    if (!contents)
        return R::failure(contents.error());
    const SyncBundle::Contents &c = contents.value();
    if (c.kind() != QLatin1String("ack"))
        return R::failure(tr("This is a bundle of changes, not a hub's acknowledgement; it goes to the hub."));
    SyncLedger ledger(db, clock);
    const QByteArray hubKey = QByteArray::fromBase64(ledger.hubPublicKey().toLatin1());
    if (hubKey.isEmpty())
        return R::failure(tr("This computer does not know its hub's key yet; enroll it with the hub first."));
    if (!SyncBundle::verify(c, hubKey))
        return R::failure(tr("The acknowledgement is not signed by this computer's hub: it was changed, or it comes "
                             "from another hub."));
    const auto node = NodeIdentity::load(db);
    if (!node || c.manifest.value(QStringLiteral("node_id")).toString() != node->nodeId)
        return R::failure(tr("The acknowledgement is for another computer (node %1).")
                              .arg(c.manifest.value(QStringLiteral("node_id")).toString()));
    const QString batchId = c.manifest.value(QStringLiteral("batch_id")).toString();
    const auto inFlight = ledger.inFlight();
    if (!inFlight || inFlight->batchId != batchId)
        return R::failure(tr("The acknowledgement is for batch %1, which is not waiting here: it was taken in "
                             "already, or the bundle is older than the last one.")
                              .arg(batchId));
    auto answer = SyncBundle::answerOf(c);
    if (!answer)
        return R::failure(answer.error());
    auto reply = PushReply::fromJson(answer.value());
    if (!reply)
        return R::failure(reply.error());
    if (Status s = ledger.acknowledge(*inFlight, reply.value()); !s)
        return R::failure(s.error());
    return reply.take();
}

Result<BundleExchange::Imported> BundleExchange::importAtHub(HubStore &store, const SyncKeys &hubKeys,
                                                             const QString &bundlePath, const QString &ackPath)
{
    using R = Result<Imported>;
    auto contents = SyncBundle::read(bundlePath);
    if (!contents)
        return R::failure(contents.error());
    const SyncBundle::Contents &c = contents.value();
    if (c.kind() != QLatin1String("push"))
        return R::failure(tr("This is an acknowledgement, not a bundle of changes; it goes back to the station."));
    const QString nodeId = c.manifest.value(QStringLiteral("node_id")).toString();
    const auto node = store.node(nodeId);
    if (!node)
        return R::failure(tr("The bundle comes from node %1, which is not enrolled at this hub.").arg(nodeId));
    if (!SyncBundle::verify(c, QByteArray::fromBase64(node->publicKey.toLatin1())))
        return R::failure(tr("The bundle is not signed by node %1's key: it was changed, or it comes from another "
                             "computer than it says.")
                              .arg(nodeId));
    if (!node->isApproved())
        return R::failure(tr("Node %1 is not approved at this hub (%2).").arg(nodeId, node->status));
    auto pushJson = SyncBundle::pushOf(c);
    if (!pushJson)
        return R::failure(pushJson.error());
    auto request = PushRequest::fromJson(pushJson.value());
    if (!request)
        return R::failure(request.error());
    Imported out;
    out.nodeId = nodeId;
    out.batchId = request.value().batchId;
    QSqlQuery seen(store.database().connection());
    seen.prepare(QStringLiteral("SELECT received_at FROM hub_batches WHERE node_id = ? AND batch_id = ?"));
    seen.addBindValue(nodeId);
    seen.addBindValue(out.batchId);
    QString before;
    if (seen.exec() && seen.next())
        before = seen.value(0).toString();
    seen.finish();
    HubSync sync(store);
    auto reply = sync.push(*node, request.value());
    if (!reply.ok())
        return R::failure(reply.refusal.message);
    out.reply = *reply.value;
    out.again = !before.isEmpty();
    const auto self = store.identity();
    if (Status s = SyncBundle::writeAck(ackPath, self ? self->nodeId : QString(), nodeId, out.batchId, out.reply.toJson(),
                                        hubKeys, store.clock().nowUtc());
        !s)
        return R::failure(s.error());
    if (out.again)
        return R::failure(tr("This bundle was imported already on %1; nothing was applied twice. Its acknowledgement "
                             "was written again to %2.")
                              .arg(before.left(16).replace(QLatin1Char('T'), QLatin1Char(' ')),
                                   QDir::toNativeSeparators(ackPath)));
    return out;
}

} // namespace ud
