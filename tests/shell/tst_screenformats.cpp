// Audit of the formats every screen shows (issue 12, item 1): on a demo database, every list the
// main window shows (cases, mediators, receptions, register workers and employers, users, org
// units), every column of the rows it has loaded, its tooltips, every label and every date field
// show dates as 2026-12-07 (or 2026-12-07 14:05), amounts as 1,234.56 and counts as 1,234, in
// English, in Chinese and under a German locale and LANG (whose own forms, 07.12.2026 and
// 1.234,56, a locale-dependent format would show).

#include "commands/CommandFacade.h"
#include "core/Clock.h"
#include "core/DisplayFormat.h"
#include "demo/DemoGenerator.h"
#include "storage/Accounts.h"
#include "storage/Database.h"
#include "storage/NodeIdentity.h"
#include "storage/RecordStore.h"
#include "ui/common/CodeListCache.h"
#include "ui/mediation/CaseDialog.h"
#include "ui/mediation/MediationPage.h"
#include "ui/register/EmployerDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/WorkspaceSlot.h"
#include "Translations.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDateTimeEdit>
#include <QLabel>
#include <QPushButton>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <utility>

using namespace ud;

namespace {

Session adminSession()
{
    Session s;
    s.username = QStringLiteral("tester");
    s.displayName = QStringLiteral("测试管理员");
    s.role = Role::Administrator;
    s.orgUnit = QStringLiteral("110105015");
    return s;
}

// Anything that looks like a date or a time stamp, in any of the forms locales and ISO use:
// 2026-12-07, 2026/12/7, 07.12.2026, 12/7/26, 2026年12月7日, 2026-12-07T14:05:00.
const QRegularExpression kDateLike(QStringLiteral(
    "(?<!\\d)\\d{1,4}(?:[-/.]\\d{1,2}[-/.]\\d{1,4}|年\\d{1,2}月\\d{1,2}日?)(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?Z?)?(?!\\d)"));
const QRegularExpression kDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}( \\d{2}:\\d{2})?$"));
const QRegularExpression kNumber(QStringLiteral("\\d[\\d,.]*\\d|\\d"));
const QRegularExpression kAmount(QStringLiteral("^\\d{1,3}(,\\d{3})*\\.\\d{2}$"));
const QRegularExpression kCount(QStringLiteral("^\\d{1,3}(,\\d{3})*$"));

// What is wrong with the dates in `text`.
QStringList dateProblems(const QString &text)
{
    QStringList out;
    for (auto it = kDateLike.globalMatch(text); it.hasNext();) {
        const QString found = it.next().captured();
        if (!kDate.match(found).hasMatch())
            out << QStringLiteral("date \"%1\"").arg(found);
    }
    return out;
}

// Amounts: every number is 1,234.56.
QStringList amountProblems(const QString &text)
{
    QStringList out;
    for (auto it = kNumber.globalMatch(text); it.hasNext();) {
        const QString found = it.next().captured();
        if (!kAmount.match(found).hasMatch())
            out << QStringLiteral("amount \"%1\"").arg(found);
    }
    return out;
}

// Counts: every number outside a date is 1,234 (no decimals; grouped from 1,000).
QStringList countProblems(QString text)
{
    text.replace(kDateLike, QStringLiteral("(date)"));
    QStringList out;
    for (auto it = kNumber.globalMatch(text); it.hasNext();) {
        const QString found = it.next().captured();
        if (!kCount.match(found).hasMatch())
            out << QStringLiteral("count \"%1\"").arg(found);
    }
    return out;
}

// The columns holding amounts and counts, by their headers in the language now installed.
QStringList headers(std::initializer_list<std::pair<const char *, const char *>> sources)
{
    QStringList out;
    for (const auto &[context, source] : sources)
        out << QCoreApplication::translate(context, source);
    return out;
}

QString cellText(const QAbstractItemModel *model, const QModelIndex &index, int role)
{
    const QVariant v = model->data(index, role);
    // A QDate or number handed to the view is drawn in the view's locale: no list may do that.
    if (v.isValid() && v.metaType().id() != QMetaType::QString)
        return QStringLiteral("(a %1 for the view to format)").arg(QString::fromLatin1(v.typeName()));
    return v.toString();
}

} // namespace

class tst_ScreenFormats : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void theAuditFindsLocaleForms_data();
    void theAuditFindsLocaleForms();
    void everyScreenOneFormat_data();
    void everyScreenOneFormat();
    void caseWindowOneFormat_data();
    void caseWindowOneFormat();
    void employeeCountFieldGroupsWithCommas();

private:
    QStringList auditModel(const QString &where, const QAbstractItemModel *model, const QModelIndex &parent,
                           const QStringList &amountColumns, const QStringList &countColumns, int depth);

    QTemporaryDir m_home;
    QString m_demo;
    QSet<QString> m_headers; // the column headers audited
};

void tst_ScreenFormats::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("uniondesk.*.info=false"));
    QVERIFY(m_home.isValid());
    QCOMPARE(QLocale::system().language(), QLocale::German); // LANG set by main() below
    qputenv("HOME", QFile::encodeName(m_home.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("data"))));
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationDomain(QStringLiteral("uniondesk.invalid"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_screenformats"));

    // 1,200 workers and 300 employers (some with over 1,000 employees), 60 cases: counts above 999.
    m_demo = m_home.filePath(QStringLiteral("node.db"));
    Database db;
    QVERIFY(db.open(m_demo, Database::OpenMode::CreateIfMissing).ok());
    SystemClock clock;
    QVERIFY(NodeIdentity::initialize(db, QStringLiteral("110105015"), Tier::Street, QStringLiteral("八里庄测试站"), clock).ok());
    RecordStore store(db, &clock);
    store.setActor(QStringLiteral("tester"));
    DemoOptions options;
    options.size = 1200;
    options.seed = 12;
    const auto filled = DemoGenerator(db, store, &clock).fill(options);
    QVERIFY2(filled.ok(), qPrintable(filled.error()));
}

void tst_ScreenFormats::cleanupTestCase()
{
    installTranslations(QStringLiteral("en"));
}

void tst_ScreenFormats::theAuditFindsLocaleForms_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("good");
    QTest::newRow("ISO date") << "date" << "2026-12-07" << true;
    QTest::newRow("ISO date and minute") << "date" << "by 2026-12-07 14:05 (overdue)" << true;
    QTest::newRow("Chinese short date") << "date" << "2026/12/7" << false;
    QTest::newRow("German date") << "date" << "07.12.2026" << false;
    QTest::newRow("American date") << "date" << "12/7/26" << false;
    QTest::newRow("unpadded ISO") << "date" << "2026-12-7" << false;
    QTest::newRow("ISO stamp with T") << "date" << "2026-12-07T14:05:00" << false;
    QTest::newRow("seconds") << "date" << "2026-12-07 14:05:00" << false;
    QTest::newRow("paper's date") << "date" << "2026年12月7日" << false;
    QTest::newRow("amount") << "amount" << "1,234.56 of 12,000.00" << true;
    QTest::newRow("ungrouped amount") << "amount" << "1234.56" << false;
    QTest::newRow("German amount") << "amount" << "1.234,56" << false;
    QTest::newRow("one decimal") << "amount" << "12.5" << false;
    QTest::newRow("count") << "count" << "1,200 workers" << true;
    QTest::newRow("small count") << "count" << "60 case(s), received 2026-01-01 to 2026-12-07" << true;
    QTest::newRow("ungrouped count") << "count" << "1200 workers" << false;
    QTest::newRow("German count") << "count" << "1.200 workers" << false;
}

// The checks below can fail: each locale form is found.
void tst_ScreenFormats::theAuditFindsLocaleForms()
{
    QFETCH(QString, kind);
    QFETCH(QString, text);
    QFETCH(bool, good);
    const QStringList problems = kind == QLatin1String("date")     ? dateProblems(text)
                                 : kind == QLatin1String("amount") ? amountProblems(text)
                                                                   : countProblems(text);
    QVERIFY2(problems.isEmpty() == good, qPrintable(problems.join(QStringLiteral("; "))));
}

void tst_ScreenFormats::everyScreenOneFormat_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("german");
    QTest::newRow("English") << "en" << false;
    QTest::newRow("Chinese") << "zh_CN" << false;
    QTest::newRow("English under a German locale") << "en" << true;
}

QStringList tst_ScreenFormats::auditModel(const QString &where, const QAbstractItemModel *model, const QModelIndex &parent,
                                          const QStringList &amountColumns, const QStringList &countColumns, int depth)
{
    QStringList out;
    const int rows = model->rowCount(parent);
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < model->columnCount(parent); ++c) {
            const QString header = model->headerData(c, Qt::Horizontal).toString();
            m_headers.insert(header);
            const QModelIndex index = model->index(r, c, parent);
            const QString shown = cellText(model, index, Qt::DisplayRole);
            const QString tip = model->data(index, Qt::ToolTipRole).toString();
            QStringList problems = dateProblems(shown) + dateProblems(tip);
            if (shown.startsWith(QLatin1String("(a ")))
                problems << shown;
            if (!shown.isEmpty() && amountColumns.contains(header))
                problems += amountProblems(shown);
            if (!shown.isEmpty() && countColumns.contains(header))
                problems += countProblems(shown);
            for (const QString &p : std::as_const(problems))
                out << QStringLiteral("%1, row %2, %3: %4 in \"%5\"").arg(where).arg(r).arg(header, p, shown);
        }
        if (depth < 3 && model->hasChildren(model->index(r, 0, parent)))
            out += auditModel(where, model, model->index(r, 0, parent), amountColumns, countColumns, depth + 1);
    }
    return out;
}

void tst_ScreenFormats::everyScreenOneFormat()
{
    QFETCH(QString, language);
    QFETCH(bool, german);
    QCOMPARE(installTranslations(language), language);
    if (german)
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const auto english = qScopeGuard([] { installTranslations(QStringLiteral("en")); });
    m_headers.clear();

    MainWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDatabase(m_demo, adminSession()).ok());
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("workspaceTabs"));
    QVERIFY(tabs);

    const QStringList amountColumns = headers({{"ud::CasesModel", "Claimed (yuan)"}, {"ud::CasesModel", "Paid of agreed (yuan)"}});
    const QStringList countColumns = headers({{"ud::EmployersModel", "Employees"}, {"ud::ReceptionPage", "Workers"}, {"ud::MediatorsPage", "Training hours"}});
    const QStringList countLabels = {QStringLiteral("workersStatus"), QStringLiteral("employersStatus"),
                                     QStringLiteral("mediationCount"), QStringLiteral("receptionCount"),
                                     QStringLiteral("mediationReminder"), QStringLiteral("mediationFilterNoteText")};
    const QStringList lists = {QStringLiteral("mediationCases"), QStringLiteral("workersTable"), QStringLiteral("employersTable"),
                               QStringLiteral("usersTable"), QStringLiteral("orgTree")};
    QStringList problems;
    QStringList audited;
    bool bigCount = false; // a count of 1,000 or more was seen (the audit of grouping means something)
    const auto audit = [&](const QString &where, QWidget *widget) {
        for (QAbstractItemView *view : widget->findChildren<QAbstractItemView *>()) {
            if (!view->model() || view->objectName().isEmpty() || view->model()->rowCount() == 0)
                continue;
            audited << view->objectName();
            problems += auditModel(where + QLatin1Char('/') + view->objectName(), view->model(), {}, amountColumns,
                                   countColumns, 0);
            for (int r = 0; r < view->model()->rowCount(); ++r)
                for (int c = 0; c < view->model()->columnCount(); ++c)
                    if (countColumns.contains(view->model()->headerData(c, Qt::Horizontal).toString())
                        && view->model()->index(r, c).data().toString().contains(QLatin1Char(',')))
                        bigCount = true;
        }
        for (QLabel *label : widget->findChildren<QLabel *>()) {
            const QString text = label->text();
            QStringList found = dateProblems(text);
            if (countLabels.contains(label->objectName())) {
                found += countProblems(text);
                bigCount = bigCount || text.contains(QLatin1Char(','));
            }
            for (const QString &p : std::as_const(found))
                problems << QStringLiteral("%1/%2: %3 in \"%4\"").arg(where, label->objectName(), p, text);
        }
        for (QDateTimeEdit *edit : widget->findChildren<QDateTimeEdit *>()) {
            if (!kDate.match(edit->text()).hasMatch())
                problems << QStringLiteral("%1/%2: date field shows \"%3\"").arg(where, edit->objectName(), edit->text());
        }
    };
    for (int t = 0; t < tabs->count(); ++t) {
        tabs->setCurrentIndex(t);
        QTest::qWait(50);
        QWidget *page = tabs->currentWidget();
        if (auto *slot = qobject_cast<WorkspaceSlot *>(page))
            slot->ensureBuilt(); // else built when first painted
        // Inner tabs (the register's workers and employers) build when shown.
        for (QTabWidget *inner : page->findChildren<QTabWidget *>())
            for (int i = 0; i < inner->count(); ++i) {
                inner->setCurrentIndex(i);
                QTest::qWait(50);
            }
        // Lists fill as their pages load (on a busy machine later than the tab shows).
        for (const QString &name : lists)
            if (auto *view = page->findChild<QAbstractItemView *>(name))
                QTRY_VERIFY2_WITH_TIMEOUT(view->model() && view->model()->rowCount() > 0, qPrintable(name), 10000);
        audit(tabs->tabText(t), page);
    }
    // The mediators' register and the reception log open in windows of their own.
    for (const char *button : {"mediationMediators", "mediationReception"}) {
        auto *b = window.findChild<QPushButton *>(QLatin1String(button));
        QVERIFY2(b, button);
        b->click();
        QTest::qWait(50);
    }
    for (const char *name : {"mediatorsWindow", "receptionWindow"}) {
        auto *w = window.findChild<QWidget *>(QLatin1String(name));
        QVERIFY2(w && w->isVisible(), name);
        for (QAbstractItemView *view : w->findChildren<QAbstractItemView *>(QRegularExpression(QStringLiteral("^(mediators|reception)Table$"))))
            QTRY_VERIFY2_WITH_TIMEOUT(view->model()->rowCount() > 0, name, 10000);
        audit(QLatin1String(name), w);
        w->close();
    }
    for (const QString &name : lists + QStringList{QStringLiteral("mediatorsTable"), QStringLiteral("receptionTable")})
        QVERIFY2(audited.contains(name), qPrintable(QStringLiteral("not audited: %1 (audited: %2)")
                                                                       .arg(name, audited.join(u' '))));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 30).join(u'\n')));
    for (const QString &header : amountColumns + countColumns)
        QVERIFY2(m_headers.contains(header), qPrintable(QStringLiteral("no column \"%1\" was audited").arg(header)));
    QVERIFY2(bigCount, "no count of 1,000 or more was shown: the audit of grouping checked nothing");
}

void tst_ScreenFormats::caseWindowOneFormat_data()
{
    everyScreenOneFormat_data();
}

// The case window of a case with sessions, agreed items and payments: its tables, labels and date fields.
void tst_ScreenFormats::caseWindowOneFormat()
{
    QFETCH(QString, language);
    QFETCH(bool, german);
    QCOMPARE(installTranslations(language), language);
    if (german)
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const auto english = qScopeGuard([] { installTranslations(QStringLiteral("en")); });
    m_headers.clear();

    QString caseId;
    {
        Database db;
        QVERIFY(db.open(m_demo, Database::OpenMode::ExistingOnly).ok());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT p.case_id FROM mediation_payments p "
                                      "JOIN mediation_sessions s ON s.case_id = p.case_id "
                                      "JOIN mediation_items i ON i.case_id = p.case_id AND i.kind = 'agreed' "
                                      "ORDER BY p.case_id LIMIT 1")));
        QVERIFY2(q.next(), "the demo has no case with sessions, agreed items and payments");
        caseId = q.value(0).toString();
    }

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDatabase(m_demo, adminSession()).ok());
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("workspaceTabs"));
    QVERIFY(tabs);
    MediationPage *page = nullptr;
    for (int t = 0; t < tabs->count() && !page; ++t) {
        tabs->setCurrentIndex(t);
        if (auto *slot = qobject_cast<WorkspaceSlot *>(tabs->currentWidget()))
            slot->ensureBuilt(); // else built when first painted
        page = tabs->currentWidget()->findChild<MediationPage *>();
    }
    QVERIFY(page);
    CaseDialog *dialog = nullptr;
    connect(page, &MediationPage::caseOpened, this, [&dialog](QWidget *w) { dialog = qobject_cast<CaseDialog *>(w); });
    page->openCase(caseId);
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));

    const QStringList amountColumns = headers({{"ud::CaseDialog", "Amount (yuan)"}, {"ud::CasePartiesTab", "Agreed amount (yuan)"}});
    QStringList problems;
    QStringList audited;
    for (QAbstractItemView *view : dialog->findChildren<QAbstractItemView *>()) {
        if (!view->model() || view->objectName().isEmpty() || view->model()->rowCount() == 0)
            continue;
        audited << view->objectName();
        problems += auditModel(view->objectName(), view->model(), {}, amountColumns, {}, 0);
    }
    for (QLabel *label : dialog->findChildren<QLabel *>()) {
        QStringList found = dateProblems(label->text());
        if (label->objectName() == QLatin1String("caseMoneyLine"))
            found += amountProblems(label->text());
        for (const QString &p : std::as_const(found))
            problems << QStringLiteral("%1: %2 in \"%3\"").arg(label->objectName(), p, label->text());
    }
    for (QDateTimeEdit *edit : dialog->findChildren<QDateTimeEdit *>())
        if (!kDate.match(edit->text()).hasMatch())
            problems << QStringLiteral("%1: date field shows \"%2\"").arg(edit->objectName(), edit->text());
    for (const char *name : {"caseSessions", "caseAgreedItems", "casePayments"})
        QVERIFY2(audited.contains(QLatin1String(name)), qPrintable(QStringLiteral("not audited: %1 (audited: %2)")
                                                                       .arg(QLatin1String(name), audited.join(u' '))));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 30).join(u'\n')));
    for (const QString &header : amountColumns)
        QVERIFY2(m_headers.contains(header), qPrintable(QStringLiteral("no column \"%1\" was audited").arg(header)));
    dialog->close();
}

// The employer form's head count, a spin box showing its group separator, reads 1,431 under a
// German locale too (its own form is 1.431), and what is typed with commas is read.
void tst_ScreenFormats::employeeCountFieldGroupsWithCommas()
{
    QCOMPARE(installTranslations(QStringLiteral("en")), QStringLiteral("en"));
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const auto english = qScopeGuard([] { installTranslations(QStringLiteral("en")); });
    Database db;
    QVERIFY(db.open(m_demo, Database::OpenMode::ExistingOnly).ok());
    SystemClock clock;
    RecordStore store(db, &clock);
    store.setActor(QStringLiteral("tester"));
    CommandFacade commands(store);
    const CodeListCache lookups(db);
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id, employee_count FROM employers WHERE employee_count >= 1000 LIMIT 1")));
    QVERIFY2(q.next(), "the demo has no employer of 1,000 or more");
    EmployerDialog dialog(db, commands, lookups, q.value(0).toString());
    auto *count = dialog.findChild<QSpinBox *>(QStringLiteral("employerCountSpin"));
    QVERIFY(count);
    QCOMPARE(count->value(), q.value(1).toInt());
    QCOMPARE(count->text(), DisplayFormat::count(q.value(1).toInt()));
    count->selectAll();
    QTest::keyClicks(count, QStringLiteral("2,345"));
    QCOMPARE(count->value(), 2345);
    QCOMPARE(count->text(), QStringLiteral("2,345"));
}

int main(int argc, char *argv[])
{
    // The system's locale is German for the whole run: what reads QLocale::system() shows 07.12.2026.
    qputenv("LANG", "de_DE.UTF-8");
    qputenv("LC_ALL", "de_DE.UTF-8");
    QApplication app(argc, argv);
    QTEST_SET_MAIN_SOURCE_PATH
    tst_ScreenFormats test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_screenformats.moc"
