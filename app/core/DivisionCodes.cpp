#include "core/DivisionCodes.h"

#include <QFile>
#include <QStringList>
#include <QtDebug>

#include <utility>

namespace ud {

namespace {

bool isSixDigits(const QString &code)
{
    if (code.size() != 6)
        return false;
    for (const QChar c : code) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

// Prefecture column values that are placeholders rather than names of a real prefecture.
bool isPlaceholderPrefecture(const QString &prefecture)
{
    return prefecture.isEmpty() || prefecture == QStringLiteral("市辖区")
        || prefecture == QStringLiteral("县")
        || prefecture.endsWith(QStringLiteral("直辖县级行政区划"));
}

QString removeWhitespace(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace())
            out.append(c);
    }
    return out;
}

} // namespace

const DivisionCodes &DivisionCodes::bundled()
{
    static const DivisionCodes codes = [] {
        QString error;
        DivisionCodes loaded = fromTsv(QStringLiteral(":/core/reference/gb2260_divisions.tsv"), &error);
        if (!error.isEmpty())
            qWarning("DivisionCodes: %s", qUtf8Printable(error));
        // Residence permits for Hong Kong, Macau and Taiwan residents use these address codes;
        // 830000 is not a GB/T 2260 code (Taiwan is 710000 there).
        for (const auto &[code, name] : {std::pair{"810000", "香港特别行政区"}, std::pair{"820000", "澳门特别行政区"},
                                         std::pair{"830000", "台湾地区"}}) {
            if (!loaded.contains(QLatin1String(code)))
                loaded.insert(QLatin1String(code), QString::fromUtf8(name));
        }
        return loaded;
    }();
    return codes;
}

DivisionCodes DivisionCodes::fromTsv(const QString &path, QString *error)
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return DivisionCodes();
    };

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot open the division code list %1: %2").arg(path, file.errorString()));

    const QString text = QString::fromUtf8(file.readAll());
    const QStringList lines = text.split(QLatin1Char('\n'));

    DivisionCodes codes;
    codes.m_entries.reserve(int(lines.size()));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = line.split(QLatin1Char('\t'));
        const qsizetype lineNumber = i + 1;
        if (fields.size() != 4 && fields.size() != 6) {
            return fail(tr("Line %1 of %2 has %3 columns; expected 4 (code, province, "
                           "prefecture, county) or 6 (and retired, former names).")
                            .arg(lineNumber)
                            .arg(path)
                            .arg(fields.size()));
        }
        const QString code = fields.at(0).trimmed();
        if (!isSixDigits(code)) {
            return fail(tr("Line %1 of %2: \"%3\" is not a six-digit division code.")
                            .arg(lineNumber)
                            .arg(path, code));
        }
        const QString province = fields.at(1).trimmed();
        const QString prefecture = fields.at(2).trimmed();
        const QString county = fields.at(3).trimmed();
        Division division;
        division.name = province;
        if (!isPlaceholderPrefecture(prefecture) && prefecture != province)
            division.name += prefecture;
        if (county != province)
            division.name += county;
        if (fields.size() == 6) {
            const QString retired = fields.at(4).trimmed();
            if (!retired.isEmpty()) {
                bool fromOk = false;
                bool toOk = true;
                division.retiredFrom = retired.section(QLatin1Char('-'), 0, 0).toInt(&fromOk);
                division.retiredTo = retired.contains(QLatin1Char('-'))
                    ? retired.section(QLatin1Char('-'), 1, 1).toInt(&toOk)
                    : division.retiredFrom;
                if (!fromOk || !toOk || division.retiredFrom < 1900 || division.retiredTo < division.retiredFrom) {
                    return fail(tr("Line %1 of %2: \"%3\" is not a year or a range of years.")
                                    .arg(lineNumber)
                                    .arg(path, retired));
                }
            }
            if (const QString former = fields.at(5).trimmed(); !former.isEmpty())
                division.formerNames = former.split(QLatin1Char('|'), Qt::SkipEmptyParts);
        }
        codes.insert(code, division);
    }
    if (error)
        error->clear();
    return codes;
}

void DivisionCodes::insert(const QString &code, const QString &name)
{
    Division division;
    division.name = name;
    insert(code, division);
}

void DivisionCodes::insert(const QString &code, const Division &division)
{
    Division stored = division;
    stored.name = removeWhitespace(division.name);
    m_entries.insert(code.trimmed(), stored);
}

bool DivisionCodes::contains(const QString &code) const
{
    return m_entries.contains(code);
}

QString DivisionCodes::name(const QString &code) const
{
    const auto it = m_entries.constFind(code);
    return it == m_entries.constEnd() ? QString() : it->name;
}

const DivisionCodes::Division *DivisionCodes::find(const QString &code) const
{
    const auto it = m_entries.constFind(code);
    return it == m_entries.constEnd() ? nullptr : &*it;
}

bool DivisionCodes::isRetired(const QString &code) const
{
    const Division *d = find(code);
    return d && d->retired();
}

QString DivisionCodes::describe(const QString &code) const
{
    const Division *d = find(code);
    if (!d)
        return {};
    if (!d->retired())
        return d->name;
    if (d->retiredTo > d->retiredFrom)
        return tr("%1 (retired between %2 and %3)").arg(d->name).arg(d->retiredFrom).arg(d->retiredTo);
    return tr("%1 (retired %2)").arg(d->name).arg(d->retiredFrom);
}

int DivisionCodes::size() const
{
    return int(m_entries.size());
}

} // namespace ud
