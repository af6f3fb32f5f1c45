#include "ui/mediation/CaseDocumentsBar.h"

#include "ui/common/DocumentsFolder.h"
#include "ui/common/FileDialogs.h"

#include "ui/mediation/CaseDialog.h"
#include "ui/mediation/IssuingBodyDialog.h"
#include "ui/common/CodeListCache.h"
#include "mediation/CaseFilePaperValues.h"
#include "mediation/DocumentContext.h"
#include "mediation/DocumentFileName.h"
#include "mediation/MediationDocuments.h"
#include "storage/AccessLog.h"
#include "storage/NodeIdentity.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>

#include <algorithm>

namespace ud {

struct CaseDocumentsBar::DocumentSetup
{
    DocumentContext context;
};

namespace {
QString idNumbersNote(const DocumentContext &context)
{
    return mayReadFullIdNumbers(context.viewerRole) ? QStringLiteral("full ID numbers")
                                                           : QStringLiteral("masked ID numbers");
}
} // namespace

CaseDocumentsBar::CaseDocumentsBar(Database &db, const CodeListCache &lookups, const QString &caseId,
                                   QWidget *parent)
    : QWidget(parent),
      m_db(db),
      m_lookups(lookups),
      m_caseId(caseId)
{
    // Documents: print preview or PDF of the chosen one.
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    m_documentKind = new QComboBox(this);
    m_documentKind->setObjectName(QStringLiteral("caseDocumentKind"));
    m_printPreview = new QPushButton(CaseDialog::tr("Pr&int preview…"), this);
    m_printPreview->setObjectName(QStringLiteral("casePrintPreview"));
    m_savePdf = new QPushButton(CaseDialog::tr("Save as P&DF…"), this);
    m_savePdf->setObjectName(QStringLiteral("caseSavePdf"));
    connect(m_printPreview, &QPushButton::clicked, this, &CaseDocumentsBar::previewDocument);
    connect(m_savePdf, &QPushButton::clicked, this, &CaseDocumentsBar::chooseAndSaveDocument);
    m_issuingBody = new QPushButton(CaseDialog::tr("Issuing &body…"), this);
    m_issuingBody->setObjectName(QStringLiteral("caseIssuingBody"));
    m_issuingBody->setToolTip(CaseDialog::tr("The name of the mediation body the documents are issued by"));
    connect(m_issuingBody, &QPushButton::clicked, this, &CaseDocumentsBar::editIssuingBody);
    row->addWidget(new QLabel(CaseDialog::tr("Document:"), this));
    row->addWidget(m_documentKind, 1);
    row->addWidget(m_printPreview);
    row->addWidget(m_savePdf);
    row->addWidget(m_issuingBody);
}

void CaseDocumentsBar::setCase(const MediationCase &c)
{
    m_case = c;
    fillDocumentKinds();
}

void CaseDocumentsBar::fillDocumentKinds()
{
    // Only the documents the case's state allows, in the order of the case file (一案一卷).
    const MediationCase &c = m_case;
    const bool accepted = CaseFilePaperValues::isAccepted(c);
    QList<std::pair<MediationDocumentKind, QString>> kinds = {
        {MediationDocumentKind::FileCover, CaseDialog::tr("Case file cover and index (案卷封面及卷内目录)")},
        {MediationDocumentKind::Intake, CaseDialog::tr("Intake form (受理登记表)")}};
    if (c.status == CaseStatus::Rejected)
        kinds.append({MediationDocumentKind::NonAcceptance, CaseDialog::tr("Notice of non-acceptance (不予受理通知书)")});
    if (accepted) {
        kinds.append({MediationDocumentKind::AcceptanceToApplicant, CaseDialog::tr("Notice of acceptance to the applicant (受理通知书)")});
        kinds.append({MediationDocumentKind::AcceptanceToRespondent, CaseDialog::tr("Notice of acceptance to the respondent (受理通知书)")});
        kinds.append({MediationDocumentKind::RightsToApplicant, CaseDialog::tr("Rights and duties, to the applicant (权利义务告知书)")});
        kinds.append({MediationDocumentKind::RightsToRespondent, CaseDialog::tr("Rights and duties, to the respondent (权利义务告知书)")});
    }
    if (c.extensionDays > 0)
        kinds.append({MediationDocumentKind::Extension, CaseDialog::tr("Extension signed by both parties (延期调解确认书)")});
    if (!c.sessions.isEmpty())
        kinds.append({MediationDocumentKind::SessionRecord, CaseDialog::tr("Session records (调解笔录)")});
    if (!CaseFilePaperValues::proposal(c).isEmpty())
        kinds.append({MediationDocumentKind::Suggestion, CaseDialog::tr("Mediator's proposal (调解建议书)")});
    if (c.agreedOn.isValid() || !c.agreedItems().isEmpty() || !c.agreementTerms.isEmpty())
        kinds.append({MediationDocumentKind::Agreement, CaseDialog::tr("Mediation agreement, three copies (调解协议书)")});
    if (c.status == CaseStatus::Failed)
        kinds.append({MediationDocumentKind::Termination, CaseDialog::tr("Termination notice (终止调解通知书)")});
    const bool noticeRecorded = std::any_of(c.breachSteps.cbegin(), c.breachSteps.cend(), [](const CaseBreachStep &s) {
        return s.kind == QLatin1String("nonperformance_notice");
    });
    if (c.status == CaseStatus::Breached || noticeRecorded)
        kinds.append({MediationDocumentKind::NonPerformance, CaseDialog::tr("Notice of non-performance (不履行调解协议通知书)")});
    if (!c.followUps.isEmpty())
        kinds.append({MediationDocumentKind::FollowUp, CaseDialog::tr("Follow-up record (回访记录)")});
    // A document that has just become available (the case moved on) is offered; otherwise the
    // user's choice stays. On the first fill, the last one (the furthest the case has come).
    QList<int> before;
    for (int i = 0; i < m_documentKind->count(); ++i)
        before.append(m_documentKind->itemData(i).toInt());
    const QVariant current = m_documentKind->currentData();
    int chosen = -1;
    for (int i = 0; i < kinds.size() && chosen < 0 && !before.isEmpty(); ++i)
        if (!before.contains(int(kinds.at(i).first)))
            chosen = i;
    m_documentKind->clear();
    for (const auto &[kind, name] : kinds)
        m_documentKind->addItem(name, int(kind));
    if (chosen < 0)
        chosen = before.isEmpty() ? -1 : m_documentKind->findData(current);
    m_documentKind->setCurrentIndex(chosen >= 0 ? chosen : m_documentKind->count() - 1);
}

CaseDocumentsBar::DocumentSetup CaseDocumentsBar::documentSetup() const
{
    DocumentSetup setup;
    setup.context.today = QDate::currentDate();
    // Whoever acts gets the ID numbers their role may read: the role is the account's, read from
    // the database (no account, least privilege), so no caller can forget to mask.
    setup.context.viewerRole = accountRole(m_db, m_actor).value_or(Role::Reviewer);
    setup.context.codeName = [this](const QString &list, const QString &code) { return m_lookups.codeName(list, code); };
    setup.context.codeItems = [this](const QString &list) {
        QList<std::pair<QString, QString>> out;
        for (const CodeListCache::Item &item : m_lookups.items(list))
            out.append({item.code, item.name});
        return out;
    };
    // The issuing body: the node's setting, or the name made from its unit.
    if (const auto node = NodeIdentity::load(m_db))
        setup.context.bodyName = NodeIdentity::issuingBody(*node);
    return setup;
}

Status CaseDocumentsBar::saveDocument(MediationDocumentKind kind, const QString &path)
{
    const DocumentSetup setup = documentSetup();
    const Status written = MediationDocuments::writePdf(kind, m_case, setup.context, path);
    if (!written)
        return written;
    // A printed document carries personal data: the read is recorded (design §5).
    return AccessLog::append(m_db, m_actor, AccessLog::Event::Export, QStringLiteral("mediation_cases"), m_caseId,
                             QStringLiteral("document %1 %2; %3").arg(int(kind)).arg(path, idNumbersNote(setup.context)));
}

QString CaseDocumentsBar::suggestedPath(MediationDocumentKind kind) const
{
    return QDir(DocumentsFolder::folder()).filePath(DocumentFileName::forCase(kind, m_case.caseNo));
}

void CaseDocumentsBar::chooseAndSaveDocument()
{
    if (m_documentKind->currentIndex() < 0)
        return;
    const auto kind = MediationDocumentKind(m_documentKind->currentData().toInt());
    // The file dialog belongs to the case dialog, as the bar is only a part of it.
    const QString path = FileDialogs::saveFile(window(), CaseDialog::tr("Save document as PDF"), suggestedPath(kind),
                                                      CaseDialog::tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    const Status s = saveDocument(kind, path);
    if (s)
        DocumentsFolder::remember(path);
    Q_EMIT message(s ? CaseDialog::tr("Saved %1.").arg(path) : s.error(), !s);
}

void CaseDocumentsBar::editIssuingBody()
{
    IssuingBodyDialog dialog(m_db, m_actor, window());
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT message(CaseDialog::tr("The documents are now issued by %1.")
                           .arg(NodeIdentity::load(m_db) ? NodeIdentity::issuingBody(*NodeIdentity::load(m_db)) : QString()),
                       false);
}

void CaseDocumentsBar::previewDocument()
{
    if (m_documentKind->currentIndex() < 0)
        return;
    const auto kind = MediationDocumentKind(m_documentKind->currentData().toInt());
    const DocumentSetup setup = documentSetup();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    // A child of the case dialog, as before the bar was split off (found there by its name).
    QPrintPreviewDialog dialog(&printer, window());
    dialog.setObjectName(QStringLiteral("casePrintPreviewDialog"));
    Status painted = Status::success();
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter *p) {
        painted = MediationDocuments::print(kind, m_case, setup.context, p);
    });
    dialog.exec();
    if (!painted)
        Q_EMIT message(painted.error(), true);
    else
        AccessLog::append(m_db, m_actor, AccessLog::Event::Export, QStringLiteral("mediation_cases"), m_caseId,
                          QStringLiteral("printed document %1; %2").arg(int(kind)).arg(idNumbersNote(setup.context)));
}

} // namespace ud
