#include "cli/ValidateCommand.h"

#include "cli/CliContext.h"

#include "core/CreditCode.h"
#include "core/ResidentId.h"
#include "storage/CodeListRepository.h"
#include "storage/Database.h"

#include <QDate>
#include <QFileInfo>

namespace ud {

namespace {

// The bundled list (every GB/T 2260 code, current and retired) plus the codes an administrator
// added to the node's division list ("note" holds the province and city).
DivisionCodes divisionCodesFrom(Database &db)
{
    DivisionCodes codes = DivisionCodes::bundled();
    const auto items = CodeListRepository(db).items(QStringLiteral("division"), CodeListRepository::Include::AlsoInactive);
    for (const CodeItem &item : items)
        if (!codes.contains(item.code))
            codes.insert(item.code, item.note.isEmpty() ? QString() : item.note + QLatin1Char(' ') + item.nameZh);
    return codes;
}

} // namespace

QString ValidateCommand::help() const
{
    return tr("  validate id|uscc VALUE\n"
              "                      check a resident ID number or a unified social credit code");
}

QString ValidateCommand::sexName(Sex sex)
{
    switch (sex) {
    case Sex::Male: return tr("male");
    case Sex::Female: return tr("female");
    case Sex::Unknown: break;
    }
    return tr("unknown");
}

CliExit ValidateCommand::run(const QStringList &args, CliContext &cli)
{
    if (args.size() != 2)
        return cli.usage(tr("validate needs a kind (id or uscc) and a value."));
    const QString kind = args.at(0);
    const QString value = args.at(1);
    if (kind == QLatin1String("id")) {
        // With a node database, also the codes its administrators added.
        Database db;
        const bool haveDb = QFileInfo::exists(cli.dbPath()) && db.open(cli.dbPath(), Database::OpenMode::ExistingOnly);
        const DivisionCodes codes = haveDb ? divisionCodesFrom(db) : DivisionCodes::bundled();
        const auto check = ResidentId::check(value, QDate::currentDate(), codes);
        if (!check.ok()) {
            cli.out() << tr("Invalid resident ID number: %1").arg(check.message) << '\n';
            return CliExit::Negative;
        }
        cli.out() << tr("Valid resident ID number.") << '\n'
                  << tr("Birth date: %1, sex: %2, area: %3 %4")
                         .arg(check.info.birthDate.toString(Qt::ISODate), sexName(check.info.sex), check.info.divisionCode,
                              codes.describe(check.info.divisionCode))
                  << '\n';
        if (!check.warning.isEmpty())
            cli.out() << tr("Warning: %1").arg(check.warning) << '\n';
        if (check.info.wasLegacy15)
            cli.out() << tr("Legacy 15-digit number; its 18-digit form is %1").arg(check.info.normalized) << '\n';
        return CliExit::Ok;
    }
    if (kind == QLatin1String("uscc")) {
        const auto check = CreditCode::check(value);
        if (!check.ok()) {
            cli.out() << tr("Invalid unified social credit code: %1").arg(check.message) << '\n';
            return CliExit::Negative;
        }
        cli.out() << tr("Valid unified social credit code.") << '\n'
                  << tr("Registration authority: %1").arg(CreditCode::authorityName(check.normalized.at(0))) << '\n';
        return CliExit::Ok;
    }
    return cli.usage(tr("Unknown kind \"%1\"; use id or uscc.").arg(kind));
}

} // namespace ud
