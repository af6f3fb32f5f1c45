#include "cli/CliWorkspace.h"

#include "cli/CliContext.h"
#include "commands/CommandFacade.h"
#include "register/RegisterRepository.h"
#include "storage/CodeListRepository.h"
#include "storage/RecordStore.h"

namespace ud {

CliWorkspace::CliWorkspace() = default;

CliWorkspace::~CliWorkspace()
{
    m_facade.reset();
    m_store.reset();
}

std::optional<CliExit> CliWorkspace::open(CliContext &cli, CliLogin::Need need, const QString &command)
{
    if (Status s = m_db.open(cli.dbPath(), Database::OpenMode::ExistingOnly); !s)
        return cli.fail(s.error());
    auto session = cli.login().signIn(m_db, need, command);
    if (!session)
        return cli.refuse(session.error());
    m_session = session.value();
    m_store = std::make_unique<RecordStore>(m_db);
    m_store->setActor(m_session.username);
    m_facade = std::make_unique<CommandFacade>(*m_store);
    return std::nullopt;
}

QString CliWorkspace::employerId(const QString &text) const
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return {};
    const RegisterRepository repo(const_cast<Database &>(m_db));
    if (const auto byCode = repo.employerByCreditCode(wanted.toUpper()))
        return byCode->id;
    RegisterRepository::EmployerFilter filter;
    filter.text = wanted;
    for (const Employer &e : repo.employersPage(filter, RegisterRepository::EmployerSort::Name, Qt::AscendingOrder, {}, 50))
        if (e.name == wanted)
            return e.id;
    return {};
}

QString CliWorkspace::codeName(const QString &list, const QString &code) const
{
    if (code.isEmpty())
        return {};
    for (const CodeItem &item :
         CodeListRepository(const_cast<Database &>(m_db)).items(list, CodeListRepository::Include::AlsoInactive))
        if (item.code == code)
            return item.nameZh;
    return code;
}

} // namespace ud
