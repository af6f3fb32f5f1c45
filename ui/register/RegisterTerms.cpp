#include "ui/register/RegisterTerms.h"

#include "core/DisplayFormat.h"
#include "core/IdDocument.h"
#include "register/RegisterRepository.h"
#include "register/RegisterValidator.h"
#include "ui/common/CodeListCache.h"

#include <QDate>
#include <QVariant>

namespace ud {

namespace {

bool isRegister(const QString &table)
{
    return table == QLatin1String("workers") || table == QLatin1String("employers");
}

QString text(const QJsonValue &value)
{
    return value.toVariant().toString();
}

QString yesNo(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QString();
    const bool on = value.isBool() ? value.toBool() : value.toVariant().toInt() != 0;
    return on ? RegisterTerms::tr("Yes") : RegisterTerms::tr("No");
}

} // namespace

RegisterTerms::RegisterTerms(Database &db) : m_db(db) {}

RegisterTerms::~RegisterTerms() = default;

const CodeListCache &RegisterTerms::lookups() const
{
    if (!m_lookups)
        m_lookups = std::make_unique<CodeListCache>(m_db);
    return *m_lookups;
}

QString RegisterTerms::tableTitle(const QString &table) const
{
    if (table == QLatin1String("workers"))
        return RegisterTerms::tr("Worker");
    if (table == QLatin1String("employers"))
        return RegisterTerms::tr("Employer");
    return QString();
}

QString RegisterTerms::fieldLabel(const QString &table, const QString &field) const
{
    if (!isRegister(table))
        return QString();
    if (table == QLatin1String("employers") && field == QLatin1String("name"))
        return RegisterTerms::tr("Employer name");
    if (field == QLatin1String("merged_into"))
        return RegisterTerms::tr("Merged into");
    const QString label = RegisterValidator::fieldLabel(field);
    return label == field ? QString() : label; // the raw name when the register has no label for it
}

QString RegisterTerms::valueText(const QString &table, const QString &field, const QJsonValue &value) const
{
    if (!isRegister(table) || value.isNull() || value.isUndefined())
        return QString();
    const QString v = text(value);
    if (field == QLatin1String("sex"))
        return CodeListCache::sexName(v);
    if (field == QLatin1String("ethnicity") || field == QLatin1String("hukou_type") || field == QLatin1String("employer_type")
        || field == QLatin1String("industry"))
        return v.isEmpty() ? v : lookups().codeName(field, v);
    if (field == QLatin1String("district") || field == QLatin1String("street"))
        return v.isEmpty() ? v : lookups().unitName(v);
    if (field == QLatin1String("id_type")) {
        const auto type = IdDocument::parse(v);
        return type ? IdDocument::label(*type) : v;
    }
    if (field == QLatin1String("employer_id")) {
        if (v.isEmpty())
            return v;
        const auto employer = RegisterRepository(m_db).employer(v);
        return employer ? employer->name : v;
    }
    if (field == QLatin1String("union_member") || field == QLatin1String("union_founded") || field.startsWith(QLatin1String("has_")))
        return yesNo(value);
    if (field == QLatin1String("birth_date") || field == QLatin1String("union_founded_on")) {
        const QDate d = QDate::fromString(v, Qt::ISODate);
        return d.isValid() ? DisplayFormat::date(d) : v;
    }
    return QString();
}

QString RegisterTerms::recordName(const QString &table, const QJsonObject &values) const
{
    return isRegister(table) ? values.value(QStringLiteral("name")).toString() : QString();
}

} // namespace ud
