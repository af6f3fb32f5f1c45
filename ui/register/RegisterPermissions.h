#pragma once

namespace ud {

// What the signed-in user may do in the register workspace. The shell maps the user's role to
// it (Accounts: mayEditRegister(), idVisibility()); the page never looks at roles itself.
struct RegisterPermissions
{
    bool canEdit = true;             // add, edit, merge, import
    bool canRevealIdNumbers = false; // the detail pane may show one full ID number (audited)
};

} // namespace ud
