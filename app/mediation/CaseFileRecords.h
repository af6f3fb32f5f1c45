#pragma once

#include "mediation/MediationCase.h"

namespace ud {

class Database;

// Reads the schema-10 records of a case into it: the mediators of the register on the case, the
// 送达 records, 回访 records, steps after a breach, referrals and supplementary agreements. Each
// list comes back in date order (then id); deleted rows are left out.
class CaseFileRecords
{
public:
    static void read(const Database &db, MediationCase &c);
};

} // namespace ud
