#include "core/DivisionCodes.h"

#include <QFile>
#include <QStringList>
#include <QtDebug>

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
        DivisionCodes loaded = fromTsv(QStringLiteral(":/core/reference/gbt2260.tsv"), &error);
        if (!error.isEmpty())
            qWarning("DivisionCodes: %s", qUtf8Printable(error));
        // Residence permits for Hong Kong, Macau and Taiwan residents use these address codes.
        loaded.insert(QStringLiteral("810000"), QStringLiteral("香港特别行政区"));
        loaded.insert(QStringLiteral("820000"), QStringLiteral("澳门特别行政区"));
        loaded.insert(QStringLiteral("830000"), QStringLiteral("台湾省"));
        // The bundled list predates 2015 and lacks Beijing's current Miyun and Yanqing districts
        // (domain.md §4.3); harmless once the list is regenerated from a newer source.
        loaded.insert(QStringLiteral("110118"), QStringLiteral("北京市密云区"));
        loaded.insert(QStringLiteral("110119"), QStringLiteral("北京市延庆区"));
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
    codes.m_names.reserve(int(lines.size()));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = line.split(QLatin1Char('\t'));
        const qsizetype lineNumber = i + 1;
        if (fields.size() != 4) {
            return fail(tr("Line %1 of %2 has %3 columns; expected 4 (code, province, "
                           "prefecture, county).")
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
        QString name = province;
        if (!isPlaceholderPrefecture(prefecture) && prefecture != province)
            name += prefecture;
        if (county != province)
            name += county;
        codes.insert(code, name);
    }
    if (error)
        error->clear();
    return codes;
}

void DivisionCodes::insert(const QString &code, const QString &name)
{
    m_names.insert(code.trimmed(), removeWhitespace(name));
}

bool DivisionCodes::contains(const QString &code) const
{
    return m_names.contains(code);
}

QString DivisionCodes::name(const QString &code) const
{
    return m_names.value(code);
}

int DivisionCodes::size() const
{
    return int(m_names.size());
}

} // namespace ud
