#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace ud {

class Database;

// How a workspace names its records in words a user knows, for the sync screens that show
// records of any table (the conflict dialog): a table's title ("Mediation cases", 调解案件), a
// column's label as the record's own form or list shows it ("dispute_type" → "Dispute type",
// 争议类型), a stored value as the form shows it (a code as the name of its list item, a date
// as dates are shown, 0/1 as no/yes), and what identifies one record (a name, a case number).
// ui/sync knows no workspace (docs/architecture.md), so each workspace implements this beside
// its own forms (ui/register/RegisterTerms, ui/mediation/MediationTerms) and the window hands
// them to the sync panel (SyncPanel::setRecordTerms). Every answer is empty for what the
// workspace does not know; the callers then show the raw name or value.
class RecordTerms
{
public:
    virtual ~RecordTerms();

    virtual QString tableTitle(const QString &table) const = 0;
    virtual QString fieldLabel(const QString &table, const QString &field) const = 0;
    // The value as the form shows it; a null QString when it is shown as it is stored.
    virtual QString valueText(const QString &table, const QString &field, const QJsonValue &value) const = 0;
    // What a person recognises the record by (its name, its case number).
    virtual QString recordName(const QString &table, const QJsonObject &values) const = 0;
};

// Several workspaces' terms asked in turn; the first non-empty answer counts. The columns every
// record has (created_at, updated_by, ...) are named here for all tables; anything else no
// workspace names is returned raw (shownValue() renders null, booleans and text).
class RecordTermsSet
{
    Q_DECLARE_TR_FUNCTIONS(RecordTermsSet)

public:
    using List = std::vector<std::unique_ptr<RecordTerms>>;
    // Makes the terms for one open database (a code list read now, not at start-up).
    using Factory = std::function<List(Database &)>;

    RecordTermsSet() = default;
    explicit RecordTermsSet(List terms) : m_terms(std::move(terms)) {}

    QString tableTitle(const QString &table) const;
    QString fieldLabel(const QString &table, const QString &field) const;
    QString valueText(const QString &table, const QString &field, const QJsonValue &value) const;
    QString recordName(const QString &table, const QJsonObject &values) const;

    // A value as stored: "—" for none, ✓ / ✗ for a JSON boolean, the text otherwise.
    static QString shownValue(const QJsonValue &value);

private:
    List m_terms;
};

} // namespace ud
