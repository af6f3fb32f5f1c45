#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace ud {

// Builds a new database under a name of its own (unique to this process) next to its final name,
// and moves it into place only when complete, and only if nothing has appeared at the final name
// meanwhile: two runs on the same new path never build in the same file, and the second to
// finish fails instead of replacing the first one's database (whose password was printed).
// Used by `init` and by `demo` on a new path.
class PendingFile
{
    Q_DECLARE_TR_FUNCTIONS(CliApp) // the messages keep the translation context of uniondesk-cli

public:
    explicit PendingFile(QString finalPath);
    ~PendingFile();
    PendingFile(const PendingFile &) = delete;
    PendingFile &operator=(const PendingFile &) = delete;

    const QString &temp() const { return m_temp; }
    // Moves the finished file to the final name; fails (and leaves what is there) if that name
    // exists by now.
    Status commit();

private:
    Status moveWithoutReplacing();

    QString m_final;
    QString m_temp;
    bool m_done = false;
};

} // namespace ud
