#pragma once

#include "mediation/MediationRepository.h"

#include <QMutex>
#include <QObject>
#include <QString>
#include <QWaitCondition>

#include <optional>

class QThread;

namespace ud {

// Counts the cases a list filter matches on a thread of its own, with its own connection to the
// database file, so the case list shows its first page at once and the number when it is known
// (a one-character search matches ~10 % of a district's 100,000 cases: counting them is most of
// the keystroke's time). Only the newest request matters: one not started yet is replaced by the
// next. The connection is opened at the first request and closed, and the thread joined, when
// the counter is destroyed.
class CaseCounter : public QObject
{
    Q_OBJECT

public:
    explicit CaseCounter(const QString &databasePath, QObject *parent = nullptr);
    ~CaseCounter() override;

    // Queues a count of `filter`; the answer comes as counted() with the ticket returned here.
    int request(const MediationRepository::Filter &filter);

Q_SIGNALS:
    // From the counting thread (connect with the default connection type, which queues it):
    // `count` cases match the request `ticket`; -1 when the database could not be read there.
    void counted(int ticket, int count);

private:
    void run();

    const QString m_path;
    QThread *m_thread = nullptr;
    QMutex m_mutex;
    QWaitCondition m_wake;
    std::optional<MediationRepository::Filter> m_pending; // guarded by m_mutex
    int m_pendingTicket = 0;                              // guarded by m_mutex
    int m_lastTicket = 0;                                 // GUI thread only
    bool m_stop = false;                                  // guarded by m_mutex
};

} // namespace ud
