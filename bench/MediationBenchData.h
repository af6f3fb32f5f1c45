#pragma once

#include "core/Result.h"

#include <QString>

#include <functional>

namespace ud {

// Creates `path` (which must not exist) as a demo node with a register of `registerSize` workers
// and `cases` mediation cases, deterministic for the seed 1; `progress(cases, seconds)` is called
// every 10,000 cases. See bench/README.md for what the cases look like and how they are written.
Status createMediationBenchDatabase(const QString &path, int cases, int registerSize,
                                    const std::function<void(int, double)> &progress);

} // namespace ud
