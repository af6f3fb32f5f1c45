#pragma once

#include "mediation/CaseFollowOnCommands.h"
#include "mediation/MediationCase.h"

#include <QHash>
#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace ud {

class CommandFacade;
class Database;

// The "After the agreement" tab of the case file (CaseDialog): the outcome of the arbitration
// review or judicial confirmation, 送达 records, steps after a breach, referrals out of the case,
// supplementary agreements (补充协议) and 回访 records. Each section is a small table with
// Add / Edit / Remove buttons; Add and Edit open a small form (CaseFollowOnRecordDialog, object
// name "followOnDialog"). Every write goes through CaseFollowOnCommands (undoable); after one
// the tab emits changed() and the dialog reads the case again.
class CaseFollowOnTab : public QWidget
{
    Q_OBJECT

public:
    CaseFollowOnTab(Database &db, CommandFacade &facade, QWidget *parent = nullptr);

    void setCase(const MediationCase &c, bool editable);
    // The ids of the records this tab shows (the dialog re-reads the case when one changes).
    static QStringList recordIds(const MediationCase &c);

    // The sections' forms: row -1 adds a record. The form opens window-modal (not blocking).
    void openReviewOutcome();
    void openService(int row);
    void openFollowUp(int row);
    void openBreachStep(int row);
    // Row -1 with `preset`: a new referral filled in with it (the breach section's "Refer to
    // arbitration" presets kind arbitration, reason breach).
    void openReferral(int row, const CaseReferral &preset = {});
    void openSupplement(int row);

Q_SIGNALS:
    void changed();
    void message(const QString &text, bool error);

private:
    struct Section
    {
        QTableWidget *table = nullptr;
        QPushButton *add = nullptr;
        QPushButton *edit = nullptr;
        QPushButton *remove = nullptr;
    };
    Section makeSection(QWidget *page, const QString &name, const QString &title, const QStringList &headers,
                        const QString &addText);
    void fill();
    void updateButtons();
    void removeSelected(CaseFollowOnService::Kind kind, const Section &section);
    // The code lists of these records (mediation_document, service_method, follow_up_method,
    // referral_kind, referral_reason): (code, Chinese name) in the list's order.
    QList<QPair<QString, QString>> choices(const QString &list, const QString &noneText = {}) const;
    QString codeName(const QString &list, const QString &code) const;
    Status done(const Status &s, const QString &text);

    CaseFollowOnCommands m_commands;
    QHash<QString, QList<QPair<QString, QString>>> m_lists;
    MediationCase m_case;
    bool m_editable = false;

    QLabel *m_review = nullptr;
    QPushButton *m_reviewEdit = nullptr;
    QLabel *m_breachHint = nullptr;
    QPushButton *m_referToArbitration = nullptr;
    Section m_services;
    Section m_breachSteps;
    Section m_referrals;
    Section m_supplements;
    Section m_followUps;
};

} // namespace ud
