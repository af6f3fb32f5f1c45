#pragma once

#include "storage/Accounts.h"

#include <QPushButton>

namespace ud {

class CommandFacade;

// "Import earlier cases…" on the case list: the import dialog with the columns of an earlier
// case register (CaseRegisterImporter, docs/import-cases.md) and its template, then the import
// through CaseImportCommands and its report, row by row. Shown to those who may register cases.
class CaseImportButton : public QPushButton
{
    Q_OBJECT

public:
    CaseImportButton(CommandFacade &facade, const Session &session, QWidget *parent = nullptr);

    // The import of `path` and its report (the dialog's second half, without the file dialog).
    void importFile(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void chooseAndImport();
    void retranslate();

    CommandFacade &m_facade;
};

} // namespace ud
