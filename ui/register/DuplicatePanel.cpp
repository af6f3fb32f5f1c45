#include "ui/register/DuplicatePanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace ud {

DuplicatePanel::DuplicatePanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("duplicatePanel"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("duplicateMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("duplicateList"));
    m_list->setMaximumHeight(110);
    m_open = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("openDuplicateButton"));
    m_createAnyway = new QPushButton(this);
    m_createAnyway->setObjectName(QStringLiteral("createAnywayButton"));
    m_createAnyway->setAutoDefault(false);
    m_open->setAutoDefault(false);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_open);
    buttons->addWidget(m_createAnyway);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message);
    layout->addWidget(m_list);
    layout->addLayout(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &DuplicatePanel::updateButtons);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT openRequested(item->data(Qt::UserRole).toString());
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_list->currentItem())
            Q_EMIT openRequested(item->data(Qt::UserRole).toString());
    });
    connect(m_createAnyway, &QPushButton::clicked, this, &DuplicatePanel::createAnywayRequested);
    retranslate();
    setVisible(false);
}

void DuplicatePanel::retranslate()
{
    m_open->setText(tr("&Open that one"));
    m_createAnyway->setText(tr("Create &anyway"));
}

void DuplicatePanel::fill(const QList<Candidate> &candidates)
{
    m_list->clear();
    for (const Candidate &c : candidates) {
        auto *item = new QListWidgetItem(c.text, m_list);
        item->setData(Qt::UserRole, c.id);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    setVisible(true);
    updateButtons();
}

void DuplicatePanel::showExact(const QString &message, const Candidate &existing)
{
    m_exact = true;
    m_message->setText(message);
    fill({existing});
}

void DuplicatePanel::showSimilar(const QString &message, const QList<Candidate> &candidates)
{
    m_exact = false;
    m_message->setText(message);
    fill(candidates);
}

void DuplicatePanel::clear()
{
    m_exact = false;
    m_list->clear();
    m_message->clear();
    setVisible(false);
}

void DuplicatePanel::updateButtons()
{
    m_open->setEnabled(m_list->currentItem() != nullptr);
    m_createAnyway->setVisible(!m_exact);
}

} // namespace ud
