#include "cli/RestoreCommand.h"

#include "cli/CliContext.h"

#include "core/Clock.h"
#include "storage/Database.h"
#include "storage/NodeIdentity.h"

#include <QDir>
#include <QFileInfo>

namespace ud {

QString RestoreCommand::help() const
{
    return tr("  restore FILE        verify FILE, then put it in place of the database (the old file is kept)");
}

CliExit RestoreCommand::run(const QStringList &args, CliContext &cli)
{
    if (args.size() != 1 || args.first().startsWith(QLatin1String("--")))
        return cli.usage(tr("restore needs exactly one backup file."));
    const QString &path = cli.dbPath();
    if (QFileInfo::exists(path)) {
        // Only an administrator of the database in place may replace it. Where there is none (a
        // lost or damaged station), the backup file itself is the key: whoever can read it has
        // its data anyway. The backup is checked first, so a refused restore writes nothing.
        if (QFileInfo(args.first()).canonicalFilePath() == QFileInfo(path).canonicalFilePath())
            return cli.fail(tr("The backup and the database are the same file."));
        if (auto inspected = Database::inspectFile(args.first()); !inspected)
            return cli.fail(tr("The backup was not restored: %1").arg(inspected.error()));
        Database current;
        if (Status s = current.open(path, Database::OpenMode::ExistingOnly); !s)
            return cli.fail(s.error());
        if (const auto session = cli.signIn(current, *this); !session)
            return cli.refuse(session.error());
    }
    auto restored = Database::restoreFile(args.first(), path);
    if (!restored)
        return cli.fail(restored.error());
    cli.out() << tr("Restored %1 from %2").arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(args.first())) << '\n';
    if (!restored.value().isEmpty())
        cli.out() << tr("The replaced database was kept as %1").arg(QDir::toNativeSeparators(restored.value())) << '\n';
    return CliExit::Ok;
}

} // namespace ud
