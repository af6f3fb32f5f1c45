#pragma once

#include "mediation/MediationCase.h"

#include <QList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace ud {

class Database;

// The evidence tab of the case file (CaseDialog): the attached files, with a preview of the
// selected one if it is an image. Attaching goes through the dialog (`attachRequested`), which
// stores the file and reads the case again. The widgets keep CaseDialog's object names (case…)
// and its translation context.
class CaseEvidenceTab : public QWidget
{
    Q_OBJECT

public:
    explicit CaseEvidenceTab(Database &db, QWidget *parent = nullptr);

    void setAttachments(const QList<CaseAttachment> &attachments);
    void setEditable(bool editable);

Q_SIGNALS:
    // The user chose a file and described it.
    void attachRequested(const QString &path, const QString &description);

private:
    void previewAttachment();
    void showHint();

    Database &m_db;
    QList<CaseAttachment> m_attachments;
    QListWidget *m_evidence = nullptr;
    QPushButton *m_attach = nullptr;
    QLabel *m_preview = nullptr;
};

} // namespace ud
