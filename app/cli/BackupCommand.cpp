#include "cli/BackupCommand.h"

#include "cli/CliContext.h"
#include "cli/CliOptions.h"

#include "storage/BackupManager.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace ud {

QString BackupCommand::help() const
{
    return tr("  backup [--to FILE]  write a consistent copy (default: the backups folder beside the database)");
}

CliExit BackupCommand::run(const QStringList &arguments, CliContext &cli)
{
    QStringList args = arguments;
    QString to;
    QString error;
    const bool hasTo = CliOptions::take(args, QStringLiteral("--to"), &to, &error);
    if (!error.isEmpty())
        return cli.usage(error);
    if (!args.isEmpty())
        return cli.usage(tr("Unexpected argument \"%1\".").arg(args.first()));
    Database db;
    if (Status s = db.open(cli.dbPath(), Database::OpenMode::ExistingOnly); !s)
        return cli.fail(s.error());
    if (const auto session = cli.signIn(db, *this); !session)
        return cli.refuse(session.error());
    QString written;
    if (hasTo) {
        if (QFileInfo::exists(to))
            return cli.fail(tr("%1 already exists; choose a new file name.").arg(QDir::toNativeSeparators(to)));
        if (Status s = db.backupTo(to); !s)
            return cli.fail(s.error());
        written = to;
    } else {
        auto r = BackupManager(BackupManager::defaultFolderFor(cli.dbPath()), 14).backupNow(db, QDateTime::currentDateTimeUtc());
        if (!r)
            return cli.fail(r.error());
        written = r.value();
    }
    cli.out() << tr("Backup written to %1").arg(QDir::toNativeSeparators(written)) << '\n';
    return CliExit::Ok;
}

} // namespace ud
