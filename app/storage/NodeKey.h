#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ud {

// The node's secret key: 32 random bytes that seal the audit log and the access log (keyed
// hashes), kept OUTSIDE the database file, in the user's data folder:
//   <AppDataLocation>/keys/<node_id>.key   (file 0600, folder 0700 on Unix)
// Someone who can edit the database file but not read this file cannot re-seal what they edit.
// A database moved to another computer needs its key file copied along to be checked or written.
class NodeKey
{
    Q_DECLARE_TR_FUNCTIONS(NodeKey)

public:
    static constexpr int kBytes = 32;

    // Where the key of `nodeId` is (or would be) kept.
    static QString path(const QString &nodeId);
    // The key, or an empty array when there is no key file. A file that is there but cannot be
    // read or has the wrong size is an error.
    static Result<QByteArray> load(const QString &nodeId);
    // Loads the key, or makes a new one when there is none.
    static Result<QByteArray> loadOrCreate(const QString &nodeId);

    // BLAKE2b-256 of `data` keyed with `key`, as 64 lowercase hex digits.
    static QByteArray mac(const QByteArray &key, const QByteArray &data);
};

} // namespace ud
