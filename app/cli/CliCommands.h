#pragma once

#include "cli/CliCommand.h"

#include <memory>
#include <vector>

namespace ud {

// The table of uniondesk-cli's commands, in the order of --help. A workspace adds its commands
// here, one line each.
class CliCommands
{
public:
    static std::vector<std::unique_ptr<CliCommand>> all();
};

} // namespace ud
