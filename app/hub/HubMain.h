#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QStringList>
#include <QTextStream>

#include <memory>

QT_BEGIN_NAMESPACE
class QSocketNotifier;
QT_END_NAMESPACE

namespace ud {

class HubHandler;
class HubHttp;

// uniondesk-hub's wiring (docs/sync.md): reads the command line and the configuration, applies
// its log rules, makes the handler (makeHubHandler: the hub's database and logic), serves it
// with HubHttp, and stops cleanly on SIGTERM or SIGINT: no new connections, the request in hand
// is finished, the database closed, "stopped" logged, exit code 0.
class HubMain : public QObject
{
    Q_OBJECT

public:
    // uniondesk-hub's exit codes (scripts, systemd and tests rely on the numbers).
    enum ExitCode : int {
        Ok = 0,
        BadConfig = 2,      // wrong command line or configuration (message on stderr)
        CannotListen = 3,   // the address or port cannot be used (e.g. in use)
        DatabaseFailed = 4, // the hub's database cannot be opened
    };

    explicit HubMain(QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~HubMain() override;

    // Runs uniondesk-hub with `args` (without the program name) until it is stopped; returns
    // the exit code.
    int run(const QStringList &args);

private:
    int serve(const QString &configPath);
    bool installSignalHandlers();
    void onSignal();
    int fail(int code, const QString &message);
    QString helpText() const;

    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<HubHandler> m_handler;
    std::unique_ptr<HubHttp> m_http;
    QSocketNotifier *m_signalNotifier = nullptr;
};

} // namespace ud
