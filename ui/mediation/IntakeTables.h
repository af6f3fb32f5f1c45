#pragma once

#include "mediation/MediationCase.h"
#include "register/Register.h"
#include "register/RegisterValidator.h"

#include <QHash>
#include <QJsonArray>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace ud {

class Database;
class CodeListCache;
class WorkerPicker;

// The three tables of the intake form (IntakeDialog): applicants, agents and claims, each with
// its buttons. They read their rows into the case, write them to and from the draft, and say
// `changed()` on every edit so the dialog can save the draft. They live in the dialog's form,
// keep the dialog's object names (intake…) and translate through IntakeDialog's context.

// Applicants: workers of the register, found with the picker and added to the table. Their full
// ID numbers are kept here for the case but never shown (the table has them masked).
class IntakeApplicantsTable : public QWidget
{
    Q_OBJECT

public:
    explicit IntakeApplicantsTable(Database &db, QWidget *parent = nullptr);

    WorkerPicker *picker() const { return m_picker; }
    void addWorker(const Worker &worker, bool representative);
    QList<CaseParty> parties() const;
    QJsonArray draft() const;
    // Workers removed from the register since the draft was saved are left out.
    void restoreDraft(const QJsonArray &applicants);
    void retranslate();

Q_SIGNALS:
    void changed();
    // A row was added; `rows` applicants are listed now (the dialog raises the worker count).
    void rowAdded(int rows);
    // The picked worker was added (the dialog clears its messages and may take the employer).
    void workerAdded(const Worker &worker);
    // The picked text could not be added, for the message under the table.
    void problem(const QString &message);

private:
    void addChosen();

    Database &m_db;
    QHash<QString, QString> m_idNumbers; // worker id -> full ID number (never shown)
    WorkerPicker *m_picker = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QTableWidget *m_table = nullptr;
};

// Agents of either side: free text rows with the side chosen in a combo box.
class IntakeAgentsTable : public QWidget
{
    Q_OBJECT

public:
    explicit IntakeAgentsTable(QWidget *parent = nullptr);

    void addRow(const QString &name, const QString &phone, const QString &relation, const QString &side);
    QList<CaseParty> parties() const; // rows left entirely empty are not agents
    QJsonArray draft() const;
    void restoreDraft(const QJsonArray &agents);
    void retranslate();

Q_SIGNALS:
    void changed();

private:
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
};

// Claims: an item of the claim_item list, a description and an amount typed in yuan, with the
// total of the readable amounts shown next to the buttons.
class IntakeClaimsTable : public QWidget
{
    Q_OBJECT

public:
    explicit IntakeClaimsTable(const CodeListCache &lookups, QWidget *parent = nullptr);

    void addRow(const QString &item, const QString &description, const QString &amount);
    // Unreadable amounts count as 0 here; amountErrors() reports them (fields "claims/<row>").
    QList<CaseItem> items() const;
    QList<FieldError> amountErrors() const;
    QJsonArray draft() const;
    void restoreDraft(const QJsonArray &claims);
    void retranslate();

Q_SIGNALS:
    void changed();

private:
    void showTotal();

    const CodeListCache &m_lookups;
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_total = nullptr;
};

} // namespace ud
