// Mending mistakes in a case file (issue 12): a payment is corrected or voided with a reason,
// a session record voided, an earlier session's record changed only with a reason — each
// through MediationCommands, audited with the reason, never deleted, and undone by the command
// facade. Voided payments count nowhere (paid sum, performance check). The case dialog's "Void
// payment…" button, driven by object name, asks for the reason (Return does not confirm) and
// shows the voided payment struck through; a payment dated before the agreement is refused
// with a message next to the date field.

#include "ui/common/UiConventions.h"
#include "commands/CommandFacade.h"
#include "mediation/CaseCorrections.h"
#include "mediation/DocumentContext.h"
#include "mediation/MediationDocumentData.h"
#include "mediation/MediationCommands.h"
#include "mediation/MediationRepository.h"
#include "register/RegisterGuiDriver.h"
#include "register/RegisterTestData.h"
#include "ui/common/CodeListCache.h"
#include "ui/mediation/CaseDialog.h"

#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QUndoStack>
#include <QTemporaryDir>
#include <QtTest>

using namespace ud;
using udtest::ModalDriver;

namespace {

template <typename T>
T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

// Shows the tab whose page holds `w` (a page may sit in a scroll area).
void showTabOf(QTabWidget *tabs, QWidget *w)
{
    for (int i = 0; i < tabs->count(); ++i)
        if (tabs->widget(i)->isAncestorOf(w))
            tabs->setCurrentIndex(i);
}

} // namespace

class tst_CaseCorrections : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void correctPayment();
    void voidPayment();
    void voidingAPerformedCaseWarns();
    void sessions();
    void voidPaymentButton();
    void correctPaymentButton();
    void sessionButtons();
    void paymentBeforeTheAgreementIsRefusedAtTheField();

private:
    QTemporaryDir m_settingsDir; // the conventions' remembered window sizes, this test's own
    // A case agreed `agreedDaysAgo` days ago on 10,000 yuan due today.
    QString agreedCase(int agreedDaysAgo = 10);
    MediationCase fullCase(const QString &id) const
    {
        return MediationRepository(m_db->db).fullCase(id).value_or(MediationCase());
    }
    Status move(const QString &id, CaseStatus to, const QDate &on);
    QString payment(const QString &caseId, qint64 fen, const QDate &on);
    QString auditReason(const QString &table, const QString &id) const;

    const QDate m_today = QDate::currentDate();
    std::unique_ptr<udtest::RegisterDb> m_db;
    std::unique_ptr<CommandFacade> m_facade;
    std::unique_ptr<MediationCommands> m_commands;
};

// The dialogs run under the application's keyboard conventions (Return confirms nothing,
// Ctrl+Return presses the accepting button), as in the desktop program.
void tst_CaseCorrections::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    UiConventions::install(*qApp, m_settingsDir.filePath(QStringLiteral("conventions.ini")));
}

void tst_CaseCorrections::init()
{
    m_db = std::make_unique<udtest::RegisterDb>();
    QString error;
    QVERIFY2(m_db->open(&error), qPrintable(error));
    QVERIFY(m_db->populate(2, 6));
    m_facade = std::make_unique<CommandFacade>(*m_db->store);
    m_commands = std::make_unique<MediationCommands>(*m_facade);
}

void tst_CaseCorrections::cleanup()
{
    m_commands.reset();
    m_facade.reset();
    m_db.reset();
}

Status tst_CaseCorrections::move(const QString &id, CaseStatus to, const QDate &on)
{
    MediationStateMachine::Request r;
    r.to = to;
    r.on = on;
    return m_commands->transition(id, fullCase(id).version, r, m_today, MediationStateMachine::Limits{});
}

QString tst_CaseCorrections::agreedCase(int agreedDaysAgo)
{
    QSqlQuery q(m_db->db.connection());
    if (!q.exec(QStringLiteral("SELECT id, employer_id FROM workers WHERE employer_id IS NOT NULL ORDER BY name LIMIT 1"))
        || !q.next())
        return {};
    MediationCase c;
    c.receivedOn = m_today.addDays(-agreedDaysAgo - 2);
    c.source = QStringLiteral("written_application");
    c.employerId = q.value(1).toString();
    c.disputeType = QStringLiteral("remuneration");
    c.facts = QStringLiteral("单位拖欠工资一万元。");
    c.respondentConsent = true;
    CaseParty p;
    p.workerId = q.value(0).toString();
    c.parties << p;
    CaseItem claim;
    claim.kind = QStringLiteral("claim");
    claim.item = QStringLiteral("wage");
    claim.amountFen = 1000000;
    c.items << claim;
    auto id = m_commands->registerCase(c, m_today);
    if (!id) {
        qWarning("registerCase: %s", qPrintable(id.error()));
        return {};
    }
    const QDate agreedOn = m_today.addDays(-agreedDaysAgo);
    CaseItem agreed = claim;
    agreed.kind = QStringLiteral("agreed");
    agreed.dueOn = m_today;
    if (!move(id.value(), CaseStatus::Accepted, c.receivedOn) || !move(id.value(), CaseStatus::InMediation, c.receivedOn)
        || !m_commands->saveAgreement(id.value(), QStringLiteral("一次付清"), {}, {}, {agreed})
        || !move(id.value(), CaseStatus::Agreed, agreedOn))
        return {};
    return id.value();
}

QString tst_CaseCorrections::payment(const QString &caseId, qint64 fen, const QDate &on)
{
    CasePayment p;
    p.paidOn = on;
    p.amountFen = fen;
    p.method = QStringLiteral("转账");
    auto id = m_commands->addPayment(caseId, p, m_today);
    if (!id)
        qWarning("addPayment: %s", qPrintable(id.error()));
    return id ? id.value() : QString();
}

QString tst_CaseCorrections::auditReason(const QString &table, const QString &id) const
{
    QSqlQuery q(m_db->db.connection());
    q.prepare(QStringLiteral("SELECT reason FROM audit_log WHERE table_name = ? AND record_id = ? ORDER BY seq DESC LIMIT 1"));
    q.addBindValue(table);
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

void tst_CaseCorrections::correctPayment()
{
    const QString id = agreedCase();
    QVERIFY(!id.isEmpty());
    const QDate agreedOn = m_today.addDays(-10);
    const QString first = payment(id, 400000, agreedOn.addDays(1));
    const QString second = payment(id, 500000, agreedOn.addDays(2));
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    CasePayment p = fullCase(id).payments.at(0);
    QCOMPARE(p.id, first);

    // The checks of addPayment, counting the other live payments; a reason is required.
    p.amountFen = 300000;
    QVERIFY(!m_commands->correctPayment(id, p, QStringLiteral("  "), m_today).ok());
    p.amountFen = 500001; // 5,000.01 + 5,000 above the agreed 10,000
    Status s = m_commands->correctPayment(id, p, QStringLiteral("typo"), m_today);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(QStringLiteral("10,000.01")), qPrintable(s.error()));
    p.amountFen = 300000;
    p.paidOn = agreedOn.addDays(-1);
    s = m_commands->correctPayment(id, p, QStringLiteral("typo"), m_today);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(agreedOn.toString(Qt::ISODate)), qPrintable(s.error()));
    p.paidOn = m_today.addDays(1);
    QVERIFY(!m_commands->correctPayment(id, p, QStringLiteral("typo"), m_today).ok());
    QCOMPARE(fullCase(id).paidFen(), qint64(900000));

    // Corrected: counted as corrected, audited with the reason, undone by the facade.
    p.paidOn = agreedOn.addDays(3);
    p.amountFen = 500000; // exactly the agreed sum with the other payment
    QVERIFY(m_commands->correctPayment(id, p, QStringLiteral("收据金额为五千元"), m_today).ok());
    MediationCase c = fullCase(id);
    QCOMPARE(c.paidFen(), qint64(1000000));
    QVERIFY2(auditReason(QStringLiteral("mediation_payments"), first).contains(QStringLiteral("收据金额为五千元")),
             qPrintable(auditReason(QStringLiteral("mediation_payments"), first)));
    QVERIFY(m_facade->undoStack()->canUndo());
    QCOMPARE(m_facade->undoStack()->undoText(), QStringLiteral("Correct payment"));
    m_facade->undoStack()->undo();
    c = fullCase(id);
    QCOMPARE(c.paidFen(), qint64(900000));
    bool found = false;
    for (const CasePayment &each : c.payments)
        if (each.id == first) {
            found = true;
            QCOMPARE(each.amountFen, qint64(400000));
            QCOMPARE(each.paidOn, agreedOn.addDays(1));
        }
    QVERIFY(found);
    m_facade->undoStack()->redo();
    QCOMPARE(fullCase(id).paidFen(), qint64(1000000));
}

void tst_CaseCorrections::voidPayment()
{
    const QString id = agreedCase();
    QVERIFY(!id.isEmpty());
    const QString paid = payment(id, 1000000, m_today.addDays(-5));
    QVERIFY(!paid.isEmpty());
    CasePayment p = fullCase(id).payments.at(0);
    QVERIFY(!m_commands->voidPayment(id, p.id, p.version, QString(), m_today).ok());
    QVERIFY(m_commands->voidPayment(id, p.id, p.version, QStringLiteral("重复录入"), m_today).ok());
    MediationCase c = fullCase(id);
    QCOMPARE(c.payments.size(), 1); // kept, never deleted
    QVERIFY(c.payments.at(0).voided);
    QCOMPARE(c.payments.at(0).voidedOn, m_today);
    QCOMPARE(c.payments.at(0).voidReason, QStringLiteral("重复录入"));
    QCOMPARE(c.paidFen(), qint64(0)); // counts nowhere
    QCOMPARE(c.outstandingFen(), qint64(1000000));
    QCOMPARE(CaseCorrections::livePayments(c).size(), 0);
    QVERIFY(auditReason(QStringLiteral("mediation_payments"), paid).contains(QStringLiteral("重复录入")));
    // Nor in the list's paid sum, nor the "paid in full" check.
    QVERIFY(!move(id, CaseStatus::Performed, m_today).ok());
    MediationRepository::Filter f;
    const auto rows = MediationRepository(m_db->db).page(f, MediationRepository::Sort::ReceivedOn, Qt::AscendingOrder, {}, 10);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).paidFen, qint64(0));
    // A voided payment is neither voided again nor corrected; a new payment may take its place.
    p = c.payments.at(0);
    QVERIFY(!m_commands->voidPayment(id, p.id, p.version, QStringLiteral("again"), m_today).ok());
    QVERIFY(!m_commands->correctPayment(id, p, QStringLiteral("again"), m_today).ok());

    // Undo (the Edit menu's) brings the payment back.
    QVERIFY(m_facade->undoStack()->canUndo());
    QCOMPARE(m_facade->undoStack()->undoText(), QStringLiteral("Void payment"));
    m_facade->undoStack()->undo();
    c = fullCase(id);
    QVERIFY(!c.payments.at(0).voided);
    QCOMPARE(c.paidFen(), qint64(1000000));
    // Date order: not performed before the payment that paid the case in full.
    const Status early = move(id, CaseStatus::Performed, m_today.addDays(-6));
    QVERIFY(!early.ok());
    QVERIFY2(early.error().contains(m_today.addDays(-5).toString(Qt::ISODate)), qPrintable(early.error()));
    QVERIFY(move(id, CaseStatus::Performed, m_today).ok());
}

void tst_CaseCorrections::voidingAPerformedCaseWarns()
{
    const QString id = agreedCase();
    QVERIFY(!id.isEmpty());
    QVERIFY(!payment(id, 1000000, m_today.addDays(-5)).isEmpty());
    QVERIFY(move(id, CaseStatus::Performed, m_today).ok());
    MediationCase c = fullCase(id);
    const CasePayment p = c.payments.at(0);
    const QString warning = CaseCorrections::performedWarning(c, c.paidFen() - p.amountFen);
    QVERIFY2(warning.contains(MediationStateMachine::statusName(CaseStatus::Performed)), qPrintable(warning));
    QVERIFY(CaseCorrections::performedWarning(c, c.paidFen()).isEmpty());
    // A warning, not a block: the payment of a closed case is voided, the case stays performed.
    QVERIFY(m_commands->voidPayment(id, p.id, p.version, QStringLiteral("录错案件"), m_today).ok());
    c = fullCase(id);
    QCOMPARE(c.status, CaseStatus::Performed);
    QCOMPARE(c.paidFen(), qint64(0));
}

void tst_CaseCorrections::sessions()
{
    const QString id = agreedCase();
    QVERIFY(!id.isEmpty());
    CaseSession s;
    s.startedAt = m_today.addDays(-11).toString(Qt::ISODate) + QStringLiteral("T09:30");
    s.mediators = QStringLiteral("李调解");
    s.progress = QStringLiteral("双方同意调解");
    auto saved = m_commands->saveSession(id, s);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    s = fullCase(id).sessions.at(0);

    // Changing the record of an earlier session needs a reason, kept in the audit entry.
    s.progress = QStringLiteral("双方同意调解，约定再议");
    auto changed = m_commands->saveSession(id, s);
    QVERIFY(!changed.ok());
    QVERIFY2(changed.error().contains(m_today.addDays(-11).toString(Qt::ISODate)), qPrintable(changed.error()));
    s.changeReason = QStringLiteral("补记调解进展");
    changed = m_commands->saveSession(id, s);
    QVERIFY2(changed.ok(), qPrintable(changed.error()));
    QVERIFY(auditReason(QStringLiteral("mediation_sessions"), s.id).contains(QStringLiteral("补记调解进展")));

    // Voided with a reason: kept, shown as voided, left out of the papers; undone by the facade.
    s = fullCase(id).sessions.at(0);
    QVERIFY(!m_commands->voidSession(id, s.id, s.version, QString(), m_today).ok());
    QVERIFY(m_commands->voidSession(id, s.id, s.version, QStringLiteral("记入了别的案件"), m_today).ok());
    MediationCase c = fullCase(id);
    QCOMPARE(c.sessions.size(), 1);
    QVERIFY(c.sessions.at(0).voided);
    QCOMPARE(c.sessions.at(0).voidReason, QStringLiteral("记入了别的案件"));
    QVERIFY(CaseCorrections::withoutVoided(c).sessions.isEmpty());
    // The papers that list sessions leave it out: with a second, live session, one is printed.
    CaseSession second;
    second.startedAt = m_today.addDays(-10).toString(Qt::ISODate) + QStringLiteral("T14:00");
    second.mediators = QStringLiteral("李调解");
    QVERIFY(m_commands->saveSession(id, second).ok());
    DocumentContext context;
    context.today = m_today;
    const auto papers = MediationDocumentData::values(MediationDocumentKind::SessionRecord, fullCase(id), context);
    QVERIFY2(papers.ok(), qPrintable(papers.ok() ? QString() : papers.error()));
    QCOMPARE(papers.value().value(QStringLiteral("sessions")).toList().size(), 1);
    m_facade->undoStack()->undo(); // the second session
    c = fullCase(id);
    QVERIFY(auditReason(QStringLiteral("mediation_sessions"), s.id).contains(QStringLiteral("记入了别的案件")));
    s = c.sessions.at(0);
    s.changeReason = QStringLiteral("x");
    QVERIFY(!m_commands->saveSession(id, s).ok()); // a voided record stays as it was
    m_facade->undoStack()->undo();
    QVERIFY(!fullCase(id).sessions.at(0).voided);
}

void tst_CaseCorrections::voidPaymentButton()
{
    const QString id = agreedCase();
    QVERIFY(!id.isEmpty());
    QVERIFY(!payment(id, 600000, m_today.addDays(-5)).isEmpty());
    CodeListCache lookups(m_db->db);
    CaseDialog dialog(m_db->db, *m_commands, lookups, id, true, {}, {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *table = child<QTableWidget>(&dialog, "casePayments");
    auto *voidButton = child<QPushButton>(&dialog, "casePaymentVoid");
    auto *correct = child<QPushButton>(&dialog, "casePaymentCorrect");
    QVERIFY(table && voidButton && correct);
    QVERIFY(!voidButton->isEnabled()); // nothing selected
    table->selectRow(0);
    QVERIFY(voidButton->isEnabled() && correct->isEnabled());

    bool returnConfirmed = true;
    bool emptyRefused = false;
    ModalDriver driver(QStringLiteral("reasonDialog"), [&](QDialog *d) {
        auto *reason = child<QLineEdit>(d, "reasonText");
        auto *ok = child<QPushButton>(d, "reasonOk");
        QVERIFY(reason && ok);
        // An empty reason is refused; Return in the field confirms nothing.
        QTest::mouseClick(ok, Qt::LeftButton);
        emptyRefused = d->isVisible() && child<QLabel>(d, "reasonError")->isVisible();
        reason->setText(QStringLiteral("重复录入"));
        QTest::keyClick(reason, Qt::Key_Return);
        returnConfirmed = !d->isVisible();
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    QTest::mouseClick(voidButton, Qt::LeftButton);
    QVERIFY(driver.handled());
    QVERIFY(emptyRefused);
    QVERIFY(!returnConfirmed);
    MediationCase c = dialog.currentCase();
    QVERIFY(c.payments.at(0).voided);
    QCOMPARE(c.paidFen(), qint64(0));
    QVERIFY2(table->item(0, 0)->font().strikeOut(), qPrintable(table->item(0, 0)->text()));
    QVERIFY2(table->item(0, 1)->toolTip().contains(QStringLiteral("重复录入")), qPrintable(table->item(0, 1)->toolTip()));
    QVERIFY(child<QLabel>(&dialog, "caseMoneyLine")->text().contains(QStringLiteral("paid 0.00")));
    table->selectRow(0);
    QVERIFY(!voidButton->isEnabled()); // a voided payment is not mended again

    // The Edit menu's Undo is enabled and restores the row.
    QVERIFY(m_facade->undoStack()->canUndo());
    m_facade->undoStack()->undo();
    QVERIFY(!dialog.currentCase().payments.at(0).voided);
    QVERIFY(!table->item(0, 0)->font().strikeOut());
    QCOMPARE(dialog.currentCase().paidFen(), qint64(600000));
}

void tst_CaseCorrections::correctPaymentButton()
{
    const QString id = agreedCase();
    QVERIFY(!id.isEmpty());
    QVERIFY(!payment(id, 600000, m_today.addDays(-5)).isEmpty());
    CodeListCache lookups(m_db->db);
    CaseDialog dialog(m_db->db, *m_commands, lookups, id, true, {}, {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QDate agreedOn = dialog.currentCase().agreedOn;
    child<QTableWidget>(&dialog, "casePayments")->selectRow(0);
    QString dateMessage;
    bool returnConfirmed = true;
    ModalDriver driver(QStringLiteral("paymentEditDialog"), [&](QDialog *d) {
        auto *date = child<QDateEdit>(d, "paymentEditDate");
        auto *amount = child<QLineEdit>(d, "paymentEditAmount");
        auto *reason = child<QLineEdit>(d, "paymentEditReason");
        QVERIFY(date && amount && reason);
        date->setDate(agreedOn.addDays(-1)); // before the agreement: refused next to the field
        auto *message = child<QLabel>(d, "paymentEditDateMessage");
        dateMessage = message->isVisible() ? message->text() : QString();
        date->setDate(agreedOn);
        QVERIFY(!message->isVisible());
        amount->setText(QStringLiteral("5,000"));
        reason->setText(QStringLiteral("收据为五千元"));
        QTest::keyClick(reason, Qt::Key_Return);
        returnConfirmed = !d->isVisible();
        QTest::keyClick(reason, Qt::Key_Return, Qt::ControlModifier);
    });
    QTest::mouseClick(child<QPushButton>(&dialog, "casePaymentCorrect"), Qt::LeftButton);
    QVERIFY(driver.handled());
    QVERIFY2(dateMessage.contains(agreedOn.toString(Qt::ISODate)), qPrintable(dateMessage));
    QVERIFY(!returnConfirmed);
    const MediationCase c = dialog.currentCase();
    QCOMPARE(c.paidFen(), qint64(500000));
    QCOMPARE(c.payments.at(0).paidOn, agreedOn);
    QCOMPARE(auditReason(QStringLiteral("mediation_payments"), c.payments.at(0).id), QStringLiteral("Payment corrected: 收据为五千元"));
    QCOMPARE(m_facade->undoStack()->undoText(), QStringLiteral("Correct payment"));
}

void tst_CaseCorrections::sessionButtons()
{
    const QString id = agreedCase();
    QVERIFY(!id.isEmpty());
    CaseSession s;
    s.startedAt = m_today.addDays(-11).toString(Qt::ISODate) + QStringLiteral("T09:30");
    s.mediators = QStringLiteral("李调解");
    QVERIFY(m_commands->saveSession(id, s).ok());
    CodeListCache lookups(m_db->db);
    CaseDialog dialog(m_db->db, *m_commands, lookups, id, true, {}, {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *table = child<QTableWidget>(&dialog, "caseSessions");
    showTabOf(child<QTabWidget>(&dialog, "caseTabs"), table);
    QTRY_VERIFY(table->isVisible() && table->visualItemRect(table->item(0, 0)).isValid());

    // Editing the record of an earlier session asks for the reason after the session dialog.
    ModalDriver edit(QStringLiteral("sessionDialog"), [](QDialog *d) {
        child<QPlainTextEdit>(d, "sessionProgress")->setPlainText(QStringLiteral("补记：双方同意再议"));
        d->accept();
    });
    ModalDriver why(QStringLiteral("reasonDialog"), [](QDialog *d) {
        child<QLineEdit>(d, "reasonText")->setText(QStringLiteral("漏记进展"));
        QTest::mouseClick(child<QPushButton>(d, "reasonOk"), Qt::LeftButton);
    });
    const QPoint cell = table->visualItemRect(table->item(0, 0)).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell);
    QVERIFY(edit.handled());
    QVERIFY(why.handled());
    QCOMPARE(dialog.currentCase().sessions.at(0).progress, QStringLiteral("补记：双方同意再议"));
    QCOMPARE(auditReason(QStringLiteral("mediation_sessions"), dialog.currentCase().sessions.at(0).id),
             QStringLiteral("Session record changed: 漏记进展"));

    // Voided from its button: kept, struck through, the reason in the tooltip.
    table->selectRow(0);
    ModalDriver voiding(QStringLiteral("reasonDialog"), [](QDialog *d) {
        child<QLineEdit>(d, "reasonText")->setText(QStringLiteral("记入了别的案件"));
        QTest::mouseClick(child<QPushButton>(d, "reasonOk"), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(&dialog, "caseSessionVoid"), Qt::LeftButton);
    QVERIFY(voiding.handled());
    QVERIFY(dialog.currentCase().sessions.at(0).voided);
    QVERIFY(table->item(0, 0)->font().strikeOut());
    QVERIFY(table->item(0, 2)->toolTip().contains(QStringLiteral("记入了别的案件")));
}

void tst_CaseCorrections::paymentBeforeTheAgreementIsRefusedAtTheField()
{
    const QString id = agreedCase();
    QVERIFY(!id.isEmpty());
    CodeListCache lookups(m_db->db);
    CaseDialog dialog(m_db->db, *m_commands, lookups, id, true, {}, {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QDate agreedOn = dialog.currentCase().agreedOn;
    showTabOf(child<QTabWidget>(&dialog, "caseTabs"), child<QDateEdit>(&dialog, "casePayDate"));
    child<QDateEdit>(&dialog, "casePayDate")->setDate(agreedOn.addYears(-1)); // 2027 typed as 2026
    child<QLineEdit>(&dialog, "casePayAmount")->setText(QStringLiteral("100"));
    QTest::mouseClick(child<QPushButton>(&dialog, "caseRecordPayment"), Qt::LeftButton);
    auto *message = child<QLabel>(&dialog, "casePayDateMessage");
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(agreedOn.toString(Qt::ISODate)), qPrintable(message->text()));
    QVERIFY(dialog.currentCase().payments.isEmpty());
    child<QDateEdit>(&dialog, "casePayDate")->setDate(agreedOn);
    QVERIFY(!message->isVisible());
}

QTEST_MAIN(tst_CaseCorrections)
#include "tst_casecorrections.moc"
