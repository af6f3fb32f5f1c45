#pragma once

#include "mediation/MediationCase.h"
#include "core/Result.h"
#include "mediation/MediationDocumentData.h"

#include <QWidget>

class QComboBox;
class QPushButton;

namespace ud {

class Database;
class CodeListCache;

// The documents row at the foot of the case file (CaseDialog): the documents the case's state
// allows, in the order of the case file (cover and index first), shown in a print preview or
// saved as PDF; and the node's issuing body (IssuingBodyDialog) the documents are headed with. The documents carry full ID numbers, so each
// one printed or saved is recorded in the access log under the actor. The widgets keep
// CaseDialog's object names (case…) and its translation context.
class CaseDocumentsBar : public QWidget
{
    Q_OBJECT

public:
    CaseDocumentsBar(Database &db, const CodeListCache &lookups, const QString &caseId, QWidget *parent = nullptr);

    // The case as last read by the dialog; refreshes the choice of documents.
    void setCase(const MediationCase &c);
    void setActor(const QString &actor) { m_actor = actor; }
    // Writes a document of the case as PDF and records the read in the access log.
    Status saveDocument(MediationDocumentKind kind, const QString &path);
    // Where "Save as PDF" proposes to save a document: 案号-文书名.pdf in the remembered
    // documents folder (DocumentsFolder).
    QString suggestedPath(MediationDocumentKind kind) const;

Q_SIGNALS:
    // The outcome of a button, for the dialog's message line.
    void message(const QString &text, bool error);

private:
    void fillDocumentKinds();
    void previewDocument();
    void chooseAndSaveDocument();
    void editIssuingBody();
    struct DocumentSetup;
    DocumentSetup documentSetup() const;

    Database &m_db;
    const CodeListCache &m_lookups;
    QString m_caseId;
    MediationCase m_case;
    QString m_actor;
    QComboBox *m_documentKind = nullptr;
    QPushButton *m_printPreview = nullptr;
    QPushButton *m_savePdf = nullptr;
    QPushButton *m_issuingBody = nullptr;
};

} // namespace ud
