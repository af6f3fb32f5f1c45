#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace ud {

// GB/T 2260 six-digit administrative division codes, current and retired, with display names.
// Used to check and show the address part of ID numbers, which keep the code of the place where
// the number was issued even after the place was merged or renamed (e.g. Beijing 110223 通县,
// retired 1997; 110103 崇文区, merged in 2010).
class DivisionCodes
{
    Q_DECLARE_TR_FUNCTIONS(DivisionCodes)

public:
    struct Division
    {
        QString name;            // display name: province, real prefecture, county ("北京市通县")
        QStringList formerNames; // earlier names of the code itself, oldest first
        int retiredFrom = 0;     // year the code left the list; 0 while it is current
        int retiredTo = 0;       // == retiredFrom, or the end of the range it left in (2019-2023)
        bool retired() const { return retiredFrom > 0; }
    };

    DivisionCodes() = default;

    // The bundled list, loaded once from ":/core/reference/gb2260_divisions.tsv" (every code of
    // GB/T 2260 1980-2019 merged with the NBS 2023 list, see resources/reference/README.md), plus
    // 830000 (the address code of residence permits for Taiwan residents). Immutable; safe to use
    // from any thread.
    static const DivisionCodes &bundled();

    // Reads a tab-separated file: code, province, prefecture, county, and optionally retired
    // ("" / "1997" / "2019-2023") and former names ("|"-separated); blank lines and lines starting
    // with '#' are skipped. On any error returns an empty set and, if `error` is given, a message
    // naming the file and line.
    static DivisionCodes fromTsv(const QString &path, QString *error = nullptr);

    // Adds or replaces a current code. Whitespace inside `name` is removed ("北京市 朝阳区" is
    // stored as "北京市朝阳区"), because Chinese place names are written without spaces.
    void insert(const QString &code, const QString &name);
    void insert(const QString &code, const Division &division);

    bool contains(const QString &code) const;
    // Display name: province, prefecture where it is a real one, and county, e.g. "北京市朝阳区"
    // or "安徽省马鞍山市含山县". Empty if the code is unknown.
    QString name(const QString &code) const;
    // The whole entry; nullptr if the code is unknown.
    const Division *find(const QString &code) const;
    bool isRetired(const QString &code) const;
    // The name as shown next to an ID number: "北京市朝阳区", "北京市通县 (retired 1997)",
    // "河北省邢台市邢台县 (retired between 2019 and 2023)" (translated); empty if unknown.
    QString describe(const QString &code) const;
    int size() const;

private:
    QHash<QString, Division> m_entries;
};

} // namespace ud
