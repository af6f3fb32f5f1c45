// A mediator takes a case from intake to a recorded payment, driven like a user on the offscreen
// platform through MediationPage, IntakeDialog, CaseDialog and their dialogs (widgets found by
// object name): a bad claim amount gets an inline message and nothing typed is lost; a draft
// survives closing the dialog; the case is accepted, mediated (a session record), agreed with
// an agreed item, paid (a payment above the agreed sum is refused) and closed as performed;
// every step is in the audit log; the list finds the case by full-text search and
// QAbstractItemModelTester checks the list model. The status dialog shows the warning of a late
// application for judicial confirmation and takes it only with an override reason, which the
// case keeps; not accepting a case takes a coded reason; a withdrawal before acceptance is offered.

#include "commands/CommandFacade.h"
#include "core/Money.h"
#include "storage/Accounts.h"
#include "storage/NodeIdentity.h"
#include "ui/mediation/CaseDialog.h"
#include "ui/mediation/IssuingBodyDialog.h"
#include "ui/mediation/CasesModel.h"
#include "ui/mediation/MediationPage.h"
#include "ui/common/WorkerPicker.h"
#include "register/RegisterGuiDriver.h"
#include "register/RegisterTestData.h"
#include "mediation/MediationRepository.h"
#include "mediation/MediationCommands.h"
#include "mediation/MediationService.h"
#include "mediation/CaseFilePaperValues.h"
#include "mediation/CaseFollowOnCommands.h"
#include "mediation/DocumentContext.h"
#include "mediation/MediationDeadlines.h"
#include "mediation/MediationDocuments.h"
#include "mediation/MediatorCommands.h"
#include "mediation/MediatorRegister.h"
#include "mediation/ReceptionCommands.h"
#include "ui/common/CodeListCache.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QTextDocument>
#include <QtTest>

using namespace ud;
using udtest::ModalDriver;
using udtest::typeText;

namespace {

template <typename T>
T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

// The inline messages the intake dialog shows, for failure messages.
QString shownErrors(QWidget *dialog)
{
    QStringList texts;
    for (QLabel *label : dialog->findChildren<QLabel *>())
        if (label->objectName().startsWith(QLatin1String("intakeError_")) && label->isVisible())
            texts << label->objectName() + QStringLiteral(": ") + label->text();
    return texts.join(QStringLiteral("; "));
}

void chooseData(QComboBox *combo, const QString &data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data + QStringLiteral(" among %1 items of %2").arg(combo->count()).arg(combo->objectName())));
    combo->setCurrentIndex(index);
}

// Types a name into a worker picker and chooses the listed worker of that name, as a user would.
void pickWorker(WorkerPicker *picker, const QString &name)
{
    QVERIFY(picker);
    picker->setFocus();
    typeText(picker->lineEdit(), name);
    QTRY_VERIFY(picker->count() > 0);
    int index = -1;
    for (int i = 0; i < picker->count(); ++i)
        if (picker->itemText(i).startsWith(name))
            index = i;
    QVERIFY2(index >= 0, qPrintable(name));
    picker->setCurrentIndex(index);
}

} // namespace

class TestMediationWorkflow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void intakeToPayment();
    void draftSurvivesClosing();
    void deadlineView();
    void issuingBodyDialog();
    void rosterAndAgreementStatement();
    void lateApplicationNeedsAnOverrideReason();
    void codedRejection();
    void transitionShowsWhatWillChange();
    void intakeWarnsAboutAMinor();
    void intakePicksMediatorsFromTheRegister();
    void receptionToFollowUpWithBreachAndReferral();

private:
    void fillIntake(QDialog *dialog, const QString &amount);
    // A case received `received` (the employer consented), registered through the page's service.
    QString registerCase(const QDate &received);
    Status move(const QString &caseId, CaseStatus to, const QDate &on);
    // Opens the case and runs `handle` on its status dialog.
    bool inTransitionDialog(const QString &caseId, const std::function<void(QDialog *)> &handle);

    std::unique_ptr<udtest::RegisterDb> m_db;
    std::unique_ptr<CommandFacade> m_commands;
    std::unique_ptr<MediationPage> m_page;
};

void TestMediationWorkflow::init()
{
    m_db = std::make_unique<udtest::RegisterDb>();
    QString error;
    QVERIFY2(m_db->open(&error), qPrintable(error));
    QVERIFY(m_db->populate(6, 30));
    m_commands = std::make_unique<CommandFacade>(*m_db->store);
    Session session;
    session.username = QStringLiteral("mediator1");
    session.displayName = QStringLiteral("调解员甲");
    session.role = Role::Mediator;
    m_page = std::make_unique<MediationPage>(m_db->db, *m_commands, session);
    m_page->resize(1200, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestMediationWorkflow::cleanup()
{
    m_page.reset();
    m_commands.reset();
    m_db.reset();
}

// The "due soon / overdue" view: a case whose acceptance decision is late, a case whose 15-day
// window ends in two days, and one with time left; the reminder above the list counts the first
// two and shows them when clicked.
void TestMediationWorkflow::deadlineView()
{
    const QDate today = QDate::currentDate();
    QString employerId;
    {
        QSqlQuery q(m_db->db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id, employer_id FROM workers WHERE employer_id IS NOT NULL ORDER BY name LIMIT 1")) && q.next());
        const QString workerId = q.value(0).toString();
        employerId = q.value(1).toString();
        q.finish();
        const auto registerCase = [&](const QDate &received) {
            MediationCase c;
            c.receivedOn = received;
            c.source = QStringLiteral("written_application");
            c.employerId = employerId;
            c.disputeType = QStringLiteral("remuneration");
            c.facts = QStringLiteral("单位拖欠工资。");
            c.respondentConsent = true;
            CaseParty p;
            p.workerId = workerId;
            c.parties << p;
            CaseItem claim;
            claim.kind = QStringLiteral("claim");
            claim.item = QStringLiteral("wage");
            claim.amountFen = 300000;
            c.items << claim;
            auto id = m_page->service().registerCase(c, today);
            return id ? id.value() : QString();
        };
        const auto accept = [&](const QString &id) {
            const MediationCase c = MediationRepository(m_db->db).fullCase(id).value_or(MediationCase());
            MediationStateMachine::Request r;
            r.to = CaseStatus::Accepted;
            r.on = c.receivedOn.addDays(1);
            return m_page->service().transition(id, c.version, r, today, m_page->limitsFor(c));
        };
        QVERIFY(!registerCase(today.addDays(-10)).isEmpty());   // acceptance decision overdue
        const QString closing = registerCase(today.addDays(-13)); // window ends in two days
        QVERIFY(accept(closing).ok());
        const QString later = registerCase(today.addDays(-2));    // window ends in thirteen days
        QVERIFY(accept(later).ok());
    }
    // The page as it opens: the reminder counts them.
    Session session;
    session.username = QStringLiteral("mediator1");
    session.role = Role::Mediator;
    m_page = std::make_unique<MediationPage>(m_db->db, *m_commands, session);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    auto *reminder = child<QPushButton>(m_page.get(), "mediationReminder");
    auto *deadlines = child<QComboBox>(m_page.get(), "mediationDeadlineFilter");
    QVERIFY(reminder && deadlines);
    QVERIFY(reminder->isVisible());
    QVERIFY2(reminder->text().contains(QStringLiteral("1 case(s) past a deadline"))
                 && reminder->text().contains(QStringLiteral("1 with a deadline in the next 3 day(s)")),
             qPrintable(reminder->text()));
    QCOMPARE(m_page->model()->totalCount(), 3);
    QCOMPARE(m_page->overdueCount(), 1);
    QCOMPARE(m_page->dueSoonOrOverdueCount(), 2);
    deadlines->setCurrentIndex(1); // due within 3 days or overdue
    QTRY_COMPARE(m_page->model()->totalCount(), 2);
    deadlines->setCurrentIndex(0);
    QTRY_COMPARE(m_page->model()->totalCount(), 3);
    QTest::mouseClick(reminder, Qt::LeftButton); // shows the overdue ones
    QCOMPARE(deadlines->currentIndex(), 2);
    QTRY_COMPARE(m_page->model()->totalCount(), 1);
    QCOMPARE(m_page->model()->rowAt(0)->receivedOn, today.addDays(-10));

    // The list's next-deadline column: the acceptance decision, overdue, marked in words too.
    const QDate acceptBy = m_page->deadlines().acceptanceDue(today.addDays(-10));
    const QModelIndex overdueCell = m_page->model()->index(0, CasesModel::NextDeadlineColumn);
    QCOMPARE(overdueCell.data().toString(), acceptBy.toString(Qt::ISODate) + QStringLiteral(" overdue"));
    QCOMPARE(overdueCell.data(CasesModel::DeadlineStateRole).toString(), QStringLiteral("overdue"));
    QVERIFY2(overdueCell.data(Qt::ToolTipRole).toString().startsWith(
                 QStringLiteral("Decide on acceptance %1: ").arg(acceptBy.toString(Qt::ISODate))),
             qPrintable(overdueCell.data(Qt::ToolTipRole).toString()));

    // The reminder's view explains itself, and leads back to every case (Alt+A).
    auto *note = child<QWidget>(m_page.get(), "mediationFilterNote");
    auto *noteText = child<QLabel>(m_page.get(), "mediationFilterNoteText");
    auto *showAll = child<QPushButton>(m_page.get(), "mediationShowAll");
    QVERIFY(note && noteText && showAll);
    QTRY_VERIFY(note->isVisible());
    QCOMPARE(noteText->text(), QStringLiteral("Shown: open cases past a deadline — 1 case(s)"));
    QCOMPARE(QKeySequence::mnemonic(showAll->text()), QKeySequence(Qt::ALT | Qt::Key_A));
    QTest::mouseClick(showAll, Qt::LeftButton);
    QCOMPARE(deadlines->currentIndex(), 0);
    QTRY_COMPARE(m_page->model()->totalCount(), 3);
    QVERIFY(!note->isVisible());
    // The case whose window ends in two days: due soon.
    const QDate windowEnd = today.addDays(-13 + 15);
    bool dueSoonSeen = false;
    for (int row = 0; row < m_page->model()->rowCount(); ++row) {
        const QModelIndex cell = m_page->model()->index(row, CasesModel::NextDeadlineColumn);
        if (m_page->model()->rowAt(row)->receivedOn != today.addDays(-13))
            continue;
        dueSoonSeen = true;
        QCOMPARE(cell.data().toString(), windowEnd.toString(Qt::ISODate) + QStringLiteral(" due soon"));
        QCOMPARE(cell.data(CasesModel::DeadlineStateRole).toString(), QStringLiteral("due_soon"));
        QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("\nDue in 2 day(s).")));
    }
    QVERIFY(dueSoonSeen);

    // A search that finds nothing: a message in the table, naming the filter and the way out.
    auto *search = child<QLineEdit>(m_page.get(), "mediationSearch");
    auto *empty = child<QLabel>(m_page.get(), "mediationEmptyNote");
    QVERIFY(search && empty);
    QVERIFY(!empty->isVisible());
    search->setText(QStringLiteral("没有这样的案件"));
    QTRY_COMPARE(m_page->model()->totalCount(), 0);
    QVERIFY(empty->isVisible());
    QVERIFY2(empty->text().startsWith(QStringLiteral("No cases match the filters: search “没有这样的案件”.")),
             qPrintable(empty->text()));
    QVERIFY(empty->text().contains(QStringLiteral("Show all cases")));
    QVERIFY(note->isVisible());
    QTest::mouseClick(showAll, Qt::LeftButton);
    QVERIFY(search->text().isEmpty());
    QTRY_COMPARE(m_page->model()->totalCount(), 3);
    QVERIFY(!empty->isVisible());

    // Exporting the list reports its progress; cancelled, it writes nothing.
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("cases.csv"));
    QList<int> reported;
    const Status cancelled = m_page->exportCurrentList(path, [&reported](int done) {
        reported << done;
        return false;
    });
    QVERIFY(!cancelled.ok());
    QCOMPARE(cancelled.error(), QStringLiteral("The export was cancelled; no file was written."));
    QCOMPARE(reported, QList<int>{3});
    QVERIFY(!QFile::exists(path));
    QVERIFY(m_page->exportCurrentList(path, [](int) { return true; }).ok());
    QVERIFY(QFile::exists(path));
}

void TestMediationWorkflow::fillIntake(QDialog *dialog, const QString &amount)
{
    child<QDateEdit>(dialog, "intakeReceivedOn")->setDate(QDate::currentDate().addDays(-1));
    chooseData(child<QComboBox>(dialog, "intakeSource"), QStringLiteral("written_application"));
    chooseData(child<QComboBox>(dialog, "intakeDisputeType"), QStringLiteral("remuneration"));
    child<QComboBox>(dialog, "intakeConsent")->setCurrentIndex(1); // the employer agreed to mediation
    // The applicant: typed into the picker, chosen from what it lists.
    const udtest::WorkerSpec worker = m_db->workerList.at(1); // has an employer
    pickWorker(child<WorkerPicker>(dialog, "intakeApplicantPicker"), worker.name);
    QTest::mouseClick(child<QPushButton>(dialog, "intakeAddApplicant"), Qt::LeftButton);
    QCOMPARE(child<QTableWidget>(dialog, "intakeApplicants")->rowCount(), 1);
    // A claim line.
    QTest::mouseClick(child<QPushButton>(dialog, "intakeAddClaim"), Qt::LeftButton);
    auto *claims = child<QTableWidget>(dialog, "intakeClaims");
    QCOMPARE(claims->rowCount(), 1);
    auto *item = qobject_cast<QComboBox *>(claims->cellWidget(0, 0));
    QVERIFY(item);
    chooseData(item, QStringLiteral("wage"));
    claims->item(0, 1)->setText(QStringLiteral("2026年8月至10月工资"));
    claims->item(0, 2)->setText(amount);
    auto *facts = child<QPlainTextEdit>(dialog, "intakeFacts");
    facts->setFocus();
    typeText(facts, QStringLiteral("申请人自2026年8月起未领到工资，单位称资金周转困难。"));
}

void TestMediationWorkflow::intakeToPayment()
{
    QAbstractItemModelTester tester(m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(m_page->model()->totalCount(), 0);
    const udtest::WorkerSpec worker = m_db->workerList.at(1);
    QVERIFY(!worker.employerId.isEmpty());

    bool refusedBadAmount = false;
    ModalDriver intake(QStringLiteral("intakeDialog"), [&](QDialog *dialog) {
        fillIntake(dialog, QStringLiteral("12,000.5x"));
        // The employer came with the applicant.
        QVERIFY(!child<QComboBox>(dialog, "intakeEmployer")->currentText().isEmpty());
        QTest::mouseClick(child<QPushButton>(dialog, "intakeRegister"), Qt::LeftButton);
        auto *claimError = child<QLabel>(dialog, "intakeError_claims");
        QVERIFY(claimError && claimError->isVisible());
        QVERIFY(dialog->isVisible());
        // Nothing typed was lost.
        QVERIFY(child<QPlainTextEdit>(dialog, "intakeFacts")->toPlainText().contains(QStringLiteral("资金周转")));
        refusedBadAmount = true;
        child<QTableWidget>(dialog, "intakeClaims")->item(0, 2)->setText(QStringLiteral("12,000.50"));
        QTest::mouseClick(child<QPushButton>(dialog, "intakeRegister"), Qt::LeftButton);
        QVERIFY2(!dialog->isVisible(), qPrintable(shownErrors(dialog)));
    });
    CaseDialog *caseDialog = nullptr;
    connect(m_page.get(), &MediationPage::caseOpened, this,
            [&caseDialog](QWidget *w) { caseDialog = qobject_cast<CaseDialog *>(w); });
    QTest::mouseClick(child<QPushButton>(m_page.get(), "mediationNewCase"), Qt::LeftButton);
    QVERIFY(intake.handled());
    QVERIFY(refusedBadAmount);
    QVERIFY(caseDialog);
    QCOMPARE(m_page->model()->totalCount(), 1);
    const QString caseId = caseDialog->currentCase().id;
    // Opening the case again brings its window forward instead of a second, stale one.
    CaseDialog *const first = caseDialog;
    m_page->openCase(caseId);
    QCOMPARE(caseDialog, first);
    QCOMPARE(m_page->findChildren<CaseDialog *>().size(), 1);
    QCOMPARE(caseDialog->currentCase().caseNo,
             QStringLiteral("朝阳区八里庄街道调字〔%1〕第0001号").arg(QDate::currentDate().addDays(-1).year()));
    QCOMPARE(caseDialog->currentCase().claimedFen(), Q_INT64_C(1200050));

    // received -> accepted -> in mediation, through the status dialog.
    const auto move = [&](CaseStatus to) {
        ModalDriver transition(QStringLiteral("transitionDialog"), [to](QDialog *dialog) {
            auto *target = child<QComboBox>(dialog, "transitionTarget");
            target->setCurrentIndex(target->findData(int(to)));
            QTest::mouseClick(child<QDialogButtonBox>(dialog, "")->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(caseDialog, "caseTransition"), Qt::LeftButton);
        QVERIFY(transition.handled());
    };
    move(CaseStatus::Accepted);
    QCOMPARE(caseDialog->currentCase().status, CaseStatus::Accepted);
    move(CaseStatus::InMediation);
    QCOMPARE(caseDialog->currentCase().status, CaseStatus::InMediation);

    // A session record.
    ModalDriver session(QStringLiteral("sessionDialog"), [](QDialog *dialog) {
        typeText(child<QLineEdit>(dialog, "sessionPlace"), QStringLiteral("八里庄街道职工服务站调解室"));
        typeText(child<QPlainTextEdit>(dialog, "sessionStatements"), QStringLiteral("双方同意分两期支付。"));
        QTest::mouseClick(child<QPushButton>(dialog, "sessionSave"), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(caseDialog, "caseAddSession"), Qt::LeftButton);
    QVERIFY(session.handled());
    QCOMPARE(caseDialog->currentCase().sessions.size(), 1);

    // A second worker joins the case and a lawyer appears for the first: the parties tab.
    {
        pickWorker(child<WorkerPicker>(caseDialog, "casePartyPicker"), m_db->workerList.at(2).name);
        QTest::mouseClick(child<QPushButton>(caseDialog, "caseAddApplicant"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(caseDialog, "caseAddAgent"), Qt::LeftButton); // no name yet
        QVERIFY(child<QLabel>(caseDialog, "caseMessage")->isVisible());
        typeText(child<QLineEdit>(caseDialog, "caseAgentName"), QStringLiteral("司马律师"));
        typeText(child<QLineEdit>(caseDialog, "caseAgentRelation"), QStringLiteral("律师"));
        QTest::mouseClick(child<QPushButton>(caseDialog, "caseAddAgent"), Qt::LeftButton);
        QCOMPARE(child<QTableWidget>(caseDialog, "caseParties")->rowCount(), 3);
        QCOMPARE(caseDialog->currentCase().parties.size(), 1); // nothing written before saving
        // Agreement terms typed and not saved yet survive the case being read again.
        child<QPlainTextEdit>(caseDialog, "caseAgreementTerms")->setPlainText(QStringLiteral("双方另行约定的条款"));
        QTest::mouseClick(child<QPushButton>(caseDialog, "caseSaveParties"), Qt::LeftButton);
        QCOMPARE(child<QPlainTextEdit>(caseDialog, "caseAgreementTerms")->toPlainText(), QStringLiteral("双方另行约定的条款"));
        QCOMPARE(caseDialog->currentCase().applicants().size(), 2);
        QCOMPARE(caseDialog->currentCase().agents().size(), 1);
        QCOMPARE(caseDialog->currentCase().agents().first().name, QStringLiteral("司马律师"));
        QCOMPARE(caseDialog->currentCase().workerCount, 2);
    }

    // Agreement terms: 10,000 yuan of wages due today.
    QTest::mouseClick(child<QPushButton>(caseDialog, "caseAddAgreedItem"), Qt::LeftButton);
    auto *agreed = child<QTableWidget>(caseDialog, "caseAgreedItems");
    chooseData(qobject_cast<QComboBox *>(agreed->cellWidget(0, 0)), QStringLiteral("social_insurance"));
    QCOMPARE(agreed->item(0, 4)->text(), QString()); // social insurance: no payment order (art. 16)
    chooseData(qobject_cast<QComboBox *>(agreed->cellWidget(0, 0)), QStringLiteral("overtime"));
    QCOMPARE(agreed->item(0, 4)->text(), QStringLiteral("can apply")); // overtime pay is 劳动报酬
    chooseData(qobject_cast<QComboBox *>(agreed->cellWidget(0, 0)), QStringLiteral("wage"));
    QCOMPARE(agreed->item(0, 4)->text(), QStringLiteral("can apply"));
    agreed->item(0, 2)->setText(QStringLiteral("10000"));
    qobject_cast<QDateEdit *>(agreed->cellWidget(0, 3))->setDate(QDate::currentDate());
    QTest::mouseClick(child<QPushButton>(caseDialog, "caseSaveAgreement"), Qt::LeftButton);
    QCOMPARE(caseDialog->currentCase().agreedFen(), Q_INT64_C(1000000));
    move(CaseStatus::Agreed);
    QCOMPARE(caseDialog->currentCase().status, CaseStatus::Agreed);
    QCOMPARE(caseDialog->currentCase().agreedOn, QDate::currentDate());

    // The agreement printed to PDF from the document chooser; the document holds the case.
    auto *kind = child<QComboBox>(caseDialog, "caseDocumentKind");
    QVERIFY(child<QPushButton>(caseDialog, "caseIssuingBody")); // the issuing body, from the documents row
    QCOMPARE(kind->currentData().toInt(), int(MediationDocumentKind::Agreement));
    QTemporaryDir pdfDir;
    const QString pdf = pdfDir.filePath(QStringLiteral("agreement.pdf"));
    QVERIFY(caseDialog->saveDocument(MediationDocumentKind::Agreement, pdf));
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(5) == "%PDF-");
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (!pdftotext.isEmpty()) {
        QProcess extract;
        extract.start(pdftotext, {pdf, QStringLiteral("-")});
        QVERIFY(extract.waitForFinished(30000));
        const QString text = QString::fromUtf8(extract.readAllStandardOutput());
        QVERIFY2(text.contains(caseDialog->currentCase().caseNo), qPrintable(text.left(400)));
        QVERIFY(text.contains(worker.name));
        QVERIFY(text.contains(QStringLiteral("壹万元整")));
    } else {
        qWarning("pdftotext is not installed: the PDF's text was not checked");
    }

    // Payments: more than agreed is refused, with a message; then the whole sum.
    auto *amount = child<QLineEdit>(caseDialog, "casePayAmount");
    amount->setText(QStringLiteral("10000.01"));
    QTest::mouseClick(child<QPushButton>(caseDialog, "caseRecordPayment"), Qt::LeftButton);
    auto *message = child<QLabel>(caseDialog, "caseMessage");
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("10,000.01")), qPrintable(message->text()));
    QCOMPARE(caseDialog->currentCase().paidFen(), Q_INT64_C(0));
    amount->setText(QStringLiteral("10,000"));
    QTest::mouseClick(child<QPushButton>(caseDialog, "caseRecordPayment"), Qt::LeftButton);
    QCOMPARE(caseDialog->currentCase().paidFen(), Q_INT64_C(1000000));
    move(CaseStatus::Performed);
    QCOMPARE(caseDialog->currentCase().status, CaseStatus::Performed);
    QVERIFY(!child<QPushButton>(caseDialog, "caseTransition")->isEnabled());

    // Every move is in the audit log with its reason.
    QSqlQuery q(m_db->db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'mediation_cases' AND record_id = ? "
                             "AND changes LIKE '%\"status\"%'"));
    q.addBindValue(caseId);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toInt(), 1 + 4); // created as received, then four moves
    caseDialog->close();

    // The list finds the case by the applicant's name and by a word of the facts.
    auto *search = child<QLineEdit>(m_page.get(), "mediationSearch");
    search->setText(worker.name);
    QTRY_COMPARE(m_page->model()->totalCount(), 1);
    search->setText(QStringLiteral("资金周转"));
    QTRY_COMPARE(m_page->model()->totalCount(), 1);
    search->setText(QStringLiteral("没有这个词"));
    QTRY_COMPARE(m_page->model()->totalCount(), 0);
}

void TestMediationWorkflow::draftSurvivesClosing()
{
    ModalDriver first(QStringLiteral("intakeDialog"), [&](QDialog *dialog) {
        fillIntake(dialog, QStringLiteral("800"));
        dialog->reject(); // closed without registering
    });
    QTest::mouseClick(child<QPushButton>(m_page.get(), "mediationNewCase"), Qt::LeftButton);
    QVERIFY(first.handled());
    QCOMPARE(m_page->model()->totalCount(), 0);

    ModalDriver second(QStringLiteral("intakeDialog"), [&](QDialog *dialog) {
        QVERIFY(child<QLabel>(dialog, "intakeDraftNote")->isVisible());
        // When the draft was saved reads like every time on screen (2026-12-07 14:05), not in the
        // locale's short form (2026/12/7 下午2:05).
        const QString note = child<QLabel>(dialog, "intakeDraftNote")->text();
        QVERIFY2(QRegularExpression(QStringLiteral("\\b\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}\\b")).match(note).hasMatch(), qPrintable(note));
        QVERIFY(child<QPlainTextEdit>(dialog, "intakeFacts")->toPlainText().contains(QStringLiteral("资金周转")));
        QCOMPARE(child<QTableWidget>(dialog, "intakeApplicants")->rowCount(), 1);
        QCOMPARE(child<QTableWidget>(dialog, "intakeClaims")->item(0, 2)->text(), QStringLiteral("800"));
        QTest::mouseClick(child<QPushButton>(dialog, "intakeRegister"), Qt::LeftButton);
        QVERIFY2(!dialog->isVisible(), qPrintable(shownErrors(dialog)));
    });
    QTest::mouseClick(child<QPushButton>(m_page.get(), "mediationNewCase"), Qt::LeftButton);
    QVERIFY(second.handled());
    QCOMPARE(m_page->model()->totalCount(), 1);
    for (QWidget *w : QApplication::topLevelWidgets())
        if (qobject_cast<CaseDialog *>(w))
            w->close();
}

QString TestMediationWorkflow::registerCase(const QDate &received)
{
    QSqlQuery q(m_db->db.connection());
    if (!q.exec(QStringLiteral("SELECT id, employer_id FROM workers WHERE employer_id IS NOT NULL ORDER BY name LIMIT 1"))
        || !q.next())
        return {};
    MediationCase c;
    c.receivedOn = received;
    c.source = QStringLiteral("written_application");
    c.employerId = q.value(1).toString();
    c.disputeType = QStringLiteral("remuneration");
    c.facts = QStringLiteral("单位拖欠工资。");
    c.respondentConsent = true;
    CaseParty p;
    p.workerId = q.value(0).toString();
    c.parties << p;
    auto id = m_page->service().registerCase(c, QDate::currentDate());
    return id ? id.value() : QString();
}

Status TestMediationWorkflow::move(const QString &caseId, CaseStatus to, const QDate &on)
{
    const MediationCase c = MediationRepository(m_db->db).fullCase(caseId).value_or(MediationCase());
    MediationStateMachine::Request r;
    r.to = to;
    r.on = on;
    return m_page->service().transition(caseId, c.version, r, QDate::currentDate(), m_page->limitsFor(c));
}

bool TestMediationWorkflow::inTransitionDialog(const QString &caseId, const std::function<void(QDialog *)> &handle)
{
    m_page->openCase(caseId);
    auto *caseDialog = m_page->findChild<CaseDialog *>();
    if (!caseDialog)
        return false;
    ModalDriver transition(QStringLiteral("transitionDialog"), handle);
    QTest::mouseClick(child<QPushButton>(caseDialog, "caseTransition"), Qt::LeftButton);
    const bool handled = transition.handled();
    caseDialog->close();
    delete caseDialog;
    return handled;
}

// Agreed 60 days ago: judicial confirmation was due long ago. The dialog shows the warning and
// keeps "Change status" disabled until a reason is typed; the reason is kept with the case.
void TestMediationWorkflow::lateApplicationNeedsAnOverrideReason()
{
    const QDate today = QDate::currentDate();
    const QString id = registerCase(today.addDays(-70));
    QVERIFY(!id.isEmpty());
    QVERIFY(move(id, CaseStatus::Accepted, today.addDays(-69)).ok());
    QVERIFY(move(id, CaseStatus::InMediation, today.addDays(-69)).ok());
    QVERIFY(m_page->service().saveAgreement(id, QStringLiteral("被申请人向申请人支付工资3000元。"), QString(), QString(), {}).ok());
    QVERIFY(move(id, CaseStatus::Agreed, today.addDays(-60)).ok());

    const QString reason = QStringLiteral("申请书已于期限内邮寄法院");
    bool checked = false;
    QVERIFY(inTransitionDialog(id, [&](QDialog *dialog) {
        auto *target = child<QComboBox>(dialog, "transitionTarget");
        auto *warnings = child<QLabel>(dialog, "transitionWarnings");
        auto *overrideEdit = child<QLineEdit>(dialog, "overrideReasonEdit");
        auto *ok = child<QPushButton>(dialog, "transitionOk");
        QVERIFY(target && warnings && overrideEdit && ok);
        target->setCurrentIndex(target->findData(int(CaseStatus::Performing)));
        QVERIFY(!warnings->isVisible());
        QVERIFY(ok->isEnabled());
        target->setCurrentIndex(target->findData(int(CaseStatus::JudicialConfirmation)));
        QVERIFY(warnings->isVisible());
        QVERIFY2(warnings->text().contains(QStringLiteral("Judicial confirmation had to be applied for")),
                 qPrintable(warnings->text()));
        QVERIFY(overrideEdit->isVisible());
        QVERIFY(!ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton); // refused: still open
        QVERIFY(dialog->isVisible());
        overrideEdit->setFocus();
        typeText(overrideEdit, QStringLiteral("   "));
        QVERIFY(!ok->isEnabled()); // blanks are no reason
        overrideEdit->clear();
        typeText(overrideEdit, reason);
        QVERIFY(ok->isEnabled());
        checked = true;
        QTest::mouseClick(ok, Qt::LeftButton);
    }));
    QVERIFY(checked);
    const MediationCase c = MediationRepository(m_db->db).fullCase(id).value_or(MediationCase());
    QCOMPARE(c.status, CaseStatus::JudicialConfirmation);
    QVERIFY2(c.overrides.contains(reason) && c.overrides.startsWith(today.toString(Qt::ISODate)), qPrintable(c.overrides));
}

// Not accepting a case: the coded reason is chosen in the dialog and stored; the dialog also
// offers the applicant's withdrawal before acceptance.
void TestMediationWorkflow::codedRejection()
{
    const QString id = registerCase(QDate::currentDate().addDays(-1));
    QVERIFY(!id.isEmpty());
    QVERIFY(inTransitionDialog(id, [](QDialog *dialog) {
        auto *target = child<QComboBox>(dialog, "transitionTarget");
        auto *code = child<QComboBox>(dialog, "rejectReasonCombo");
        QVERIFY(target && code);
        target->setCurrentIndex(target->findData(int(CaseStatus::Withdrawn)));
        QCOMPARE(target->currentText(), QStringLiteral("Applicant withdrew the application"));
        QVERIFY(!code->isVisible());
        target->setCurrentIndex(target->findData(int(CaseStatus::Rejected)));
        QVERIFY(code->isVisible());
        chooseData(code, QStringLiteral("respondent_refused"));
        QTest::mouseClick(child<QPushButton>(dialog, "transitionOk"), Qt::LeftButton);
    }));
    const MediationCase c = MediationRepository(m_db->db).fullCase(id).value_or(MediationCase());
    QCOMPARE(c.status, CaseStatus::Rejected);
    QCOMPARE(c.decisionReasonCode, QStringLiteral("respondent_refused"));
}

// The status dialog says what the move will do before the click (status change, dates recorded)
// and follows the target and the date; the button names the move. A date before the case's
// previous move (to in mediation, which has no date of its own but last_moved_on) is named next to
// the date field with both dates, and the button stays disabled until the date is right.
void TestMediationWorkflow::transitionShowsWhatWillChange()
{
    const QDate today = QDate::currentDate();
    const QString id = registerCase(today.addDays(-10));
    QVERIFY(!id.isEmpty());
    QVERIFY(move(id, CaseStatus::Accepted, today.addDays(-9)).ok());
    QVERIFY(move(id, CaseStatus::InMediation, today.addDays(-5)).ok());
    QVERIFY(m_page->service().saveAgreement(id, QStringLiteral("被申请人向申请人支付工资3000元。"), QString(), QString(), {}).ok());
    QCOMPARE(MediationRepository(m_db->db).fullCase(id).value_or(MediationCase()).lastMovedOn, today.addDays(-5));

    const auto iso = [](const QDate &d) { return d.toString(Qt::ISODate); };
    bool checked = false;
    QVERIFY(inTransitionDialog(id, [&](QDialog *dialog) {
        auto *target = child<QComboBox>(dialog, "transitionTarget");
        auto *date = child<QDateEdit>(dialog, "transitionDate");
        auto *preview = child<QLabel>(dialog, "transitionPreview");
        auto *dateError = child<QLabel>(dialog, "transitionDateError");
        auto *ok = child<QPushButton>(dialog, "transitionOk");
        QVERIFY(target && date && preview && dateError && ok);
        target->setCurrentIndex(target->findData(int(CaseStatus::Agreed)));
        date->setDate(today);
        QVERIFY(preview->isVisible());
        const QString agreed = preview->text();
        QVERIFY2(agreed.contains(MediationStateMachine::statusName(CaseStatus::InMediation) + QStringLiteral(" → ")
                                 + MediationStateMachine::statusName(CaseStatus::Agreed)),
                 qPrintable(agreed));
        QVERIFY2(agreed.contains(QStringLiteral("Date the agreement took effect: ") + iso(today)), qPrintable(agreed));
        QCOMPARE(ok->text(), QStringLiteral("Change to ") + MediationStateMachine::statusName(CaseStatus::Agreed));
        // Another date: the preview follows.
        date->setDate(today.addDays(-1));
        QVERIFY2(preview->text().contains(QStringLiteral("Date the agreement took effect: ") + iso(today.addDays(-1))),
                 qPrintable(preview->text()));
        // Another target: the preview and the button follow.
        target->setCurrentIndex(target->findData(int(CaseStatus::Failed)));
        QVERIFY2(preview->text().contains(MediationStateMachine::statusName(CaseStatus::Failed)), qPrintable(preview->text()));
        QVERIFY2(preview->text().contains(QStringLiteral("Date the case closed: ") + iso(today.addDays(-1))),
                 qPrintable(preview->text()));
        QVERIFY2(preview->text().contains(QStringLiteral("cannot be undone")), qPrintable(preview->text()));
        QCOMPARE(ok->text(), QStringLiteral("Change to ") + MediationStateMachine::statusName(CaseStatus::Failed));
        QVERIFY(preview->text() != agreed);
        // Before the move to "in mediation": refused next to the date, naming both dates.
        target->setCurrentIndex(target->findData(int(CaseStatus::Agreed)));
        QVERIFY(!dateError->isVisible());
        date->setDate(today.addDays(-7));
        QVERIFY(dateError->isVisible());
        QVERIFY2(dateError->text().contains(iso(today.addDays(-7))) && dateError->text().contains(iso(today.addDays(-5))),
                 qPrintable(dateError->text()));
        QVERIFY(!ok->isEnabled());
        // In the future: refused as well.
        date->setDate(today.addDays(1));
        QVERIFY2(dateError->isVisible() && dateError->text().contains(QStringLiteral("future")), qPrintable(dateError->text()));
        QVERIFY(!ok->isEnabled());
        date->setDate(today.addDays(-5)); // the same day as the previous move is fine
        QVERIFY(!dateError->isVisible());
        QVERIFY(ok->isEnabled());
        checked = true;
        dialog->reject();
    }));
    QVERIFY(checked);
    QCOMPARE(MediationRepository(m_db->db).fullCase(id).value_or(MediationCase()).status, CaseStatus::InMediation);
}

// An applicant under 16 on the day received: the intake form warns (child labour) and registers
// the case when asked again; the acceptance then needs an override reason.
void TestMediationWorkflow::intakeWarnsAboutAMinor()
{
    const udtest::WorkerSpec worker = m_db->workerList.at(1); // the applicant fillIntake picks
    const QDate born = QDate::currentDate().addYears(-15);
    qint64 version = -1;
    {
        QSqlQuery q(m_db->db.connection());
        q.prepare(QStringLiteral("SELECT version FROM workers WHERE id = ?"));
        q.addBindValue(worker.id);
        if (q.exec() && q.next())
            version = q.value(0).toLongLong();
    }
    QVERIFY(m_db->store
                ->update(QStringLiteral("workers"), worker.id, version,
                         {{QStringLiteral("id_number"), udtest::idNumber(QStringLiteral("110105"), born, 7)},
                          {QStringLiteral("birth_date"), born.toString(Qt::ISODate)}})
                .ok());

    bool warned = false;
    ModalDriver intake(QStringLiteral("intakeDialog"), [&](QDialog *dialog) {
        fillIntake(dialog, QStringLiteral("3000"));
        QTest::mouseClick(child<QPushButton>(dialog, "intakeRegister"), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        auto *label = child<QLabel>(dialog, "intakeError_applicants");
        QVERIFY(label && label->isVisible());
        QVERIFY2(label->text().contains(QStringLiteral("under 16")) && label->text().contains(QStringLiteral("labour inspection")),
                 qPrintable(label->text()));
        warned = true;
        QTest::mouseClick(child<QPushButton>(dialog, "intakeRegister"), Qt::LeftButton); // register as it is
        QVERIFY2(!dialog->isVisible(), qPrintable(shownErrors(dialog)));
    });
    QTest::mouseClick(child<QPushButton>(m_page.get(), "mediationNewCase"), Qt::LeftButton);
    QVERIFY(intake.handled());
    QVERIFY(warned);
    QCOMPARE(m_page->model()->totalCount(), 1);
}

// Issue 11 item 8 at intake: the mediators come from the register (records, not names). A name
// not in the register and a mediator who works for the employer (回避) are refused next to the
// field; the one chosen is put on the case as its lead mediator, and the case shows her name.
void TestMediationWorkflow::intakePicksMediatorsFromTheRegister()
{
    const udtest::WorkerSpec worker = m_db->workerList.at(1); // the applicant fillIntake picks
    QVERIFY(!worker.employerId.isEmpty());
    const QDate today = QDate::currentDate();
    MediatorRegister mediators(*m_db->store);
    const auto add = [&](const QString &name, const QString &employerId) {
        Mediator m;
        m.name = name;
        m.qualification = QStringLiteral("lawyer");
        m.appointedOn = today.addYears(-1);
        m.employerId = employerId;
        const Result<QString> id = mediators.saveMediator(m, today);
        return id.ok() ? id.value() : QString();
    };
    const QString liu = add(QStringLiteral("刘芳"), {});
    const QString zhao = add(QStringLiteral("赵敏"), worker.employerId); // works for the respondent
    QVERIFY(!liu.isEmpty() && !zhao.isEmpty());

    QStringList refusals;
    ModalDriver intake(QStringLiteral("intakeDialog"), [&](QDialog *dialog) {
        fillIntake(dialog, QStringLiteral("3000"));
        auto *field = child<QComboBox>(dialog, "intakeMediators");
        QCOMPARE(field->count(), 3); // none, 刘芳, 赵敏
        auto *error = child<QLabel>(dialog, "intakeError_mediators");
        for (const QString &typed : {QStringLiteral("王五"), QStringLiteral("赵敏")}) {
            field->setCurrentText(typed);
            QTest::mouseClick(child<QPushButton>(dialog, "intakeRegister"), Qt::LeftButton);
            QVERIFY(dialog->isVisible());
            QVERIFY(error->isVisible());
            refusals << error->text();
        }
        field->setCurrentIndex(field->findData(liu));
        QTest::mouseClick(child<QPushButton>(dialog, "intakeRegister"), Qt::LeftButton);
        QVERIFY2(!dialog->isVisible(), qPrintable(shownErrors(dialog)));
    });
    QTest::mouseClick(child<QPushButton>(m_page.get(), "mediationNewCase"), Qt::LeftButton);
    QVERIFY(intake.handled());
    QCOMPARE(refusals.size(), 2);
    QVERIFY2(refusals.at(0).contains(QStringLiteral("王五")) && refusals.at(0).contains(QStringLiteral("register of mediators")),
             qPrintable(refusals.at(0)));
    QVERIFY2(refusals.at(1).contains(QStringLiteral("赵敏")) && refusals.at(1).contains(QStringLiteral("回避")),
             qPrintable(refusals.at(1)));
    QCOMPARE(m_page->model()->totalCount(), 1);
    QSqlQuery q(m_db->db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM mediation_cases")) && q.next());
    const auto c = MediationRepository(m_db->db).fullCase(q.value(0).toString());
    QVERIFY(c);
    QCOMPARE(c->caseMediators.size(), 1);
    QCOMPARE(c->caseMediators.first().mediatorId, liu);
    QCOMPARE(c->caseMediators.first().role, QStringLiteral("lead"));
    QCOMPARE(c->mediators, QStringLiteral("刘芳"));
}

// Issue 11 end to end, through the commands the GUI runs (no widgets): a station's case from
// the reception log to 回访, with a breach, its steps and a referral to arbitration, the dates the
// law sets, and every paper of the case file. All dates are fixed; "today" is kToday.
void TestMediationWorkflow::receptionToFollowUpWithBreachAndReferral()
{
    const QDate kToday(2026, 3, 20);
    const auto fullCase = [this](const QString &id) {
        return MediationRepository(m_db->db).fullCase(id).value_or(MediationCase());
    };
    MediationCommands cases(*m_commands);
    ReceptionCommands receptions(*m_commands);
    MediatorCommands mediators(*m_commands);
    CaseFollowOnCommands followOn(*m_commands);

    const udtest::WorkerSpec worker = m_db->workerList.at(1);
    QVERIFY(!worker.employerId.isEmpty());

    // 1. The worker comes to the station to ask (咨询).
    Reception visit;
    visit.receivedOn = QDate(2026, 1, 9);
    visit.kind = QStringLiteral("consultation");
    visit.workerId = worker.id;
    visit.employerId = worker.employerId;
    visit.disputeType = QStringLiteral("remuneration");
    visit.summary = QStringLiteral("单位拖欠2025年10月至12月工资，如何讨要？");
    visit.answer = QStringLiteral("告知可申请调解，已指导填写调解申请书。");
    visit.outcome = QStringLiteral("answered");
    visit.handledBy = QStringLiteral("调解员甲");
    const Result<QString> receptionId = receptions.saveReception(visit, kToday);
    QVERIFY2(receptionId.ok(), qPrintable(receptionId.error()));

    // 2. The application, registered; the reception linked to it; a mediator of the register on it.
    MediationCase intake;
    intake.receivedOn = QDate(2026, 1, 12);
    intake.source = QStringLiteral("written_application");
    intake.employerId = worker.employerId;
    intake.disputeType = QStringLiteral("remuneration");
    intake.facts = QStringLiteral("申请人2025年10月至12月工资共计6,000元未发放。");
    intake.requests = QStringLiteral("请求被申请人支付拖欠的工资6,000元。");
    intake.respondentConsent = true;
    CaseParty applicant;
    applicant.workerId = worker.id;
    intake.parties << applicant;
    CaseItem claim;
    claim.kind = QStringLiteral("claim");
    claim.item = QStringLiteral("wage");
    claim.description = QStringLiteral("2025年10月至12月工资");
    claim.amountFen = 600000;
    intake.items << claim;
    const Result<QString> registered = cases.registerCase(intake, kToday);
    QVERIFY2(registered.ok(), qPrintable(registered.error()));
    const QString caseId = registered.value();
    const QString caseNo = fullCase(caseId).caseNo;
    QVERIFY(caseNo.contains(QStringLiteral("〔2026〕")));
    QCOMPARE(receptions.caseIdByNumber(caseNo), caseId);
    QCOMPARE(followOn.caseIdByNumber(caseNo), caseId);
    {
        const Reception logged = receptions.reception(receptionId.value()).value_or(Reception());
        const Status linked = receptions.linkCase(logged.id, logged.version, caseId);
        QVERIFY2(linked.ok(), qPrintable(linked.error()));
        const Reception after = receptions.reception(receptionId.value()).value_or(Reception());
        QCOMPARE(after.caseId, caseId);
        QCOMPARE(after.outcome, QStringLiteral("case_opened"));
        QCOMPARE(after.caseNo, caseNo);
    }
    Mediator mediator;
    mediator.name = QStringLiteral("刘芳");
    mediator.sex = QStringLiteral("female");
    mediator.phone = QStringLiteral("13800138000");
    mediator.qualification = QStringLiteral("lawyer");
    mediator.appointedOn = QDate(2025, 1, 1);
    mediator.appointedUntil = QDate(2027, 12, 31);
    mediator.appointedBy = QStringLiteral("八里庄街道劳动争议调解委员会");
    const Result<QString> mediatorId = mediators.saveMediator(mediator, kToday);
    QVERIFY2(mediatorId.ok(), qPrintable(mediatorId.error()));
    QVERIFY2(mediators.conflictWarning(caseId, mediatorId.value()).isEmpty(),
             qPrintable(mediators.conflictWarning(caseId, mediatorId.value())));
    const Result<QString> onCase = mediators.linkMediator(caseId, mediatorId.value(), QStringLiteral("lead"), {}, kToday);
    QVERIFY2(onCase.ok(), qPrintable(onCase.error()));

    const auto calendar = cases.calendar().load();
    QVERIFY2(calendar.ok(), qPrintable(calendar.error()));
    const MediationDeadlines deadlines(calendar.value(), cases.deadlinePolicy());
    const auto move = [&](CaseStatus to, const QDate &on, const QString &reason = {}) {
        const MediationCase c = fullCase(caseId);
        MediationStateMachine::Request r;
        r.to = to;
        r.on = on;
        r.reason = reason;
        return cases.transition(caseId, c.version, r, kToday, deadlines.limits(c));
    };

    // 3. Accepted, a session, an agreement on 2026-01-20 with the wages due three days later.
    Status s = move(CaseStatus::Accepted, QDate(2026, 1, 13));
    QVERIFY2(s.ok(), qPrintable(s.error()));
    s = move(CaseStatus::InMediation, QDate(2026, 1, 14));
    QVERIFY2(s.ok(), qPrintable(s.error()));
    CaseSession session;
    session.startedAt = QStringLiteral("2026-01-16T09:30");
    session.place = QStringLiteral("八里庄街道职工服务站调解室");
    session.mediators = mediator.name;
    session.recorder = QStringLiteral("孙丽");
    session.attendees = worker.name + QStringLiteral("（申请人）、被申请人委托代理人");
    session.statements = QStringLiteral("被申请人认可拖欠工资6,000元，称资金周转困难。");
    session.proposals = QStringLiteral("调解员建议被申请人于2026年1月23日前一次性支付。");
    session.progress = QStringLiteral("双方同意按调解员建议达成协议。");
    const Result<QString> sessionId = cases.saveSession(caseId, session);
    QVERIFY2(sessionId.ok(), qPrintable(sessionId.error()));
    CaseItem wages;
    wages.kind = QStringLiteral("agreed");
    wages.item = QStringLiteral("wage");
    wages.description = QStringLiteral("2025年10月至12月工资");
    wages.amountFen = 600000;
    wages.dueOn = QDate(2026, 1, 23);
    s = cases.saveAgreement(caseId, QStringLiteral("被申请人于2026年1月23日前向申请人支付拖欠工资6,000元。"), QString(),
                            QString(), {wages});
    QVERIFY2(s.ok(), qPrintable(s.error()));
    const QDate agreedOn(2026, 1, 20);
    s = move(CaseStatus::Agreed, agreedOn);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    const auto serve = [&](const QString &document, const QDate &on, const QString &side, const QString &recipient) {
        CaseService served;
        served.document = document;
        served.servedOn = on;
        served.method = QStringLiteral("in_person");
        served.side = side;
        served.recipient = recipient;
        return followOn.saveService(caseId, served, kToday);
    };
    Result<QString> saved = serve(QStringLiteral("acceptance_notice"), QDate(2026, 1, 13), QStringLiteral("worker"), worker.name);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    saved = serve(QStringLiteral("agreement"), agreedOn, QStringLiteral("worker"), worker.name);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));

    // 4. Judicial confirmation: 30 days from 2026-01-20 end on 2026-02-19, inside 春节 (02-15 … 02-23),
    // so the period ends on the next working day, 2026-02-24 (民事诉讼法 art. 85). Arbitration
    // review: 15 days, 2026-02-04, a Wednesday.
    QCOMPARE(deadlines.confirmationDue(agreedOn), QDate(2026, 2, 24));
    QCOMPARE(deadlines.arbitrationReviewDue(agreedOn), QDate(2026, 2, 4));
    {
        const MediationCase agreed = fullCase(caseId);
        QCOMPARE(agreed.status, CaseStatus::Agreed);
        QCOMPARE(mediators.caseFile(caseId).value_or(MediationCase()).caseMediators.size(), 1);
        QDate confirmation, payment;
        for (const Deadline &d : deadlines.forCase(agreed, QDate(2026, 1, 21))) {
            if (d.kind == DeadlineKind::JudicialConfirmation)
                confirmation = d.due;
            if (d.kind == DeadlineKind::Payment)
                payment = d.due;
        }
        QCOMPARE(confirmation, QDate(2026, 2, 24));
        QCOMPARE(payment, QDate(2026, 1, 23));
        QCOMPARE(deadlines.limits(agreed).confirmationDue, QDate(2026, 2, 24));
    }

    // 5. The wages are not paid: breached; the notice of non-performance and a 支付令; a referral
    // to arbitration, its outcome recorded later.
    s = move(CaseStatus::Performing, QDate(2026, 1, 21));
    QVERIFY2(s.ok(), qPrintable(s.error()));
    s = move(CaseStatus::Breached, QDate(2026, 1, 26), QStringLiteral("被申请人到期未支付工资"));
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QCOMPARE(fullCase(caseId).closedOn, QDate(2026, 1, 26));
    QVERIFY(CaseFollowOnService::paymentOrderEligible(fullCase(caseId)));
    CaseBreachStep notice;
    notice.kind = QStringLiteral("nonperformance_notice");
    notice.doneOn = QDate(2026, 1, 27);
    notice.nextDueOn = QDate(2026, 2, 3); // the time to perform the notice gives the employer
    notice.body = QStringLiteral("八里庄街道劳动争议调解委员会");
    saved = followOn.saveBreachStep(caseId, notice, kToday);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    CaseBreachStep order;
    order.kind = QStringLiteral("payment_order");
    order.doneOn = QDate(2026, 1, 28);
    order.body = QStringLiteral("北京市朝阳区人民法院");
    saved = followOn.saveBreachStep(caseId, order, kToday);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    {
        QDate noticeNext, orderNext;
        for (const CaseBreachStep &b : fullCase(caseId).breachSteps) {
            if (b.kind == QLatin1String("nonperformance_notice"))
                noticeNext = b.nextDueOn;
            if (b.kind == QLatin1String("payment_order"))
                orderNext = b.nextDueOn;
        }
        QCOMPARE(noticeNext, QDate(2026, 2, 3));  // the time to perform the mediator set
        QCOMPARE(orderNext, QDate(2026, 2, 12));  // the court issues within 15 days (art. 227)
    }
    CaseReferral referral;
    referral.kind = QStringLiteral("arbitration");
    referral.reason = QStringLiteral("breach");
    referral.referredOn = QDate(2026, 2, 3);
    referral.receivingBody = QStringLiteral("北京市朝阳区劳动人事争议仲裁委员会");
    saved = followOn.saveReferral(caseId, referral, kToday);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    {
        CaseReferral later = fullCase(caseId).referrals.value(0);
        QCOMPARE(later.id, saved.value());
        QVERIFY(later.outcome.isEmpty());
        later.outcome = QStringLiteral("仲裁委已立案受理");
        later.outcomeOn = QDate(2026, 3, 10);
        const Result<QString> outcome = followOn.saveReferral(caseId, later, kToday);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
        const MediationCase c = fullCase(caseId);
        QCOMPARE(c.referrals.size(), 1);
        QCOMPARE(c.referrals.at(0).outcome, QStringLiteral("仲裁委已立案受理"));
        QCOMPARE(c.referrals.at(0).outcomeOn, QDate(2026, 3, 10));
    }

    // 6. 回访 on the closed case: due 30 days after closing, overdue as of today until recorded.
    const auto followUpDeadline = [&]() {
        for (const Deadline &d : deadlines.forCase(fullCase(caseId), kToday))
            if (d.kind == DeadlineKind::FollowUp)
                return d;
        return Deadline();
    };
    QCOMPARE(followUpDeadline().kind, DeadlineKind::FollowUp);
    QCOMPARE(followUpDeadline().due, QDate(2026, 1, 26).addDays(deadlines.policy().followUpDays));
    QCOMPARE(followUpDeadline().state, DeadlineState::Overdue);
    CaseFollowUp followUp;
    followUp.doneOn = QDate(2026, 2, 24);
    followUp.method = QStringLiteral("phone");
    followUp.contact = worker.name;
    followUp.content = QStringLiteral("申请人称单位仍未支付，已向仲裁委申请仲裁。");
    followUp.satisfied = true;
    followUp.byName = mediator.name;
    saved = followOn.saveFollowUp(caseId, followUp, kToday);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    QCOMPARE(followUpDeadline().state, DeadlineState::Met);
    QCOMPARE(followUpDeadline().metOn, QDate(2026, 2, 24));

    // 7. Every paper the file holds now, as PDF; each names the case.
    const MediationCase c = fullCase(caseId);
    QCOMPARE(c.services.size(), 2);
    QCOMPARE(c.breachSteps.size(), 2);
    QCOMPARE(c.followUps.size(), 1);
    CodeListCache codes(m_db->db);
    DocumentContext context;
    context.today = kToday;
    context.viewerRole = Role::Mediator;
    context.codeName = [&codes](const QString &list, const QString &code) { return codes.codeName(list, code); };
    context.codeItems = [&codes](const QString &list) {
        QList<std::pair<QString, QString>> out;
        for (const CodeListCache::Item &item : codes.items(list))
            out.append({item.code, item.name});
        return out;
    };
    if (const auto node = NodeIdentity::load(m_db->db))
        context.bodyName = NodeIdentity::issuingBody(*node);
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const auto squeeze = [](QString text) { return text.remove(space); };
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QList<std::pair<MediationDocumentKind, QString>> papers = {
        {MediationDocumentKind::Intake, QStringLiteral("受理登记表")},
        {MediationDocumentKind::AcceptanceToApplicant, QStringLiteral("受理通知书")},
        {MediationDocumentKind::AcceptanceToRespondent, QStringLiteral("受理通知书")},
        {MediationDocumentKind::RightsToApplicant, QStringLiteral("权利义务告知书")},
        {MediationDocumentKind::RightsToRespondent, QStringLiteral("权利义务告知书")},
        {MediationDocumentKind::SessionRecord, QStringLiteral("调解笔录")},
        {MediationDocumentKind::Suggestion, QStringLiteral("调解建议书")},
        {MediationDocumentKind::Agreement, QStringLiteral("调解协议书")},
        {MediationDocumentKind::NonPerformance, QStringLiteral("不履行调解协议通知书")},
        {MediationDocumentKind::FollowUp, QStringLiteral("回访记录")},
        {MediationDocumentKind::FileCover, QStringLiteral("卷内目录")},
    };
    QVERIFY(!CaseFilePaperValues::proposal(c).isEmpty());
    for (const auto &[kind, title] : papers) {
        const QString path = dir.filePath(QStringLiteral("paper-%1.pdf").arg(int(kind)));
        const Status written = MediationDocuments::writePdf(kind, c, context, path);
        QVERIFY2(written.ok(), qPrintable(title + QStringLiteral(": ") + written.error()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(bytes.startsWith("%PDF-") && bytes.size() > 1000, qPrintable(title));
        // The text on the pages: the document's own, and the PDF's as pdftotext reads it.
        auto doc = MediationDocuments::document(kind, c, context);
        QVERIFY2(doc.ok(), qPrintable(doc.error()));
        const QString text = squeeze(doc.value()->toPlainText());
        QVERIFY2(text.contains(title), qPrintable(title + QStringLiteral(" in ") + text.left(300)));
        QVERIFY2(text.contains(squeeze(caseNo)), qPrintable(title + QStringLiteral(": no case number in ") + text.left(300)));
        if (!pdftotext.isEmpty()) {
            QProcess process;
            process.start(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
            QVERIFY(process.waitForFinished(60000) && process.exitCode() == 0);
            const QString pdf = squeeze(QString::fromUtf8(process.readAllStandardOutput()));
            QVERIFY2(pdf.contains(squeeze(caseNo)), qPrintable(title + QStringLiteral(": no case number in the PDF")));
        }
    }
    // The cover's index: both 送达 records, the steps after the breach, the referral, the 回访.
    const QString cover = squeeze(MediationDocuments::document(MediationDocumentKind::FileCover, c, context).value()->toPlainText());
    const auto inCover = [&cover, &squeeze](const QString &row) { return cover.contains(squeeze(row)); };
    const QString index = cover.mid(cover.indexOf(QStringLiteral("卷内目录")));
    for (const QString &row : {QStringLiteral("送达回证"), QStringLiteral("2026年1月13日"), worker.name,
                               QStringLiteral("不履行调解协议通知书2026年1月27日"),
                               QStringLiteral("支付令申请材料2026年1月28日北京市朝阳区人民法院"),
                               QStringLiteral("转办（引导）记录：劳动人事争议仲裁2026年2月3日北京市朝阳区劳动人事争议仲裁委员会"),
                               QStringLiteral("回访记录2026年2月24日")})
        QVERIFY2(inCover(row), qPrintable(row + QStringLiteral(" not in ") + index));
    QCOMPARE(index.count(QStringLiteral("送达回证")), 2);
    // The code names come from the case dialog's cache (CodeListCache), as printed from the GUI.
    QVERIFY2(inCover(QStringLiteral("送达回证（受理通知书）2026年1月13日直接送达，") + worker.name), qPrintable(index));
    QVERIFY2(inCover(QStringLiteral("送达回证（调解协议书）2026年1月20日直接送达，") + worker.name), qPrintable(index));
    QVERIFY2(inCover(QStringLiteral("回访记录2026年2月24日电话回访")), qPrintable(index));
    const QString followUpRecord =
        squeeze(MediationDocuments::document(MediationDocumentKind::FollowUp, c, context).value()->toPlainText());
    QVERIFY(followUpRecord.contains(squeeze(followUp.content)));
    QVERIFY2(followUpRecord.contains(QStringLiteral("电话回访")), qPrintable(followUpRecord));
    // The notice of non-performance states the unpaid sum and the item's due date.
    const QString nonPerformance =
        squeeze(MediationDocuments::document(MediationDocumentKind::NonPerformance, c, context).value()->toPlainText());
    QVERIFY2(nonPerformance.contains(QStringLiteral("于2026年1月23日前（含当日）支付")), qPrintable(nonPerformance));
    QVERIFY2(nonPerformance.contains(QStringLiteral("6,000.00")), qPrintable(nonPerformance));
    // The notice gives the employer the time to perform the mediator set, not the worker's
    // one-year limitation.
    QVERIFY2(nonPerformance.contains(QStringLiteral("通知你单位于2026年2月3日前（含当日）")), qPrintable(nonPerformance));
}

QTEST_MAIN(TestMediationWorkflow)
// The issuing body of the documents: read-only for a mediator, set by an administrator.
void TestMediationWorkflow::issuingBodyDialog()
{
    auto admin = Accounts(*m_db->store).addUser(QStringLiteral("admin1"), QStringLiteral("管理员"), Role::Administrator,
                                                PasswordHasher::generatePassword());
    QVERIFY2(admin.ok(), qPrintable(admin.error()));
    {
        IssuingBodyDialog mediator(m_db->db, QStringLiteral("mediator1"));
        QVERIFY(child<QLineEdit>(&mediator, "mediationBodyEdit")->isReadOnly());
        QVERIFY(!mediator.save());
    }
    IssuingBodyDialog dialog(m_db->db, QStringLiteral("admin1"));
    dialog.show();
    auto *edit = child<QLineEdit>(&dialog, "mediationBodyEdit");
    QVERIFY(edit && !edit->isReadOnly());
    QVERIFY(edit->text().isEmpty());
    QVERIFY(edit->placeholderText().endsWith(QStringLiteral("劳动争议调解委员会")));
    const QString centre = QStringLiteral("朝阳区职工服务中心劳动争议调解中心");
    edit->setText(centre);
    auto *buttons = child<QDialogButtonBox>(&dialog, "mediationBodyButtons");
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const std::optional<NodeInfo> node = NodeIdentity::load(m_db->db);
    QVERIFY(node);
    QCOMPARE(NodeIdentity::issuingBody(*node), centre);
}

// A collective case's roster edited in the parties tab (amount, authorisation) and what the
// agreement states (履行方式) edited in the agreement tab, each saved and read back.
void TestMediationWorkflow::rosterAndAgreementStatement()
{
    QString employerId;
    QStringList workerIds;
    {
        QSqlQuery q(m_db->db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT employer_id FROM workers WHERE employer_id IS NOT NULL GROUP BY employer_id "
                                      "HAVING count(*) >= 3 LIMIT 1")) && q.next());
        employerId = q.value(0).toString();
        q.finish();
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM workers WHERE employer_id = '%1' ORDER BY id LIMIT 3").arg(employerId)));
        while (q.next())
            workerIds << q.value(0).toString();
    }
    QCOMPARE(workerIds.size(), 3);
    MediationCase c;
    c.receivedOn = QDate::currentDate();
    c.source = QStringLiteral("written_application");
    c.employerId = employerId;
    c.disputeType = QStringLiteral("remuneration");
    c.facts = QStringLiteral("单位拖欠二十五名职工工资。");
    c.respondentConsent = true;
    c.collective = true;
    c.workerCount = 25;
    for (const QString &id : std::as_const(workerIds)) {
        CaseParty p;
        p.workerId = id;
        p.representative = true;
        c.parties << p;
    }
    const auto registered = m_page->service().registerCase(c, QDate::currentDate());
    QVERIFY2(registered.ok(), qPrintable(registered.error()));
    const QString caseId = registered.value();
    CaseDialog *caseDialog = nullptr;
    connect(m_page.get(), &MediationPage::caseOpened, this,
            [&caseDialog](QWidget *w) { caseDialog = qobject_cast<CaseDialog *>(w); });
    m_page->openCase(caseId);
    QVERIFY(caseDialog);

    // The roster columns of a collective case.
    auto *table = child<QTableWidget>(caseDialog, "caseParties");
    QVERIFY(table);
    QVERIFY(!table->isColumnHidden(5) && !table->isColumnHidden(6));
    table->item(0, 5)->setText(QStringLiteral("12,345.60"));
    table->item(1, 6)->setCheckState(Qt::Checked);
    QTest::mouseClick(child<QPushButton>(caseDialog, "caseSaveRoster"), Qt::LeftButton);
    MediationCase stored = MediationRepository(m_db->db).fullCase(caseId).value_or(MediationCase());
    QCOMPARE(stored.applicants().size(), 3);
    QCOMPARE(stored.applicants().at(0).amountFen.value_or(-1), Q_INT64_C(1234560));
    QVERIFY(!stored.applicants().at(0).authorised);
    QVERIFY(stored.applicants().at(1).authorised);
    QCOMPARE(table->item(0, 5)->text(), QStringLiteral("12,345.60")); // shown as every amount is
    // A bad amount is refused with a message; nothing is saved.
    table->item(2, 5)->setText(QStringLiteral("12x"));
    QTest::mouseClick(child<QPushButton>(caseDialog, "caseSaveRoster"), Qt::LeftButton);
    QVERIFY(!MediationRepository(m_db->db).fullCase(caseId)->applicants().at(2).amountFen);
    QCOMPARE(table->item(2, 5)->text(), QStringLiteral("12x")); // what was typed stays

    // 履行方式, stated in the agreement.
    auto *method = child<QLineEdit>(caseDialog, "casePerformanceMethod");
    QVERIFY(method && method->isEnabled());
    QTest::keyClicks(method, QStringLiteral("bank transfer"));
    QTest::mouseClick(child<QPushButton>(caseDialog, "caseSaveAgreementStatement"), Qt::LeftButton);
    stored = MediationRepository(m_db->db).fullCase(caseId).value_or(MediationCase());
    QCOMPARE(stored.performanceMethod, QStringLiteral("bank transfer"));
}

#include "tst_mediationworkflow.moc"
