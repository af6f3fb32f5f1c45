#include "ui/register/NameOrder.h"

#include <QLocale>

namespace ud {

NameOrder::NameOrder() : m_collator(QLocale(QLocale::Chinese, QLocale::China))
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
}

} // namespace ud
