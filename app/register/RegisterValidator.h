#pragma once

#include "core/DivisionCodes.h"
#include "core/FieldError.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSet>
#include <QVariantMap>

#include <optional>

namespace ud {

class Database;

// Normalises and checks register records before they are written (domain §4):
// - workers: name required; the ID number by the rule of its ID type (`id_type`, default resident
//   ID: 18-digit checksum, real birth date not in the future, legacy 15-digit numbers upgraded to
//   18; see IdDocument). An area code in no GB/T 2260 list, current or retired, is an error unless
//   `id_number_override` carries a reason (overridable). Birth date and sex derived from the
//   number where it carries them when left empty, and cross-checked when given; sex, ethnicity,
//   hukou type from their code lists; employer must exist; phone plausible (7–20 digits, spaces, +, -).
// - employers: name required; unified social credit code checksum — a failing code is an error
//   unless `credit_code_override` carries a reason (overridable); type and industry from their
//   code lists; employee count 0..10,000,000; district/street known org units (the street under
//   the district); union_founded_on not in the future and only with union_founded.
// Field names are the table's column names; values may be strings as typed (they are trimmed and
// converted). Unknown field names are errors.
class RegisterValidator
{
    Q_DECLARE_TR_FUNCTIONS(RegisterValidator)

public:
    struct Outcome
    {
        QVariantMap fields;        // normalised, ready for RecordStore
        QList<FieldError> errors;  // any error blocks saving
        bool ok() const { return errors.isEmpty(); }
        QString firstError() const { return errors.isEmpty() ? QString() : errors.first().message; }
    };

    RegisterValidator(Database &db, const QDate &today);

    // `partial` = an edit of some fields only: required fields are checked only if present.
    Outcome checkWorker(const QVariantMap &fields, bool partial = false) const;
    Outcome checkEmployer(const QVariantMap &fields, bool partial = false) const;

    // The longest text a field may hold, in characters; `record` is "worker", "employer" or
    // "case" (MediationCase fields by their column names: facts, requests, notes, agent_name,
    // ...). One table for the register and mediation intake, so that no single value can grow
    // the database by megabytes or pass Excel's 32,767 characters per cell on export. Fields not
    // in the table (codes, dates, numbers: checked otherwise) get 100.
    static int maxLength(const QString &record, const QString &field);

    // Checks a worker's employer against this set instead of one query per worker (a batch
    // that read the register's live employers once); cleared: one query each again.
    void setKnownEmployers(QSet<QString> ids) { m_knownEmployers = std::move(ids); }
    void clearKnownEmployers() { m_knownEmployers.reset(); }

    // A date as people type it (2024-03-31, 2024/3/31, 20240331, 2024年3月31日 ...); invalid if
    // it is none, and then dateError() is the message the validator gives for it.
    static QDate parseDate(const QString &text);
    static FieldError dateError(const QString &field, const QString &text);

    static const QStringList &workerFields();
    static const QStringList &employerFields();
    static QString fieldLabel(const QString &field); // translated label of a column

private:
    static QVariant normalized(const QString &record, const QString &field, const QVariant &value,
                               QList<FieldError> &errors, QSet<QString> &tooLong);
    // A code of `list` given as its code or its Chinese name; "" if neither.
    QString resolveCode(const QString &list, const QString &value) const;
    QVariant checkDate(const QString &field, const QVariant &value, QList<FieldError> &errors) const;

    Database &m_db;
    QDate m_today;
    DivisionCodes m_divisions;
    QHash<QString, QHash<QString, QString>> m_lists; // list -> code -> name_zh
    std::optional<QSet<QString>> m_knownEmployers;
};

} // namespace ud
