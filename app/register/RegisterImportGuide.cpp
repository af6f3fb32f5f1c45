// RegisterImporter::columnGuide: what each column of a register sheet holds, for the import
// dialog and its template (the columns themselves are RegisterImporter's).
#include "register/RegisterImporter.h"

namespace ud {

namespace {

QString workerMeaning(const QString &key)
{
    if (key == QLatin1String("name"))
        return RegisterImporter::tr("The worker's full name.");
    if (key == QLatin1String("sex"))
        return RegisterImporter::tr("男 or 女; may be left empty when the resident ID number gives it.");
    if (key == QLatin1String("ethnicity"))
        return RegisterImporter::tr("Ethnic group, e.g. 汉族.");
    if (key == QLatin1String("birth_date"))
        return RegisterImporter::tr("Date of birth, e.g. 1985-03-02; may be left empty when the resident ID number gives it.");
    if (key == QLatin1String("id_number"))
        return RegisterImporter::tr("Resident ID number (18 characters), or the number of the document named under ID type. "
                     "Format the column as text in Excel.");
    if (key == QLatin1String("phone"))
        return RegisterImporter::tr("Phone number.");
    if (key == QLatin1String("address"))
        return RegisterImporter::tr("Home address.");
    if (key == QLatin1String("hukou_type"))
        return RegisterImporter::tr("Household registration: 城镇 (urban) or 农村 (rural).");
    if (key == QLatin1String("employer"))
        return RegisterImporter::tr("The employer's name as in the register of employers.");
    if (key == QLatin1String("employer_credit_code"))
        return RegisterImporter::tr("The employer's unified social credit code (18 characters); finds the employer when the name is written differently.");
    if (key == QLatin1String("post"))
        return RegisterImporter::tr("Post or job.");
    if (key == QLatin1String("union_member"))
        return RegisterImporter::tr("Union member: 是 or 否.");
    if (key == QLatin1String("notes"))
        return RegisterImporter::tr("Notes.");
    if (key == QLatin1String("id_type"))
        return RegisterImporter::tr("The kind of ID document when it is not a resident ID (passport, residence permit …).");
    if (key == QLatin1String("id_number_override"))
        return RegisterImporter::tr("Why an ID number that fails the check is to be kept as written.");
    return {};
}

QString employerMeaning(const QString &key)
{
    if (key == QLatin1String("name"))
        return RegisterImporter::tr("The employer's full name as registered.");
    if (key == QLatin1String("credit_code"))
        return RegisterImporter::tr("Unified social credit code (18 characters).");
    if (key == QLatin1String("employer_type"))
        return RegisterImporter::tr("Kind of employer (enterprise, public institution …).");
    if (key == QLatin1String("industry"))
        return RegisterImporter::tr("Industry, by name or code.");
    if (key == QLatin1String("employee_count"))
        return RegisterImporter::tr("Number of employees.");
    if (key == QLatin1String("union_founded"))
        return RegisterImporter::tr("Has a trade union: 是 or 否.");
    if (key == QLatin1String("union_founded_on"))
        return RegisterImporter::tr("The day the union was founded, e.g. 2015-06-30.");
    if (key == QLatin1String("has_workers_congress"))
        return RegisterImporter::tr("Has a workers' congress (职代会): 是 or 否.");
    if (key == QLatin1String("has_open_affairs"))
        return RegisterImporter::tr("Practises open factory affairs (厂务公开): 是 or 否.");
    if (key == QLatin1String("has_collective_bargaining"))
        return RegisterImporter::tr("Practises collective bargaining (集体协商): 是 or 否.");
    if (key == QLatin1String("legal_representative"))
        return RegisterImporter::tr("Legal representative.");
    if (key == QLatin1String("phone"))
        return RegisterImporter::tr("Phone number.");
    if (key == QLatin1String("address"))
        return RegisterImporter::tr("Address.");
    if (key == QLatin1String("district"))
        return RegisterImporter::tr("District, e.g. 朝阳区.");
    if (key == QLatin1String("street"))
        return RegisterImporter::tr("Street or township, e.g. 八里庄街道.");
    if (key == QLatin1String("notes"))
        return RegisterImporter::tr("Notes.");
    if (key == QLatin1String("credit_code_override"))
        return RegisterImporter::tr("Why a credit code that fails the check is to be kept as written.");
    return {};
}

} // namespace

QList<ImportColumnGuide> RegisterImporter::columnGuide(Kind kind)
{
    return ImportColumnGuides::from(importColumns(kind), templateHeaders(kind),
                                    kind == Kind::Workers ? workerMeaning : employerMeaning);
}

} // namespace ud
