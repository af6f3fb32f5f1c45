#pragma once

#include "register/Register.h"
#include "register/RegisterCommands.h"
#include "register/RegisterValidator.h"

#include <QDialog>
#include <QHash>
#include <QVariantMap>

#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace ud {

class Database;
class DuplicatePanel;
class CodeListCache;

// Adds an employer (用人单位) to the register or edits one. The unified social credit code is
// checked (GB 32100): a code whose check character fails can be kept only with a recorded
// reason (some real early codes fail), any other malformed code is refused. 百人以上 is derived
// from the employee count as it is typed. Errors are shown under the form, the first bad field
// focused and nothing typed lost. A new employer whose credit code is already registered is
// not created (the existing one can be opened); a similar name in the same district is offered
// as "possibly the same". Saving hands the employer to RegisterCommands (RegisterService through
// the command facade), which checks it and writes only the changes of an edit, undoably.
class EmployerDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Outcome { None, Saved, Unchanged, OpenExisting };

    EmployerDialog(Database &db, CommandFacade &commands, const CodeListCache &lookups,
                   const QString &employerId = {}, QWidget *parent = nullptr);

    Outcome outcome() const { return m_outcome; }
    const QString &recordId() const { return m_recordId; }

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    // The employer as typed; `dateError` is set when the union's founding date is no date.
    Employer formEmployer(std::optional<FieldError> *dateError = nullptr) const;
    void showErrors(const QList<FieldError> &errors);
    void clearErrors();
    void fitContents();
    void setReasonVisible(bool visible);
    void creditCodeEdited(const QString &text);
    void updateHundredPlus();
    void districtChanged();
    bool checkDuplicates(const Employer &normalized);
    void save(const Employer &employer);
    void openExisting(const QString &id);

    Database &m_db;
    RegisterCommands m_commands;
    const CodeListCache &m_lookups;
    std::optional<Employer> m_original;
    Outcome m_outcome = Outcome::None;
    QString m_recordId;
    QString m_confirmedSimilar;

    QFormLayout *m_leftForm = nullptr;

    QLineEdit *m_name;
    QLineEdit *m_creditCode;
    QLineEdit *m_reason;
    QComboBox *m_type;
    QComboBox *m_industry;
    QSpinBox *m_count;
    QLabel *m_hundredPlus;
    QCheckBox *m_unionFounded;
    QLineEdit *m_unionDate;
    QCheckBox *m_congress;
    QCheckBox *m_openAffairs;
    QCheckBox *m_bargaining;
    QLineEdit *m_legalRep;
    QLineEdit *m_phone;
    QLineEdit *m_address;
    QComboBox *m_district;
    QComboBox *m_street;
    QPlainTextEdit *m_notes;
    QLabel *m_systemsLabel;
    QLabel *m_error;
    DuplicatePanel *m_duplicates;
    QHash<QString, QLabel *> m_labels;
};

} // namespace ud
