// RecordStore::createMany: the batch form of create(), in its own file to keep RecordStore.cpp
// readable. Same records, audit entries and outbox rows as create(); fewer statements.

#include "storage/Database.h"
#include "storage/RecordStore.h"

#include <vector>

namespace ud {

QList<Result<QString>> RecordStore::createMany(const QString &table, const QList<QVariantMap> &records,
                                               const QString &reason)
{
    QList<Result<QString>> results;
    results.reserve(records.size());
    const auto failAll = [&](const QString &error) {
        results.clear();
        for (qsizetype i = 0; i < records.size(); ++i)
            results << Result<QString>::failure(error);
        return results;
    };
    if (Status s = loadNode(); !s)
        return failAll(s.error());
    auto info = tableInfo(table);
    if (!info)
        return failAll(info.error());
    TableInfo &t = *info.value();
    Database::Transaction tx(m_db);
    if (!tx.isActive())
        return failAll(tx.error());
    for (qsizetype i = 0; i < records.size(); ++i)
        results << Result<QString>::failure(QString());

    // Up to kChunk records with the same given columns, none referring to a later one (a
    // multi-row INSERT checks foreign keys at its end, so it would accept that; create() would not).
    constexpr int kChunk = 32;
    std::vector<NewRecord> chunk;
    std::vector<qsizetype> chunkInput;
    chunk.reserve(kChunk);
    chunkInput.reserve(kChunk);
    QSet<QString> referenced; // values the chunk's records refer to through a self-reference
    Status lost = Status::success(); // why the transaction was lost, once it is
    const auto flush = [&]() {
        if (chunk.empty())
            return;
        const int count = static_cast<int>(chunk.size());
        Status status = lost;
        if (status) {
            Database::Transaction savepoint(m_db);
            if (!savepoint.isActive())
                status = Status::failure(savepoint.error());
            if (status)
                status = writeNew(table, t, chunk.data(), count, reason);
            if (status)
                status = savepoint.commit();
        }
        const bool written = status.ok();
        for (int r = 0; r < count; ++r) {
            const qsizetype input = chunkInput[static_cast<size_t>(r)];
            if (written) {
                results[input] = chunk[static_cast<size_t>(r)].id;
            } else if (m_db.transactionLost()) {
                lost = status;
                results[input] = Result<QString>(status); // the commit below fails too
            } else {
                // Rolled back: one by one, for each record's own outcome.
                auto created = create(table, records.at(input), reason);
                results[input] = created ? Result<QString>(created.value().id) : Result<QString>(created.status());
            }
        }
        chunk.clear();
        chunkInput.clear();
        referenced.clear();
    };
    for (qsizetype input = 0; input < records.size(); ++input) {
        if (m_db.transactionLost())
            break; // nothing more can be written in it; the commit below fails
        NewRecord row;
        if (Status s = prepareNew(table, t, records.at(input), row); !s) {
            results[input] = Result<QString>(s);
            continue;
        }
        bool startNew = !chunk.empty() && (chunk.size() == kChunk || chunk.front().given != row.given);
        for (const auto &[from, to] : std::as_const(t.selfReferences))
            if (row.given.at(to) && referenced.contains(row.values.at(to).toString().toCaseFolded()))
                startNew = true;
        if (startNew)
            flush();
        for (const auto &[from, to] : std::as_const(t.selfReferences))
            if (row.given.at(from) && !row.values.at(from).isNull())
                referenced.insert(row.values.at(from).toString().toCaseFolded());
        chunk.push_back(std::move(row));
        chunkInput.push_back(input);
    }
    flush();
    if (Status s = tx.commit(); !s)
        return failAll(s.error());
    return results;
}

} // namespace ud
