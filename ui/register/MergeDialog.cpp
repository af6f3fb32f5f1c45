#include "ui/register/MergeDialog.h"

#include "core/DisplayFormat.h"
#include "core/ResidentId.h"
#include "ui/common/CodeListCache.h"
#include "register/RegisterRepository.h"
#include "register/RegisterCommands.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace ud {

namespace {
QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='color:#666; padding-right:8px'>%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.isEmpty() ? QStringLiteral("—") : value.toHtmlEscaped());
}
} // namespace

MergeDialog::MergeDialog(Database &db, CommandFacade &commands, const CodeListCache &lookups, const QString &table,
                         const QString &firstId, const QString &secondId, QWidget *parent)
    : QDialog(parent), m_db(db), m_commands(commands), m_lookups(lookups), m_table(table), m_first(firstId), m_second(secondId)
{
    setObjectName(QStringLiteral("mergeDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_keepFirst = new QRadioButton(this);
    m_keepFirst->setObjectName(QStringLiteral("mergeKeepFirstRadio"));
    m_keepFirst->setChecked(true);
    m_keepSecond = new QRadioButton(this);
    m_keepSecond->setObjectName(QStringLiteral("mergeKeepSecondRadio"));
    const auto summaryLabel = [this](const char *name) {
        auto *label = new QLabel(this);
        label->setObjectName(QLatin1String(name));
        label->setTextFormat(Qt::RichText);
        label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        label->setFrameShape(QFrame::StyledPanel);
        label->setMargin(8);
        label->setMinimumWidth(300);
        return label;
    };
    m_firstSummary = summaryLabel("mergeFirstSummary");
    m_secondSummary = summaryLabel("mergeSecondSummary");
    m_reasonLabel = new QLabel(this);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("mergeReasonEdit"));
    m_reasonLabel->setBuddy(m_reason);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("mergeError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto *grid = new QGridLayout;
    grid->addWidget(m_keepFirst, 0, 0);
    grid->addWidget(m_keepSecond, 0, 1);
    grid->addWidget(m_firstSummary, 1, 0);
    grid->addWidget(m_secondSummary, 1, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &MergeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MergeDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(grid);
    layout->addWidget(m_reasonLabel);
    layout->addWidget(m_reason);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    retranslate();
}

QString MergeDialog::summary(const QString &id) const
{
    const RegisterRepository repo(m_db);
    QString html;
    if (m_table == QLatin1String("workers")) {
        const auto w = repo.worker(id);
        if (!w)
            return tr("(not found)");
        html = QStringLiteral("<b>%1</b><table>").arg(w->name.toHtmlEscaped());
        html += row(tr("Sex"), CodeListCache::sexName(w->sex));
        html += row(tr("Birth date"), DisplayFormat::date(w->birthDate));
        html += row(tr("ID number"), w->idNumber.isEmpty() ? QString() : ResidentId::mask(w->idNumber));
        html += row(tr("Employer"), w->employerName);
        html += row(tr("Post"), w->post);
        html += row(tr("Phone"), w->phone);
        html += row(tr("Address"), w->address);
        html += row(tr("Last changed"), DisplayFormat::dayOf(w->updatedAt));
    } else {
        const auto e = repo.employer(id);
        if (!e)
            return tr("(not found)");
        html = QStringLiteral("<b>%1</b><table>").arg(e->name.toHtmlEscaped());
        html += row(tr("Credit code"), e->creditCode);
        html += row(tr("Industry"), m_lookups.codeName(QStringLiteral("industry"), e->industry));
        html += row(tr("Employees"), e->employeeCount ? DisplayFormat::count(*e->employeeCount) : QString());
        html += row(tr("District"), m_lookups.unitName(e->street.isEmpty() ? e->district : e->street));
        html += row(tr("Address"), e->address);
        html += row(tr("Workers"), DisplayFormat::count(repo.workersOfEmployer(id).size()));
        html += row(tr("Last changed"), DisplayFormat::dayOf(e->updatedAt));
    }
    return html + QStringLiteral("</table>");
}

void MergeDialog::retranslate()
{
    const bool workers = m_table == QLatin1String("workers");
    setWindowTitle(workers ? tr("Merge two workers") : tr("Merge two employers"));
    m_intro->setText(workers ? tr("These two records are the same person. Choose the record to keep: it takes over what "
                                  "only the other one knows, and the other one leaves the register. Both histories "
                                  "stay in the audit log. This cannot be undone.")
                             : tr("These two records are the same employer. Choose the record to keep: it takes over "
                                  "what only the other one knows and its workers, and the other one leaves the "
                                  "register. Both histories stay in the audit log. This cannot be undone."));
    m_keepFirst->setText(tr("&Keep this one"));
    m_keepSecond->setText(tr("Keep &this one"));
    m_firstSummary->setText(summary(m_first));
    m_secondSummary->setText(summary(m_second));
    m_reasonLabel->setText(tr("&Reason (recorded in the audit log):"));
}

void MergeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

QString MergeDialog::keptId() const
{
    return m_keepFirst->isChecked() ? m_first : m_second;
}

QString MergeDialog::droppedId() const
{
    return m_keepFirst->isChecked() ? m_second : m_first;
}

void MergeDialog::accept()
{
    m_error->clear();
    const QString reason = m_reason->text().trimmed();
    if (reason.isEmpty()) {
        m_error->setText(tr("Say why the two records are the same; the reason is kept in the audit log."));
        m_reason->setFocus();
        return;
    }
    const Status merged = RegisterCommands(m_commands).merge(m_table, keptId(), droppedId(), reason);
    if (!merged) {
        m_error->setText(merged.error());
        return;
    }
    QDialog::accept();
}

} // namespace ud
