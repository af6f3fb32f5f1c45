#pragma once

namespace ud {

// The exit codes of uniondesk-cli, one set for every command (scripts and tests rely on the
// numbers; never renumber them).
enum class CliExit : int {
    Ok = 0,       // done
    Negative = 1, // a negative answer: an invalid number, problems found, a file with bad rows
    Usage = 2,    // the command line is wrong
    Failed = 3,   // the operation failed; nothing half-written is left behind
    Refused = 4,  // the login was refused, or the account's role may not run the command
};

} // namespace ud
