#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace ud {

// One training a mediator attended (mediation_mediator_trainings).
struct MediatorTraining
{
    QString id;
    qint64 version = 0;
    QDate trainedOn;
    QString topic;
    std::optional<int> hours;
    QString organiser;
};

// A mediator of the register (mediation_mediators; 劳动争议调解仲裁法 art. 11): who she is, where she
// works (an employer of the register, for the 回避 check, or in words), her qualification and
// appointment, and her trainings.
struct Mediator
{
    QString id;
    qint64 version = 0;
    QString name;
    QString sex;               // "male" | "female" | ""
    QString phone;
    QString employerId;        // the employer of the register she works for, if any
    QString employerName;      // read back from the register
    QString workplace;         // where she works, in words
    QString qualification;     // code list 'mediator_qualification'
    QString qualificationNote; // certificates, licence numbers
    QDate appointedOn;
    QDate appointedUntil;      // invalid: no end set
    QString appointedBy;
    bool active = true;
    QString notes;
    QList<MediatorTraining> trainings; // in date order

    // Whether the appointment covers `day` (started, not ended) and the mediator is active.
    bool availableOn(const QDate &day) const
    {
        return active && (!appointedOn.isValid() || appointedOn <= day)
               && (!appointedUntil.isValid() || day <= appointedUntil);
    }
    int trainingHours() const
    {
        int sum = 0;
        for (const MediatorTraining &t : trainings)
            sum += t.hours.value_or(0);
        return sum;
    }
};

} // namespace ud
