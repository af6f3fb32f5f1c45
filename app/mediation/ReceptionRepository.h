#pragma once

#include "mediation/Reception.h"

#include <QDate>
#include <QList>

#include <optional>

namespace ud {

class Database;

// Read side of the reception log. Deleted entries are left out.
class ReceptionRepository
{
public:
    explicit ReceptionRepository(const Database &db) : m_db(db) {}

    // Entries received from `from` to `to` (either may be invalid: open), whose visitor,
    // employer, question or answer contains `text`; newest first.
    QList<Reception> list(const QDate &from = {}, const QDate &to = {}, const QString &text = {}) const;
    std::optional<Reception> get(const QString &id) const;
    // The live case numbered `caseNo`; "" when none.
    QString caseIdByNumber(const QString &caseNo) const;
    // How many entries were received from `from` to `to` (both included).
    int count(const QDate &from, const QDate &to) const;

private:
    const Database &m_db;
};

} // namespace ud
