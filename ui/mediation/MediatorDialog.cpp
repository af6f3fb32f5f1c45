#include "ui/mediation/MediatorDialog.h"

#include "mediation/MediatorCommands.h"
#include "ui/common/CodeListCache.h"
#include "ui/common/EmployerPicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ud {

namespace {

enum TrainingColumn { TrainedOn, Topic, Hours, Organiser, TrainingColumns };

QDateEdit *dateEdit(const QString &name, QWidget *parent)
{
    auto *d = new QDateEdit(QDate::currentDate(), parent);
    d->setObjectName(name);
    d->setCalendarPopup(true);
    d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return d;
}

} // namespace

MediatorDialog::MediatorDialog(Database &db, MediatorCommands &commands, const CodeListCache &lookups,
                               const Mediator &mediator, QWidget *parent)
    : QDialog(parent),
      m_commands(commands),
      m_mediator(mediator),
      m_name(new QLineEdit(this)),
      m_sex(new QComboBox(this)),
      m_phone(new QLineEdit(this)),
      m_employer(new EmployerPicker(db, this)),
      m_workplace(new QLineEdit(this)),
      m_qualification(new QComboBox(this)),
      m_qualificationNote(new QLineEdit(this)),
      m_hasStart(new QCheckBox(tr("Appointed on"), this)),
      m_appointedOn(dateEdit(QStringLiteral("mediatorAppointedOn"), this)),
      m_hasEnd(new QCheckBox(tr("Appointed until"), this)),
      m_appointedUntil(dateEdit(QStringLiteral("mediatorAppointedUntil"), this)),
      m_appointedBy(new QLineEdit(this)),
      m_active(new QCheckBox(tr("Active (may be put on new cases)"), this)),
      m_notes(new QPlainTextEdit(this)),
      m_trainings(new QTableWidget(0, TrainingColumns, this)),
      m_addTraining(new QPushButton(tr("Add training"), this)),
      m_removeTraining(new QPushButton(tr("Remove training"), this)),
      m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("mediatorDialog"));
    setWindowTitle(mediator.id.isEmpty() ? tr("New mediator") : tr("Mediator %1").arg(mediator.name));
    m_name->setObjectName(QStringLiteral("mediatorName"));
    m_sex->setObjectName(QStringLiteral("mediatorSex"));
    m_phone->setObjectName(QStringLiteral("mediatorPhone"));
    m_employer->setObjectName(QStringLiteral("mediatorEmployer"));
    m_workplace->setObjectName(QStringLiteral("mediatorWorkplace"));
    m_qualification->setObjectName(QStringLiteral("mediatorQualification"));
    m_qualificationNote->setObjectName(QStringLiteral("mediatorQualificationNote"));
    m_hasStart->setObjectName(QStringLiteral("mediatorHasStart"));
    m_hasEnd->setObjectName(QStringLiteral("mediatorHasEnd"));
    m_appointedBy->setObjectName(QStringLiteral("mediatorAppointedBy"));
    m_active->setObjectName(QStringLiteral("mediatorActive"));
    m_notes->setObjectName(QStringLiteral("mediatorNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(60);
    m_trainings->setObjectName(QStringLiteral("mediatorTrainings"));
    m_addTraining->setObjectName(QStringLiteral("mediatorAddTraining"));
    m_removeTraining->setObjectName(QStringLiteral("mediatorRemoveTraining"));
    m_message->setObjectName(QStringLiteral("mediatorMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();

    m_sex->addItem(QString(), QString());
    m_sex->addItem(CodeListCache::sexName(QStringLiteral("female")), QStringLiteral("female"));
    m_sex->addItem(CodeListCache::sexName(QStringLiteral("male")), QStringLiteral("male"));
    lookups.fillCodeCombo(m_qualification, QStringLiteral("mediator_qualification"), tr("(choose)"));
    m_workplace->setPlaceholderText(tr("Where she works, if not an employer of the register"));
    m_trainings->setHorizontalHeaderLabels({tr("Date"), tr("Topic"), tr("Hours"), tr("Organiser")});
    m_trainings->horizontalHeader()->setSectionResizeMode(Topic, QHeaderView::Stretch);
    m_trainings->setMinimumHeight(110);

    m_name->setText(mediator.name);
    m_sex->setCurrentIndex(std::max(0, m_sex->findData(mediator.sex)));
    m_phone->setText(mediator.phone);
    m_employer->setEmployer(mediator.employerId, mediator.employerName);
    m_workplace->setText(mediator.workplace);
    CodeListCache::selectCode(m_qualification, mediator.qualification);
    m_qualificationNote->setText(mediator.qualificationNote);
    m_hasStart->setChecked(mediator.appointedOn.isValid());
    if (mediator.appointedOn.isValid())
        m_appointedOn->setDate(mediator.appointedOn);
    m_hasEnd->setChecked(mediator.appointedUntil.isValid());
    if (mediator.appointedUntil.isValid())
        m_appointedUntil->setDate(mediator.appointedUntil);
    m_appointedOn->setEnabled(m_hasStart->isChecked());
    m_appointedUntil->setEnabled(m_hasEnd->isChecked());
    connect(m_hasStart, &QCheckBox::toggled, m_appointedOn, &QWidget::setEnabled);
    connect(m_hasEnd, &QCheckBox::toggled, m_appointedUntil, &QWidget::setEnabled);
    m_appointedBy->setText(mediator.appointedBy);
    m_active->setChecked(mediator.active);
    m_notes->setPlainText(mediator.notes);
    for (const MediatorTraining &t : mediator.trainings)
        addTrainingRow(t);
    connect(m_addTraining, &QPushButton::clicked, this, [this] {
        MediatorTraining t;
        t.trainedOn = QDate::currentDate();
        addTrainingRow(t);
        m_trainings->setCurrentCell(m_trainings->rowCount() - 1, Topic);
        m_trainings->editItem(m_trainings->currentItem());
    });
    connect(m_removeTraining, &QPushButton::clicked, this, [this] {
        if (m_trainings->currentRow() >= 0)
            m_trainings->removeRow(m_trainings->currentRow());
    });

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Sex:"), m_sex);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("Works for (&employer):"), m_employer);
    form->addRow(tr("&Workplace:"), m_workplace);
    form->addRow(tr("&Qualification:"), m_qualification);
    form->addRow(tr("Certificates, &licence:"), m_qualificationNote);
    auto *appointment = new QHBoxLayout;
    appointment->addWidget(m_hasStart);
    appointment->addWidget(m_appointedOn);
    appointment->addSpacing(12);
    appointment->addWidget(m_hasEnd);
    appointment->addWidget(m_appointedUntil);
    appointment->addStretch(1);
    form->addRow(tr("Appointment:"), appointment);
    form->addRow(tr("Appointed &by:"), m_appointedBy);
    form->addRow(QString(), m_active);
    form->addRow(tr("N&otes:"), m_notes);
    auto *trainingButtons = new QHBoxLayout;
    trainingButtons->addWidget(m_addTraining);
    trainingButtons->addWidget(m_removeTraining);
    trainingButtons->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("mediatorButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Trainings:"), this));
    layout->addWidget(m_trainings, 1);
    layout->addLayout(trainingButtons);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(640, 620);
}

void MediatorDialog::addTrainingRow(const MediatorTraining &t)
{
    const int row = m_trainings->rowCount();
    m_trainings->insertRow(row);
    auto *date = new QTableWidgetItem(t.trainedOn.toString(Qt::ISODate));
    date->setData(Qt::UserRole, t.id);
    date->setData(Qt::UserRole + 1, t.version);
    m_trainings->setItem(row, TrainedOn, date);
    m_trainings->setItem(row, Topic, new QTableWidgetItem(t.topic));
    m_trainings->setItem(row, Hours, new QTableWidgetItem(t.hours ? QString::number(*t.hours) : QString()));
    m_trainings->setItem(row, Organiser, new QTableWidgetItem(t.organiser));
}

Mediator MediatorDialog::mediatorFromForm() const
{
    Mediator m = m_mediator;
    m.name = m_name->text().trimmed();
    m.sex = m_sex->currentData().toString();
    m.phone = m_phone->text().trimmed();
    bool known = true;
    m.employerId = m_employer->employerId(&known);
    m.workplace = m_workplace->text().trimmed();
    if (!known && m.workplace.isEmpty())
        m.workplace = m_employer->currentText().trimmed(); // typed, not on the register: kept in words
    m.qualification = m_qualification->currentData().toString();
    m.qualificationNote = m_qualificationNote->text().trimmed();
    m.appointedOn = m_hasStart->isChecked() ? m_appointedOn->date() : QDate();
    m.appointedUntil = m_hasEnd->isChecked() ? m_appointedUntil->date() : QDate();
    m.appointedBy = m_appointedBy->text().trimmed();
    m.active = m_active->isChecked();
    m.notes = m_notes->toPlainText().trimmed();
    m.trainings.clear();
    const auto text = [this](int row, int column) {
        const QTableWidgetItem *item = m_trainings->item(row, column);
        return item ? item->text().trimmed() : QString();
    };
    for (int row = 0; row < m_trainings->rowCount(); ++row) {
        MediatorTraining t;
        if (const QTableWidgetItem *first = m_trainings->item(row, TrainedOn)) {
            t.id = first->data(Qt::UserRole).toString();
            t.version = first->data(Qt::UserRole + 1).toLongLong();
        }
        t.trainedOn = QDate::fromString(text(row, TrainedOn), Qt::ISODate);
        t.topic = text(row, Topic);
        bool ok = false;
        const int hours = text(row, Hours).toInt(&ok);
        if (ok)
            t.hours = hours;
        else if (!text(row, Hours).isEmpty())
            t.hours = -1; // not a number: refused with the row's number
        t.organiser = text(row, Organiser);
        m.trainings.append(t);
    }
    return m;
}

Status MediatorDialog::save()
{
    auto id = m_commands.saveMediator(mediatorFromForm(), QDate::currentDate());
    if (!id) {
        m_message->setText(id.error());
        m_message->show();
        return id.status();
    }
    m_mediator.id = id.value();
    accept();
    return Status::success();
}

} // namespace ud
