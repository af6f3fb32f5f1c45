#include "ui/register/EmployerDialog.h"

#include "core/CreditCode.h"
#include "core/DisplayFormat.h"
#include "ui/register/DuplicatePanel.h"
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
#include <QSpinBox>
#include <QVBoxLayout>

namespace ud {

namespace {
const QString kErrorStyle = QStringLiteral("color: #b00020;");
const QString kOverride = QStringLiteral("credit_code_override");

QString describe(const Employer &e, const CodeListCache &lookups)
{
    QStringList parts{e.name};
    if (!e.creditCode.isEmpty())
        parts << e.creditCode;
    if (!e.district.isEmpty())
        parts << lookups.unitName(e.street.isEmpty() ? e.district : e.street);
    return parts.join(QStringLiteral("  ·  "));
}
} // namespace

EmployerDialog::EmployerDialog(Database &db, CommandFacade &commands, const CodeListCache &lookups,
                               const QString &employerId, QWidget *parent)
    : QDialog(parent), m_db(db), m_commands(commands), m_lookups(lookups)
{
    setObjectName(QStringLiteral("employerDialog"));
    if (!employerId.isEmpty())
        m_original = RegisterRepository(db).employer(employerId);

    const auto named = [](auto *w, const char *name) {
        w->setObjectName(QLatin1String(name));
        return w;
    };
    m_name = named(new QLineEdit(this), "employerNameEdit");
    m_creditCode = named(new QLineEdit(this), "employerCreditCodeEdit");
    m_creditCode->setMaxLength(18);
    m_reason = named(new QLineEdit(this), "employerOverrideReasonEdit");
    m_type = named(new QComboBox(this), "employerTypeCombo");
    m_industry = named(new QComboBox(this), "employerIndustryCombo");
    m_count = named(new QSpinBox(this), "employerCountSpin");
    m_count->setRange(-1, 10000000);
    m_count->setValue(-1);
    m_count->setGroupSeparatorShown(true);
    m_count->setLocale(DisplayFormat::numberLocale()); // 1,234 whatever the system says
    m_hundredPlus = named(new QLabel(this), "employerHundredPlusLabel");
    m_unionFounded = named(new QCheckBox(this), "employerUnionFoundedCheck");
    m_unionDate = named(new QLineEdit(this), "employerUnionDateEdit");
    m_congress = named(new QCheckBox(this), "employerCongressCheck");
    m_openAffairs = named(new QCheckBox(this), "employerOpenAffairsCheck");
    m_bargaining = named(new QCheckBox(this), "employerBargainingCheck");
    m_legalRep = named(new QLineEdit(this), "employerLegalRepEdit");
    m_phone = named(new QLineEdit(this), "employerPhoneEdit");
    m_address = named(new QLineEdit(this), "employerAddressEdit");
    m_district = named(new QComboBox(this), "employerDistrictCombo");
    m_street = named(new QComboBox(this), "employerStreetCombo");
    m_notes = named(new QPlainTextEdit(this), "employerNotesEdit");
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);
    m_error = named(new QLabel(this), "employerError");
    m_error->setWordWrap(true);
    m_error->setStyleSheet(kErrorStyle);
    m_error->setTextFormat(Qt::PlainText);
    m_duplicates = new DuplicatePanel(this);

    m_lookups.fillCodeCombo(m_type, QStringLiteral("employer_type"), QStringLiteral("—"));
    m_lookups.fillIndustryCombo(m_industry, QStringLiteral("—"), false);
    m_industry->setMaxVisibleItems(20);
    m_lookups.fillDistrictCombo(m_district, QStringLiteral("—"));

    auto *left = m_leftForm = new QFormLayout;
    auto *right = new QFormLayout;
    const auto addRow = [this](QFormLayout *form, const QString &field, QWidget *buddy, QLayout *content = nullptr) {
        auto *label = new QLabel(this);
        label->setBuddy(buddy);
        m_labels.insert(field, label);
        if (content)
            form->addRow(label, content);
        else
            form->addRow(label, buddy);
    };
    auto *countRow = new QHBoxLayout;
    countRow->addWidget(m_count);
    countRow->addWidget(m_hundredPlus, 1);
    auto *unionRow = new QHBoxLayout;
    unionRow->addWidget(m_unionFounded);
    unionRow->addWidget(m_unionDate, 1);
    auto *systems = new QVBoxLayout;
    systems->addWidget(m_congress);
    systems->addWidget(m_openAffairs);
    systems->addWidget(m_bargaining);
    addRow(left, QStringLiteral("name"), m_name);
    addRow(left, QStringLiteral("credit_code"), m_creditCode);
    addRow(left, kOverride, m_reason);
    addRow(left, QStringLiteral("employer_type"), m_type);
    addRow(left, QStringLiteral("industry"), m_industry);
    addRow(left, QStringLiteral("employee_count"), m_count, countRow);
    addRow(left, QStringLiteral("legal_representative"), m_legalRep);
    addRow(left, QStringLiteral("phone"), m_phone);
    addRow(right, QStringLiteral("district"), m_district);
    addRow(right, QStringLiteral("street"), m_street);
    addRow(right, QStringLiteral("address"), m_address);
    addRow(right, QStringLiteral("union_founded"), m_unionFounded, unionRow);
    m_labels.insert(QStringLiteral("union_founded_on"), m_labels.value(QStringLiteral("union_founded")));
    m_systemsLabel = new QLabel(this);
    right->addRow(m_systemsLabel, systems);
    auto *notesLabel = new QLabel(this);
    notesLabel->setBuddy(m_notes);
    m_labels.insert(QStringLiteral("notes"), notesLabel);
    left->setRowVisible(m_reason, false);
    m_industry->setMinimumContentsLength(16);
    m_industry->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addSpacing(16);
    columns->addLayout(right, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &EmployerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EmployerDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(notesLabel);
    layout->addWidget(m_notes);
    layout->addWidget(m_error);
    layout->addWidget(m_duplicates);
    layout->addWidget(buttons);

    connect(m_creditCode, &QLineEdit::textChanged, this, &EmployerDialog::creditCodeEdited);
    connect(m_count, &QSpinBox::valueChanged, this, &EmployerDialog::updateHundredPlus);
    connect(m_unionFounded, &QCheckBox::toggled, m_unionDate, &QLineEdit::setEnabled);
    connect(m_district, &QComboBox::currentIndexChanged, this, &EmployerDialog::districtChanged);
    connect(m_duplicates, &DuplicatePanel::openRequested, this, &EmployerDialog::openExisting);
    connect(m_duplicates, &DuplicatePanel::createAnywayRequested, this, [this] {
        m_confirmedSimilar = m_name->text().trimmed() + QLatin1Char('|') + m_district->currentData().toString();
        accept();
    });

    const Employer e = m_original.value_or(Employer{});
    m_name->setText(e.name);
    m_creditCode->setText(e.creditCode);
    m_reason->setText(e.creditCodeOverride);
    CodeListCache::selectCode(m_type, e.employerType);
    CodeListCache::selectCode(m_industry, e.industry);
    m_count->setValue(e.employeeCount.value_or(-1));
    m_unionFounded->setChecked(e.unionFounded);
    if (e.unionFoundedOn.isValid())
        m_unionDate->setText(e.unionFoundedOn.toString(Qt::ISODate));
    m_congress->setChecked(e.hasWorkersCongress);
    m_openAffairs->setChecked(e.hasOpenAffairs);
    m_bargaining->setChecked(e.hasCollectiveBargaining);
    m_legalRep->setText(e.legalRepresentative);
    m_phone->setText(e.phone);
    m_address->setText(e.address);
    m_notes->setPlainText(e.notes);
    // A new employer starts in the node's own district and street.
    const QString district = m_original ? e.district : m_lookups.homeDistrict();
    CodeListCache::selectCode(m_district, district);
    districtChanged();
    CodeListCache::selectCode(m_street, m_original ? e.street : m_lookups.homeStreet());
    m_unionDate->setEnabled(m_unionFounded->isChecked());
    retranslate();
    resize(820, sizeHint().height());
}

void EmployerDialog::retranslate()
{
    setWindowTitle(m_original ? tr("Edit employer – %1").arg(m_original->name) : tr("Add employer"));
    const QList<QPair<const char *, QString>> labels = {
        {"name", tr("&Name:")},
        {"credit_code", tr("&Credit code:")},
        {"credit_code_override", tr("&Reason to keep it:")},
        {"employer_type", tr("&Type:")},
        {"industry", tr("&Industry:")},
        {"employee_count", tr("E&mployees:")},
        {"legal_representative", tr("&Legal representative:")},
        {"phone", tr("&Phone:")},
        {"district", tr("&District:")},
        {"street", tr("&Street/township:")},
        {"address", tr("&Address:")},
        {"union_founded", tr("Union:")},
        {"notes", tr("N&otes:")},
    };
    for (const auto &l : labels)
        m_labels.value(QLatin1String(l.first))->setText(l.second);
    m_systemsLabel->setText(tr("Systems in place:"));
    m_creditCode->setPlaceholderText(tr("Unified social credit code, 18 characters"));
    m_reason->setPlaceholderText(tr("Why this code is kept although its check character fails"));
    m_count->setSpecialValueText(tr("not known"));
    m_unionFounded->setText(tr("&Founded"));
    m_unionDate->setPlaceholderText(tr("founded on, yyyy-mm-dd"));
    m_congress->setText(tr("Workers' congress (职代会)"));
    m_openAffairs->setText(tr("Open factory affairs (厂务公开)"));
    m_bargaining->setText(tr("Collective bargaining (集体协商)"));
    m_district->setItemText(0, tr("— none —"));
    if (m_street->count() > 0)
        m_street->setItemText(0, tr("— none —"));
    updateHundredPlus();
    m_duplicates->retranslate();
}

void EmployerDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void EmployerDialog::updateHundredPlus()
{
    const int n = m_count->value();
    if (n < 0)
        m_hundredPlus->setText(tr("size not known"));
    else if (n >= 100)
        m_hundredPlus->setText(tr("100 or more employees (百人以上)"));
    else
        m_hundredPlus->setText(tr("under 100 employees"));
}

void EmployerDialog::districtChanged()
{
    const QString street = m_street->currentData().toString();
    m_lookups.fillStreetCombo(m_street, m_district->currentData().toString(), tr("— none —"));
    CodeListCache::selectCode(m_street, street);
    m_street->setEnabled(m_street->count() > 1);
}

void EmployerDialog::setReasonVisible(bool visible)
{
    m_leftForm->setRowVisible(m_reason, visible);
}

// A failing check character is shown at once, with the field for the reason to keep it.
void EmployerDialog::creditCodeEdited(const QString &text)
{
    const auto check = CreditCode::check(text);
    if (check.overridable())
        setReasonVisible(true);
    else if (check.ok() || text.trimmed().isEmpty())
        setReasonVisible(false);
}

Employer EmployerDialog::formEmployer(std::optional<FieldError> *dateError) const
{
    Employer e;
    e.name = m_name->text();
    e.creditCode = m_creditCode->text();
    // isHidden(), not isVisible(): the reason only counts while its row is shown.
    e.creditCodeOverride = m_reason->isHidden() ? QString() : m_reason->text();
    e.employerType = m_type->currentData().toString();
    e.industry = m_industry->currentData().toString();
    if (m_count->value() >= 0)
        e.employeeCount = m_count->value();
    e.unionFounded = m_unionFounded->isChecked();
    if (e.unionFounded) {
        const QString founded = m_unionDate->text().trimmed();
        e.unionFoundedOn = RegisterValidator::parseDate(founded);
        if (dateError && !founded.isEmpty() && !e.unionFoundedOn.isValid())
            *dateError = RegisterValidator::dateError(QStringLiteral("union_founded_on"), founded);
    }
    e.hasWorkersCongress = m_congress->isChecked();
    e.hasOpenAffairs = m_openAffairs->isChecked();
    e.hasCollectiveBargaining = m_bargaining->isChecked();
    e.legalRepresentative = m_legalRep->text();
    e.phone = m_phone->text();
    e.address = m_address->text();
    e.district = m_district->currentData().toString();
    e.street = m_street->currentData().toString();
    e.notes = m_notes->toPlainText();
    if (m_original) {
        e.id = m_original->id;
        e.version = m_original->version; // the base version of the edit
    }
    return e;
}

void EmployerDialog::clearErrors()
{
    m_error->clear();
    for (QLabel *label : std::as_const(m_labels))
        label->setStyleSheet(QString());
    m_duplicates->clear();
}

void EmployerDialog::showErrors(const QList<FieldError> &errors)
{
    QStringList lines;
    QWidget *first = nullptr;
    for (const FieldError &e : errors) {
        const QString label = RegisterValidator::fieldLabel(e.field);
        QString line = e.message.startsWith(label) ? e.message : tr("%1: %2").arg(label, e.message);
        QString field = e.field;
        if (e.overridable && e.field == QLatin1String("credit_code")) {
            // A failing check character: keep the code only with a reason.
            setReasonVisible(true);
            field = kOverride;
        }
        lines << line;
        if (QLabel *l = m_labels.value(field))
            l->setStyleSheet(kErrorStyle);
        if (!first && m_labels.value(field))
            first = m_labels.value(field)->buddy();
    }
    m_error->setText(lines.join(QLatin1Char('\n')));
    fitContents();
    if (first)
        first->setFocus();
}

// Grows the dialog so wrapped error lines and the duplicate list are not cut off.
void EmployerDialog::fitContents()
{
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : sizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

void EmployerDialog::openExisting(const QString &id)
{
    m_outcome = Outcome::OpenExisting;
    m_recordId = id;
    QDialog::accept();
}

bool EmployerDialog::checkDuplicates(const Employer &normalized)
{
    const RegisterRepository repo(m_db);
    const QString code = normalized.creditCode;
    const QString self = m_original ? m_original->id : QString();
    if (!code.isEmpty()) {
        const auto existing = repo.employerByCreditCode(code);
        if (existing && existing->id != self) {
            m_error->setText(tr("An employer with this credit code is already in the register: %1. Nothing was saved.")
                                 .arg(existing->name));
            m_duplicates->showExact(tr("Open the existing record instead:"), {existing->id, describe(*existing, m_lookups)});
            m_labels.value(QStringLiteral("credit_code"))->setStyleSheet(kErrorStyle);
            fitContents();
            m_creditCode->setFocus();
            return false;
        }
    }
    if (m_original)
        return true;
    if (m_name->text().trimmed() + QLatin1Char('|') + m_district->currentData().toString() == m_confirmedSimilar)
        return true;
    const QList<Employer> similar = repo.similarEmployers(normalized.name, normalized.district);
    if (similar.isEmpty())
        return true;
    QList<DuplicatePanel::Candidate> candidates;
    for (const Employer &e : similar)
        candidates << DuplicatePanel::Candidate{e.id, describe(e, m_lookups)};
    m_duplicates->showSimilar(tr("Possibly the same employer is already in the register. Open that record, or create "
                                 "a new one anyway."),
                              candidates);
    fitContents();
    return false;
}

void EmployerDialog::accept()
{
    clearErrors();
    std::optional<FieldError> dateError;
    const Employer typed = formEmployer(&dateError);
    QList<FieldError> errors;
    const Employer normalized = m_commands.normalized(typed, &errors);
    if (dateError) {
        // In the validator's order: before the district, the street and the phone.
        static const QStringList later = {QStringLiteral("district"), QStringLiteral("street"), QStringLiteral("phone")};
        qsizetype at = 0;
        while (at < errors.size() && !later.contains(errors.at(at).field))
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

void EmployerDialog::save(const Employer &employer)
{
    const RegisterService::Outcome saved =
        m_original ? m_commands.saveEmployer(employer) : m_commands.addEmployer(employer);
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
