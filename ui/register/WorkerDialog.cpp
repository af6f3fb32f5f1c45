#include "ui/register/WorkerDialog.h"

#include "ui/register/DuplicatePanel.h"
#include "ui/common/EmployerPicker.h"
#include "ui/common/CodeListCache.h"
#include "register/RegisterRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ud {

namespace {
const QString kErrorStyle = QStringLiteral("color: #b00020;");

QString describe(const Worker &w)
{
    QStringList parts{w.name};
    if (w.birthDate.isValid())
        parts << w.birthDate.toString(Qt::ISODate);
    if (!w.idNumber.isEmpty())
        parts << IdDocument::mask(w.idNumber);
    if (!w.employerName.isEmpty())
        parts << w.employerName;
    return parts.join(QStringLiteral("  ·  "));
}
} // namespace

WorkerDialog::WorkerDialog(Database &db, CommandFacade &commands, const CodeListCache &lookups,
                           const QString &workerId, QWidget *parent)
    : QDialog(parent), m_db(db), m_commands(commands), m_lookups(lookups)
{
    setObjectName(QStringLiteral("workerDialog"));
    if (!workerId.isEmpty())
        m_original = RegisterRepository(db).worker(workerId);

    const auto named = [this](QWidget *w, const char *name) {
        w->setObjectName(QLatin1String(name));
        return w;
    };
    m_name = new QLineEdit(this);
    named(m_name, "workerNameEdit");
    m_idType = new QComboBox(this);
    named(m_idType, "idTypeCombo");
    for (const IdType t : IdDocument::types())
        m_idType->addItem(QString(), IdDocument::code(t));
    m_idNumber = new QLineEdit(this);
    named(m_idNumber, "workerIdNumberEdit");
    m_idNumber->setMaxLength(18);
    m_idPlace = new QLabel(this);
    named(m_idPlace, "workerIdPlaceLabel");
    m_idPlace->setTextFormat(Qt::PlainText);
    m_idPlace->setWordWrap(true);
    m_idReason = new QLineEdit(this);
    named(m_idReason, "workerIdOverrideReasonEdit");
    m_idReason->setMaxLength(RegisterValidator::maxLength(QStringLiteral("worker"), QStringLiteral("id_number_override")));
    m_sex = new QComboBox(this);
    named(m_sex, "workerSexCombo");
    m_birthDate = new QLineEdit(this);
    named(m_birthDate, "workerBirthDateEdit");
    m_birthDate->setMaxLength(10);
    m_ethnicity = new QComboBox(this);
    named(m_ethnicity, "workerEthnicityCombo");
    m_hukou = new QComboBox(this);
    named(m_hukou, "workerHukouCombo");
    m_phone = new QLineEdit(this);
    named(m_phone, "workerPhoneEdit");
    m_address = new QLineEdit(this);
    named(m_address, "workerAddressEdit");
    m_employer = new EmployerPicker(db, this);
    named(m_employer, "workerEmployerCombo");
    m_post = new QLineEdit(this);
    named(m_post, "workerPostEdit");
    m_unionMember = new QCheckBox(this);
    named(m_unionMember, "workerUnionMemberCheck");
    m_notes = new QPlainTextEdit(this);
    named(m_notes, "workerNotesEdit");
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);
    m_error = new QLabel(this);
    named(m_error, "workerError");
    m_error->setWordWrap(true);
    m_error->setStyleSheet(kErrorStyle);
    m_error->setTextFormat(Qt::PlainText);
    m_duplicates = new DuplicatePanel(this);

    m_sex->addItem(QString(), QString());
    m_sex->addItem(QString(), QStringLiteral("male"));
    m_sex->addItem(QString(), QStringLiteral("female"));
    m_lookups.fillCodeCombo(m_ethnicity, QStringLiteral("ethnicity"), QStringLiteral("—"));
    m_lookups.fillCodeCombo(m_hukou, QStringLiteral("hukou_type"), QStringLiteral("—"));

    m_leftForm = new QFormLayout;
    m_rightForm = new QFormLayout;
    const auto addRow = [this](QFormLayout *form, const QString &field, QWidget *w) {
        auto *label = new QLabel(this);
        label->setBuddy(w);
        m_labels.insert(field, label);
        form->addRow(label, w);
    };
    addRow(m_leftForm, QStringLiteral("name"), m_name);
    addRow(m_leftForm, QStringLiteral("id_type"), m_idType);
    addRow(m_leftForm, QStringLiteral("id_number"), m_idNumber);
    m_leftForm->addRow(QString(), m_idPlace);
    addRow(m_leftForm, QStringLiteral("id_number_override"), m_idReason);
    addRow(m_leftForm, QStringLiteral("birth_date"), m_birthDate);
    addRow(m_leftForm, QStringLiteral("sex"), m_sex);
    addRow(m_leftForm, QStringLiteral("ethnicity"), m_ethnicity);
    addRow(m_leftForm, QStringLiteral("hukou_type"), m_hukou);
    addRow(m_rightForm, QStringLiteral("employer_id"), m_employer);
    addRow(m_rightForm, QStringLiteral("post"), m_post);
    addRow(m_rightForm, QStringLiteral("phone"), m_phone);
    addRow(m_rightForm, QStringLiteral("address"), m_address);
    addRow(m_rightForm, QStringLiteral("union_member"), m_unionMember);
    m_notesLabel = new QLabel(this);
    m_notesLabel->setBuddy(m_notes);
    m_labels.insert(QStringLiteral("notes"), m_notesLabel);

    auto *columns = new QHBoxLayout;
    columns->addLayout(m_leftForm, 1);
    columns->addSpacing(16);
    columns->addLayout(m_rightForm, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &WorkerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &WorkerDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_notesLabel);
    layout->addWidget(m_notes);
    layout->addWidget(m_error);
    layout->addWidget(m_duplicates);
    layout->addWidget(buttons);

    connect(m_idNumber, &QLineEdit::textChanged, this, &WorkerDialog::idNumberEdited);
    connect(m_idType, &QComboBox::currentIndexChanged, this, &WorkerDialog::idNumberEdited);
    connect(m_duplicates, &DuplicatePanel::openRequested, this, &WorkerDialog::openExisting);
    connect(m_duplicates, &DuplicatePanel::createAnywayRequested, this, [this] {
        bool employerOk = false;
        const Worker w = formWorker(&employerOk);
        m_confirmedSimilar = QStringList{w.name.trimmed(), m_birthDate->text().trimmed(), w.employerId,
                                         m_idNumber->text().trimmed()}
                                 .join(QLatin1Char('|'));
        accept();
    });

    if (m_original) {
        const Worker &w = *m_original;
        m_name->setText(w.name);
        CodeListCache::selectCode(m_idType, w.idType);
        m_idReason->setText(w.idNumberOverride);
        if (w.birthDate.isValid())
            m_birthDate->setText(w.birthDate.toString(Qt::ISODate));
        CodeListCache::selectCode(m_sex, w.sex);
        CodeListCache::selectCode(m_ethnicity, w.ethnicity);
        CodeListCache::selectCode(m_hukou, w.hukouType);
        m_phone->setText(w.phone);
        m_address->setText(w.address);
        m_employer->setEmployer(w.employerId, w.employerName);
        m_post->setText(w.post);
        m_unionMember->setChecked(w.unionMember);
        m_notes->setPlainText(w.notes);
    } else {
        m_employer->setEmployer(QString(), QString());
    }
    setReasonVisible(m_original && !m_original->idNumberOverride.isEmpty());
    retranslate();
    resize(760, sizeHint().height());
}

void WorkerDialog::retranslate()
{
    setWindowTitle(m_original ? tr("Edit worker – %1").arg(m_original->name) : tr("Add worker"));
    m_labels.value(QStringLiteral("name"))->setText(tr("&Name:"));
    m_labels.value(QStringLiteral("id_type"))->setText(tr("ID &type:"));
    m_labels.value(QStringLiteral("id_number"))->setText(tr("&ID number:"));
    m_labels.value(QStringLiteral("id_number_override"))->setText(tr("&Reason to keep it:"));
    for (int i = 0; i < m_idType->count(); ++i)
        if (const auto t = IdDocument::parse(m_idType->itemData(i).toString()))
            m_idType->setItemText(i, IdDocument::label(*t));
    m_idReason->setPlaceholderText(tr("e.g. checked against the card; issued before the code was listed"));
    m_labels.value(QStringLiteral("birth_date"))->setText(tr("&Birth date:"));
    m_labels.value(QStringLiteral("sex"))->setText(tr("&Sex:"));
    m_labels.value(QStringLiteral("ethnicity"))->setText(tr("Ethni&city:"));
    m_labels.value(QStringLiteral("hukou_type"))->setText(tr("&Hukou:"));
    m_labels.value(QStringLiteral("employer_id"))->setText(tr("E&mployer:"));
    m_labels.value(QStringLiteral("post"))->setText(tr("&Post:"));
    m_labels.value(QStringLiteral("phone"))->setText(tr("Phon&e:"));
    m_labels.value(QStringLiteral("address"))->setText(tr("&Address:"));
    m_labels.value(QStringLiteral("union_member"))->setText(tr("Union:"));
    m_notesLabel->setText(tr("N&otes:"));
    m_unionMember->setText(tr("&Union member"));
    m_sex->setItemText(0, tr("From the ID number"));
    m_sex->setItemText(1, CodeListCache::sexName(QStringLiteral("male")));
    m_sex->setItemText(2, CodeListCache::sexName(QStringLiteral("female")));
    m_birthDate->setToolTip(tr("Leave empty to take the birth date from the ID number; if given, it must match it."));
    m_employer->lineEdit()->setPlaceholderText(tr("Type part of the name to search"));
    if (m_original && !m_original->idNumber.isEmpty())
        m_idNumber->setPlaceholderText(tr("%1 (type to replace)").arg(IdDocument::mask(m_original->idNumber)));
    idNumberEdited();
    m_duplicates->retranslate();
}

void WorkerDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void WorkerDialog::setEmployer(const QString &id, const QString &name)
{
    m_employer->setEmployer(id, name);
}

IdType WorkerDialog::currentIdType() const
{
    return IdDocument::parse(m_idType->currentData().toString()).value_or(IdType::Resident);
}

void WorkerDialog::setReasonVisible(bool visible)
{
    m_leftForm->setRowVisible(m_idReason, visible);
}

// Shows what a valid ID number says, so leaving birth date and sex empty is an informed choice,
// and the place its area code names; an unknown area code opens the field for the reason.
void WorkerDialog::idNumberEdited()
{
    const IdType type = currentIdType();
    if (!m_original || m_original->idNumber.isEmpty()) {
        m_idNumber->setPlaceholderText(type == IdType::Resident ? tr("18 digits, or 15 for an old card")
                                                                : tr("As printed on the document"));
    }
    QString text = m_idNumber->text().trimmed();
    if (text.isEmpty() && m_original && m_original->idType == IdDocument::code(type))
        text = m_original->idNumber; // the stored number, never put on screen in full
    const IdDocument::Check check = IdDocument::check(type, text, QDate::currentDate());
    if (check.ok() && check.carriesBirthDate())
        m_birthDate->setPlaceholderText(tr("%1 (from the ID number)").arg(check.birthDate.toString(Qt::ISODate)));
    else
        m_birthDate->setPlaceholderText(tr("yyyy-mm-dd, or empty"));

    QString place;
    if (check.ok() && !check.divisionCode.isEmpty()) {
        place = check.warning.isEmpty() ? DivisionCodes::bundled().describe(check.divisionCode) : check.warning;
        if (!check.warning.isEmpty())
            setReasonVisible(true);
    }
    if (check.ok() && check.warning.isEmpty() && m_idReason->text().trimmed().isEmpty())
        setReasonVisible(false);
    m_idPlace->setText(place);
    m_idPlace->setVisible(!place.isEmpty());
}

Worker WorkerDialog::formWorker(bool *employerOk, std::optional<FieldError> *dateError) const
{
    Worker w;
    w.name = m_name->text();
    w.idType = m_idType->currentData().toString();
    w.idNumber = m_idNumber->text().trimmed();
    if (w.idNumber.isEmpty() && m_original)
        w.idNumber = m_original->idNumber; // unchanged: the field never shows the stored number
    // isHidden(), not isVisible(): the reason only counts while its row is shown.
    w.idNumberOverride = m_idReason->isHidden() ? QString() : m_idReason->text();
    const QString birth = m_birthDate->text().trimmed();
    w.birthDate = RegisterValidator::parseDate(birth);
    if (dateError && !birth.isEmpty() && !w.birthDate.isValid())
        *dateError = RegisterValidator::dateError(QStringLiteral("birth_date"), birth);
    w.sex = m_sex->currentData().toString();
    w.ethnicity = m_ethnicity->currentData().toString();
    w.hukouType = m_hukou->currentData().toString();
    w.phone = m_phone->text();
    w.address = m_address->text();
    w.employerId = m_employer->employerId(employerOk);
    w.post = m_post->text();
    w.unionMember = m_unionMember->isChecked();
    w.notes = m_notes->toPlainText();
    if (m_original) {
        w.id = m_original->id;
        w.version = m_original->version; // the base version of the edit
    }
    return w;
}

QWidget *WorkerDialog::fieldWidget(const QString &field) const
{
    QLabel *label = m_labels.value(field);
    return label ? label->buddy() : nullptr;
}

void WorkerDialog::clearErrors()
{
    m_error->clear();
    for (QLabel *label : std::as_const(m_labels))
        label->setStyleSheet(QString());
    m_duplicates->clear();
}

void WorkerDialog::showErrors(const QList<FieldError> &errors)
{
    QStringList lines;
    QWidget *first = nullptr;
    for (const FieldError &e : errors) {
        const QString label = RegisterValidator::fieldLabel(e.field);
        lines << (e.message.startsWith(label) ? e.message : tr("%1: %2").arg(label, e.message));
        QString field = e.field;
        if (e.overridable && e.field == QLatin1String("id_number")) {
            // An unknown area code: keep the number only with a reason.
            setReasonVisible(true);
            field = QStringLiteral("id_number_override");
        }
        if (QLabel *l = m_labels.value(field))
            l->setStyleSheet(kErrorStyle);
        if (!first)
            first = fieldWidget(field);
    }
    m_error->setText(lines.join(QLatin1Char('\n')));
    fitContents();
    if (first)
        first->setFocus();
}

// Grows the dialog so wrapped error lines and the duplicate list are not cut off.
void WorkerDialog::fitContents()
{
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : sizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

void WorkerDialog::openExisting(const QString &id)
{
    m_outcome = Outcome::OpenExisting;
    m_recordId = id;
    QDialog::accept();
}

// True when the dialog may go on saving.
bool WorkerDialog::checkDuplicates(const Worker &normalized)
{
    const RegisterRepository repo(m_db);
    const QString idNumber = normalized.idNumber;
    const QString self = m_original ? m_original->id : QString();
    if (!idNumber.isEmpty()) {
        const auto existing = repo.workerByIdNumber(idNumber);
        if (existing && existing->id != self) {
            m_error->setText(tr("A worker with this ID number is already in the register: %1. Nothing was saved.")
                                 .arg(existing->name));
            m_duplicates->showExact(tr("Open the existing record instead:"), {existing->id, describe(*existing)});
            m_labels.value(QStringLiteral("id_number"))->setStyleSheet(kErrorStyle);
            fitContents();
            m_idNumber->setFocus();
            return false;
        }
    }
    if (m_original)
        return true;
    const QString key = QStringList{normalized.name, m_birthDate->text().trimmed(), normalized.employerId,
                                    m_idNumber->text().trimmed()}
                            .join(QLatin1Char('|'));
    if (key == m_confirmedSimilar)
        return true;
    const QList<Worker> similar = repo.similarWorkers(normalized.name, normalized.birthDate, normalized.employerId);
    if (similar.isEmpty())
        return true;
    QList<DuplicatePanel::Candidate> candidates;
    for (const Worker &w : similar)
        candidates << DuplicatePanel::Candidate{w.id, describe(w)};
    m_duplicates->showSimilar(tr("Possibly the same person is already in the register. Open that record, or create "
                                 "a new one anyway."),
                              candidates);
    fitContents();
    return false;
}

void WorkerDialog::accept()
{
    clearErrors();
    bool employerOk = true;
    std::optional<FieldError> dateError;
    const Worker typed = formWorker(&employerOk, &dateError);
    if (!employerOk) {
        showErrors({FieldError{QStringLiteral("employer_id"),
                               tr("Choose the employer from the list (type part of its name), or leave it empty.")}});
        return;
    }
    QList<FieldError> errors;
    const Worker normalized = m_commands.normalized(typed, &errors);
    if (dateError) {
        // In the validator's order: after the name and the sex.
        qsizetype at = 0;
        while (at < errors.size()
               && (errors.at(at).field == QLatin1String("name") || errors.at(at).field == QLatin1String("sex")))
            ++at;
        errors.insert(at, *dateError);
    }
    if (!errors.isEmpty()) {
        showErrors(errors);
        return;
    }
    if (!checkDuplicates(normalized))
        return;
    save(typed);
}

void WorkerDialog::save(const Worker &worker)
{
    const RegisterService::Outcome saved = m_original ? m_commands.saveWorker(worker) : m_commands.addWorker(worker);
    if (!saved.errors.isEmpty()) {
        showErrors(saved.errors);
        return;
    }
    if (!saved.ok()) {
        m_error->setText(saved.error);
        fitContents();
        return;
    }
    m_recordId = saved.id;
    m_outcome = m_original && !saved.changed ? Outcome::Unchanged : Outcome::Saved;
    QDialog::accept();
}

} // namespace ud
