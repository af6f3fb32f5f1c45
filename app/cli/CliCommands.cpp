#include "cli/CliCommands.h"

#include "cli/BackupCommand.h"
#include "cli/CaseCommand.h"
#include "cli/CaseImportCommand.h"
#include "cli/CaseMoveCommand.h"
#include "cli/CheckCommand.h"
#include "cli/DemoCommand.h"
#include "cli/ExportCommand.h"
#include "cli/HubCommand.h"
#include "cli/ImportCommand.h"
#include "cli/InitCommand.h"
#include "cli/NodeCommand.h"
#include "cli/MediatorCommand.h"
#include "cli/ReceptionCommand.h"
#include "cli/PolicyCommand.h"
#include "cli/ReportCommand.h"
#include "cli/ReviewCommand.h"
#include "cli/SyncCommand.h"
#include "cli/RestoreCommand.h"
#include "cli/UserCommand.h"
#include "cli/ValidateCommand.h"

namespace ud {

std::vector<std::unique_ptr<CliCommand>> CliCommands::all()
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    commands.push_back(std::make_unique<InitCommand>());
    commands.push_back(std::make_unique<DemoCommand>());
    commands.push_back(std::make_unique<CheckCommand>());
    commands.push_back(std::make_unique<BackupCommand>());
    commands.push_back(std::make_unique<RestoreCommand>());
    commands.push_back(std::make_unique<ValidateCommand>());
    commands.push_back(std::make_unique<UserCommand>());
    commands.push_back(std::make_unique<NodeCommand>());
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<CaseImportCommand>());
    commands.push_back(std::make_unique<CaseMoveCommand>());
    commands.push_back(std::make_unique<CaseCommand>());
    commands.push_back(std::make_unique<ExportCommand>());
    commands.push_back(std::make_unique<ReportCommand>());
    commands.push_back(std::make_unique<MediatorCommand>());
    commands.push_back(std::make_unique<ReceptionCommand>());
    commands.push_back(std::make_unique<PolicyCommand>());
    commands.push_back(std::make_unique<SyncCommand>());
    commands.push_back(std::make_unique<ReviewCommand>());
    commands.push_back(std::make_unique<HubCommand>());
    return commands;
}

} // namespace ud
