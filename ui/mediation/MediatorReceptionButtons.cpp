#include "ui/mediation/MediatorReceptionButtons.h"

#include "ui/mediation/MediatorsPage.h"
#include "ui/mediation/ReceptionPage.h"

#include <QDialog>
#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace ud {

MediatorReceptionButtons::MediatorReceptionButtons(Database &db, CommandFacade &facade, const Session &session,
                                                   QWidget *parent)
    : QWidget(parent),
      m_db(db),
      m_facade(facade),
      m_session(session),
      m_mediators(new QPushButton(this)),
      m_reception(new QPushButton(this))
{
    setObjectName(QStringLiteral("mediatorReceptionButtons"));
    m_mediators->setObjectName(QStringLiteral("mediationMediators"));
    m_reception->setObjectName(QStringLiteral("mediationReception"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_reception);
    layout->addWidget(m_mediators);
    connect(m_mediators, &QPushButton::clicked, this, [this] { openMediators(); });
    connect(m_reception, &QPushButton::clicked, this, [this] { openReception(); });
    retranslate();
}

QDialog *MediatorReceptionButtons::openMediators()
{
    if (!m_mediatorsWindow) {
        auto *page = new MediatorsPage(m_db, m_facade, mayEditRegister(m_session.role));
        m_mediatorsWindow = new QDialog(window(), Qt::Window);
        m_mediatorsWindow->setObjectName(QStringLiteral("mediatorsWindow"));
        m_mediatorsWindow->setAttribute(Qt::WA_DeleteOnClose);
        m_mediatorsWindow->setWindowTitle(tr("Register of mediators"));
        auto *layout = new QVBoxLayout(m_mediatorsWindow);
        page->setParent(m_mediatorsWindow);
        layout->addWidget(page);
        m_mediatorsWindow->resize(1000, 560);
    }
    m_mediatorsWindow->show();
    m_mediatorsWindow->raise();
    m_mediatorsWindow->activateWindow();
    return m_mediatorsWindow;
}

QDialog *MediatorReceptionButtons::openReception()
{
    if (!m_receptionWindow) {
        auto *page = new ReceptionPage(m_db, m_facade, m_session, mayEditRegister(m_session.role));
        m_receptionWindow = new QDialog(window(), Qt::Window);
        m_receptionWindow->setObjectName(QStringLiteral("receptionWindow"));
        m_receptionWindow->setAttribute(Qt::WA_DeleteOnClose);
        m_receptionWindow->setWindowTitle(tr("Reception log"));
        auto *layout = new QVBoxLayout(m_receptionWindow);
        page->setParent(m_receptionWindow);
        layout->addWidget(page);
        m_receptionWindow->resize(1100, 600);
    }
    m_receptionWindow->show();
    m_receptionWindow->raise();
    m_receptionWindow->activateWindow();
    return m_receptionWindow;
}

void MediatorReceptionButtons::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MediatorReceptionButtons::retranslate()
{
    m_mediators->setText(tr("Me&diators…"));
    m_mediators->setToolTip(tr("The register of mediators: qualification, appointment, trainings"));
    m_reception->setText(tr("Rece&ption log…"));
    m_reception->setToolTip(tr("Consultations and visits that are not a case (咨询 / 接待, 代写文书)"));
}

} // namespace ud
