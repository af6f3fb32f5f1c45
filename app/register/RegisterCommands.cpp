#include "register/RegisterCommands.h"

#include "storage/RecordStore.h"

namespace ud {

Worker RegisterCommands::normalized(const Worker &worker, QList<FieldError> *errors) const
{
    return RegisterService(store()).normalized(worker, errors);
}

Employer RegisterCommands::normalized(const Employer &employer, QList<FieldError> *errors) const
{
    return RegisterService(store()).normalized(employer, errors);
}

RegisterService::Outcome RegisterCommands::write(const QString &description,
                                                 const std::function<RegisterService::Outcome(RegisterService &)> &call)
{
    RegisterService::Outcome outcome;
    const Status s = facade().run(description, [&](RecordStore &store) {
        RegisterService service(store);
        outcome = call(service);
        return outcome.status();
    });
    if (!s && outcome.ok())
        outcome.error = s.error(); // the transaction itself failed
    return outcome;
}

RegisterService::Outcome RegisterCommands::addWorker(const Worker &worker)
{
    return write(tr("Add worker %1").arg(worker.name.trimmed()),
                 [&](RegisterService &service) { return service.createWorker(worker); });
}

RegisterService::Outcome RegisterCommands::saveWorker(const Worker &worker)
{
    return write(tr("Edit worker %1").arg(worker.name.trimmed()),
                 [&](RegisterService &service) { return service.saveWorker(worker); });
}

RegisterService::Outcome RegisterCommands::addEmployer(const Employer &employer)
{
    return write(tr("Add employer %1").arg(employer.name.trimmed()),
                 [&](RegisterService &service) { return service.createEmployer(employer); });
}

RegisterService::Outcome RegisterCommands::saveEmployer(const Employer &employer)
{
    return write(tr("Edit employer %1").arg(employer.name.trimmed()),
                 [&](RegisterService &service) { return service.saveEmployer(employer); });
}

Status RegisterCommands::removeWorker(const Worker &worker, const QString &reason)
{
    return facade().run(tr("Delete worker %1").arg(worker.name), [&](RecordStore &store) {
        return RegisterService(store).removeWorker(worker.id, worker.version, reason);
    });
}

Status RegisterCommands::removeEmployer(const Employer &employer, const QString &reason)
{
    return facade().run(tr("Delete employer %1").arg(employer.name), [&](RecordStore &store) {
        return RegisterService(store).removeEmployer(employer.id, employer.version, reason);
    });
}

Status RegisterCommands::merge(const QString &table, const QString &keepId, const QString &dropId,
                               const QString &reason)
{
    return facade().runFinal(tr("records merged"), [&](RecordStore &store) {
        RegisterService service(store);
        return table == QLatin1String("workers") ? service.mergeWorkers(keepId, dropId, reason)
                                                 : service.mergeEmployers(keepId, dropId, reason);
    });
}

Result<ImportReport> RegisterCommands::importFile(RegisterImporter::Kind kind, const QString &path, const Progress &progress)
{
    Result<ImportReport> result = Result<ImportReport>::failure(QString());
    QString why; // read by runFinal after the import ran
    const Status s = facade().runFinal(why, [&](RecordStore &store) {
        result = RegisterImporter(store.database(), store).importFile(kind, path, progress);
        if (result)
            why = tr("import of %n row(s)", nullptr, result.value().imported);
        return result.status();
    });
    if (!s && result)
        return Result<ImportReport>::failure(s.error());
    return result;
}

} // namespace ud
