#include "ui/accounts/SetupWizard.h"

#include "ui/common/FileDialogs.h"

#include "core/Clock.h"
#include "storage/Accounts.h"
#include "storage/Database.h"
#include "storage/NodeIdentity.h"
#include "storage/OrgUnitRepository.h"
#include "storage/RecordStore.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QVBoxLayout>

namespace ud {

namespace {

constexpr int kCodeRole = Qt::UserRole;
constexpr int kTierRole = Qt::UserRole + 1;
constexpr int kNameRole = Qt::UserRole + 2;

void removeDatabaseFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

SetupWizard::SetupWizard(const QString &defaultPath, QWidget *parent)
    : QWizard(parent), m_scratchDir(std::make_unique<QTemporaryDir>()), m_scratch(std::make_unique<Database>())
{
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(tr("Set up UnionDesk"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    // The bundled org tree comes with every new database: read it from a scratch one.
    if (Status s = m_scratch->open(m_scratchDir->filePath(QStringLiteral("reference.db")),
                                   Database::OpenMode::CreateIfMissing);
        !s)
        m_scratch.reset();

    setPage(LocationPage, createLocationPage(defaultPath));
    setPage(OrgUnitPage, createOrgUnitPage());
    setPage(AdministratorPage, createAdministratorPage());
    setPage(SummaryPage, createSummaryPage());
    setStartId(LocationPage);
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == SummaryPage)
            updateSummary();
    });
    resize(640, 520);
}

SetupWizard::~SetupWizard() = default;

QLabel *SetupWizard::createErrorLabel(const char *objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->setWordWrap(true);
    return label;
}

QWizardPage *SetupWizard::createLocationPage(const QString &defaultPath)
{
    auto *page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("setupLocationPage"));
    page->setTitle(tr("Database file"));
    page->setSubTitle(tr("Everything this node records is kept in one database file on this computer."));
    m_path = new QLineEdit(QDir::toNativeSeparators(defaultPath), page);
    m_path->setObjectName(QStringLiteral("setupPathEdit"));
    auto *browse = new QPushButton(tr("Browse…"), page);
    browse->setObjectName(QStringLiteral("setupBrowseButton"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = FileDialogs::saveFile(this, tr("New database file"), m_path->text(),
                                                          tr("UnionDesk database (*.db)"));
        if (!file.isEmpty())
            m_path->setText(QDir::toNativeSeparators(file.endsWith(QLatin1String(".db")) ? file : file + QStringLiteral(".db")));
    });
    m_pathError = createErrorLabel("setupPathError", page);
    connect(m_path, &QLineEdit::textEdited, m_pathError, &QLabel::clear);
    auto *row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    auto *layout = new QVBoxLayout(page);
    auto *label = new QLabel(tr("Database &file:"), page);
    label->setBuddy(m_path);
    layout->addWidget(label);
    layout->addLayout(row);
    layout->addWidget(m_pathError);
    layout->addStretch(1);
    return page;
}

QWizardPage *SetupWizard::createOrgUnitPage()
{
    auto *page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("setupOrgUnitPage"));
    page->setTitle(tr("Organisation unit"));
    page->setSubTitle(tr("Pick the union this node works for: a city or district federation, a street or "
                         "township union, an enterprise union or an industry union."));
    m_search = new QLineEdit(page);
    m_search->setObjectName(QStringLiteral("setupOrgSearchEdit"));
    m_search->setPlaceholderText(tr("Name or code, e.g. 八里庄 or 110105"));
    m_search->setClearButtonEnabled(true);
    m_results = new QListWidget(page);
    m_results->setObjectName(QStringLiteral("setupOrgResults"));
    m_results->setMinimumHeight(160);
    m_orgSelected = new QLabel(page);
    m_orgSelected->setObjectName(QStringLiteral("setupOrgSelectedLabel"));
    m_orgSelected->setWordWrap(true);
    m_tier = new QComboBox(page);
    m_tier->setObjectName(QStringLiteral("setupTierCombo"));
    for (Tier t : {Tier::City, Tier::District, Tier::Street, Tier::Enterprise, Tier::Industry})
        m_tier->addItem(tierDisplayName(t), tierKey(t));
    m_tier->setCurrentIndex(m_tier->findData(tierKey(Tier::Street)));
    m_nodeName = new QLineEdit(page);
    m_nodeName->setObjectName(QStringLiteral("setupNodeNameEdit"));
    m_nodeName->setPlaceholderText(tr("Defaults to the organisation unit's name"));
    m_orgError = createErrorLabel("setupOrgError", page);
    if (!m_scratch)
        m_orgError->setText(tr("The bundled organisation tree could not be read."));

    connect(m_search, &QLineEdit::textChanged, this, &SetupWizard::search);
    connect(m_results, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (!item)
            return;
        m_orgCode = item->data(kCodeRole).toString();
        m_orgSelected->setText(tr("Selected: %1 (%2)").arg(item->data(kNameRole).toString(), m_orgCode));
        m_nodeName->setPlaceholderText(item->data(kNameRole).toString());
        const int idx = m_tier->findData(item->data(kTierRole));
        if (idx >= 0)
            m_tier->setCurrentIndex(idx);
        m_orgError->clear();
    });

    auto *form = new QFormLayout(page);
    form->addRow(tr("&Search:"), m_search);
    form->addRow(QString(), m_results);
    form->addRow(QString(), m_orgSelected);
    form->addRow(tr("&Tier:"), m_tier);
    form->addRow(tr("Display &name:"), m_nodeName);
    form->addRow(m_orgError);
    search(QString());
    return page;
}

QWizardPage *SetupWizard::createAdministratorPage()
{
    auto *page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("setupAdministratorPage"));
    page->setTitle(tr("Administrator"));
    page->setSubTitle(tr("The administrator manages the user accounts of this node. Keep the password safe: "
                         "nobody can read it back, not even from the database."));
    m_adminUser = new QLineEdit(QStringLiteral("admin"), page);
    m_adminUser->setObjectName(QStringLiteral("setupAdminUsernameEdit"));
    m_adminUser->setMaxLength(32);
    m_adminName = new QLineEdit(page);
    m_adminName->setObjectName(QStringLiteral("setupAdminDisplayNameEdit"));
    m_adminName->setPlaceholderText(tr("e.g. 王芳"));
    m_adminPassword = new QLineEdit(page);
    m_adminPassword->setObjectName(QStringLiteral("setupAdminPasswordEdit"));
    m_adminPassword->setEchoMode(QLineEdit::Password);
    m_adminRepeat = new QLineEdit(page);
    m_adminRepeat->setObjectName(QStringLiteral("setupAdminPasswordRepeatEdit"));
    m_adminRepeat->setEchoMode(QLineEdit::Password);
    m_adminError = createErrorLabel("setupAdminError", page);
    for (QLineEdit *edit : {m_adminUser, m_adminPassword, m_adminRepeat})
        connect(edit, &QLineEdit::textEdited, m_adminError, &QLabel::clear);

    auto *form = new QFormLayout(page);
    form->addRow(tr("&User name:"), m_adminUser);
    form->addRow(tr("&Full name:"), m_adminName);
    form->addRow(tr("&Password:"), m_adminPassword);
    form->addRow(tr("&Repeat password:"), m_adminRepeat);
    form->addRow(new QLabel(tr("At least 8 characters."), page));
    form->addRow(m_adminError);
    return page;
}

QWizardPage *SetupWizard::createSummaryPage()
{
    auto *page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("setupSummaryPage"));
    page->setTitle(tr("Ready to create the node"));
    page->setFinalPage(true);
    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("setupSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_finishError = createErrorLabel("setupFinishError", page);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_summary);
    layout->addWidget(m_finishError);
    layout->addStretch(1);
    return page;
}

void SetupWizard::search(const QString &text)
{
    m_results->clear();
    if (!m_scratch)
        return;
    const OrgUnitRepository repo(*m_scratch);
    const QList<OrgUnit> units = text.trimmed().isEmpty() ? repo.children(QStringLiteral("110000")) : repo.search(text, 100);
    const QSignalBlocker block(m_results); // rebuilding the list keeps the unit picked before
    for (const OrgUnit &u : units) {
        auto *item = new QListWidgetItem(QStringLiteral("%1  %2").arg(u.code, u.name), m_results);
        item->setData(kCodeRole, u.code);
        item->setData(kTierRole, u.tier);
        item->setData(kNameRole, u.name);
        if (u.code == m_orgCode)
            m_results->setCurrentItem(item);
    }
}

QString SetupWizard::databasePath() const
{
    const QString text = m_path->text().trimmed();
    return text.isEmpty() ? QString() : QFileInfo(QDir::fromNativeSeparators(text)).absoluteFilePath();
}

QString SetupWizard::orgUnitCode() const
{
    return m_orgCode;
}

QString SetupWizard::adminUsername() const
{
    return m_adminUser->text().trimmed();
}

bool SetupWizard::validateCurrentPage()
{
    switch (currentId()) {
    case LocationPage: return validateLocation();
    case OrgUnitPage: return validateOrgUnit();
    case AdministratorPage: return validateAdministrator();
    case SummaryPage: {
        if (m_created)
            return true;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const Status s = createDatabase();
        QApplication::restoreOverrideCursor();
        if (!s) {
            m_finishError->setText(s.error());
            return false;
        }
        m_created = true;
        return true;
    }
    default: return QWizard::validateCurrentPage();
    }
}

bool SetupWizard::validateLocation()
{
    const QString path = databasePath();
    QString error;
    if (path.isEmpty())
        error = tr("Choose where the database file goes.");
    else if (QFileInfo(path).isDir())
        error = tr("%1 is a folder; add a file name such as node.db.").arg(QDir::toNativeSeparators(path));
    else if (QFileInfo::exists(path))
        error = tr("%1 already exists. Choose a new file name, or open the existing database instead.")
                    .arg(QDir::toNativeSeparators(path));
    else {
        // The nearest folder that exists must be writable (missing folders are created).
        QFileInfo dir(QFileInfo(path).absolutePath());
        while (!dir.exists() && !dir.isRoot())
            dir = QFileInfo(dir.absolutePath());
        if (!dir.isWritable())
            error = tr("Cannot write to %1; choose another folder.").arg(QDir::toNativeSeparators(dir.absoluteFilePath()));
    }
    m_pathError->setText(error);
    if (!error.isEmpty())
        m_path->setFocus();
    return error.isEmpty();
}

bool SetupWizard::validateOrgUnit()
{
    if (m_orgCode.isEmpty()) {
        m_orgError->setText(tr("Pick the organisation unit this node serves from the list."));
        m_search->setFocus();
        return false;
    }
    m_orgError->clear();
    return true;
}

bool SetupWizard::validateAdministrator()
{
    QLineEdit *focus = nullptr;
    QString error;
    if (Status s = Accounts::checkUsername(adminUsername()); !s) {
        error = s.error();
        focus = m_adminUser;
    } else if (Status p = PasswordHasher::checkPassword(m_adminPassword->text()); !p) {
        error = p.error();
        focus = m_adminPassword;
    } else if (m_adminPassword->text() != m_adminRepeat->text()) {
        error = tr("The two passwords are not the same; type the password again in both fields.");
        focus = m_adminRepeat;
    }
    m_adminError->setText(error);
    if (focus) {
        focus->setFocus();
        focus->selectAll();
    }
    return error.isEmpty();
}

void SetupWizard::updateSummary()
{
    const auto tier = tierFromKey(m_tier->currentData().toString()).value_or(Tier::Street);
    QString unitName = m_orgCode;
    if (m_scratch)
        if (const auto unit = OrgUnitRepository(*m_scratch).find(m_orgCode))
            unitName = unit->name;
    const QString nodeName = m_nodeName->text().trimmed().isEmpty() ? unitName : m_nodeName->text().trimmed();
    const QString admin = m_adminName->text().trimmed().isEmpty()
                              ? adminUsername()
                              : tr("%1 (%2)").arg(adminUsername(), m_adminName->text().trimmed());
    m_summary->setText(tr("<p>Database file: <b>%1</b></p><p>Organisation unit: <b>%2</b> (%3)<br>Tier: %4<br>"
                          "Node name: <b>%5</b></p><p>Administrator: <b>%6</b></p>"
                          "<p>Click Finish to create the database.</p>")
                           .arg(QDir::toNativeSeparators(databasePath()).toHtmlEscaped(), unitName.toHtmlEscaped(),
                                m_orgCode.toHtmlEscaped(), tierDisplayName(tier).toHtmlEscaped(),
                                nodeName.toHtmlEscaped(), admin.toHtmlEscaped()));
    m_finishError->clear();
}

Status SetupWizard::createDatabase()
{
    const QString path = databasePath();
    if (QFileInfo::exists(path))
        return Status::failure(tr("%1 already exists; go back and choose a new file name.").arg(QDir::toNativeSeparators(path)));
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Status::failure(tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
    // Built under a temporary name and renamed only when complete.
    const QString temp = path + QStringLiteral(".creating");
    removeDatabaseFiles(temp);
    Status result = Status::success();
    {
        Database db;
        result = db.open(temp, Database::OpenMode::CreateIfMissing);
        SystemClock clock;
        if (result) {
            auto node = NodeIdentity::initialize(db, m_orgCode, tierFromKey(m_tier->currentData().toString()).value_or(Tier::Street),
                                                 m_nodeName->text(), clock);
            result = node.status();
        }
        if (result) {
            RecordStore store(db, &clock);
            store.setActor(QStringLiteral("setup"));
            auto admin = Accounts(store).addUser(adminUsername(), m_adminName->text(), Role::Administrator,
                                                 m_adminPassword->text(), QString(), tr("first administrator, created at set-up"));
            result = admin.status();
        }
    }
    if (result && !QFile::rename(temp, path))
        result = Status::failure(tr("Cannot create %1.").arg(QDir::toNativeSeparators(path)));
    if (!result)
        removeDatabaseFiles(temp);
    else
        for (const char *suffix : {"-wal", "-shm"})
            QFile::remove(temp + QLatin1String(suffix));
    return result;
}

} // namespace ud
