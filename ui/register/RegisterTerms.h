#pragma once

#include "ui/sync/RecordTerms.h"

#include <QCoreApplication>

#include <memory>

namespace ud {

class CodeListCache;
class Database;

// The register's words for the sync screens (RecordTerms): workers' and employers' columns by the
// labels the register's forms and messages use (RegisterValidator::fieldLabel, the one list of
// them), codes by the names of their list items, the employer by its name, yes/no for flags.
class RegisterTerms : public RecordTerms
{
    Q_DECLARE_TR_FUNCTIONS(RegisterTerms)

public:
    explicit RegisterTerms(Database &db);
    ~RegisterTerms() override;

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
