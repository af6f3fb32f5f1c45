#pragma once

// The throw-away PostgreSQL server of the ctest fixture ud_pg (scripts/pg-test-server.sh; a test
// asks for it with ud_use_pg() in CMake), as tests see it: UD_PG_ENV names its pg.env file.
// Each test makes a database of its own on it (tests run in parallel and share the server) and
// drops it when done.
//
//   if (!PgTestServer::configured()) QSKIP(...);          // run by hand, without ctest
//   auto db = PgTestServer::createDatabase();             // a failure when the server is unreachable
//   ... HubDatabase::open(db.value()) ...
//   PgTestServer::dropDatabase(db.value());

#include "core/Result.h"
#include "sync/HubDatabase.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <atomic>

namespace ud {

class PgTestServer
{
public:
    // UD_PG_ENV is set (ctest with the fixture): PostgreSQL tests must run, and fail when they cannot.
    static bool configured() { return !qEnvironmentVariableIsEmpty("UD_PG_ENV"); }

    // The server's address and its database uniondesk_test, from the pg.env file.
    static Result<HubDbSettings> server()
    {
        const QString path = qEnvironmentVariable("UD_PG_ENV");
        if (path.isEmpty())
            return Result<HubDbSettings>::failure(QStringLiteral("UD_PG_ENV is not set"));
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return Result<HubDbSettings>::failure(
                QStringLiteral("UD_PG_ENV=%1 cannot be read (%2): did the fixture pg_server_start run?").arg(path, f.errorString()));
        HubDbSettings s;
        s.driver = HubDbSettings::Driver::Postgres;
        for (const QByteArray &line : f.readAll().split('\n')) {
            const int eq = line.indexOf('=');
            if (eq <= 0)
                continue;
            const QByteArray key = line.left(eq).trimmed();
            const QString value = QString::fromUtf8(line.mid(eq + 1).trimmed());
            if (key == "PGHOST")
                s.host = value;
            else if (key == "PGPORT")
                s.port = value.toInt();
            else if (key == "PGUSER")
                s.user = value;
            else if (key == "PGDATABASE")
                s.name = value;
            else if (key == "PGPASSWORD")
                s.password = value;
        }
        if (s.host.isEmpty() || s.port <= 0 || s.name.isEmpty())
            return Result<HubDbSettings>::failure(QStringLiteral("%1 lacks PGHOST, PGPORT or PGDATABASE").arg(path));
        return s;
    }

    // A new empty database on the server, named <prefix>_<random>.
    static Result<HubDbSettings> createDatabase(const QString &prefix = QStringLiteral("ud_test"))
    {
        auto s = server();
        if (!s)
            return s;
        HubDbSettings db = s.value();
        db.name = QStringLiteral("%1_%2").arg(prefix).arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'));
        if (Status st = exec(s.value(), QStringLiteral("CREATE DATABASE %1").arg(db.name)); !st)
            return st;
        return db;
    }

    // Drops a database made by createDatabase, even while connections to it are still open.
    static Status dropDatabase(const HubDbSettings &db)
    {
        auto s = server();
        if (!s)
            return s.status();
        return exec(s.value(), QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(db.name));
    }

private:
    // Runs one statement outside a transaction on the server's own database.
    static Status exec(const HubDbSettings &server, const QString &sql)
    {
        static std::atomic<int> counter{0};
        const QString name = QStringLiteral("pg-test-admin-%1").arg(counter.fetch_add(1));
        QString error;
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            c.setHostName(server.host);
            c.setPort(server.port);
            c.setDatabaseName(server.name);
            c.setUserName(server.user);
            c.setPassword(server.password);
            c.setConnectOptions(QStringLiteral("connect_timeout=10"));
            if (!c.open()) {
                error = QStringLiteral("cannot connect to the test server %1:%2 (%3)")
                            .arg(server.host)
                            .arg(server.port)
                            .arg(c.lastError().text());
            } else {
                QSqlQuery q(c);
                if (!q.exec(sql))
                    error = QStringLiteral("%1: %2").arg(sql, q.lastError().text());
            }
            c.close();
        }
        QSqlDatabase::removeDatabase(name);
        return error.isEmpty() ? Status::success() : Status::failure(error);
    }
};

} // namespace ud
