#include "cli/HubCommand.h"

#include "cli/CliContext.h"
#include "cli/CliOptions.h"
#include "cli/SelfSignedCert.h"

#include "core/PrivateFiles.h"
#include "storage/Database.h"
#include "storage/RecordStore.h"
#include "core/Clock.h"
#include "sync/BundleExchange.h"
#include "sync/HubConfig.h"
#include "sync/HubSetup.h"
#include "sync/HubStore.h"
#include "sync/HubUplink.h"
#include "sync/SyncKeys.h"
#include "sync/SyncLedger.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSysInfo>
#include <QUrl>

namespace ud {

namespace {

constexpr int kDefaultDays = 3650;
const QString kIndent(22, QLatin1Char(' '));

QStringList splitHosts(const QString &hosts)
{
    QStringList list;
    for (const QString &h : hosts.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!h.trimmed().isEmpty())
            list << h.trimmed();
    return list;
}

QString fingerprint(const QByteArray &certificatePem)
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(certificatePem, QSsl::Pem);
    return certificates.isEmpty() ? QString()
                                  : QString::fromLatin1(certificates.first().digest(QCryptographicHash::Sha256).toHex(':')).toUpper();
}

} // namespace

std::vector<HubCommand::Subcommand> HubCommand::subcommands()
{
    return {
        {QStringLiteral("cert"), tr("--host NAME[,NAME...] --out-cert FILE --out-key FILE [--days N]"),
         tr("make a self-signed TLS certificate (EC P-256, also valid for localhost and\n"
            "127.0.0.1, usable as its own CA for pinning) and its key (file 0600); %1 days\n"
            "unless --days says otherwise")
             .arg(kDefaultDays),
         &HubCommand::cert},
        {QStringLiteral("init"), tr("--dir DIR --org-unit CODE [--port N] [--name NAME] [--host NAME[,NAME...]]\n"
                                    "                      [--parent URL [--parent-certificate FILE]]"),
         tr("make a new hub folder for the district or city CODE (e.g. 110105): hub.conf (port\n"
            "8443 unless --port says otherwise, an SQLite database hub.db with the hub's\n"
            "identity), its signing key hub.sign, and a self-signed hub.crt and hub.key for this\n"
            "computer's name and the --host names; --parent: the hub above (a district's city\n"
            "hub) and its certificate when self-signed; then start it with\n"
            "uniondesk-hub --config DIR/hub.conf"),
         &HubCommand::init},
        {QStringLiteral("nodes"), tr("--config FILE [--pending]"),
         tr("list the nodes enrolled at the hub, or asking to be (with --pending), with their\n"
            "units, status and key fingerprints"),
         &HubCommand::nodes},
        {QStringLiteral("approve"), tr("--config FILE NODE [--as desktop|hub|reviewer] [--org-unit CODE]\n"
                                       "                      [--block SERIES:FIRST-LAST ...]"),
         tr("approve a node's enrollment after comparing its key fingerprint by phone: the unit\n"
            "it may write (default: the unit it asked for), and its blocks of the numbers users\n"
            "see, e.g. --block mediation_case:101-200, so no two desktops give the same number"),
         &HubCommand::approve},
        {QStringLiteral("revoke"), tr("--config FILE NODE"),
         tr("end a node's enrollment: every later request of its key is refused"),
         &HubCommand::revoke},
        {QStringLiteral("enroll"), tr("--config FILE"),
         tr("ask the parent hub named in the configuration ([parent] url, certificate) to\n"
            "enroll this hub; its administrator approves it with hub approve ... --as hub"),
         &HubCommand::enroll},
        {QStringLiteral("forward"), tr("--config FILE"),
         tr("forward now what reached this hub to its parent and take what came down (the\n"
            "running hub does this every [parent] interval seconds by itself)"),
         &HubCommand::forward},
        {QStringLiteral("bundle"), tr("--config FILE BUNDLE --ack FILE"),
         tr("take in a station's bundle from a USB stick, as if it had been pushed, and write the\n"
            "signed acknowledgement to take back"),
         &HubCommand::bundle},
        {QStringLiteral("publish"), tr("--config FILE --from DATABASE [--table TABLE ...]"),
         tr("send the reference data made or changed in this union's own UnionDesk database (policy\n"
            "values such as the local 低保 standard, the holiday calendar, code lists, org units) down\n"
            "to every node below at their next sync; it replaces their own copies"),
         &HubCommand::publish},
    };
}

QString HubCommand::help() const
{
    QStringList blocks;
    for (const Subcommand &s : subcommands()) {
        QString block = QStringLiteral("  hub %1 %2").arg(s.name, s.synopsis);
        for (const QString &line : s.description.split(QLatin1Char('\n')))
            block += QLatin1Char('\n') + kIndent + line;
        blocks << block;
    }
    return blocks.join(QLatin1Char('\n'));
}

QString HubCommand::usageLine() const
{
    return tr("Usage: uniondesk-cli hub COMMAND [options]");
}

CliExit HubCommand::usage(CliContext &cli, const QString &message)
{
    return cli.usage(message, tr("Run \"uniondesk-cli hub --help\" for the hub commands."));
}

CliExit HubCommand::run(const QStringList &arguments, CliContext &cli)
{
    QStringList args = arguments;
    QStringList names;
    for (const Subcommand &s : subcommands())
        names << s.name;
    if (args.isEmpty())
        return usage(cli, tr("hub needs a command: %1.").arg(names.join(QStringLiteral(", "))));
    const QString command = args.takeFirst();
    if (command == QLatin1String("help")) {
        printHelp(cli.out());
        return CliExit::Ok;
    }
    for (const Subcommand &s : subcommands())
        if (s.name == command)
            return (this->*s.run)(args, cli);
    return usage(cli, tr("Unknown hub command \"%1\"; use %2.").arg(command, names.join(QStringLiteral(", "))));
}

CliExit HubCommand::cert(QStringList args, CliContext &cli)
{
    QString hosts;
    QString certFile;
    QString keyFile;
    QString days;
    QString error;
    for (const auto &[option, value] : {std::pair{QStringLiteral("--host"), &hosts}, std::pair{QStringLiteral("--out-cert"), &certFile},
                                        std::pair{QStringLiteral("--out-key"), &keyFile}, std::pair{QStringLiteral("--days"), &days}})
        if (!CliOptions::take(args, option, value, &error) && !error.isEmpty())
            return usage(cli, error);
    if (const QString option = CliOptions::firstUnknown(args); !option.isEmpty())
        return usage(cli, tr("Unknown option %1.").arg(option));
    if (!args.isEmpty())
        return usage(cli, tr("Unexpected argument \"%1\".").arg(args.first()));
    if (splitHosts(hosts).isEmpty())
        return usage(cli, tr("hub cert needs --host with at least one host name or IP address."));
    if (certFile.isEmpty() || keyFile.isEmpty())
        return usage(cli, tr("hub cert needs --out-cert FILE and --out-key FILE."));
    int dayCount = kDefaultDays;
    if (!days.isEmpty()) {
        bool ok = false;
        dayCount = days.toInt(&ok);
        if (!ok || dayCount < 1 || dayCount > 36500)
            return usage(cli, tr("--days must be a number of days from 1 to 36500, not \"%1\".").arg(days));
    }
    const auto made = SelfSignedCert::make(splitHosts(hosts), dayCount);
    if (!made)
        return usage(cli, made.error());
    if (Status s = made.value().write(certFile, keyFile); !s)
        return cli.fail(s.error());
    cli.out() << tr("Certificate: %1 (valid %2 days)").arg(QDir::toNativeSeparators(certFile)).arg(dayCount) << '\n'
              << tr("Key: %1 (keep it secret)").arg(QDir::toNativeSeparators(keyFile)) << '\n'
              << tr("SHA-256 fingerprint: %1").arg(fingerprint(made.value().certificatePem())) << '\n';
    return CliExit::Ok;
}

CliExit HubCommand::init(QStringList args, CliContext &cli)
{
    QString dir;
    QString port;
    QString name;
    QString hosts;
    QString orgUnit;
    QString parent;
    QString parentCertificate;
    QString error;
    for (const auto &[option, value] : {std::pair{QStringLiteral("--dir"), &dir}, std::pair{QStringLiteral("--port"), &port},
                                        std::pair{QStringLiteral("--name"), &name}, std::pair{QStringLiteral("--host"), &hosts},
                                        std::pair{QStringLiteral("--org-unit"), &orgUnit}, std::pair{QStringLiteral("--parent"), &parent},
                                        std::pair{QStringLiteral("--parent-certificate"), &parentCertificate}})
        if (!CliOptions::take(args, option, value, &error) && !error.isEmpty())
            return usage(cli, error);
    if (const QString option = CliOptions::firstUnknown(args); !option.isEmpty())
        return usage(cli, tr("Unknown option %1.").arg(option));
    if (!args.isEmpty())
        return usage(cli, tr("Unexpected argument \"%1\".").arg(args.first()));
    if (dir.isEmpty())
        return usage(cli, tr("hub init needs --dir DIR, the folder of the new hub."));
    if (orgUnit.isEmpty())
        return usage(cli, tr("hub init needs --org-unit CODE, the district or city the hub serves (e.g. 110105)."));
    const QString folder = QFileInfo(dir).absoluteFilePath();
    HubConfig config = HubConfig::defaults(folder);
    if (!port.isEmpty()) {
        bool ok = false;
        const uint number = port.toUInt(&ok);
        if (!ok || number < 1 || number > 65535)
            return usage(cli, tr("--port must be a port number from 1 to 65535, not \"%1\".").arg(port));
        config.listenPort = static_cast<quint16>(number);
    }
    if (!name.trimmed().isEmpty())
        config.name = name.trimmed();
    if (!parent.isEmpty()) {
        const QUrl url(parent, QUrl::StrictMode);
        if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty())
            return usage(cli, tr("--parent must be the parent hub's https:// address, such as https://city.example:8443."));
        config.parentUrl = parent;
    }
    if (!parentCertificate.isEmpty()) {
        if (!QFileInfo(parentCertificate).isFile())
            return usage(cli, tr("The parent hub's certificate %1 does not exist.").arg(QDir::toNativeSeparators(parentCertificate)));
        config.parentCertificateFile = QFileInfo(parentCertificate).absoluteFilePath();
    }
    const QString configFile = QDir(folder).filePath(QStringLiteral("hub.conf"));
    for (const QString &file : {configFile, config.certificateFile, config.keyFile})
        if (QFileInfo::exists(file))
            return cli.fail(tr("%1 already exists: %2 holds a hub already. Choose another folder.")
                                .arg(QDir::toNativeSeparators(file), QDir::toNativeSeparators(folder)));
    if (Status s = PrivateFiles::ensurePrivateFolder(folder); !s)
        return cli.fail(s.error());

    QStringList certHosts = splitHosts(hosts);
    if (const QString host = QSysInfo::machineHostName(); !host.isEmpty())
        certHosts << host;
    const auto made = SelfSignedCert::make(certHosts, kDefaultDays);
    if (!made)
        return usage(cli, made.error());
    if (Status s = made.value().write(config.certificateFile, config.keyFile); !s)
        return cli.fail(s.error());
    if (Status s = config.save(configFile); !s) {
        QFile::remove(config.certificateFile);
        QFile::remove(config.keyFile);
        return cli.fail(s.error());
    }
    if (Status s = HubSetup::initialize(config, orgUnit, name.trimmed()); !s) {
        for (const QString &file : {configFile, config.certificateFile, config.keyFile, config.databasePath,
                                    QDir(HubSetup::keyFolder(config)).filePath(QStringLiteral("hub.sign"))})
            QFile::remove(file);
        return cli.fail(s.error());
    }
    const auto hubKeys = HubSetup::keys(config);
    cli.out() << tr("New hub \"%1\" in %2:").arg(config.name, QDir::toNativeSeparators(folder)) << '\n'
              << tr("  configuration  %1 (port %2)").arg(QDir::toNativeSeparators(configFile)).arg(config.listenPort) << '\n'
              << tr("  certificate    %1 (SHA-256 %2)")
                     .arg(QDir::toNativeSeparators(config.certificateFile), fingerprint(made.value().certificatePem()))
              << '\n'
              << tr("  key            %1").arg(QDir::toNativeSeparators(config.keyFile)) << '\n'
              << tr("  signing key    %1 (fingerprint %2)")
                     .arg(QDir::toNativeSeparators(QDir(HubSetup::keyFolder(config)).filePath(QStringLiteral("hub.sign"))),
                          hubKeys ? hubKeys.value().fingerprint() : QString())
              << '\n'
              << tr("Start it with: uniondesk-hub --config %1").arg(QDir::toNativeSeparators(configFile)) << '\n';
    return CliExit::Ok;
}

namespace {

// The hub of `--config FILE` among `args`, opened, or the exit code that ends the command.
struct OpenedHub
{
    std::unique_ptr<HubDatabase> db;
    std::unique_ptr<SystemClock> clock;
    std::unique_ptr<HubStore> store;
};

} // namespace

static CliExit openHub(QStringList &args, CliContext &cli, OpenedHub &hub, const std::function<CliExit(const QString &)> &usage)
{
    QString configFile, error;
    if (!CliOptions::take(args, QStringLiteral("--config"), &configFile, &error) && !error.isEmpty())
        return usage(error);
    if (configFile.isEmpty())
        return usage(HubCommand::tr("Name the hub with --config FILE (its hub.conf)."));
    auto config = HubConfig::load(configFile);
    if (!config)
        return cli.fail(config.error());
    auto db = HubSetup::openDatabase(config.value());
    if (!db)
        return cli.fail(db.error());
    hub.db = db.take();
    hub.clock = std::make_unique<SystemClock>();
    hub.store = std::make_unique<HubStore>(*hub.db, *hub.clock);
    if (!hub.store->identity())
        return cli.fail(HubCommand::tr("%1 has no hub identity; make the hub with \"uniondesk-cli hub init\".")
                            .arg(QDir::toNativeSeparators(configFile)));
    return CliExit::Ok;
}

CliExit HubCommand::nodes(QStringList args, CliContext &cli)
{
    OpenedHub hub;
    const bool pending = args.removeAll(QStringLiteral("--pending")) > 0;
    if (CliExit e = openHub(args, cli, hub, [&](const QString &m) { return usage(cli, m); }); e != CliExit::Ok)
        return e;
    if (!args.isEmpty())
        return usage(cli, tr("Unexpected argument \"%1\".").arg(args.first()));
    const QList<HubNode> list = hub.store->nodes(pending ? QStringLiteral("pending") : QString());
    if (list.isEmpty())
        cli.out() << (pending ? tr("No node is waiting for approval.") : tr("No node has asked to enroll yet.")) << '\n';
    for (const HubNode &n : list) {
        const QString unitName = hub.store->orgUnitName(n.orgUnit);
        cli.out() << tr("%1  %2  %3 %4  %5  %6  fingerprint %7")
                         .arg(n.nodeId, n.status, n.orgUnit, unitName, n.status == QLatin1String("pending") ? QStringLiteral("-") : n.kind,
                              n.displayName,
                              SyncKeys::fingerprintOf(QByteArray::fromBase64(n.publicKey.toLatin1())))
                  << '\n';
        for (const QString &problem : hub.store->auditProblems(n.nodeId))
            cli.out() << tr("    WARNING: %1").arg(problem) << '\n';
    }
    return CliExit::Ok;
}

CliExit HubCommand::approve(QStringList args, CliContext &cli)
{
    OpenedHub hub;
    if (CliExit e = openHub(args, cli, hub, [&](const QString &m) { return usage(cli, m); }); e != CliExit::Ok)
        return e;
    QString kind = QStringLiteral("desktop"), orgUnit, error;
    if (!CliOptions::take(args, QStringLiteral("--as"), &kind, &error) && !error.isEmpty())
        return usage(cli, error);
    if (!CliOptions::take(args, QStringLiteral("--org-unit"), &orgUnit, &error) && !error.isEmpty())
        return usage(cli, error);
    QJsonArray blocks;
    while (args.contains(QStringLiteral("--block"))) {
        QString value;
        if (!CliOptions::take(args, QStringLiteral("--block"), &value, &error))
            return usage(cli, error.isEmpty() ? tr("--block needs SERIES:FIRST-LAST.") : error);
        auto parsed = HubStore::parseBlock(value);
        if (!parsed)
            return usage(cli, parsed.error());
        blocks.append(parsed.value());
    }
    if (const QString option = CliOptions::firstUnknown(args); !option.isEmpty())
        return usage(cli, tr("Unknown option %1.").arg(option));
    if (args.size() != 1)
        return usage(cli, tr("hub approve needs the id of one node (see \"uniondesk-cli hub nodes --pending\")."));
    if (Status s = hub.store->approve(args.first(), kind, orgUnit, blocks, qEnvironmentVariable("USER", QStringLiteral("admin"))); !s)
        return cli.fail(s.error());
    const auto n = hub.store->node(args.first());
    cli.out() << tr("Approved %1 (%2) as %3 for unit %4 %5.")
                     .arg(n->nodeId, n->displayName, n->kind, n->orgUnit, hub.store->orgUnitName(n->orgUnit))
              << '\n';
    return CliExit::Ok;
}

CliExit HubCommand::revoke(QStringList args, CliContext &cli)
{
    OpenedHub hub;
    if (CliExit e = openHub(args, cli, hub, [&](const QString &m) { return usage(cli, m); }); e != CliExit::Ok)
        return e;
    if (args.size() != 1)
        return usage(cli, tr("hub revoke needs the id of one node."));
    if (Status s = hub.store->revoke(args.first(), qEnvironmentVariable("USER", QStringLiteral("admin"))); !s)
        return cli.fail(s.error());
    cli.out() << tr("Revoked %1: its requests are refused from now on.").arg(args.first()) << '\n';
    return CliExit::Ok;
}

namespace {

// The uplink of the hub of `--config FILE`, configured from it.
struct OpenedUplink
{
    OpenedHub hub;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<HubUplink> uplink;
};

} // namespace

static CliExit openUplink(QStringList &args, CliContext &cli, OpenedUplink &up, const std::function<CliExit(const QString &)> &usage)
{
    QString configFile, error;
    const QStringList original = args;
    if (!CliOptions::take(args, QStringLiteral("--config"), &configFile, &error) && !error.isEmpty())
        return usage(error);
    if (!args.isEmpty())
        return usage(HubCommand::tr("Unexpected argument \"%1\".").arg(args.first()));
    QStringList again = original;
    if (CliExit e = openHub(again, cli, up.hub, usage); e != CliExit::Ok)
        return e;
    auto config = HubConfig::load(configFile);
    if (!config)
        return cli.fail(config.error());
    if (config.value().parentUrl.isEmpty())
        return cli.fail(HubCommand::tr("%1 names no parent hub ([parent] url).").arg(QDir::toNativeSeparators(configFile)));
    QString pem;
    if (!config.value().parentCertificateFile.isEmpty()) {
        QFile f(config.value().parentCertificateFile);
        if (!f.open(QIODevice::ReadOnly))
            return cli.fail(f.errorString());
        pem = QString::fromLatin1(f.read(1024 * 1024));
    }
    auto keys = HubSetup::keys(config.value());
    if (!keys)
        return cli.fail(keys.error());
    up.network = std::make_unique<QNetworkAccessManager>();
    up.uplink = std::make_unique<HubUplink>(*up.hub.store, *up.hub.clock, *up.network);
    if (Status s = up.uplink->configure(config.value().parentUrl, pem, keys.value()); !s)
        return cli.fail(s.error());
    return CliExit::Ok;
}

CliExit HubCommand::enroll(QStringList args, CliContext &cli)
{
    OpenedUplink up;
    if (CliExit e = openUplink(args, cli, up, [&](const QString &m) { return usage(cli, m); }); e != CliExit::Ok)
        return e;
    auto status = up.uplink->enroll();
    if (!status)
        return cli.fail(status.error());
    const auto self = up.hub.store->identity();
    cli.out() << tr("Enrollment of hub %1 requested at the parent hub (status: %2).").arg(self->nodeId, status.value()) << '\n';
    return CliExit::Ok;
}

CliExit HubCommand::forward(QStringList args, CliContext &cli)
{
    OpenedUplink up;
    if (CliExit e = openUplink(args, cli, up, [&](const QString &m) { return usage(cli, m); }); e != CliExit::Ok)
        return e;
    const SyncRunResult r = up.uplink->runAndWait();
    if (!r.ok) {
        cli.err() << r.message << '\n';
        return CliExit::Failed;
    }
    cli.out() << tr("Forwarded %1 record(s) in %2 batch(es) to the parent hub (%3 refused, %4 conflict(s)); %5 item(s) came down.")
                     .arg(r.pushedRecords)
                     .arg(r.pushedBatches)
                     .arg(r.refused)
                     .arg(r.conflicts)
                     .arg(r.pulledItems)
              << '\n';
    return CliExit::Ok;
}

CliExit HubCommand::bundle(QStringList args, CliContext &cli)
{
    QString configFile, ack, error;
    if (!CliOptions::take(args, QStringLiteral("--ack"), &ack, &error) && !error.isEmpty())
        return usage(cli, error);
    if (!CliOptions::take(args, QStringLiteral("--config"), &configFile, &error) && !error.isEmpty())
        return usage(cli, error);
    if (args.size() != 1 || ack.isEmpty())
        return usage(cli, tr("hub bundle needs --config FILE, the bundle and --ack FILE."));
    const QString bundlePath = args.first();
    OpenedHub hub;
    QStringList configOnly{QStringLiteral("--config"), configFile};
    if (CliExit e = openHub(configOnly, cli, hub, [&](const QString &m) { return usage(cli, m); }); e != CliExit::Ok)
        return e;
    auto config = HubConfig::load(configFile);
    if (!config)
        return cli.fail(config.error());
    auto keys = HubSetup::keys(config.value());
    if (!keys)
        return cli.fail(keys.error());
    auto imported = BundleExchange::importAtHub(*hub.store, keys.value(), bundlePath, ack);
    if (!imported)
        return cli.fail(imported.error());
    int ok = 0, refused = 0;
    for (const RecordResult &r : imported.value().reply.results)
        (r.status == RecordStatus::Ok || r.status == RecordStatus::Duplicate ? ok : refused)++;
    cli.out() << tr("Bundle of node %1 taken in: %2 record(s) accepted, %3 not; acknowledgement written to %4.")
                     .arg(imported.value().nodeId)
                     .arg(ok)
                     .arg(refused)
                     .arg(QDir::toNativeSeparators(ack))
              << '\n';
    return CliExit::Ok;
}

CliExit HubCommand::publish(QStringList args, CliContext &cli)
{
    QString from, error;
    if (!CliOptions::take(args, QStringLiteral("--from"), &from, &error) && !error.isEmpty())
        return usage(cli, error);
    QStringList tables;
    while (args.contains(QStringLiteral("--table"))) {
        QString t;
        if (!CliOptions::take(args, QStringLiteral("--table"), &t, &error))
            return usage(cli, error);
        tables << t;
    }
    if (tables.isEmpty())
        tables = {QStringLiteral("org_units"), QStringLiteral("code_items"), QStringLiteral("calendar_days"),
                  QStringLiteral("policy_values")};
    for (const QString &t : std::as_const(tables))
        if (RecordStore::syncDirection(t) != SyncDirection::Down || t == QLatin1String("record_reviews"))
            return usage(cli, tr("%1 is not reference data; publish org_units, code_items, calendar_days or policy_values.").arg(t));
    if (from.isEmpty())
        return usage(cli, tr("hub publish needs --from DATABASE, the union's own UnionDesk database."));
    OpenedHub hub;
    if (CliExit e = openHub(args, cli, hub, [&](const QString &m) { return usage(cli, m); }); e != CliExit::Ok)
        return e;
    if (!args.isEmpty())
        return usage(cli, tr("Unexpected argument \"%1\".").arg(args.first()));
    Database db;
    if (Status s = db.open(from, Database::OpenMode::ExistingOnly); !s)
        return cli.fail(s.error());
    SystemClock clock;
    auto records = SyncLedger(db, clock).localReference(tables);
    if (!records)
        return cli.fail(records.error());
    HubSync sync(*hub.store);
    auto published = sync.publishReference(records.value());
    if (!published)
        return cli.fail(published.error());
    cli.out() << tr("Published %1 reference record(s); the nodes below take them at their next sync.").arg(published.value()) << '\n';
    return CliExit::Ok;
}

} // namespace ud
