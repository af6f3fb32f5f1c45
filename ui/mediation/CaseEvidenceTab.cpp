#include "ui/mediation/CaseEvidenceTab.h"
#include "ui/common/FileDialogs.h"

#include "ui/mediation/CaseDialog.h"
#include "mediation/MediationRepository.h"

#include <QHBoxLayout>
#include <QImage>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace ud {

CaseEvidenceTab::CaseEvidenceTab(Database &db, QWidget *parent)
    : QWidget(parent),
      m_db(db)
{
    auto *ev = new QHBoxLayout(this);
    auto *evLeft = new QVBoxLayout;
    m_evidence = new QListWidget(this);
    m_evidence->setObjectName(QStringLiteral("caseEvidence"));
    m_attach = new QPushButton(CaseDialog::tr("&Attach a file…"), this);
    m_attach->setObjectName(QStringLiteral("caseAttach"));
    evLeft->addWidget(m_evidence);
    evLeft->addWidget(m_attach, 0, Qt::AlignLeft);
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("caseEvidencePreview"));
    m_preview->setMinimumSize(320, 320);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setWordWrap(true);
    ev->addLayout(evLeft, 1);
    ev->addWidget(m_preview, 1);
    connect(m_evidence, &QListWidget::currentRowChanged, this, &CaseEvidenceTab::previewAttachment);
    connect(m_attach, &QPushButton::clicked, this, [this] {
        // The file and text dialogs belong to the case dialog, as the tab is only a part of it.
        const QString path = FileDialogs::openFileToRead(window(), CaseDialog::tr("Attach evidence"), QString(),
                                                          CaseDialog::tr("Scans and photos (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)"));
        if (path.isEmpty())
            return;
        const QString description = QInputDialog::getText(window(), CaseDialog::tr("Attach evidence"),
                                                          CaseDialog::tr("What does it show?"));
        Q_EMIT attachRequested(path, description);
    });
}

void CaseEvidenceTab::setEditable(bool editable)
{
    m_attach->setEnabled(editable);
}

void CaseEvidenceTab::setAttachments(const QList<CaseAttachment> &attachments)
{
    m_attachments = attachments;
    m_evidence->clear();
    for (const CaseAttachment &a : std::as_const(m_attachments)) {
        auto *item = new QListWidgetItem(QStringLiteral("%1  (%2 KB)%3")
                                             .arg(a.fileName)
                                             .arg((a.sizeBytes + 1023) / 1024)
                                             .arg(a.description.isEmpty() ? QString() : QStringLiteral(" — ") + a.description),
                                         m_evidence);
        item->setData(Qt::UserRole, a.sha256);
        item->setToolTip(QStringLiteral("sha256 %1").arg(a.sha256));
    }
    showHint();
}

void CaseEvidenceTab::showHint()
{
    // Never a blank half: what the pane is for, and how evidence gets there.
    m_preview->setText(m_attachments.isEmpty()
                           ? CaseDialog::tr("No evidence attached yet. Scans and photos of contracts, pay slips, "
                                            "attendance records or chat messages are added with \"Attach a file…\".")
                           : CaseDialog::tr("Select a file on the left to see it here."));
}

void CaseEvidenceTab::previewAttachment()
{
    const int row = m_evidence->currentRow();
    if (row < 0 || row >= m_attachments.size()) {
        showHint();
        return;
    }
    const CaseAttachment &a = m_attachments.at(row);
    if (!a.mimeType.startsWith(QLatin1String("image/"))) {
        m_preview->setText(CaseDialog::tr("No preview for %1 (%2).").arg(a.fileName, a.mimeType));
        return;
    }
    QImage image;
    image.loadFromData(MediationRepository(m_db).attachmentData(a.sha256));
    if (image.isNull()) {
        m_preview->setText(CaseDialog::tr("The image %1 cannot be shown.").arg(a.fileName));
        return;
    }
    m_preview->setPixmap(QPixmap::fromImage(image).scaled(m_preview->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
}

} // namespace ud
