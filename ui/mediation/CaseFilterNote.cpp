#include "ui/mediation/CaseFilterNote.h"

#include "core/DisplayFormat.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace ud {

CaseFilterNote::CaseFilterNote(QWidget *parent) : QWidget(parent), m_text(new QLabel(this)), m_showAll(new QPushButton(this))
{
    setObjectName(QStringLiteral("mediationFilterNote"));
    m_text->setObjectName(QStringLiteral("mediationFilterNoteText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_showAll->setObjectName(QStringLiteral("mediationShowAll"));
    m_showAll->setAutoDefault(false);
    connect(m_showAll, &QPushButton::clicked, this, &CaseFilterNote::showAllRequested);
    setFocusProxy(m_showAll);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_showAll);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    retranslate();
    hide();
}

void CaseFilterNote::setFilters(const QStringList &filters, int count, int loaded)
{
    m_filters = filters;
    m_count = count;
    m_loaded = loaded;
    refreshText();
}

QString CaseFilterNote::text() const
{
    return m_text->text();
}

void CaseFilterNote::retranslate()
{
    m_showAll->setText(tr("Show &all cases"));
    m_showAll->setToolTip(tr("Clear the search and every filter"));
    refreshText();
}

void CaseFilterNote::refreshText()
{
    setVisible(!m_filters.isEmpty());
    if (m_filters.isEmpty())
        return;
    const QString count = m_count >= 0 ? tr("%1 case(s)").arg(DisplayFormat::count(m_count))
                                       : tr("%1+ cases, counting…").arg(DisplayFormat::count(m_loaded));
    m_text->setText(tr("Shown: %1 — %2").arg(m_filters.join(QStringLiteral(" · ")), count));
}

} // namespace ud
