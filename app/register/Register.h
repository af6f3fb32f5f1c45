#pragma once

#include <QDate>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace ud {

// One worker (职工) of the shared register, as read back. Writes go through RecordStore with
// the column names of the `workers` table as field names (see RegisterValidator).
struct Worker
{
    QString id;
    qint64 version = 0;
    QString name;
    QString sex;        // "male" | "female" | ""
    QString ethnicity;  // GB/T 3304 code, e.g. "01"
    QDate birthDate;
    QString idType = QStringLiteral("resident"); // code list 'id_type' (IdDocument::code)
    QString idNumber;   // full, normalised (18 digits for a resident ID); mask before showing (IdDocument::mask)
    QString idNumberOverride; // reason an ID number with an unknown area code was kept
    QString phone;
    QString address;
    QString hukouType;
    QString employerId;
    QString employerName; // joined for display
    QString post;
    bool unionMember = false;
    QString notes;
    QString orgUnit;
    QString mergedInto;
    bool deleted = false;
    QString updatedAt;
};

// One employer (用人单位).
struct Employer
{
    QString id;
    qint64 version = 0;
    QString name;
    QString creditCode;
    QString creditCodeOverride; // reason a failing credit code was kept
    QString employerType;
    QString industry;           // GB/T 4754 大类 code
    std::optional<int> employeeCount;
    bool unionFounded = false;
    QDate unionFoundedOn;
    bool hasWorkersCongress = false;
    bool hasOpenAffairs = false;
    bool hasCollectiveBargaining = false;
    QString legalRepresentative;
    QString phone;
    QString address;
    QString district;
    QString street;
    QString notes;
    QString orgUnit;
    QString mergedInto;
    bool deleted = false;
    QString updatedAt;

    // 百人以上: derived, never stored.
    bool hundredPlus() const { return employeeCount && *employeeCount >= 100; }
};

} // namespace ud
