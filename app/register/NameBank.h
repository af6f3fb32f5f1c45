#pragma once

#include <QRandomGenerator>
#include <QString>

namespace ud {

// Realistic Chinese personal names, company names and Beijing addresses for demo data.
// Everything is drawn from a caller-owned generator so a seed gives the same output.
class NameBank
{
public:
    explicit NameBank(QRandomGenerator &random) : m_random(random) {}

    QString personName();
    QString companyName(const QString &cityPrefix);
    QString streetAddress(const QString &areaName);
    int pick(int count) { return static_cast<int>(m_random.bounded(count)); }

private:
    QRandomGenerator &m_random;
};

} // namespace ud
