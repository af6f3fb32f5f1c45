#include "ui/mediation/CaseCounter.h"

#include "storage/Database.h"

#include <QMutexLocker>
#include <QThread>

#include <memory>

namespace ud {

CaseCounter::CaseCounter(const QString &databasePath, QObject *parent) : QObject(parent), m_path(databasePath)
{
}

CaseCounter::~CaseCounter()
{
    if (!m_thread)
        return;
    {
        const QMutexLocker lock(&m_mutex);
        m_stop = true;
        m_pending.reset();
    }
    m_wake.wakeAll();
    m_thread->wait(); // a count under way finishes first; the connection is closed on that thread
    delete m_thread;
}

int CaseCounter::request(const MediationRepository::Filter &filter)
{
    const int ticket = ++m_lastTicket;
    {
        const QMutexLocker lock(&m_mutex);
        m_pending = filter;
        m_pendingTicket = ticket;
    }
    if (!m_thread) {
        m_thread = QThread::create([this] { run(); });
        m_thread->setObjectName(QStringLiteral("caseCounter"));
        m_thread->start(QThread::LowPriority);
    }
    m_wake.wakeAll();
    return ticket;
}

void CaseCounter::run()
{
    // Opened and closed on this thread: a connection belongs to the thread that opened it.
    auto db = std::make_unique<Database>();
    const bool open = db->open(m_path, Database::OpenMode::ExistingOnly).ok();
    for (;;) {
        MediationRepository::Filter filter;
        int ticket = 0;
        {
            QMutexLocker lock(&m_mutex);
            while (!m_stop && !m_pending)
                m_wake.wait(&m_mutex);
            if (m_stop)
                break;
            filter = *m_pending;
            ticket = m_pendingTicket;
            m_pending.reset();
        }
        const int count = open ? MediationRepository(*db).count(filter) : -1;
        Q_EMIT counted(ticket, count);
    }
    db.reset();
}

} // namespace ud
