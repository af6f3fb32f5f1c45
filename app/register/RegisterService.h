#pragma once

#include "core/FieldError.h"
#include "core/Result.h"
#include "register/Register.h"
#include "register/RegisterValidator.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace ud {

class RecordStore;

// The writes of the register: workers and employers created, edited, removed and undeleted as
// typed records, and merges. Every write is checked by RegisterValidator inside, so no caller
// (dialog, importer, CLI, demo) can store what it refuses; each goes through RecordStore (row,
// audit entry and outbox row in one transaction). The user's edits call it through
// RegisterCommands, so they are undoable.
//
// One service may write many records: the validator (code lists, divisions) is built once, on
// first use, and kept.
class RegisterService
{
    Q_DECLARE_TR_FUNCTIONS(RegisterService)

public:
    // What a write did. `errors` are the validator's, one per field as the dialogs show them
    // (FieldError::field is the column name); `error` is a write the store refused (the record
    // changed meanwhile, a duplicate ID number...).
    struct Outcome
    {
        QList<FieldError> errors;
        QString error;
        QString id;           // the record written
        qint64 version = 0;   // its version after the write
        bool changed = false; // an edit that changed nothing writes nothing
        bool ok() const { return errors.isEmpty() && error.isEmpty(); }
        QString message() const { return !errors.isEmpty() ? errors.first().message : error; }
        Status status() const { return ok() ? Status::success() : Status::failure(message()); }
    };

    explicit RegisterService(RecordStore &store, const QDate &today = QDate::currentDate());
    ~RegisterService();

    // The record as it would be stored — text trimmed, a 15-digit ID number upgraded, birth
    // date and sex taken from the ID number when left empty, codes given by name resolved —
    // and the validator's errors (none: it may be written).
    Worker normalized(const Worker &worker, QList<FieldError> *errors) const;
    Employer normalized(const Employer &employer, QList<FieldError> *errors) const;

    // A new record; its id and version are ignored. The reason goes into the audit log (for an
    // employer with a failing credit code kept on purpose: the override reason when empty).
    Outcome createWorker(const Worker &worker, const QString &reason = {});
    Outcome createEmployer(const Employer &employer, const QString &reason = {});
    // An edit of record `id` that started from `version` (the base version: refused when the
    // record moved on since). Only the fields that differ from the stored record are written.
    Outcome saveWorker(const Worker &worker, const QString &reason = {});
    Outcome saveEmployer(const Employer &employer, const QString &reason = {});
    // Tombstones / brings back a record (its history stays).
    Status removeWorker(const QString &id, qint64 baseVersion, const QString &reason = {});
    Status undeleteWorker(const QString &id, qint64 baseVersion, const QString &reason = {});
    Status removeEmployer(const QString &id, qint64 baseVersion, const QString &reason = {});
    Status undeleteEmployer(const QString &id, qint64 baseVersion, const QString &reason = {});

    // A row of an import as the validator reads it (text by column name; codes given by code or
    // name), checked by the same rules as createWorker()/createEmployer(). Only a check that
    // passed can be written (createChecked), and only this service makes one, so an importer
    // cannot store what the validator refuses either; the importer checks every row of a file
    // before it commits any (all or nothing) and reports the errors by cell.
    class Checked
    {
    public:
        const QVariantMap &fields() const { return m_result.fields; } // normalised
        const QList<FieldError> &errors() const { return m_result.errors; }
        bool ok() const { return !m_table.isEmpty() && m_result.ok(); }

    private:
        friend class RegisterService;
        QString m_table;
        RegisterValidator::Outcome m_result;
    };
    Checked checkWorkerFields(const QVariantMap &fields) const;
    Checked checkEmployerFields(const QVariantMap &fields) const;
    // `orgUnit`: the unit the record belongs to, when not the node's own (the demo spreads its
    // records over the streets of a district).
    Outcome createChecked(const Checked &row, const QString &reason = {}, const QString &orgUnit = {});

    // Many new records at once (an import): each checked as createWorker() would, with the
    // register's live employers read once for the whole batch (no query per row), and the
    // valid ones written with RecordStore::createMany in one transaction. One outcome per
    // record, in order; a record with errors is left out, the others are written.
    QList<Outcome> createWorkers(const QList<Worker> &workers, const QString &reason = {});
    QList<Outcome> createEmployers(const QList<Employer> &employers, const QString &reason = {});

    // Two records turned out to be the same person / employer. `keepId` stays; its empty fields
    // are filled from `dropId`; references to `dropId` (workers' employer) move to `keepId`;
    // `dropId` is tombstoned with merged_into = keepId. Both histories stay in the audit log
    // (the merge entries carry `reason`). Not undoable from the edit menu.
    Status mergeWorkers(const QString &keepId, const QString &dropId, const QString &reason);
    Status mergeEmployers(const QString &keepId, const QString &dropId, const QString &reason);

    // A record as the validator reads it: its fields by column name.
    static QVariantMap fieldsOf(const Worker &worker);
    static QVariantMap fieldsOf(const Employer &employer);

private:
    const RegisterValidator &validator() const;
    Outcome create(const QString &table, const QVariantMap &fields, const QString &reason);
    Outcome save(const QString &table, const QString &id, qint64 baseVersion, const QVariantMap &fields,
                 const QVariantMap &stored, const QString &reason);
    Status merge(const QString &table, const QString &keepId, const QString &dropId, const QString &reason);

    RecordStore &m_store;
    QDate m_today;
    mutable std::optional<RegisterValidator> m_validator;
};

} // namespace ud
