#pragma once

#include "ui/sync/RecordTerms.h"

#include <QCoreApplication>

#include <memory>

namespace ud {

class CodeListCache;
class Database;

// The mediation workspace's words for its records: the one list of the case's field labels, used
// by the case's own screens (the case list's column titles, the case dialog's summary) and by the
// sync screens (RecordTerms: the conflict dialog), and the case's stored values as those screens
// show them (a status by its name, codes by the names of their list items, dates as dates are
// shown, the employer by its name).
class MediationTerms : public RecordTerms
{
    Q_DECLARE_TR_FUNCTIONS(MediationTerms)

public:
    explicit MediationTerms(Database &db);
    ~MediationTerms() override;

    // The label of a column of mediation_cases ("dispute_type" → "Dispute type"); "" if unknown.
    static QString caseFieldLabel(const QString &field);

    QString tableTitle(const QString &table) const override;
    QString fieldLabel(const QString &table, const QString &field) const override;
    QString valueText(const QString &table, const QString &field, const QJsonValue &value) const override;
    QString recordName(const QString &table, const QJsonObject &values) const override;

private:
    const CodeListCache &lookups() const;

    Database &m_db;
    mutable std::unique_ptr<CodeListCache> m_lookups; // read when a code is first named
};

} // namespace ud
