#include "ui/mediation/CaseDocumentsBar.h"

#include "ui/common/FileDialogs.h"

#include "ui/mediation/CaseDialog.h"
#include "ui/common/CodeListCache.h"
#include "mediation/DocumentContext.h"
#include "mediation/MediationDocuments.h"
#include "storage/AccessLog.h"
#include "storage/NodeIdentity.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>

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
    m_printPreview = new QPushButton(CaseDialog::tr("&Print preview…"), this);
    m_printPreview->setObjectName(QStringLiteral("casePrintPreview"));
    m_savePdf = new QPushButton(CaseDialog::tr("Save as P&DF…"), this);
    m_savePdf->setObjectName(QStringLiteral("caseSavePdf"));
    connect(m_printPreview, &QPushButton::clicked, this, &CaseDocumentsBar::previewDocument);
    connect(m_savePdf, &QPushButton::clicked, this, &CaseDocumentsBar::chooseAndSaveDocument);
    row->addWidget(new QLabel(CaseDialog::tr("Document:"), this));
    row->addWidget(m_documentKind);
    row->addWidget(m_printPreview);
    row->addWidget(m_savePdf);
}

void CaseDocumentsBar::setCase(const MediationCase &c)
{
    m_case = c;
    fillDocumentKinds();
}

void CaseDocumentsBar::fillDocumentKinds()
{
    // Only the documents the case's state allows.
    QList<std::pair<MediationDocumentKind, QString>> kinds = {
        {MediationDocumentKind::Intake, CaseDialog::tr("Intake form (受理登记表)")}};
    if (!m_case.sessions.isEmpty())
        kinds.append({MediationDocumentKind::SessionRecord, CaseDialog::tr("Session records (调解笔录)")});
    if (m_case.agreedOn.isValid() || !m_case.agreedItems().isEmpty() || !m_case.agreementTerms.isEmpty())
        kinds.append({MediationDocumentKind::Agreement, CaseDialog::tr("Mediation agreement, three copies (调解协议书)")});
    if (m_case.status == CaseStatus::Failed)
        kinds.append({MediationDocumentKind::Termination, CaseDialog::tr("Termination notice (终止调解通知书)")});
    if (m_case.status == CaseStatus::Rejected)
        kinds.append({MediationDocumentKind::NonAcceptance, CaseDialog::tr("Notice of non-acceptance (不予受理通知书)")});
    // A new document becoming available (the case moved on) is offered first; otherwise the
    // user's choice stays.
    const QVariant current = m_documentKind->currentData();
    const bool changed = m_documentKind->count() != kinds.size();
    m_documentKind->clear();
    for (const auto &[kind, name] : kinds)
        m_documentKind->addItem(name, int(kind));
    const int index = changed ? -1 : m_documentKind->findData(current);
    m_documentKind->setCurrentIndex(index >= 0 ? index : m_documentKind->count() - 1);
}

CaseDocumentsBar::DocumentSetup CaseDocumentsBar::documentSetup() const
{
    DocumentSetup setup;
    setup.context.today = QDate::currentDate();
    // Whoever acts gets the ID numbers their role may read: the role is the account's, read from
    // the database (no account, least privilege), so no caller can forget to mask.
    setup.context.viewerRole = accountRole(m_db, m_actor).value_or(Role::Reviewer);
    setup.context.codeName = [this](const QString &list, const QString &code) { return m_lookups.codeName(list, code); };
    // The issuing body: the node's union and its mediation committee (fixed document wording).
    if (const auto node = NodeIdentity::load(m_db)) {
        const bool localUnion = node->tier == Tier::City || node->tier == Tier::District || node->tier == Tier::Street;
        setup.context.bodyName = node->orgUnitName
            + (localUnion ? QStringLiteral("总工会劳动争议调解委员会") : QStringLiteral("劳动争议调解委员会"));
    }
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

void CaseDocumentsBar::chooseAndSaveDocument()
{
    if (m_documentKind->currentIndex() < 0)
        return;
    const auto kind = MediationDocumentKind(m_documentKind->currentData().toInt());
    // The file dialog belongs to the case dialog, as the bar is only a part of it.
    const QString path = FileDialogs::saveFile(window(), CaseDialog::tr("Save document as PDF"),
                                                      QStringLiteral("%1.pdf").arg(m_case.caseNo),
                                                      CaseDialog::tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    const Status s = saveDocument(kind, path);
    Q_EMIT message(s ? CaseDialog::tr("Saved %1.").arg(path) : s.error(), !s);
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
