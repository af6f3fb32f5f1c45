#pragma once

#include <QString>

namespace ud {

// A problem with one field of a form or record, for an inline message next to it. Shared by
// every validator (RegisterValidator, MediationService::validateIntake), so there is exactly one
// definition of the type in the program.
struct FieldError
{
    QString field;            // e.g. "id_number", "receivedOn", "claims/2"
    QString message;          // translated, ready to show next to the field
    bool overridable = false; // a warning the user may accept with a recorded reason
};

} // namespace ud
