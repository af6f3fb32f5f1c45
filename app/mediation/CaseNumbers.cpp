#include "mediation/CaseNumbers.h"

#include "storage/Database.h"
#include "storage/NodeIdentity.h"
#include "storage/NumberBlocks.h"
#include "storage/OrgUnitRepository.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace ud {

namespace {
// The series of case numbers in number_blocks.
const QString kSeries = QStringLiteral("mediation_case");
} // namespace

Result<QString> CaseNumbers::prefix() const
{
    const auto node = NodeIdentity::load(m_db);
    if (!node)
        return Result<QString>::failure(tr("This database has no node identity; set up the node first."));
    // The node's own unit, even when it has been deleted from the tree since.
    const OrgUnitRepository units(m_db);
    const auto unit = units.find(node->orgUnit, OrgUnitRepository::Include::AlsoDeleted);
    if (!unit)
        return Result<QString>::failure(tr("This database has no node identity; set up the node first."));
    return units.nameWithoutCity(*unit);
}

QString CaseNumbers::format(const QString &prefix, int year, int seq)
{
    return QStringLiteral("%1调字〔%2〕第%3号").arg(prefix).arg(year).arg(seq, 4, 10, QLatin1Char('0'));
}

Result<CaseNumbers::Number> CaseNumbers::take(const QString &givenNumber, int year, const QString &prefix)
{
    NumberBlocks blocks(m_db);
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
            if (Status s = blocks.reserve(kSeries, number.year, number.seq); !s)
                return Result<Number>::failure(tr("Cannot reserve a case number: %1").arg(s.error()));
        }
        return number;
    }

    // The next free number of this node's block for the year (design §3). Numbers already taken
    // (by imported cases) are skipped.
    Database &db = m_db;
    const auto used = [&db, &prefix, &number](int seq) {
        QSqlQuery u(db.connection());
        u.prepare(QStringLiteral("SELECT 1 FROM mediation_cases WHERE case_no = ?"));
        u.addBindValue(format(prefix, number.year, seq));
        return u.exec() && u.next();
    };
    const auto taken = blocks.take(kSeries, number.year, used);
    if (!taken)
        return Result<Number>::failure(tr("Cannot reserve a case number: %1").arg(taken.error()));
    if (!taken.value())
        return Result<Number>::failure(
            tr("This node's block of case numbers for %1 is used up; ask the administrator for a new block.").arg(number.year));
    number.seq = *taken.value();
    number.text = format(prefix, number.year, number.seq);
    return number;
}

} // namespace ud
