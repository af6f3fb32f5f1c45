#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace ud {

class Database;

// The numbers users see on mediation cases (案号, design §3): 朝阳区八里庄街道调字〔2026〕第0012号, the
// node's org unit without the city, the year and a sequence from the node's own block (series
// "mediation_case" of NumberBlocks), so two offline nodes never hand out the same number. The
// number is part of the legal documents and has the same Chinese form in every interface language.
class CaseNumbers
{
    Q_DECLARE_TR_FUNCTIONS(CaseNumbers)

public:
    struct Number
    {
        QString text;
        int year = 0;
        int seq = 0; // 0 when a given number has no "第…号"
    };

    explicit CaseNumbers(Database &db) : m_db(db) {}

    // "朝阳区八里庄街道": the node's org unit without the city's name.
    Result<QString> prefix() const;
    // Inside the caller's transaction. A `given` number (an earlier register being imported) is
    // kept: year and sequence are read from it, and a number of this node's own form moves the
    // block past it. Otherwise the next free number of the block for `year`; numbers already
    // used are skipped.
    Result<Number> take(const QString &given, int year, const QString &prefix);

    static QString format(const QString &prefix, int year, int seq);

private:
    Database &m_db;
};

} // namespace ud
