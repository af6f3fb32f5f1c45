#pragma once

#include "core/Result.h"
#include "register/RegisterDemo.h" // DemoPeople

#include <QDate>
#include <QStringList>

namespace ud {

class Database;
class NameBank;
class RecordStore;

// The demo's register of mediators and reception log, made after the demo cases (MediationDemo)
// so their draws never change the cases a seed gives:
// - a handful of mediators with qualifications (art. 11), appointments and trainings: the names
//   the cases were typed with first, then three more (one whose appointment has ended);
// - each case without mediators of the register gets the mediators its names stand for (lead,
//   assistant), about one in four a third one of the register;
// - each case without a reception gets the visit it came from (linked, "opened as a case") and one
//   or two consultations that did not become a case (some referred to 劳动监察 or 法律援助, some
//   with a document written for the worker): two to three receptions per case, as a station sees.
// Everything is written through RecordStore (audit and outbox); a second run adds nothing.
class MediatorDemo
{
public:
    struct Counts
    {
        int mediators = 0;
        int links = 0;
        int receptions = 0;
        int referrals = 0;
    };

    MediatorDemo(Database &db, RecordStore &store, NameBank &names, const QDate &today);

    // `caseNames`: the names the demo cases were typed with (the node's mediators).
    Result<Counts> fill(const QStringList &caseNames, const DemoPeople &people);

private:
    Status addMediators(const QStringList &caseNames, const DemoPeople &people, Counts &counts);
    Status linkCases(Counts &counts);
    Status addReceptions(const DemoPeople &people, Counts &counts);

    Database &m_db;
    RecordStore &m_store;
    NameBank &m_names;
    QDate m_today;
};

} // namespace ud
