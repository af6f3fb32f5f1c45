#include "ui/sync/SyncPanel.h"

#include "core/DisplayFormat.h"
#include "ui/sync/BackgroundSync.h"
#include "ui/sync/ConflictDialog.h"
#include "ui/sync/EnrollDialog.h"
#include "ui/sync/SyncEvents.h"

#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ud {

namespace {
QLabel *wrapped(const char *name, QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(QLatin1String(name));
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}
} // namespace

SyncPanel::SyncPanel(BackgroundSync &sync, const Session &session, QWidget *parent)
    : QWidget(parent), m_sync(sync), m_session(session)
{
    setObjectName(QStringLiteral("syncPanel"));
    m_title = new QLabel(this);
    m_hub = wrapped("syncHubLabel", this);
    m_enrollment = wrapped("syncEnrollmentLabel", this);
    m_lastSuccess = wrapped("syncLastSuccessLabel", this);
    m_counts = wrapped("syncCountsLabel", this);
    m_error = wrapped("syncErrorLabel", this);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_progress = wrapped("syncProgressLabel", this);
    m_quarantineTitle = new QLabel(this);
    m_syncNow = new QPushButton(this);
    m_syncNow->setObjectName(QStringLiteral("syncNowButton"));
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("syncCancelButton"));
    m_conflicts = new QPushButton(this);
    m_conflicts->setObjectName(QStringLiteral("syncConflictsButton"));
    m_enroll = new QPushButton(this);
    m_enroll->setObjectName(QStringLiteral("syncEnrollButton"));
    m_enroll->setVisible(session.role == Role::Administrator);
    m_quarantine = new QTableWidget(0, 3, this);
    m_quarantine->setObjectName(QStringLiteral("syncQuarantineTable"));
    m_quarantine->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_quarantine->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_quarantine->verticalHeader()->hide();
    m_quarantine->horizontalHeader()->setStretchLastSection(true);
    m_quarantine->setWordWrap(false);

    connect(m_syncNow, &QPushButton::clicked, this, &SyncPanel::syncNow);
    connect(m_conflicts, &QPushButton::clicked, this, &SyncPanel::showConflicts);
    connect(m_cancel, &QPushButton::clicked, &m_sync, &BackgroundSync::cancel);
    connect(m_enroll, &QPushButton::clicked, this, &SyncPanel::enroll);
    connect(&m_sync, &BackgroundSync::runStarted, this, &SyncPanel::onStarted);
    connect(&m_sync, &BackgroundSync::progress, this, &SyncPanel::onProgress);
    connect(&m_sync, &BackgroundSync::runFinished, this, &SyncPanel::onFinished);
    connect(&m_sync, &BackgroundSync::enrollmentChanged, this, &SyncPanel::refresh);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_hub);
    form->addRow(m_enrollment);
    form->addRow(m_lastSuccess);
    form->addRow(m_counts);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_syncNow);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_conflicts);
    buttons->addStretch(1);
    buttons->addWidget(m_enroll);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_quarantineTitle);
    layout->addWidget(m_quarantine, 1);
    retranslate();
}

void SyncPanel::retranslate()
{
    m_title->setText(tr("<b>Sync with the union above</b>"));
    m_syncNow->setText(tr("Sync no&w"));
    m_cancel->setText(tr("Stop"));
    m_conflicts->setText(tr("C&onflicts…"));
    m_enroll->setText(tr("En&roll with a hub…"));
    m_quarantineTitle->setText(tr("Records the hub refused (edit a record to send it again):"));
    m_quarantine->setHorizontalHeaderLabels({tr("Table"), tr("Record"), tr("Reason")});
    refresh();
}

void SyncPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SyncPanel::showEvent(QShowEvent *event)
{
    refresh();
    QWidget::showEvent(event);
}

QString SyncPanel::enrollmentText() const
{
    const SyncOverview o = m_sync.overview();
    if (o.hubUrl.isEmpty() || o.enrollment == QLatin1String("none"))
        return tr("This computer is not enrolled with a hub: its records stay here. An administrator enrolls it "
                  "with \"Enroll with a hub\".");
    if (o.enrollment == QLatin1String("approved"))
        return o.enrolledOrgUnit.isEmpty() ? tr("Approved by the hub.")
                                           : tr("Approved by the hub for unit %1.").arg(o.enrolledOrgUnit);
    if (o.enrollment == QLatin1String("revoked"))
        return tr("The hub's administrator revoked this computer's enrollment: nothing is sent. Ask them why; an "
                  "administrator can enroll again.");
    const auto keys = m_sync.client().keys();
    return tr("Waiting for the hub's administrator to approve this computer. Read out its key fingerprint so they "
              "can compare it: %1")
        .arg(keys ? keys.value().fingerprint() : tr("(not available: %1)").arg(keys.error()));
}

void SyncPanel::refresh()
{
    const SyncOverview o = m_sync.overview();
    m_hub->setText(o.hubUrl.isEmpty() ? tr("Hub: none yet") : tr("Hub: %1").arg(o.hubUrl));
    m_enrollment->setText(enrollmentText());
    m_lastSuccess->setText(
        tr("Last successful sync: %1")
            .arg(o.lastSuccessAt.isEmpty()
                     ? tr("never")
                     : DisplayFormat::dateTime(QDateTime::fromString(o.lastSuccessAt, Qt::ISODateWithMs).toLocalTime())));
    m_counts->setText(tr("Waiting to be sent: %1 · sent, not yet answered: %2 · refused by the hub: %3 · open "
                         "conflicts: %4")
                          .arg(DisplayFormat::count(o.pendingRecords), DisplayFormat::count(o.inFlightRecords),
                               DisplayFormat::count(o.quarantined), DisplayFormat::count(o.openConflicts)));
    m_error->setText(o.lastError);
    m_error->setVisible(!o.lastError.isEmpty());
    const bool running = m_sync.isRunning();
    const bool enrolled = !o.hubUrl.isEmpty() && o.enrollment != QLatin1String("none")
        && o.enrollment != QLatin1String("revoked");
    m_syncNow->setEnabled(!running && enrolled);
    m_cancel->setEnabled(running);
    m_conflicts->setVisible(o.openConflicts > 0);
    m_enroll->setEnabled(!running);
    if (!running)
        m_progress->setText(m_lastRunText);

    const QList<QuarantinedRecord> refused = m_sync.quarantined();
    m_quarantine->setRowCount(0);
    m_quarantine->setRowCount(int(refused.size()));
    for (int r = 0; r < refused.size(); ++r) {
        const QuarantinedRecord &q = refused.at(r);
        m_quarantine->setItem(r, 0, new QTableWidgetItem(q.table));
        m_quarantine->setItem(r, 1, new QTableWidgetItem(q.recordId));
        auto *reason = new QTableWidgetItem(q.direction == QLatin1String("up")
                                                ? q.reason
                                                : tr("Received but not applied here: %1").arg(q.reason));
        reason->setToolTip(reason->text());
        m_quarantine->setItem(r, 2, reason);
    }
}

void SyncPanel::showConflicts()
{
    ConflictDialog dialog(m_sync.database(), m_session.username,
                          m_terms ? m_terms(m_sync.database()) : RecordTermsSet::List(), this);
    connect(&dialog, &ConflictDialog::settled, &SyncEvents::instance(), &SyncEvents::announceStatesChanged);
    dialog.exec();
    refresh();
}

bool SyncPanel::enroll()
{
    if (m_session.role != Role::Administrator)
        return false;
    EnrollDialog dialog(m_sync.client(), m_sync.overview().hubUrl, this);
    dialog.exec();
    if (dialog.requested())
        m_sync.announceEnrollment();
    refresh();
    return dialog.requested();
}

void SyncPanel::syncNow()
{
    if (!m_sync.runNow())
        m_progress->setText(tr("A sync is already going on."));
}

void SyncPanel::onStarted()
{
    m_progress->setText(tr("Connecting to the hub…"));
    refresh();
}

void SyncPanel::onProgress(int pushedRecords, int pendingRecords, int pulledItems)
{
    m_progress->setText(tr("Sent %1 record(s), %2 still to send; received %3 item(s)…")
                            .arg(DisplayFormat::count(pushedRecords), DisplayFormat::count(pendingRecords),
                                 DisplayFormat::count(pulledItems)));
}

void SyncPanel::onFinished(const SyncRunResult &result)
{
    if (result.ok)
        m_lastRunText = tr("Sync done: %1 record(s) sent, %2 refused, %3 conflict(s); %4 item(s) received.")
                            .arg(DisplayFormat::count(result.pushedRecords), DisplayFormat::count(result.refused),
                                 DisplayFormat::count(result.conflicts), DisplayFormat::count(result.pulledItems));
    else
        m_lastRunText = tr("Sync did not finish.");
    refresh();
}

} // namespace ud
