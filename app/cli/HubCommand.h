#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

#include <vector>

namespace ud {

// `uniondesk-cli hub SUBCOMMAND`: administration of a hub (uniondesk-hub, docs/sync.md).
//   hub cert  a self-signed certificate and key for a test or small site (SelfSignedCert)
//   hub init  a new hub folder: configuration file, certificate and key (no database: the hub
//             makes its own when it first starts)
// The subcommands are a table (subcommands()): --help is made from it, and a new one is one
// entry and one member function. None needs a login to a node database.
class HubCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(HubCommand)

public:
    QString name() const override { return QStringLiteral("hub"); }
    QString help() const override;
    QString usageLine() const override;
    std::optional<CliLogin::Need> need() const override { return std::nullopt; }
    CliExit run(const QStringList &args, CliContext &cli) override;

private:
    struct Subcommand
    {
        QString name;        // "cert"
        QString synopsis;    // what follows "hub NAME" in --help
        QString description; // one or more lines, without indentation
        CliExit (HubCommand::*run)(QStringList args, CliContext &cli);
    };
    static std::vector<Subcommand> subcommands();

    CliExit cert(QStringList args, CliContext &cli);
    CliExit init(QStringList args, CliContext &cli);
    CliExit nodes(QStringList args, CliContext &cli);
    CliExit approve(QStringList args, CliContext &cli);
    CliExit revoke(QStringList args, CliContext &cli);
    CliExit enroll(QStringList args, CliContext &cli);
    CliExit forward(QStringList args, CliContext &cli);
    CliExit bundle(QStringList args, CliContext &cli);
    CliExit publish(QStringList args, CliContext &cli);
    // CliContext::usage, pointing to `hub --help`.
    static CliExit usage(CliContext &cli, const QString &message);
};

} // namespace ud
