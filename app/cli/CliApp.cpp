#include "cli/CliApp.h"

#include "cli/CliCommands.h"
#include "cli/CliOptions.h"

#include "core/AppIdentity.h"
#include "storage/Database.h"

#include <QDir>

namespace ud {

namespace {

bool isHelp(const QString &word)
{
    return word == QLatin1String("--help") || word == QLatin1String("-h");
}

} // namespace

CliApp::CliApp(QTextStream &out, QTextStream &err)
    : m_out(out), m_err(err), m_cli(QString(), m_login, out, err), m_commands(CliCommands::all())
{
}

CliCommand *CliApp::find(const QStringList &args, qsizetype *words) const
{
    CliCommand *found = nullptr;
    *words = 0;
    for (const auto &command : m_commands) {
        const QStringList name = command->name().split(QLatin1Char(' '));
        if (name.size() > *words && args.mid(0, name.size()) == name) {
            found = command.get();
            *words = name.size();
        }
    }
    return found;
}

void CliApp::printHelp(QTextStream &stream) const
{
    stream << tr("Usage: uniondesk-cli [--db PATH] [--lang zh_CN|en] COMMAND [options]") << "\n\n"
           << tr("Commands:") << '\n';
    for (const auto &command : m_commands)
        stream << command->help() << '\n';
    stream << tr("  --version, --help   show the version or this help") << "\n\n"
           << tr("Options:") << '\n'
           << tr("  --db PATH           the node database (default: %1)").arg(QDir::toNativeSeparators(defaultDatabasePath()))
           << '\n'
           << tr("  --lang zh_CN|en     language of messages (default: the system's)") << "\n\n"
           << CliLogin::helpText() << "\n\n"
           << tr("Exit codes: 0 done, 1 invalid or problems found, 2 wrong command line, 3 failed, "
                 "4 login refused or not allowed for the role.")
           << '\n'
           << tr("Tiers: city, district, street, enterprise, industry.") << '\n';
}

CliExit CliApp::run(const QStringList &arguments)
{
    QStringList args = arguments;
    QString db;
    QString error;
    if (!CliOptions::take(args, QStringLiteral("--db"), &db, &error) && !error.isEmpty())
        return m_cli.usage(error);
    m_cli.setDbPath(db.isEmpty() ? defaultDatabasePath() : db);
    QString user;
    if (!CliOptions::take(args, QStringLiteral("--user"), &user, &error) && !error.isEmpty())
        return m_cli.usage(error);
    m_login.setUser(user.trimmed());
    // The login's --password-stdin stands before the command; after it, only where the command
    // reads no password of its own (init, user add, user passwd set a new password with it).
    bool passwordFromStdin = false;
    while (!args.isEmpty() && args.first() == QLatin1String("--password-stdin")) {
        args.removeFirst();
        passwordFromStdin = true;
    }
    qsizetype words = 0;
    CliCommand *command = find(args, &words);
    const bool commandReadsPassword = command && command->readsOwnPassword(args.mid(words));
    if (!commandReadsPassword && args.removeAll(QStringLiteral("--password-stdin")) > 0) {
        passwordFromStdin = true;
        command = find(args, &words); // "import --password-stdin cases" is "import cases"
    }
    if (passwordFromStdin)
        m_login.readPasswordFromStdin();
    m_login.takeEnvironment();
    if (args.isEmpty() || isHelp(args.first()) || args.first() == QLatin1String("help")) {
        // Asked for: stdout. No command at all is a usage error: stderr, and stdout stays empty.
        printHelp(args.isEmpty() ? m_err : m_out);
        return args.isEmpty() ? CliExit::Usage : CliExit::Ok;
    }
    if (args.first() == QLatin1String("--version") || args.first() == QLatin1String("-v")) {
        m_out << "uniondesk-cli " << applicationVersion() << ' '
              << tr("(database schema %1)").arg(Database::latestSchemaVersion()) << '\n';
        return CliExit::Ok;
    }
    if (!command)
        return m_cli.usage(tr("Unknown command \"%1\".").arg(args.first()));
    args.remove(0, words);
    if (!args.isEmpty() && isHelp(args.first())) {
        command->printHelp(m_out);
        return CliExit::Ok;
    }
    return command->run(args, m_cli);
}

} // namespace ud
