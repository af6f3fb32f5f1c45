#include "cli/UserCommand.h"

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

enum Exit { Ok = 0, Negative = 1, Usage = 2, Failed = 3 };

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

int runUserCommand(QStringList args, const QString &dbPath, CliLogin &login, QTextStream &out, QTextStream &err)
{
    return UserCommand(dbPath, login, out, err).run(std::move(args));
}

QString UserCommand::helpText()
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

int UserCommand::usage(const QString &message)
{
    m_err << tr("Error: %1").arg(message) << '\n' << tr("Run \"uniondesk-cli user --help\" for the user commands.") << '\n';
    return Usage;
}

int UserCommand::fail(const QString &message)
{
    m_err << tr("Error: %1").arg(message) << '\n';
    return Failed;
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
    Result<Session> signIn(CliLogin &login, const QString &command)
    {
        auto session = login.signIn(m_db, CliLogin::Need::Administrator, command);
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

int UserCommand::run(QStringList args)
{
    if (args.isEmpty())
        return usage(tr("user needs a command: add, list, disable, enable, passwd or role."));
    const QString command = args.takeFirst();
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        m_out << tr("Usage: uniondesk-cli [--db PATH] user COMMAND [options]") << '\n' << helpText() << '\n';
        return Ok;
    }
    if (command == QLatin1String("add"))
        return add(args);
    if (command == QLatin1String("list"))
        return list(args);
    if (command == QLatin1String("disable"))
        return setDisabled(args, true);
    if (command == QLatin1String("enable"))
        return setDisabled(args, false);
    if (command == QLatin1String("passwd"))
        return passwd(args);
    if (command == QLatin1String("role"))
        return role(args);
    return usage(tr("Unknown user command \"%1\"; use add, list, disable, enable, passwd or role.").arg(command));
}

int UserCommand::add(QStringList args)
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
        return usage(error);
    if (!CliOptions::firstUnknown(args).isEmpty())
        return usage(tr("Unknown option %1.").arg(CliOptions::firstUnknown(args)));
    if (args.size() != 1)
        return usage(tr("user add needs exactly one user name."));
    if (!hasRole)
        return usage(tr("user add needs --role ROLE (%1).").arg(roleKeys()));
    const auto role = roleFromKey(roleText);
    if (!role)
        return usage(tr("Unknown role \"%1\"; use %2.").arg(roleText, roleKeys()));
    const QString username = args.first();
    if (Status s = Accounts::checkUsername(username); !s)
        return usage(s.error());

    QString password;
    if (fromStdin) {
        auto read = readPasswordFromStdin();
        if (!read)
            return fail(read.error());
        password = read.value();
    } else {
        password = PasswordHasher::generatePassword();
    }
    OpenNode node;
    if (Status s = node.open(m_dbPath); !s)
        return fail(s.error());
    if (auto session = node.signIn(m_login, QStringLiteral("user")); !session)
        return CliLogin::refuse(m_err, session.error());
    auto id = node.accounts().addUser(username, name, *role, password, org, reason);
    if (!id)
        return fail(id.error());
    m_out << tr("Added user \"%1\" (%2).").arg(username, roleDisplayName(*role)) << '\n';
    if (!fromStdin)
        m_out << tr("Initial password: %1 (shown once; change it after the first login)").arg(password) << '\n';
    return Ok;
}

int UserCommand::list(const QStringList &args)
{
    if (!args.isEmpty())
        return usage(tr("user list takes no arguments."));
    OpenNode node;
    if (Status s = node.open(m_dbPath); !s)
        return fail(s.error());
    if (auto session = node.signIn(m_login, QStringLiteral("user")); !session)
        return CliLogin::refuse(m_err, session.error());
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
        m_out << line << '\n';
    }
    return Ok;
}

int UserCommand::setDisabled(QStringList args, bool disabled)
{
    QString reason;
    QString error;
    CliOptions::take(args, QStringLiteral("--reason"), &reason, &error);
    if (!error.isEmpty())
        return usage(error);
    if (!CliOptions::firstUnknown(args).isEmpty())
        return usage(tr("Unknown option %1.").arg(CliOptions::firstUnknown(args)));
    if (args.size() != 1)
        return usage(disabled ? tr("user disable needs exactly one user name.") : tr("user enable needs exactly one user name."));
    OpenNode node;
    if (Status s = node.open(m_dbPath); !s)
        return fail(s.error());
    if (auto session = node.signIn(m_login, QStringLiteral("user")); !session)
        return CliLogin::refuse(m_err, session.error());
    const auto user = node.accounts().findByUsername(args.first());
    if (!user)
        return fail(tr("There is no user \"%1\".").arg(args.first()));
    if (Status s = node.accounts().setDisabled(user->id, disabled, reason); !s)
        return fail(s.error());
    m_out << (disabled ? tr("User \"%1\" is disabled.") : tr("User \"%1\" is enabled.")).arg(user->username) << '\n';
    return Ok;
}

int UserCommand::passwd(QStringList args)
{
    QString reason;
    QString error;
    CliOptions::take(args, QStringLiteral("--reason"), &reason, &error);
    const bool fromStdin = takeFlag(args, QStringLiteral("--password-stdin"));
    if (!error.isEmpty())
        return usage(error);
    if (!CliOptions::firstUnknown(args).isEmpty())
        return usage(tr("Unknown option %1.").arg(CliOptions::firstUnknown(args)));
    if (args.size() != 1)
        return usage(tr("user passwd needs exactly one user name."));
    QString password;
    if (fromStdin) {
        auto read = readPasswordFromStdin();
        if (!read)
            return fail(read.error());
        password = read.value();
    } else {
        password = PasswordHasher::generatePassword();
    }
    OpenNode node;
    if (Status s = node.open(m_dbPath); !s)
        return fail(s.error());
    if (auto session = node.signIn(m_login, QStringLiteral("user")); !session)
        return CliLogin::refuse(m_err, session.error());
    const auto user = node.accounts().findByUsername(args.first());
    if (!user)
        return fail(tr("There is no user \"%1\".").arg(args.first()));
    if (Status s = node.accounts().setPassword(user->id, password, reason); !s)
        return fail(s.error());
    m_out << tr("New password set for \"%1\".").arg(user->username) << '\n';
    if (!fromStdin)
        m_out << tr("New password: %1 (shown once)").arg(password) << '\n';
    return Ok;
}

int UserCommand::role(QStringList args)
{
    QString reason;
    QString error;
    CliOptions::take(args, QStringLiteral("--reason"), &reason, &error);
    if (!error.isEmpty())
        return usage(error);
    if (!CliOptions::firstUnknown(args).isEmpty())
        return usage(tr("Unknown option %1.").arg(CliOptions::firstUnknown(args)));
    if (args.size() != 2)
        return usage(tr("user role needs a user name and a role (%1).").arg(roleKeys()));
    const auto newRole = roleFromKey(args.at(1));
    if (!newRole)
        return usage(tr("Unknown role \"%1\"; use %2.").arg(args.at(1), roleKeys()));
    OpenNode node;
    if (Status s = node.open(m_dbPath); !s)
        return fail(s.error());
    if (auto session = node.signIn(m_login, QStringLiteral("user")); !session)
        return CliLogin::refuse(m_err, session.error());
    const auto user = node.accounts().findByUsername(args.first());
    if (!user)
        return fail(tr("There is no user \"%1\".").arg(args.first()));
    if (Status s = node.accounts().setRole(user->id, *newRole, reason); !s)
        return fail(s.error());
    m_out << tr("User \"%1\" is now %2.").arg(user->username, roleDisplayName(*newRole)) << '\n';
    return Ok;
}

} // namespace ud
