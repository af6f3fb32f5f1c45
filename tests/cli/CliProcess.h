#pragma once

// Running uniondesk-cli from a test as a user would: a child process with its own HOME and XDG
// folders (the user's settings are never touched), a fixed locale, and a check of what went to
// which stream. Shared by the CLI tests.

#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QtTest>

namespace udtest {

// The account the CLI signs in as (UD_USER / UD_PASSWORD in the child's environment), for the
// commands that read or change records. Empty: no login (the variables are removed, so the
// developer's own environment never leaks into a test).
struct CliCredentials
{
    QString user;
    QString password;
};
inline CliCredentials &cliCredentials()
{
    static CliCredentials credentials;
    return credentials;
}

// The password printed by `init --admin` or `demo` on a new path ("password: XXXX"), or "".
inline QString printedPassword(const QString &out)
{
    const int at = out.indexOf(QStringLiteral("password: "));
    if (at < 0)
        return {};
    const int from = at + 10;
    int to = from;
    while (to < out.size() && !out.at(to).isSpace())
        ++to;
    return out.mid(from, to - from);
}

struct CliRun
{
    bool finished = false;
    int code = -1;
    QString out;
    QString err;
};

// Runs `cli` with `args` (after `--lang lang` unless lang is empty) in `workDir`, with HOME and
// the XDG folders below `home`, signed in as cliCredentials(), with `input` on standard input.
inline CliRun runCliWithInput(const QString &cli, const QString &home, const QString &workDir, const QStringList &args,
                              const QByteArray &input, const QString &lang = QStringLiteral("en"),
                              int timeoutMs = 120000)
{
    const QDir h(home);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), h.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), h.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), h.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("UNIONDESK_LANG"));
    for (const char *name : {"UD_USER", "UD_PASSWORD", "UD_KEY"})
        env.remove(QLatin1String(name));
    if (!cliCredentials().user.isEmpty()) {
        env.insert(QStringLiteral("UD_USER"), cliCredentials().user);
        env.insert(QStringLiteral("UD_PASSWORD"), cliCredentials().password);
    }
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(workDir);
    p.start(cli, lang.isEmpty() ? args : QStringList{QStringLiteral("--lang"), lang} + args);
    CliRun r;
    if (!p.waitForStarted(10000))
        return r;
    p.write(input);
    p.closeWriteChannel();
    r.finished = p.waitForFinished(timeoutMs) && p.exitStatus() == QProcess::NormalExit;
    r.code = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

inline CliRun runCli(const QString &cli, const QString &home, const QString &workDir, const QStringList &args,
                     const QString &lang = QStringLiteral("en"), int timeoutMs = 120000)
{
    return runCliWithInput(cli, home, workDir, args, QByteArray(), lang, timeoutMs);
}

// The exit code is `expectedCode`; 0 and 1 (done / problems found) answer on stdout only, every
// other code explains itself on stderr and leaves stdout empty.
inline void verifyCliStreams(const CliRun &r, int expectedCode, const QStringList &args)
{
    const QString context = QStringLiteral("uniondesk-cli %1\nexit %2\n--- stdout:\n%3\n--- stderr:\n%4")
                                .arg(args.join(QLatin1Char(' ')))
                                .arg(r.code)
                                .arg(r.out, r.err);
    QVERIFY2(r.finished, qPrintable(context));
    QVERIFY2(r.code == expectedCode, qPrintable(QStringLiteral("expected exit %1; ").arg(expectedCode) + context));
    if (expectedCode <= 1) {
        QVERIFY2(!r.out.trimmed().isEmpty(), qPrintable(QStringLiteral("nothing on stdout; ") + context));
        QVERIFY2(r.err.isEmpty(), qPrintable(QStringLiteral("unexpected stderr; ") + context));
    } else {
        QVERIFY2(!r.err.trimmed().isEmpty(), qPrintable(QStringLiteral("an error must be explained on stderr; ") + context));
        QVERIFY2(r.out.isEmpty(), qPrintable(QStringLiteral("an error must leave stdout empty; ") + context));
    }
}

} // namespace udtest
