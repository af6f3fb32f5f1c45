#include "ui/common/CodeListCache.h"

#include "storage/Database.h"
#include "storage/NodeIdentity.h"

#include "storage/CodeListRepository.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QStandardItemModel>

#include <algorithm>

namespace ud {

namespace {
const QStringList &loadedLists()
{
    static const QStringList lists = {QStringLiteral("ethnicity"), QStringLiteral("hukou_type"),
                                      QStringLiteral("employer_type"), QStringLiteral("industry"),
                                      // the mediation workspace's lists
                                      QStringLiteral("dispute_type"), QStringLiteral("case_source"),
                                      QStringLiteral("case_close_reason"), QStringLiteral("claim_item"),
                                      QStringLiteral("non_acceptance_reason"),
                                      // the register of mediators and the reception log
                                      QStringLiteral("mediator_qualification"), QStringLiteral("reception_kind"),
                                      QStringLiteral("reception_outcome"), QStringLiteral("referral_kind"),
                                      // the case file's later records, named on the papers
                                      QStringLiteral("referral_reason"), QStringLiteral("mediation_document"),
                                      QStringLiteral("service_method"), QStringLiteral("follow_up_method")};
    return lists;
}

QHash<QString, QList<CodeListCache::Item>> loadCodeLists(Database &db)
{
    QHash<QString, QList<CodeListCache::Item>> out;
    const CodeListRepository codes(db);
    for (const QString &list : loadedLists())
        for (const CodeItem &item : codes.items(list))
            out[list] << CodeListCache::Item{item.code, item.parentCode, item.nameZh};
    return out;
}
} // namespace

CodeListCache::CodeListCache(Database &db) : m_db(db), m_lists(loadCodeLists(db))
{
    for (auto it = m_lists.cbegin(); it != m_lists.cend(); ++it) {
        QHash<QString, QString> &names = m_names[it.key()];
        for (const Item &item : it.value())
            names.insert(item.code, item.name);
    }

    // The districts of the node's city; without a node (or a city on its path), the districts
    // under any root of the tree.
    const OrgUnitRepository org(db);
    QStringList cities;
    if (const auto node = NodeIdentity::load(db)) {
        for (const OrgUnit &u : org.path(node->orgUnit)) {
            if (u.tier == QLatin1String("city"))
                cities << u.code;
            else if (u.tier == QLatin1String("district"))
                m_homeDistrict = u.code;
            else if (u.tier == QLatin1String("street"))
                m_homeStreet = u.code;
        }
    }
    if (cities.isEmpty())
        for (const OrgUnit &root : org.children(QString()))
            cities << root.code;
    for (const QString &city : cities)
        for (const OrgUnit &u : org.children(city))
            if (u.tier == QLatin1String("district")) {
                m_districts << u;
                m_unitNames.insert(u.code, u.shortName);
            }
}

const QList<CodeListCache::Item> &CodeListCache::items(const QString &list) const
{
    static const QList<Item> none;
    const auto it = m_lists.constFind(list);
    return it == m_lists.constEnd() ? none : *it;
}

QString CodeListCache::codeName(const QString &list, const QString &code) const
{
    if (code.isEmpty())
        return {};
    return m_names.value(list).value(code, code);
}

QList<OrgUnit> CodeListCache::streets(const QString &districtCode) const
{
    QList<OrgUnit> out;
    if (districtCode.isEmpty())
        return out;
    for (const OrgUnit &u : OrgUnitRepository(m_db).children(districtCode)) {
        if (u.tier != QLatin1String("street"))
            continue;
        out << u;
        m_unitNames.insert(u.code, u.shortName);
    }
    return out;
}

QString CodeListCache::unitName(const QString &code) const
{
    if (code.isEmpty())
        return {};
    const auto it = m_unitNames.constFind(code);
    if (it != m_unitNames.constEnd())
        return *it;
    const auto unit = OrgUnitRepository(m_db).find(code);
    const QString name = unit ? unit->shortName : code;
    m_unitNames.insert(code, name);
    return name;
}

QString CodeListCache::sexName(const QString &sex)
{
    if (sex == QLatin1String("male"))
        return tr("Male");
    if (sex == QLatin1String("female"))
        return tr("Female");
    return sex;
}

void CodeListCache::fillCodeCombo(QComboBox *combo, const QString &list, const QString &noneText) const
{
    combo->clear();
    if (!noneText.isEmpty())
        combo->addItem(noneText, QString());
    for (const Item &item : items(list))
        combo->addItem(item.name, item.code);
}

void CodeListCache::fillIndustryCombo(QComboBox *combo, const QString &noneText, bool sectionsSelectable) const
{
    combo->clear();
    if (!noneText.isEmpty())
        combo->addItem(noneText, QString());
    auto *model = qobject_cast<QStandardItemModel *>(combo->model());
    for (const Item &item : items(QStringLiteral("industry"))) {
        const bool section = item.parentCode.isEmpty();
        if (section) {
            combo->addItem(QStringLiteral("%1  %2").arg(item.code, item.name), item.code);
            if (model) {
                QStandardItem *row = model->item(combo->count() - 1);
                QFont bold = row->font();
                bold.setBold(true);
                row->setFont(bold);
                if (!sectionsSelectable)
                    row->setFlags(row->flags() & ~(Qt::ItemIsSelectable | Qt::ItemIsEnabled));
            }
        } else {
            combo->addItem(QStringLiteral("    %1  %2").arg(item.code, item.name), item.code);
        }
    }
    // The names are long; the list may be wider than the box.
    combo->view()->setMinimumWidth(combo->view()->sizeHintForColumn(0) + 32);
}

void CodeListCache::fillDistrictCombo(QComboBox *combo, const QString &noneText) const
{
    combo->clear();
    if (!noneText.isEmpty())
        combo->addItem(noneText, QString());
    for (const OrgUnit &u : m_districts)
        combo->addItem(u.shortName, u.code);
}

void CodeListCache::fillStreetCombo(QComboBox *combo, const QString &districtCode, const QString &noneText) const
{
    combo->clear();
    if (!noneText.isEmpty())
        combo->addItem(noneText, QString());
    for (const OrgUnit &u : streets(districtCode))
        combo->addItem(u.shortName, u.code);
}

bool CodeListCache::selectCode(QComboBox *combo, const QString &code)
{
    const int index = combo->findData(code);
    if (index < 0)
        return false;
    combo->setCurrentIndex(index);
    return true;
}

} // namespace ud
