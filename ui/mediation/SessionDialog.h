#pragma once

#include "mediation/MediationCase.h"

#include <QDialog>

class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace ud {

// 调解笔录: one mediation session's record (new or edited).
class SessionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SessionDialog(const CaseSession &session, QWidget *parent = nullptr);
    CaseSession session() const;
    void showError(const QString &message);

private:
    CaseSession m_original;
    QDateTimeEdit *m_startedAt;
    QLineEdit *m_place;
    QLineEdit *m_mediators;
    QLineEdit *m_recorder;
    QLineEdit *m_attendees;
    QPlainTextEdit *m_statements;
    QPlainTextEdit *m_proposals;
    QPlainTextEdit *m_progress;
    QLineEdit *m_nextStep;
    QLabel *m_error;
};

} // namespace ud
