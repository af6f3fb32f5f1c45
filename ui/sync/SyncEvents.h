#pragma once

#include <QObject>

namespace ud {

// One place the lists hear that records' sync states may have changed (a sync run ended), so a
// list's sync column reads them again without knowing who ran the sync.
class SyncEvents : public QObject
{
    Q_OBJECT

public:
    static SyncEvents &instance();
    void announceStatesChanged() { Q_EMIT statesChanged(); }

Q_SIGNALS:
    void statesChanged();

private:
    SyncEvents() = default;
};

} // namespace ud
