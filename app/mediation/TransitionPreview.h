#pragma once

#include "mediation/MediationStateMachine.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace ud {

// What a status move will do to a case, in words, before the person confirms it (issue 12,
// item 1): the status change, the dates it records, what it starts or stops, where it counts and
// what becomes printable, and what cannot be undone afterwards. Worked out from the same rules the
// move applies (MediationStateMachine::applyMove, the deadlines' Limits, the statistics' dating
// rules), not a second description of them; whether the move is allowed at all is assess()'s.
class TransitionPreview
{
    Q_DECLARE_TR_FUNCTIONS(TransitionPreview)

public:
    struct Preview
    {
        QString statusChange; // "Status: In mediation → Agreement reached"
        QStringList recorded; // the dates written, one line each: "Date the agreement took effect: 2026-12-07"
        QStringList effects;  // what starts or stops, where it counts, what becomes printable
        QStringList cautions; // what cannot be undone or changed afterwards
        QString action;       // the confirming button's text: "Change to Agreement reached"

        // Every line, in the order above.
        QStringList lines() const;
    };

    static Preview of(const MediationCase &c, const MediationStateMachine::Request &request,
                      const MediationStateMachine::Limits &limits);
};

} // namespace ud
