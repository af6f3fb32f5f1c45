#include "ui/register/RegisterDetailPane.h"

#include "commands/CommandFacade.h"
#include "core/DisplayFormat.h"
#include "core/IdDocument.h"
#include "ui/common/CodeListCache.h"
#include "storage/AccessLog.h"
#include "storage/Accounts.h"
#include "register/RegisterRepository.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace ud {

namespace {
constexpr int kMaxWorkersListed = 200;

QString row(const QString &label, const QString &value, bool html = false)
{
    return QStringLiteral("<tr><td style='color:#555; padding-right:12px; white-space:nowrap'>%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.isEmpty() ? QStringLiteral("—") : (html ? value : value.toHtmlEscaped()));
}

QString link(const QString &table, const QString &id, const QString &text)
{
    return QStringLiteral("<a href='ud:%1/%2'>%3</a>").arg(table, id, text.toHtmlEscaped());
}
} // namespace

RegisterDetailPane::RegisterDetailPane(Database &db, CommandFacade &commands, const CodeListCache &lookups,
                                       const RegisterPermissions &permissions, QWidget *parent)
    : QWidget(parent), m_db(db), m_commands(commands), m_lookups(lookups), m_permissions(permissions)
{
    setObjectName(QStringLiteral("registerDetailPane"));
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("registerDetail"));
    m_browser->setOpenLinks(false);
    m_browser->setFrameShape(QFrame::NoFrame);
    m_reveal = new QPushButton(this);
    m_reveal->setObjectName(QStringLiteral("revealIdButton"));
    m_reveal->setVisible(false);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("registerDetailNote"));
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color: #777;"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_reveal);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_note);

    connect(m_reveal, &QPushButton::clicked, this, &RegisterDetailPane::reveal);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &RegisterDetailPane::linkClicked);
    retranslate();
}

void RegisterDetailPane::retranslate()
{
    m_reveal->setText(tr("&Reveal full ID number"));
    m_reveal->setToolTip(tr("Shows this worker's full ID number once; the look is recorded in the access log."));
    m_note->setText(tr("Collective contracts and hardship files of this record will be listed here once those "
                       "workspaces exist."));
    render();
}

void RegisterDetailPane::showRecord(const QString &table, const QString &id)
{
    if (table != m_table || id != m_id)
        m_revealed = false;
    m_table = id.isEmpty() ? QString() : table;
    m_id = id;
    render();
}

void RegisterDetailPane::reload()
{
    render();
}

void RegisterDetailPane::render()
{
    m_hasIdNumber = false;
    QString html;
    if (m_table == QLatin1String("workers"))
        html = workerHtml();
    else if (m_table == QLatin1String("employers"))
        html = employerHtml();
    if (html.isEmpty())
        html = QStringLiteral("<p style='color:#777'>%1</p>")
                   .arg(tr("Select a worker or an employer to see the details.").toHtmlEscaped());
    m_browser->setHtml(html);
    m_reveal->setVisible(m_permissions.canRevealIdNumbers && m_hasIdNumber && !m_revealed);
    m_note->setVisible(!m_id.isEmpty());
}

QString RegisterDetailPane::workerHtml()
{
    const auto w = RegisterRepository(m_db).worker(m_id);
    if (!w)
        return {};
    m_hasIdNumber = !w->idNumber.isEmpty();
    QString html = QStringLiteral("<h3>%1</h3>").arg(w->name.toHtmlEscaped());
    if (w->deleted)
        html += QStringLiteral("<p style='color:#b00020'>%1</p>")
                    .arg((w->mergedInto.isEmpty() ? tr("This record was deleted.")
                                                  : tr("This record was merged into another one."))
                             .toHtmlEscaped());
    if (!w->mergedInto.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(link(QStringLiteral("workers"), w->mergedInto, tr("Open the record it was merged into")));
    html += QStringLiteral("<table>");
    const QString idNumber = w->idNumber.isEmpty() ? QString() : (m_revealed ? w->idNumber : IdDocument::mask(w->idNumber));
    const auto idType = IdDocument::parse(w->idType);
    html += row(tr("ID type"), idType ? IdDocument::label(*idType) : w->idType);
    html += row(tr("ID number"), idNumber);
    // The place the number names (its first six digits), with the historic name of a retired code.
    if (!w->idNumber.isEmpty() && (!idType || *idType == IdType::Resident || *idType == IdType::HmtResidence)) {
        QString place = DivisionCodes::bundled().describe(w->idNumber.left(6));
        if (place.isEmpty())
            place = tr("area code %1 is in no list").arg(w->idNumber.left(6));
        if (!w->idNumberOverride.isEmpty())
            place += QLatin1Char(' ') + tr("(kept because: %1)").arg(w->idNumberOverride);
        html += row(tr("Place in the ID number"), place);
    }
    html += row(tr("Sex"), CodeListCache::sexName(w->sex));
    html += row(tr("Birth date"), DisplayFormat::date(w->birthDate));
    html += row(tr("Ethnicity"), m_lookups.codeName(QStringLiteral("ethnicity"), w->ethnicity));
    html += row(tr("Hukou"), m_lookups.codeName(QStringLiteral("hukou_type"), w->hukouType));
    html += row(tr("Employer"), w->employerId.isEmpty() ? QString()
                                                        : link(QStringLiteral("employers"), w->employerId, w->employerName),
                true);
    html += row(tr("Post"), w->post);
    html += row(tr("Union member"), w->unionMember ? tr("Yes") : tr("No"));
    html += row(tr("Phone"), w->phone);
    html += row(tr("Address"), w->address);
    html += row(tr("Notes"), w->notes);
    html += row(tr("Last changed"), DisplayFormat::timestamp(w->updatedAt));
    html += QStringLiteral("</table>");
    return html + sectionsHtml();
}

// What the other workspaces add about this record, in the order they were added.
QString RegisterDetailPane::sectionsHtml() const
{
    QString html;
    for (const Section &section : m_sections)
        html += section(m_table, m_id);
    return html;
}

QString RegisterDetailPane::employerHtml()
{
    const RegisterRepository repo(m_db);
    const auto e = repo.employer(m_id);
    if (!e)
        return {};
    const auto yesNo = [](bool b) { return b ? tr("Yes") : tr("No"); };
    QString html = QStringLiteral("<h3>%1</h3>").arg(e->name.toHtmlEscaped());
    if (e->deleted)
        html += QStringLiteral("<p style='color:#b00020'>%1</p>")
                    .arg((e->mergedInto.isEmpty() ? tr("This record was deleted.")
                                                  : tr("This record was merged into another one."))
                             .toHtmlEscaped());
    if (!e->mergedInto.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(link(QStringLiteral("employers"), e->mergedInto, tr("Open the record it was merged into")));
    html += QStringLiteral("<table>");
    QString code = e->creditCode;
    if (!e->creditCodeOverride.isEmpty())
        code += QLatin1Char(' ') + tr("(check character fails; kept because: %1)").arg(e->creditCodeOverride);
    html += row(tr("Credit code"), code);
    html += row(tr("Type"), m_lookups.codeName(QStringLiteral("employer_type"), e->employerType));
    html += row(tr("Industry"), e->industry.isEmpty() ? QString()
                                                      : e->industry + QLatin1Char(' ') + m_lookups.codeName(QStringLiteral("industry"), e->industry));
    QString size;
    if (e->employeeCount)
        size = DisplayFormat::count(*e->employeeCount) + QStringLiteral("  ·  ")
               + (e->hundredPlus() ? tr("100 or more (百人以上)") : tr("under 100"));
    html += row(tr("Employees"), size);
    QString union_ = yesNo(e->unionFounded);
    if (e->unionFounded && e->unionFoundedOn.isValid())
        union_ += QStringLiteral(", ") + tr("founded %1").arg(DisplayFormat::date(e->unionFoundedOn));
    html += row(tr("Union founded"), union_);
    html += row(tr("Workers' congress"), yesNo(e->hasWorkersCongress));
    html += row(tr("Open factory affairs"), yesNo(e->hasOpenAffairs));
    html += row(tr("Collective bargaining"), yesNo(e->hasCollectiveBargaining));
    html += row(tr("Legal representative"), e->legalRepresentative);
    html += row(tr("Phone"), e->phone);
    html += row(tr("Address"), e->address);
    QStringList area;
    if (!e->district.isEmpty())
        area << m_lookups.unitName(e->district);
    if (!e->street.isEmpty())
        area << m_lookups.unitName(e->street);
    html += row(tr("District / street"), area.join(QStringLiteral(" › ")));
    html += row(tr("Notes"), e->notes);
    html += row(tr("Last changed"), DisplayFormat::timestamp(e->updatedAt));
    html += QStringLiteral("</table>");

    html += sectionsHtml();
    const QList<Worker> workers = repo.workersOfEmployer(e->id);
    html += QStringLiteral("<h4>%1</h4>").arg(tr("Workers in the register: %1").arg(DisplayFormat::count(workers.size())).toHtmlEscaped());
    if (!workers.isEmpty()) {
        QStringList items;
        for (int i = 0; i < workers.size() && i < kMaxWorkersListed; ++i) {
            const Worker &w = workers.at(i);
            QString item = link(QStringLiteral("workers"), w.id, w.name);
            if (!w.post.isEmpty())
                item += QStringLiteral(" <span style='color:#777'>%1</span>").arg(w.post.toHtmlEscaped());
            items << item;
        }
        html += QStringLiteral("<p>%1</p>").arg(items.join(QStringLiteral("<br>")));
        if (workers.size() > kMaxWorkersListed)
            html += QStringLiteral("<p style='color:#777'>%1</p>")
                        .arg(tr("… and %1 more.")
                                 .arg(workers.size() - kMaxWorkersListed)
                                 .toHtmlEscaped());
    }
    return html;
}

void RegisterDetailPane::reveal()
{
    if (!m_permissions.canRevealIdNumbers || m_table != QLatin1String("workers") || m_id.isEmpty())
        return;
    // The role policy once more, from the acting account itself: a reviewer's session never
    // reveals, whatever permissions the page was handed.
    if (const auto role = accountRole(m_db, m_commands.actor()); role && !mayReadFullIdNumbers(*role))
        return;
    // No entry in the access log, no number on screen.
    const Status logged = AccessLog::append(m_db, m_commands.actor(), AccessLog::Event::RevealId,
                                            QStringLiteral("workers"), m_id);
    if (!logged) {
        QMessageBox::warning(this, tr("ID number not shown"),
                             tr("The access could not be recorded, so the number is not shown: %1").arg(logged.error()));
        return;
    }
    m_revealed = true;
    render();
}

void RegisterDetailPane::linkClicked(const QUrl &url)
{
    if (url.scheme() != QLatin1String("ud"))
        return;
    const QString path = url.path();
    const int slash = path.indexOf(QLatin1Char('/'));
    if (slash <= 0)
        return;
    Q_EMIT openRecordRequested(path.left(slash), path.mid(slash + 1));
}

} // namespace ud
