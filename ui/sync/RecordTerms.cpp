#include "ui/sync/RecordTerms.h"

#include "core/DisplayFormat.h"

#include <QVariant>

namespace ud {

namespace {
// The columns every record table has (docs/architecture.md, "The write path") that a person may see.
bool isTimestamp(const QString &field)
{
    return field == QLatin1String("created_at") || field == QLatin1String("updated_at");
}
} // namespace

RecordTerms::~RecordTerms() = default;

QString RecordTermsSet::tableTitle(const QString &table) const
{
    for (const auto &t : m_terms)
        if (const QString s = t->tableTitle(table); !s.isEmpty())
            return s;
    return table;
}

QString RecordTermsSet::fieldLabel(const QString &table, const QString &field) const
{
    for (const auto &t : m_terms)
        if (const QString s = t->fieldLabel(table, field); !s.isEmpty())
            return s;
    if (field == QLatin1String("created_at"))
        return tr("Created");
    if (field == QLatin1String("created_by"))
        return tr("Created by");
    if (field == QLatin1String("updated_at"))
        return tr("Last changed");
    if (field == QLatin1String("updated_by"))
        return tr("Changed by");
    return field;
}

QString RecordTermsSet::valueText(const QString &table, const QString &field, const QJsonValue &value) const
{
    for (const auto &t : m_terms)
        if (const QString s = t->valueText(table, field, value); !s.isNull())
            return s;
    if (isTimestamp(field) && value.isString())
        return DisplayFormat::timestamp(value.toString());
    return shownValue(value);
}

QString RecordTermsSet::recordName(const QString &table, const QJsonObject &values) const
{
    for (const auto &t : m_terms)
        if (const QString s = t->recordName(table, values); !s.isEmpty())
            return s;
    return values.value(QStringLiteral("name")).toString();
}

QString RecordTermsSet::shownValue(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QStringLiteral("—");
    if (value.isBool())
        return value.toBool() ? QStringLiteral("✓") : QStringLiteral("✗");
    return value.toVariant().toString();
}

} // namespace ud
