#pragma once

#include "core/IdDocument.h"
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

namespace ud {

class CommandFacade;
class Database;
class DuplicatePanel;
class EmployerPicker;
class CodeListCache;

// Adds a worker to the register or edits one. On OK the fields are checked (RegisterValidator:
// the ID number by the rule of its ID type, birth date and sex against the ID where it carries
// them, code lists, employer, phone); errors
// are shown under the form with the first bad field focused, and nothing typed is lost. A new
// worker whose ID number is already registered is not created: the dialog offers to open the
// existing record instead. Workers with a similar name and the same birth date are offered as
// "possibly the same" (open that one, or create anyway). Saving hands the worker to
// RegisterCommands (RegisterService through the command facade), which checks it, writes only
// the changed fields of an edit, and makes it audited, synced and undoable.
//
// When editing, the ID number field starts empty with the masked number as placeholder: the
// full number is never put on screen here; typing a number replaces it. Under the number the
// place it names is shown (a retired code with its historic name: 110223 北京市通县, retired
// 1997); an area code in no list is a warning the user may accept by giving a reason, which is
// kept with the record and in the audit log.
class WorkerDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Outcome { None, Saved, Unchanged, OpenExisting };

    WorkerDialog(Database &db, CommandFacade &commands, const CodeListCache &lookups, const QString &workerId = {},
                 QWidget *parent = nullptr);

    // Fill in a new worker's employer (adding from an employer's page).
    void setEmployer(const QString &id, const QString &name);

    Outcome outcome() const { return m_outcome; }
    // The saved worker, or the existing one to open instead.
    const QString &recordId() const { return m_recordId; }

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    // The worker as typed; `dateError` is set when the birth date is text that is no date.
    Worker formWorker(bool *employerOk, std::optional<FieldError> *dateError = nullptr) const;
    void showErrors(const QList<FieldError> &errors);
    void clearErrors();
    void fitContents();
    QWidget *fieldWidget(const QString &field) const;
    bool checkDuplicates(const Worker &normalized);
    void save(const Worker &worker);
    void openExisting(const QString &id);
    void idNumberEdited();
    void setReasonVisible(bool visible);
    IdType currentIdType() const;

    Database &m_db;
    RegisterCommands m_commands;
    const CodeListCache &m_lookups;
    std::optional<Worker> m_original;
    Outcome m_outcome = Outcome::None;
    QString m_recordId;
    QString m_confirmedSimilar; // the name/birth/employer the user chose to create anyway

    QFormLayout *m_leftForm;
    QFormLayout *m_rightForm;
    QLineEdit *m_name;
    QComboBox *m_idType;
    QLineEdit *m_idNumber;
    QLabel *m_idPlace;
    QLineEdit *m_idReason;
    QComboBox *m_sex;
    QLineEdit *m_birthDate;
    QComboBox *m_ethnicity;
    QComboBox *m_hukou;
    QLineEdit *m_phone;
    QLineEdit *m_address;
    EmployerPicker *m_employer;
    QLineEdit *m_post;
    QCheckBox *m_unionMember;
    QPlainTextEdit *m_notes;
    QLabel *m_notesLabel;
    QLabel *m_error;
    DuplicatePanel *m_duplicates;
    QHash<QString, QLabel *> m_labels;
};

} // namespace ud
