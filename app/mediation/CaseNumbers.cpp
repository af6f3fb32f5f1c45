#include "mediation/CaseNumbers.h"

#include "storage/Database.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace ud {

Result<QString> CaseNumbers::prefix() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT o.name, coalesce((SELECT r.name FROM org_units r WHERE r.parent_code IS NULL "
                               "AND r.tier = 'city' LIMIT 1), '') FROM node n JOIN org_units o ON o.code = n.org_unit"))
        || !q.next())
        return Result<QString>::failure(tr("This database has no node identity; set up the node first."));
    QString name = q.value(0).toString();
    const QString city = q.value(1).toString();
    if (!city.isEmpty() && name.startsWith(city) && name.size() > city.size())
        name.remove(0, city.size());
    return name;
}

QString CaseNumbers::format(const QString &prefix, int year, int seq)
{
    return QStringLiteral("%1调字〔%2〕第%3号").arg(prefix).arg(year).arg(seq, 4, 10, QLatin1Char('0'));
}

Result<CaseNumbers::Number> CaseNumbers::take(const QString &givenNumber, int year, const QString &prefix)
{
    Database &db = m_db;
    QSqlQuery q(db.connection());
    const auto ensureBlock = [&q](int blockYear) {
        q.prepare(QStringLiteral("INSERT INTO number_blocks (kind, year, first_value, last_value, next_value) "
                                 "VALUES ('mediation_case', ?, 1, 9999, 1) ON CONFLICT DO NOTHING"));
        q.addBindValue(blockYear);
        return q.exec();
    };
    const auto used = [&db](const QString &caseNo) {
        QSqlQuery u(db.connection());
        u.prepare(QStringLiteral("SELECT 1 FROM mediation_cases WHERE case_no = ?"));
        u.addBindValue(caseNo);
        return u.exec() && u.next();
    };
    Number number;
    number.year = year;

    // A number given with the case (an earlier register being imported) is kept. When it has
    // this node's own form, it takes its place in the block, so later numbers do not repeat it.
    if (const QString given = givenNumber.trimmed(); !given.isEmpty()) {
        static const QRegularExpression yearRe(QStringLiteral("[〔(（\\[【](\\d{4})[〕)）\\]】]"));
        static const QRegularExpression seqRe(QStringLiteral("第\\s*(\\d{1,9})\\s*号"));
        if (const auto m = yearRe.match(given); m.hasMatch())
            number.year = m.captured(1).toInt();
        if (const auto m = seqRe.match(given); m.hasMatch())
            number.seq = m.captured(1).toInt();
        number.text = given;
        if (number.seq > 0 && given == format(prefix, number.year, number.seq)) {
            if (!ensureBlock(number.year))
                return Result<Number>::failure(tr("Cannot reserve a case number: %1").arg(q.lastError().text()));
            q.prepare(QStringLiteral("UPDATE number_blocks SET next_value = max(next_value, ? + 1) "
                                     "WHERE kind = 'mediation_case' AND year = ? AND ? BETWEEN first_value AND last_value"));
            q.addBindValue(number.seq);
            q.addBindValue(number.year);
            q.addBindValue(number.seq);
            if (!q.exec())
                return Result<Number>::failure(tr("Cannot reserve a case number: %1").arg(q.lastError().text()));
        }
        return number;
    }

    // The next free number of this node's block for the year (design §3). A node's default block
    // is 1..9999; a second desktop of the same org unit is given another block by its
    // administrator. Numbers already taken (by imported cases) are skipped.
    if (!ensureBlock(number.year))
        return Result<Number>::failure(tr("Cannot reserve a case number: %1").arg(q.lastError().text()));
    q.prepare(QStringLiteral("SELECT next_value, last_value FROM number_blocks WHERE kind = 'mediation_case' AND year = ?"));
    q.addBindValue(number.year);
    if (!q.exec() || !q.next())
        return Result<Number>::failure(tr("Cannot reserve a case number: %1").arg(q.lastError().text()));
    int seq = q.value(0).toInt();
    const int last = q.value(1).toInt();
    q.finish();
    while (seq <= last && used(format(prefix, number.year, seq)))
        ++seq;
    if (seq > last)
        return Result<Number>::failure(
            tr("This node's block of case numbers for %1 is used up; ask the administrator for a new block.").arg(number.year));
    q.prepare(QStringLiteral("UPDATE number_blocks SET next_value = ? + 1 WHERE kind = 'mediation_case' AND year = ?"));
    q.addBindValue(seq);
    q.addBindValue(number.year);
    if (!q.exec())
        return Result<Number>::failure(tr("Cannot reserve a case number: %1").arg(q.lastError().text()));
    number.seq = seq;
    number.text = format(prefix, number.year, seq);
    return number;
}

} // namespace ud
