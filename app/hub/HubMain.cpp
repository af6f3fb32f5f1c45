#include "hub/HubMain.h"

#include "core/AppIdentity.h"
#include "sync/HubConfig.h"
#include "sync/HubHandler.h"
#include "sync/HubHttp.h"
#include "sync/HubServiceFactory.h"
#include "sync/SyncLog.h"

#include <QDir>
#include <QLoggingCategory>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace ud {

namespace {

// The self-pipe: the signal handler writes one byte to [0], the event loop reads it from [1].
int g_signalFds[2] = {-1, -1};

extern "C" void onTerminationSignal(int signal)
{
    const char byte = static_cast<char>(signal);
    const ssize_t written = ::write(g_signalFds[0], &byte, 1);
    static_cast<void>(written); // nothing more can be done inside a signal handler
}

} // namespace

HubMain::HubMain(QTextStream &out, QTextStream &err, QObject *parent) : QObject(parent), m_out(out), m_err(err) {}

HubMain::~HubMain() = default;

QString HubMain::helpText() const
{
    return tr("Usage: uniondesk-hub --config FILE\n"
              "Serves the UnionDesk sync protocol to the nodes of this tier (HTTPS).\n"
              "\n"
              "  --config FILE       the hub's configuration (see hub.conf.example; make one with\n"
              "                      \"uniondesk-cli hub init\")\n"
              "  --version, --help   show the version or this help\n"
              "\n"
              "Stops cleanly on SIGTERM or SIGINT.\n"
              "Exit codes: 0 stopped, 2 wrong command line or configuration, 3 cannot listen on the\n"
              "address or port, 4 the database cannot be opened.");
}

int HubMain::fail(int code, const QString &message)
{
    m_err << "uniondesk-hub: " << message << '\n';
    m_err.flush();
    return code;
}

int HubMain::run(const QStringList &arguments)
{
    QStringList args = arguments;
    QString configPath;
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            m_out << helpText() << '\n';
            return Ok;
        }
        if (a == QLatin1String("--version") || a == QLatin1String("-v")) {
            m_out << "uniondesk-hub " << applicationVersion() << '\n';
            return Ok;
        }
        if (a == QLatin1String("--config")) {
            if (args.isEmpty())
                return fail(BadConfig, tr("--config needs the path of the configuration file."));
            configPath = args.takeFirst();
        } else if (a.startsWith(QLatin1String("--config="))) {
            configPath = a.mid(9);
        } else {
            return fail(BadConfig, tr("Unknown argument \"%1\"; run \"uniondesk-hub --help\".").arg(a));
        }
    }
    if (configPath.isEmpty())
        return fail(BadConfig, tr("No configuration given; run \"uniondesk-hub --config FILE\" "
                                  "(make one with \"uniondesk-cli hub init\")."));
    return serve(configPath);
}

int HubMain::serve(const QString &configPath)
{
    auto config = HubConfig::load(configPath);
    if (!config)
        return fail(BadConfig, config.error());
    const HubConfig &c = config.value();
    if (!c.logRules.isEmpty())
        QLoggingCategory::setFilterRules(c.logRules);
    qCInfo(lcHub).noquote() << QStringLiteral("starting %1 (uniondesk-hub %2), configuration %3")
                                   .arg(c.name, applicationVersion(), QDir::toNativeSeparators(configPath));
    if (!installSignalHandlers())
        return fail(BadConfig, tr("Cannot set up the handling of SIGTERM and SIGINT."));

    QString error;
    m_handler = makeHubHandler(c, &error);
    if (!m_handler)
        return fail(DatabaseFailed, error.isEmpty() ? tr("The hub's database cannot be opened.") : error);
    m_http = std::make_unique<HubHttp>(*m_handler);
    if (Status s = m_http->setTls(c.certificateFile, c.keyFile); !s) {
        m_http.reset();
        m_handler.reset();
        return fail(BadConfig, s.error());
    }
    if (Status s = m_http->listen(c.listenAddress, c.listenPort); !s) {
        m_http.reset();
        m_handler.reset();
        return fail(CannotListen, s.error());
    }
    connect(m_http.get(), &HubHttp::stopped, QCoreApplication::instance(), &QCoreApplication::quit);
    qCInfo(lcHub).noquote() << QStringLiteral("serving on %1 port %2").arg(c.listenAddress.toString()).arg(m_http->port());

    const int code = QCoreApplication::exec();
    // The current request is answered by now (HubHttp::stop); close the database last.
    m_http.reset();
    m_handler.reset();
    qCInfo(lcHub) << "stopped";
    return code;
}

bool HubMain::installSignalHandlers()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) != 0)
        return false;
    m_signalNotifier = new QSocketNotifier(g_signalFds[1], QSocketNotifier::Read, this);
    connect(m_signalNotifier, &QSocketNotifier::activated, this, &HubMain::onSignal);
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGTERM, &action, nullptr) == 0 && ::sigaction(SIGINT, &action, nullptr) == 0;
}

void HubMain::onSignal()
{
    char signal = 0;
    if (::read(g_signalFds[1], &signal, 1) != 1)
        return;
    qCInfo(lcHub).noquote() << QStringLiteral("stopping on signal %1").arg(int(signal));
    if (m_http)
        m_http->stop();
    else
        QCoreApplication::quit();
}

} // namespace ud
