#include "mediation/CaseImportCommands.h"

#include "mediation/CaseRegisterImporter.h"
#include "storage/RecordStore.h"

namespace ud {

Result<ImportReport> CaseImportCommands::importFile(const QString &path, const Progress &progress)
{
    Result<ImportReport> result = Result<ImportReport>::failure(QString());
    QString why; // read by runFinal after the import ran
    const Status s = facade().runFinal(why, [&](RecordStore &store) {
        result = CaseRegisterImporter(store.database(), store).importFile(path, progress);
        if (result)
            why = tr("import of %n case(s)", nullptr, result.value().imported);
        return result.status();
    });
    if (!s && result)
        return Result<ImportReport>::failure(s.error());
    return result;
}

} // namespace ud
