#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace ud {

// Option parsing shared by every uniondesk-cli command.
class CliOptions
{
    Q_DECLARE_TR_FUNCTIONS(CliOptions)

public:
    // Removes "--name VALUE" or "--name=VALUE" from args and returns whether it was there.
    // A "--name" with no value sets *error (and returns false).
    static bool take(QStringList &args, const QString &name, QString *value, QString *error);
    // The first remaining argument that looks like an option, or "" (to report it as unknown).
    static QString firstUnknown(const QStringList &args);
};

} // namespace ud
