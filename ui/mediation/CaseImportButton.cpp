#include "ui/mediation/CaseImportButton.h"

#include "ui/common/ImportDialog.h"
#include "ui/common/LongTask.h"
#include "mediation/CaseImportCommands.h"
#include "mediation/CaseRegisterImporter.h"

#include <QEvent>
#include <QFileInfo>

namespace ud {

CaseImportButton::CaseImportButton(CommandFacade &facade, const Session &session, QWidget *parent)
    : QPushButton(parent),
      m_facade(facade)
{
    setObjectName(QStringLiteral("mediationImportCases"));
    setAutoDefault(false);
    setVisible(mayEditRegister(session.role));
    connect(this, &QPushButton::clicked, this, &CaseImportButton::chooseAndImport);
    retranslate();
}

void CaseImportButton::chooseAndImport()
{
    ImportDialog dialog(tr("Import earlier cases"), CaseRegisterImporter::columnGuide(), tr("case-register-template.csv"),
                        window());
    if (dialog.exec() == QDialog::Accepted && !dialog.file().isEmpty())
        importFile(dialog.file());
}

void CaseImportButton::importFile(const QString &path)
{
    // Through the facade, not undoable (the Edit menu says so); its recordChanged reloads the list.
    // A long register shows its progress and can be cancelled: then nothing of it is kept.
    LongTask task(window(), tr("Import of %1").arg(QFileInfo(path).fileName()), tr("Checking and saving the cases…"));
    const auto result = CaseImportCommands(m_facade).importFile(path, task.callback());
    ImportDialog::showReport(window(), tr("Import of %1").arg(QFileInfo(path).fileName()),
                             result ? result.value().toText() : result.error());
}

void CaseImportButton::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QPushButton::changeEvent(event);
}

void CaseImportButton::retranslate()
{
    setText(tr("I&mport earlier cases…"));
    setToolTip(tr("Import the cases of an earlier register (Excel or CSV), e.g. the station's register of past years"));
}

} // namespace ud
