#include "cli/CliApp.h"

#include "cli/CliLogin.h"
#include "cli/CliOptions.h"
#include "cli/RegisterCommands.h"
#include "cli/ReportCommand.h"
#include "cli/UserCommand.h"

#include "core/AppIdentity.h"
#include "core/Clock.h"
#include "core/CreditCode.h"
#include "core/ResidentId.h"
#include "demo/DemoGenerator.h"
#include "storage/Accounts.h"
#include "storage/BackupManager.h"
#include "storage/Database.h"
#include "storage/NodeIdentity.h"
#include "storage/OrgUnitRepository.h"
#include "storage/RecordStore.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <optional>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <unistd.h>
#endif

namespace ud {

namespace {

// Builds a new database under a name of its own (unique to this process) next to its final name,
// and moves it into place only when complete, and only if nothing has appeared at the final name
// meanwhile: two runs on the same new path never build in the same file, and the second to
// finish fails instead of replacing the first one's database (whose password was printed).
class PendingFile
{
public:
    explicit PendingFile(QString finalPath)
        : m_final(std::move(finalPath)),
          m_temp(QStringLiteral("%1.creating-%2-%3")
                     .arg(m_final)
                     .arg(QCoreApplication::applicationPid())
                     .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')))
    {
    }
    ~PendingFile()
    {
        if (!m_done)
            for (const char *s : {"", "-wal", "-shm", "-journal"})
                QFile::remove(m_temp + QLatin1String(s));
    }
    PendingFile(const PendingFile &) = delete;
    PendingFile &operator=(const PendingFile &) = delete;
    const QString &temp() const { return m_temp; }
    // Moves the finished file to the final name; fails (and leaves what is there) if that name
    // exists by now.
    Status commit()
    {
        for (const char *s : {"-wal", "-shm", "-journal"})
            QFile::remove(m_temp + QLatin1String(s));
        const Status moved = moveWithoutReplacing();
        m_done = moved.ok();
        return moved;
    }

private:
    Status moveWithoutReplacing()
    {
        const QString shown = QDir::toNativeSeparators(m_final);
        const auto appeared = [&shown] {
            return Status::failure(CliApp::tr("%1 was created by another program while this one was building it; "
                                              "that file is left as it is and nothing was created.")
                                       .arg(shown));
        };
#ifdef Q_OS_UNIX
        // link() fails with EEXIST instead of replacing, atomically; then the temporary name goes.
        const QByteArray from = QFile::encodeName(m_temp);
        const QByteArray to = QFile::encodeName(m_final);
        if (::link(from.constData(), to.constData()) == 0) {
            ::unlink(from.constData());
            return Status::success();
        }
        if (errno == EEXIST)
            return appeared();
        // A file system without hard links: QFile::rename, which does not replace an existing file.
#endif
        if (QFileInfo::exists(m_final))
            return appeared();
        if (!QFile::rename(m_temp, m_final))
            return QFileInfo::exists(m_final) ? appeared()
                                              : Status::failure(CliApp::tr("Cannot create %1.").arg(shown));
        return Status::success();
    }

    QString m_final;
    QString m_temp;
    bool m_done = false;
};

DivisionCodes divisionCodesFrom(Database &db)
{
    DivisionCodes codes;
    QSqlQuery q(db.connection());
    if (q.exec(QStringLiteral("SELECT code, note || ' ' || name_zh FROM code_items WHERE list = 'division' AND deleted = 0")))
        while (q.next())
            codes.insert(q.value(0).toString(), q.value(1).toString());
    return codes;
}


QString sexName(Sex sex)
{
    switch (sex) {
    case Sex::Male: return CliApp::tr("male");
    case Sex::Female: return CliApp::tr("female");
    case Sex::Unknown: break;
    }
    return CliApp::tr("unknown");
}

} // namespace

int CliApp::usage(const QString &message)
{
    m_err << tr("Error: %1").arg(message) << '\n' << tr("Run \"uniondesk-cli --help\" for the commands.") << '\n';
    return Usage;
}

int CliApp::fail(const QString &message)
{
    m_err << tr("Error: %1").arg(message) << '\n';
    return Failed;
}

void CliApp::printHelp(QTextStream &stream)
{
    stream << tr("Usage: uniondesk-cli [--db PATH] [--lang zh_CN|en] COMMAND [options]") << "\n\n"
          << tr("Commands:") << '\n'
          << tr("  init --org CODE [--tier TIER] [--name NAME] [--admin USER [--password-stdin]]\n"
                "                      create a node database for an organisation unit; with --admin,\n"
                "                      also an administrator whose generated password is printed once\n"
                "                      (or whose password is read from the first line of standard input)")
          << '\n'
          << tr("  demo [--size N] [--seed S]\n"
                "                      add deterministic demo data (N workers, N/4 employers); on a PATH\n"
                "                      that does not exist, first create a complete demo node and print\n"
                "                      its administrator password")
          << '\n'
          << tr("                      and N/20 mediation cases across every status of the lifecycle,\n"
                "                      received over the 18 months before today")
          << '\n'
          << tr("  check               check integrity, references and the audit chain") << '\n'
          << tr("  backup [--to FILE]  write a consistent copy (default: the backups folder beside the database)") << '\n'
          << tr("  restore FILE        verify FILE, then put it in place of the database (the old file is kept)") << '\n'
          << tr("  validate id|uscc VALUE\n"
                "                      check a resident ID number or a unified social credit code") << '\n'
          << UserCommand::helpText() << '\n'
          << tr("  import workers|employers FILE\n"
                "                      check every row of FILE (.csv, .txt or .xlsx) and import all rows,\n"
                "                      or none and list the problems row by row (exit 1)") << '\n'
          << tr("  import cases FILE   import an existing register of mediation cases (.csv, .txt or .xlsx;\n"
                "                      columns in docs/import-cases.md), all rows or none, like the register") << '\n'
          << tr("  export workers|employers FILE [--district CODE] [--full-id-numbers]\n"
                "                      write the register's list to FILE (.csv or .xlsx); ID numbers are\n"
                "                      masked unless --full-id-numbers; worker exports are logged") << '\n'
          << ReportCommand::helpText() << '\n'
          << tr("  --version, --help   show the version or this help") << "\n\n"
          << tr("Options:") << '\n'
          << tr("  --db PATH           the node database (default: %1)").arg(QDir::toNativeSeparators(defaultDatabasePath())) << '\n'
          << tr("  --lang zh_CN|en     language of messages (default: the system's)") << "\n\n"
          << CliLogin::helpText() << "\n\n"
          << tr("Exit codes: 0 done, 1 invalid or problems found, 2 wrong command line, 3 failed, "
                "4 login refused or not allowed for the role.")
          << '\n'
          << tr("Tiers: city, district, street, enterprise, industry.") << '\n';
}

int CliApp::run(const QStringList &arguments)
{
    QStringList args = arguments;
    QString error;
    if (!CliOptions::take(args, QStringLiteral("--db"), &m_db, &error) && !error.isEmpty())
        return usage(error);
    if (m_db.isEmpty())
        m_db = defaultDatabasePath();
    QString user;
    if (!CliOptions::take(args, QStringLiteral("--user"), &user, &error) && !error.isEmpty())
        return usage(error);
    m_login.setUser(user.trimmed());
    // The login's --password-stdin stands before the command; after it, only where the command
    // reads no password of its own (init, user add, user passwd set a new password with it).
    bool passwordFromStdin = false;
    while (!args.isEmpty() && args.first() == QLatin1String("--password-stdin")) {
        args.removeFirst();
        passwordFromStdin = true;
    }
    const bool commandReadsPassword = !args.isEmpty()
                                      && (args.first() == QLatin1String("init")
                                          || (args.first() == QLatin1String("user") && args.size() > 1
                                              && (args.at(1) == QLatin1String("add") || args.at(1) == QLatin1String("passwd"))));
    if (!commandReadsPassword && args.removeAll(QStringLiteral("--password-stdin")) > 0)
        passwordFromStdin = true;
    if (passwordFromStdin)
        m_login.readPasswordFromStdin();
    m_login.takeEnvironment();
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")
        || args.first() == QLatin1String("help")) {
        // Asked for: stdout. No command at all is a usage error: stderr, and stdout stays empty.
        printHelp(args.isEmpty() ? m_err : m_out);
        return args.isEmpty() ? Usage : Ok;
    }
    if (args.first() == QLatin1String("--version") || args.first() == QLatin1String("-v")) {
        m_out << "uniondesk-cli " << applicationVersion() << ' '
              << tr("(database schema %1)").arg(Database::latestSchemaVersion()) << '\n';
        return Ok;
    }
    const QString command = args.takeFirst();
    if (command == QLatin1String("init"))
        return cmdInit(args);
    if (command == QLatin1String("demo"))
        return cmdDemo(args);
    if (command == QLatin1String("check"))
        return cmdCheck(args);
    if (command == QLatin1String("backup"))
        return cmdBackup(args);
    if (command == QLatin1String("restore"))
        return cmdRestore(args);
    if (command == QLatin1String("validate"))
        return cmdValidate(args);
    if (command == QLatin1String("import"))
        return runImportCommand(args, m_db, m_login, m_out, m_err);
    if (command == QLatin1String("export"))
        return runExportCommand(args, m_db, m_login, m_out, m_err);
    if (command == QLatin1String("user"))
        return runUserCommand(args, m_db, m_login, m_out, m_err);
    if (command == QLatin1String("report"))
        return runReportCommand(args, m_db, m_login, m_out, m_err);
    return usage(tr("Unknown command \"%1\".").arg(command));
}

int CliApp::cmdInit(const QStringList &arguments)
{
    QStringList args = arguments;
    QString org;
    QString tierText;
    QString name;
    QString admin;
    QString error;
    const bool hasOrg = CliOptions::take(args, QStringLiteral("--org"), &org, &error);
    if (!error.isEmpty())
        return usage(error);
    CliOptions::take(args, QStringLiteral("--tier"), &tierText, &error);
    CliOptions::take(args, QStringLiteral("--name"), &name, &error);
    CliOptions::take(args, QStringLiteral("--admin"), &admin, &error);
    const bool passwordFromStdin = args.removeAll(QStringLiteral("--password-stdin")) > 0;
    if (!error.isEmpty())
        return usage(error);
    if (passwordFromStdin && admin.isEmpty())
        return usage(tr("--password-stdin sets the password of --admin USER; give --admin too."));
    if (!CliOptions::firstUnknown(args).isEmpty())
        return usage(tr("Unknown option %1.").arg(CliOptions::firstUnknown(args)));
    if (!args.isEmpty())
        return usage(tr("Unexpected argument \"%1\".").arg(args.first()));
    if (!hasOrg)
        return usage(tr("init needs --org CODE (the organisation unit's code, e.g. 110105015)."));
    std::optional<Tier> tier;
    if (!tierText.isEmpty()) {
        tier = tierFromKey(tierText);
        if (!tier)
            return usage(tr("Unknown tier \"%1\"; use city, district, street, enterprise or industry.").arg(tierText));
    }
    if (QFileInfo::exists(m_db))
        return fail(tr("%1 already exists; a node database is created only once.").arg(QDir::toNativeSeparators(m_db)));

    QString adminPassword;
    if (passwordFromStdin) {
        auto read = readPasswordFromStdin();
        if (!read)
            return fail(read.error());
        if (Status s = PasswordHasher::checkPassword(read.value()); !s)
            return fail(s.error());
        adminPassword = read.value();
    }

    SystemClock clock;
    PendingFile pending(m_db);
    NodeInfo node;
    {
        Database db;
        if (Status s = db.open(pending.temp(), Database::OpenMode::CreateIfMissing); !s)
            return fail(s.error());
        const auto unit = OrgUnitRepository(db).find(org);
        if (!unit)
            return fail(tr("The organisation unit %1 is not in the organisation tree.").arg(org));
        if (!tier)
            tier = tierFromKey(unit->tier);
        auto created = NodeIdentity::initialize(db, org, tier.value_or(Tier::Street), name, clock);
        if (!created)
            return fail(created.error());
        node = created.value();
        if (!admin.isEmpty()) {
            RecordStore store(db, &clock);
            store.setActor(QStringLiteral("setup")); // as the desktop's setup wizard
            if (!passwordFromStdin)
                adminPassword = PasswordHasher::generatePassword();
            auto user = Accounts(store).addUser(admin, tr("Administrator"), Role::Administrator, adminPassword);
            if (!user)
                return fail(user.error());
        }
    }
    if (Status s = pending.commit(); !s)
        return fail(s.error());
    m_out << tr("Created node database %1").arg(QDir::toNativeSeparators(m_db)) << '\n'
          << tr("Node: %1 (%2), organisation unit %3 %4, tier %5")
                 .arg(node.displayName, node.nodeId, node.orgUnit, node.orgUnitName, tierDisplayName(node.tier))
          << '\n';
    if (!admin.isEmpty() && passwordFromStdin)
        m_out << tr("Administrator \"%1\" created with the password from standard input.").arg(admin) << '\n';
    else if (!admin.isEmpty())
        m_out << tr("Administrator \"%1\", password: %2 (shown once; change it after the first login)")
                     .arg(admin, adminPassword)
              << '\n';
    return Ok;
}

int CliApp::cmdDemo(const QStringList &arguments)
{
    QStringList args = arguments;
    QString sizeText = QStringLiteral("200");
    QString seedText = QStringLiteral("1");
    QString error;
    CliOptions::take(args, QStringLiteral("--size"), &sizeText, &error);
    CliOptions::take(args, QStringLiteral("--seed"), &seedText, &error);
    if (!error.isEmpty())
        return usage(error);
    if (!CliOptions::firstUnknown(args).isEmpty())
        return usage(tr("Unknown option %1.").arg(CliOptions::firstUnknown(args)));
    if (!args.isEmpty())
        return usage(tr("Unexpected argument \"%1\".").arg(args.first()));
    bool okSize = false;
    bool okSeed = false;
    DemoOptions options;
    options.size = sizeText.toInt(&okSize);
    options.seed = seedText.toULongLong(&okSeed);
    if (!okSize || options.size < 0 || options.size > 1000000)
        return usage(tr("--size takes a whole number from 0 to 1000000."));
    if (!okSeed)
        return usage(tr("--seed takes a whole number."));

    SystemClock clock;
    const bool fresh = !QFileInfo::exists(m_db);
    std::optional<PendingFile> pending;
    if (fresh)
        pending.emplace(m_db);
    DemoNode node;
    DemoSummary summary;
    {
        Database db;
        if (Status s = fresh ? db.open(pending->temp(), Database::OpenMode::CreateIfMissing) : db.open(m_db, Database::OpenMode::ExistingOnly); !s)
            return fail(s.error());
        if (!fresh) {
            // Adding invented people to a working database is an administrator's decision.
            const auto session = m_login.signIn(db, CliLogin::Need::Administrator, QStringLiteral("demo"));
            if (!session)
                return CliLogin::refuse(m_err, session.error());
        }
        RecordStore store(db, &clock);
        store.setActor(QStringLiteral("demo"));
        Database::Transaction all(db); // all or nothing
        if (!all.isActive())
            return fail(all.error());
        if (fresh) {
            auto created = DemoGenerator::createNode(db, store, clock);
            if (!created)
                return fail(created.error());
            node = created.value();
        }
        auto filled = DemoGenerator(db, store, &clock).fill(options);
        if (!filled)
            return fail(filled.error());
        if (Status s = all.commit(); !s)
            return fail(s.error());
        summary = filled.value();
    }
    if (fresh) {
        if (Status s = pending->commit(); !s)
            return fail(s.error());
    }
    if (fresh)
        m_out << tr("Created demo node %1 for %2").arg(QDir::toNativeSeparators(m_db), node.node.orgUnitName) << '\n'
              << tr("Administrator \"%1\", password: %2").arg(node.adminUser, node.adminPassword) << '\n';
    m_out << tr("Demo data (seed %1): %2 employers and %3 workers added (%4 and %5 already present), "
                "%6 enterprise unions, %7 user accounts")
                 .arg(options.seed)
                 .arg(summary.employersCreated)
                 .arg(summary.workersCreated)
                 .arg(summary.employersAlreadyThere)
                 .arg(summary.workersAlreadyThere)
                 .arg(summary.orgUnitsCreated)
                 .arg(summary.usersCreated)
          << '\n'
          << tr("Mediation cases: %1 added (%2 already present)").arg(summary.casesCreated).arg(summary.casesAlreadyThere)
          << '\n';
    return Ok;
}

int CliApp::cmdCheck(const QStringList &args)
{
    if (!args.isEmpty())
        return usage(tr("check takes no arguments."));
    Database db;
    if (Status s = db.open(m_db, Database::OpenMode::ExistingOnly); !s)
        return fail(s.error());
    if (const auto session = m_login.signIn(db, CliLogin::Need::AnyAccount, QStringLiteral("check")); !session)
        return CliLogin::refuse(m_err, session.error());
    const CheckReport report = db.check();
    m_out << tr("Database: %1").arg(QDir::toNativeSeparators(db.path())) << '\n'
          << tr("Schema version: %1").arg(report.schemaVersion) << '\n'
          << tr("Audit entries: %1, changes waiting to sync: %2").arg(report.auditEntries).arg(report.outboxPending)
          << '\n';
    if (report.ok()) {
        m_out << tr("Check passed: no problems found.") << '\n';
        return Ok;
    }
    m_out << tr("Check found %n problem(s):", nullptr, static_cast<int>(report.problems.size())) << '\n';
    for (const QString &p : report.problems)
        m_out << "  " << p << '\n';
    return Negative;
}

int CliApp::cmdBackup(const QStringList &arguments)
{
    QStringList args = arguments;
    QString to;
    QString error;
    const bool hasTo = CliOptions::take(args, QStringLiteral("--to"), &to, &error);
    if (!error.isEmpty())
        return usage(error);
    if (!args.isEmpty())
        return usage(tr("Unexpected argument \"%1\".").arg(args.first()));
    Database db;
    if (Status s = db.open(m_db, Database::OpenMode::ExistingOnly); !s)
        return fail(s.error());
    if (const auto session = m_login.signIn(db, CliLogin::Need::Administrator, QStringLiteral("backup")); !session)
        return CliLogin::refuse(m_err, session.error());
    QString written;
    if (hasTo) {
        if (QFileInfo::exists(to))
            return fail(tr("%1 already exists; choose a new file name.").arg(QDir::toNativeSeparators(to)));
        if (Status s = db.backupTo(to); !s)
            return fail(s.error());
        written = to;
    } else {
        auto r = BackupManager(BackupManager::defaultFolderFor(m_db), 14).backupNow(db, QDateTime::currentDateTimeUtc());
        if (!r)
            return fail(r.error());
        written = r.value();
    }
    m_out << tr("Backup written to %1").arg(QDir::toNativeSeparators(written)) << '\n';
    return Ok;
}

int CliApp::cmdRestore(const QStringList &args)
{
    if (args.size() != 1 || args.first().startsWith(QLatin1String("--")))
        return usage(tr("restore needs exactly one backup file."));
    if (QFileInfo::exists(m_db)) {
        // Only an administrator of the database in place may replace it. Where there is none (a
        // lost or damaged station), the backup file itself is the key: whoever can read it has
        // its data anyway. The backup is checked first, so a refused restore writes nothing.
        if (QFileInfo(args.first()).canonicalFilePath() == QFileInfo(m_db).canonicalFilePath())
            return fail(tr("The backup and the database are the same file."));
        if (auto inspected = Database::inspectFile(args.first()); !inspected)
            return fail(tr("The backup was not restored: %1").arg(inspected.error()));
        Database current;
        if (Status s = current.open(m_db, Database::OpenMode::ExistingOnly); !s)
            return fail(s.error());
        if (const auto session = m_login.signIn(current, CliLogin::Need::Administrator, QStringLiteral("restore"));
            !session)
            return CliLogin::refuse(m_err, session.error());
    }
    auto restored = Database::restoreFile(args.first(), m_db);
    if (!restored)
        return fail(restored.error());
    Database db;
    if (Status s = db.open(m_db, Database::OpenMode::ExistingOnly); !s)
        return fail(s.error());
    SystemClock clock;
    if (Status s = NodeIdentity::renewEpoch(db, clock); !s)
        return fail(s.error());
    m_out << tr("Restored %1 from %2").arg(QDir::toNativeSeparators(m_db), QDir::toNativeSeparators(args.first())) << '\n';
    if (!restored.value().isEmpty())
        m_out << tr("The replaced database was kept as %1").arg(QDir::toNativeSeparators(restored.value())) << '\n';
    return Ok;
}

int CliApp::cmdValidate(const QStringList &args)
{
    if (args.size() != 2)
        return usage(tr("validate needs a kind (id or uscc) and a value."));
    const QString kind = args.at(0);
    const QString value = args.at(1);
    if (kind == QLatin1String("id")) {
        // The node's own division list when there is one (administrators may have added codes).
        Database db;
        DivisionCodes fromDb;
        if (QFileInfo::exists(m_db) && db.open(m_db, Database::OpenMode::ExistingOnly))
            fromDb = divisionCodesFrom(db);
        const DivisionCodes &codes = fromDb.size() > 0 ? fromDb : DivisionCodes::bundled();
        const auto check = ResidentId::check(value, QDate::currentDate(), codes);
        if (!check.ok()) {
            m_out << tr("Invalid resident ID number: %1").arg(check.message) << '\n';
            return Negative;
        }
        m_out << tr("Valid resident ID number.") << '\n'
              << tr("Birth date: %1, sex: %2, area: %3 %4")
                     .arg(check.info.birthDate.toString(Qt::ISODate), sexName(check.info.sex), check.info.divisionCode,
                          codes.name(check.info.divisionCode))
              << '\n';
        if (check.info.wasLegacy15)
            m_out << tr("Legacy 15-digit number; its 18-digit form is %1").arg(check.info.normalized) << '\n';
        return Ok;
    }
    if (kind == QLatin1String("uscc")) {
        const auto check = CreditCode::check(value);
        if (!check.ok()) {
            m_out << tr("Invalid unified social credit code: %1").arg(check.message) << '\n';
            return Negative;
        }
        m_out << tr("Valid unified social credit code.") << '\n'
              << tr("Registration authority: %1").arg(CreditCode::authorityName(check.normalized.at(0))) << '\n';
        return Ok;
    }
    return usage(tr("Unknown kind \"%1\"; use id or uscc.").arg(kind));
}

} // namespace ud
