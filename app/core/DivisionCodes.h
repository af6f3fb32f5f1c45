#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace ud {

// GB/T 2260 six-digit administrative division codes, current and retired, with display names.
// Used to check the address part of resident ID numbers, which must accept codes retired since
// the card was issued (e.g. Beijing 110103 崇文区, merged in 2010).
class DivisionCodes
{
    Q_DECLARE_TR_FUNCTIONS(DivisionCodes)

public:
    DivisionCodes() = default;

    // The bundled list, loaded once from ":/core/reference/gbt2260.tsv", plus 810000/820000/
    // 830000 (residence permits for Hong Kong, Macau and Taiwan residents) and Beijing's 110118
    // 密云区 / 110119 延庆区 (created in 2015, missing from the list). Immutable; safe to use from
    // any thread.
    static const DivisionCodes &bundled();

    // Reads a tab-separated file: code, province, prefecture, county; blank lines and lines
    // starting with '#' are skipped. On any error returns an empty set and, if `error` is given,
    // a message naming the file and line.
    static DivisionCodes fromTsv(const QString &path, QString *error = nullptr);

    // Adds or replaces a code. Whitespace inside `name` is removed ("北京市 朝阳区" is stored as
    // "北京市朝阳区"), because Chinese place names are written without spaces.
    void insert(const QString &code, const QString &name);

    bool contains(const QString &code) const;
    // Display name: province, prefecture where it is a real one, and county, e.g. "北京市朝阳区"
    // or "安徽省马鞍山市含山县". Empty if the code is unknown.
    QString name(const QString &code) const;
    int size() const;

private:
    QHash<QString, QString> m_names;
};

} // namespace ud
