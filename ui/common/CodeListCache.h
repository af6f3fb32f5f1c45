#pragma once

#include "storage/OrgUnitRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

class QComboBox;

namespace ud {

class Database;

// Names behind the codes the register stores (code lists, districts and streets of the org
// tree) and the combo boxes that offer them. Loaded once per page; cheap to keep.
class CodeListCache
{
    Q_DECLARE_TR_FUNCTIONS(CodeListCache)

public:
    // One item of a code list.
    struct Item
    {
        QString code;
        QString parentCode; // industry 大类 -> its 门类 letter
        QString name;       // Chinese name
    };

    explicit CodeListCache(Database &db);

    const QList<Item> &items(const QString &list) const;
    QString codeName(const QString &list, const QString &code) const; // the code itself if unknown
    // Districts of the node's city (the city found on the path of the node's own unit).
    const QList<OrgUnit> &districts() const { return m_districts; }
    QList<OrgUnit> streets(const QString &districtCode) const;
    QString unitName(const QString &code) const; // short name; the code itself if unknown
    // The node's own district and street (for new employers), "" where the node sits higher.
    const QString &homeDistrict() const { return m_homeDistrict; }
    const QString &homeStreet() const { return m_homeStreet; }

    static QString sexName(const QString &sex); // "male" -> translated "Male"

    // Item data is the code; the first item is `noneText` with empty data (skipped if empty).
    void fillCodeCombo(QComboBox *combo, const QString &list, const QString &noneText) const;
    // GB/T 4754: each 门类 (letter) followed by its 大类 (two digits), indented. With
    // `sectionsSelectable` false the 门类 rows are headings that cannot be chosen.
    void fillIndustryCombo(QComboBox *combo, const QString &noneText, bool sectionsSelectable) const;
    void fillDistrictCombo(QComboBox *combo, const QString &noneText) const;
    void fillStreetCombo(QComboBox *combo, const QString &districtCode, const QString &noneText) const;
    // Selects the item whose data is `code` (the none item for an empty code); false if absent.
    static bool selectCode(QComboBox *combo, const QString &code);

private:
    Database &m_db;
    QHash<QString, QList<Item>> m_lists;
    QHash<QString, QHash<QString, QString>> m_names;
    QList<OrgUnit> m_districts;
    QString m_homeDistrict;
    QString m_homeStreet;
    mutable QHash<QString, QString> m_unitNames;
};

} // namespace ud
