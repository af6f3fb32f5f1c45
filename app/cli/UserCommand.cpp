#include "cli/UserCommand.h"

#include "cli/CliContext.h"
#include "cli/CliLogin.h"
#include "cli/CliOptions.h"

#include "storage/Accounts.h"
#include "storage/Database.h"
#include "storage/NodeIdentity.h"
#include "storage/RecordStore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace ud {

namespace {

bool takeFlag(QStringList &args, const QString &name)
{
    return args.removeAll(name) > 0;
}

// Columns as wide as a terminal shows them: CJK characters take two cells.
int displayWidth(const QString &text)
{
    int width = 0;
    for (const uint c : text.toUcs4()) {
        const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
                          || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                          || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
        width += wide ? 2 : 1;
    }
    return width;
}

QString padded(const QString &text, int width)
{
    return text + QString(std::max(0, width - displayWidth(text)), QLatin1Char(' '));
}

QString roleKeys()
{
    QStringList keys;
    for (Role r : {Role::Mediator, Role::UnionChair, Role::Reviewer, Role::Administrator})
        keys << roleKey(r);
    return keys.join(QStringLiteral(", "));
}

} // namespace

Result<QString> readPasswordFromStdin()
{
    // stdio, not a buffered QFile: only this line is consumed, the next call reads the next one.
    QByteArray line;
    char chunk[256];
    while (std::fgets(chunk, sizeof chunk, stdin)) {
        line += chunk;
        if (line.endsWith('\n'))
            break;
    }
    QString password = QString::fromUtf8(line);
    while (password.endsWith(QLatin1Char('\n')) || password.endsWith(QLatin1Char('\r')))
        password.chop(1);
    if (line.isEmpty())
        return Result<QString>::failure(UserCommand::tr("No password on standard input (--password-stdin reads one line)."));
    return password;
}

QString UserCommand::help() const
{
    return tr("  user add USERNAME --role ROLE [--name NAME] [--org CODE] [--password-stdin]\n"
              "           [--reason R]\n"
              "                      add an account; without --password-stdin a password is generated\n"
              "                      and printed once\n"
              "  user list           list the accounts: user name, name, role, organisation unit, status\n"
              "  user disable USERNAME [--reason R]   |   user enable USERNAME [--reason R]\n"
              "  user passwd USERNAME [--password-stdin] [--reason R]\n"
              "                      set a new password (generated and printed once unless read from stdin);\n"
              "                      also lifts a lock-out\n"
              "  user role USERNAME ROLE [--reason R]\n"
              "                      roles: mediator, union_chair, reviewer, administrator");
}

QString UserCommand::usageLine() const
{
    return tr("Usage: uniondesk-cli [--db PATH] user COMMAND [options]");
}

bool UserCommand::readsOwnPassword(const QStringList &args) const
{
    return !args.isEmpty() && (args.first() == QLatin1String("add") || args.first() == QLatin1String("passwd"));
}

CliExit UserCommand::usage(CliContext &cli, const QString &message)
{
    return cli.usage(message, tr("Run \"uniondesk-cli user --help\" for the user commands."));
}

namespace {

// The database of an existing node, with a RecordStore writing as the command-line actor.
class OpenNode
{
public:
    Status open(const QString &path)
    {
        if (!QFileInfo::exists(path))
            return Status::failure(UserCommand::tr("%1 does not exist; create the node first with \"uniondesk-cli init\".")
                                       .arg(QDir::toNativeSeparators(path)));
        if (Status s = m_db.open(path, Database::OpenMode::ExistingOnly); !s)
            return s;
        if (!NodeIdentity::load(m_db))
            return Status::failure(UserCommand::tr("%1 has not been set up as a node yet.").arg(QDir::toNativeSeparators(path)));
        return Status::success();
    }
    // Only an administrator manages accounts; the administrator is the actor of the changes.
    Result<Session> signIn(CliContext &cli, const CliCommand &command)
    {
        auto session = cli.signIn(m_db, command);
        if (!session)
            return session;
        m_store = std::make_unique<RecordStore>(m_db);
        m_store->setActor(session.value().username);
        m_accounts = std::make_unique<Accounts>(*m_store);
        return session;
    }
    Accounts &accounts() { return *m_accounts; }

private:
    Database m_db;
    std::unique_ptr<RecordStore> m_store;
    std::unique_ptr<Accounts> m_accounts;
};

} // namespace

CliExit UserCommand::run(const QStringList &arguments, CliContext &cli)
{
    QStringList args = arguments;
    if (args.isEmpty())
        return usage(cli, tr("user needs a command: add, list, disable, enable, passwd or role."));
    const QString command = args.takeFirst();
    if (command == QLatin1String("help")) { // as `user --help`, which the dispatcher answers
        printHelp(cli.out());
        return CliExit::Ok;
    }
    if (command == QLatin1String("add"))
        return add(args, cli);
    if (command == QLatin1String("list"))
        return list(args, cli);
    if (command == QLatin1String("disable"))
        return setDisabled(args, true, cli);
    if (command == QLatin1String("enable"))
        return setDisabled(args, false, cli);
    if (command == QLatin1String("passwd"))
        return passwd(args, cli);
    if (command == QLatin1String("role"))
        return role(args, cli);
    return usage(cli, tr("Unknown user command \"%1\"; use add, list, disable, enable, passwd or role.").arg(command));
}

CliExit UserCommand::add(QStringList args, CliContext &cli)
{
    QString roleText;
    QString name;
    QString org;
    QString reason;
    QString error;
    const bool hasRole = CliOptions::take(args, QStringLiteral("--role"), &roleText, &error);
    CliOptions::take(args, QStringLiteral("--name"), &name, &error);
    CliOptions::take(args, QStringLiteral("--org"), &org, &error);
    CliOptions::take(args, QStringLiteral("--reason"), &reason, &error);
    const bool fromStdin = takeFlag(args, QStringLiteral("--password-stdin"));
    if (!error.isEmpty())
        return usage(cli, error);
    if (!CliOptions::firstUnknown(args).isEmpty())
        return usage(cli, tr("Unknown option %1.").arg(CliOptions::firstUnknown(args)));
    if (args.size() != 1)
        return usage(cli, tr("user add needs exactly one user name."));
    if (!hasRole)
        return usage(cli, tr("user add needs --role ROLE (%1).").arg(roleKeys()));
    const auto role = roleFromKey(roleText);
    if (!role)
        return usage(cli, tr("Unknown role \"%1\"; use %2.").arg(roleText, roleKeys()));
    const QString username = args.first();
    if (Status s = Accounts::checkUsername(username); !s)
        return usage(cli, s.error());

    QString password;
    if (fromStdin) {
        auto read = readPasswordFromStdin();
        if (!read)
            return cli.fail(read.error());
        password = read.value();
    } else {
        password = PasswordHasher::generatePassword();
    }
    OpenNode node;
    if (Status s = node.open(cli.dbPath()); !s)
        return cli.fail(s.error());
    if (auto session = node.signIn(cli, *this); !session)
        return cli.refuse(session.error());
    auto id = node.accounts().addUser(username, name, *role, password, org, reason);
    if (!id)
        return cli.fail(id.error());
    cli.out() << tr("Added user \"%1\" (%2).").arg(username, roleDisplayName(*role)) << '\n';
    if (!fromStdin)
        cli.out() << tr("Initial password: %1 (shown once; change it after the first login)").arg(password) << '\n';
    return CliExit::Ok;
}

CliExit UserCommand::list(const QStringList &args, CliContext &cli)
{
    if (!args.isEmpty())
        return usage(cli, tr("user list takes no arguments."));
    OpenNode node;
    if (Status s = node.open(cli.dbPath()); !s)
        return cli.fail(s.error());
    if (auto session = node.signIn(cli, *this); !session)
        return cli.refuse(session.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<QStringList> rows;
    rows << QStringList{tr("USER NAME"), tr("NAME"), tr("ROLE"), tr("ORG UNIT"), tr("STATUS")};
    for (const UserInfo &u : node.accounts().list()) {
        QString status = tr("active");
        if (u.disabled)
            status = tr("disabled");
        else if (u.isLocked(now))
            status = tr("locked until %1").arg(u.lockedUntil.toLocalTime().toString(QStringLiteral("HH:mm")));
        rows << QStringList{u.username, u.displayName, roleKey(u.role), u.orgUnit, status};
    }
    QList<int> widths(rows.first().size(), 0);
    for (const QStringList &r : std::as_const(rows))
        for (int c = 0; c < r.size(); ++c)
            widths[c] = std::max(widths.at(c), displayWidth(r.at(c)));
    for (const QStringList &r : std::as_const(rows)) {
        QString line;
        for (int c = 0; c < r.size(); ++c)
            line += c + 1 < r.size() ? padded(r.at(c), widths.at(c) + 2) : r.at(c);
        cli.out() << line << '\n';
    }
    return CliExit::Ok;
}

CliExit UserCommand::setDisabled(QStringList args, bool disabled, CliContext &cli)
{
    QString reason;
    QString error;
    CliOptions::take(args, QStringLiteral("--reason"), &reason, &error);
    if (!error.isEmpty())
        return usage(cli, error);
    if (!CliOptions::firstUnknown(args).isEmpty())
        return usage(cli, tr("Unknown option %1.").arg(CliOptions::firstUnknown(args)));
    if (args.size() != 1)
        return usage(cli, disabled ? tr("user disable needs exactly one user name.") : tr("user enable needs exactly one user name."));
    OpenNode node;
    if (Status s = node.open(cli.dbPath()); !s)
        return cli.fail(s.error());
    if (auto session = node.signIn(cli, *this); !session)
        return cli.refuse(session.error());
    const auto user = node.accounts().findByUsername(args.first());
    if (!user)
        return cli.fail(tr("There is no user \"%1\".").arg(args.first()));
    if (Status s = node.accounts().setDisabled(user->id, disabled, reason); !s)
        return cli.fail(s.error());
    cli.out() << (disabled ? tr("User \"%1\" is disabled.") : tr("User \"%1\" is enabled.")).arg(user->username) << '\n';
    return CliExit::Ok;
}

CliExit UserCommand::passwd(QStringList args, CliContext &cli)
{
    QString reason;
    QString error;
    CliOptions::take(args, QStringLiteral("--reason"), &reason, &error);
    const bool fromStdin = takeFlag(args, QStringLiteral("--password-stdin"));
    if (!error.isEmpty())
        return usage(cli, error);
    if (!CliOptions::firstUnknown(args).isEmpty())
        return usage(cli, tr("Unknown option %1.").arg(CliOptions::firstUnknown(args)));
    if (args.size() != 1)
        return usage(cli, tr("user passwd needs exactly one user name."));
    QString password;
    if (fromStdin) {
        auto read = readPasswordFromStdin();
        if (!read)
            return cli.fail(read.error());
        password = read.value();
    } else {
        password = PasswordHasher::generatePassword();
    }
    OpenNode node;
    if (Status s = node.open(cli.dbPath()); !s)
        return cli.fail(s.error());
    if (auto session = node.signIn(cli, *this); !session)
        return cli.refuse(session.error());
    const auto user = node.accounts().findByUsername(args.first());
    if (!user)
        return cli.fail(tr("There is no user \"%1\".").arg(args.first()));
    if (Status s = node.accounts().setPassword(user->id, password, reason); !s)
        return cli.fail(s.error());
    cli.out() << tr("New password set for \"%1\".").arg(user->username) << '\n';
    if (!fromStdin)
        cli.out() << tr("New password: %1 (shown once)").arg(password) << '\n';
    return CliExit::Ok;
}

CliExit UserCommand::role(QStringList args, CliContext &cli)
{
    QString reason;
    QString error;
    CliOptions::take(args, QStringLiteral("--reason"), &reason, &error);
    if (!error.isEmpty())
        return usage(cli, error);
    if (!CliOptions::firstUnknown(args).isEmpty())
        return usage(cli, tr("Unknown option %1.").arg(CliOptions::firstUnknown(args)));
    if (args.size() != 2)
        return usage(cli, tr("user role needs a user name and a role (%1).").arg(roleKeys()));
    const auto newRole = roleFromKey(args.at(1));
    if (!newRole)
        return usage(cli, tr("Unknown role \"%1\"; use %2.").arg(args.at(1), roleKeys()));
    OpenNode node;
    if (Status s = node.open(cli.dbPath()); !s)
        return cli.fail(s.error());
    if (auto session = node.signIn(cli, *this); !session)
        return cli.refuse(session.error());
    const auto user = node.accounts().findByUsername(args.first());
    if (!user)
        return cli.fail(tr("There is no user \"%1\".").arg(args.first()));
    if (Status s = node.accounts().setRole(user->id, *newRole, reason); !s)
        return cli.fail(s.error());
    cli.out() << tr("User \"%1\" is now %2.").arg(user->username, roleDisplayName(*newRole)) << '\n';
    return CliExit::Ok;
}

} // namespace ud
