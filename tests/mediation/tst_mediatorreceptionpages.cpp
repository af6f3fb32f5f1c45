// GUI tests of the register of mediators and the reception log on the offscreen platform,
// driven like a user (widgets found by object name): the reception quick entry filled and saved
// by keyboard (Ctrl+Enter), a refusal shown in the dialog with nothing lost, the case a
// reception became and a referral out of it, an edit undone; a mediator added with a training
// on the mediators page; the case's mediators picked from the register with the 回避 reason
// asked for; both registers reachable from the mediation workspace.

#include "register/RegisterGuiDriver.h"
#include "ui/common/EmployerPicker.h"
#include "ui/mediation/CaseMediatorsEditor.h"
#include "ui/mediation/MediationPage.h"
#include "ui/mediation/MediatorsPage.h"
#include "ui/mediation/ReceptionPage.h"

#include "MediatorNodeFixture.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QtTest>

using namespace ud;
using namespace ud::test;
using udtest::ModalDriver;
using udtest::typeText;

namespace {

template <typename T>
T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qWarning("no widget %s", name);
    return w;
}

void chooseData(QComboBox *combo, const QString &data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data));
    combo->setCurrentIndex(index);
}

QString cells(QTableWidget *table, int row)
{
    QStringList texts;
    for (int c = 0; c < table->columnCount(); ++c)
        texts << (table->item(row, c) ? table->item(row, c)->text() : QString());
    return texts.join(QLatin1Char('|'));
}

} // namespace

class tst_MediatorReceptionPages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void receptionQuickEntryByKeyboard();
    void receptionBecameACaseAndWasReferred();
    void receptionEditIsUndoable();
    void mediatorAddedWithATraining();
    void caseMediatorsFromTheRegister();
    void reachableFromTheWorkspace();

private:
    Session session() const
    {
        Session s;
        s.username = QStringLiteral("mediator1");
        s.displayName = u("李秀兰");
        s.role = Role::Mediator;
        s.orgUnit = QStringLiteral("110105015");
        return s;
    }

    std::unique_ptr<MediatorNode> m_node;
};

void tst_MediatorReceptionPages::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("uniondesk.*.info=false"));
}

void tst_MediatorReceptionPages::init()
{
    m_node = std::make_unique<MediatorNode>();
    QVERIFY(m_node->open());
}

void tst_MediatorReceptionPages::cleanup()
{
    m_node.reset();
}

void tst_MediatorReceptionPages::receptionQuickEntryByKeyboard()
{
    ReceptionPage page(m_node->db, *m_node->facade, session(), true);
    page.show();
    bool refused = false;
    ModalDriver entry(QStringLiteral("receptionDialog"), [&refused](QDialog *dialog) {
        QCOMPARE(child<QDateEdit>(dialog, "receptionDate")->date(), QDate::currentDate());
        QCOMPARE(child<QComboBox>(dialog, "receptionKind")->currentData().toString(), QStringLiteral("consultation"));
        QCOMPARE(child<QLineEdit>(dialog, "receptionHandledBy")->text(), u("李秀兰"));
        QCOMPARE(child<QComboBox>(dialog, "receptionOutcome")->currentData().toString(), QStringLiteral("answered"));
        // Every row's Alt+letter reaches its field, the rows of two fields too (label buddies).
        for (const char *name : {"receptionDate", "receptionVisitor", "receptionWorkerCount", "receptionOutcome",
                                 "receptionAsked"}) {
            QWidget *field = dialog->findChild<QWidget *>(QLatin1String(name));
            bool labelled = false;
            for (const QLabel *l : dialog->findChildren<QLabel *>())
                labelled = labelled || (field && l->buddy() == field);
            QVERIFY2(labelled, name);
        }
        // The kind by keyboard: the combo has the focus; "代写文书" is the third kind.
        auto *kind = child<QComboBox>(dialog, "receptionKind");
        kind->setFocus();
        QTest::keyClick(kind, Qt::Key_Down);
        QTest::keyClick(kind, Qt::Key_Down);
        QCOMPARE(kind->currentData().toString(), QStringLiteral("document_drafting"));
        typeText(child<QLineEdit>(dialog, "receptionVisitor"), u("赵大姐"));
        typeText(child<QLineEdit>(dialog, "receptionPhone"), QStringLiteral("13900001111"));
        typeText(child<EmployerPicker>(dialog, "receptionEmployer")->lineEdit(), u("某某保洁服务部"));
        auto *count = child<QSpinBox>(dialog, "receptionWorkerCount");
        count->selectAll();
        QTest::keyClicks(count, QStringLiteral("4"));
        QTest::keyClick(child<QCheckBox>(dialog, "receptionMigrant"), Qt::Key_Space);
        chooseData(child<QComboBox>(dialog, "receptionDisputeType"), QStringLiteral("remuneration"));
        typeText(child<QPlainTextEdit>(dialog, "receptionAnswer"), u("代写调解申请书一份，告知携带考勤记录。"));
        chooseData(child<QComboBox>(dialog, "receptionOutcome"), QStringLiteral("document_written"));
        // Nothing asked yet: refused, the dialog stays open with everything typed.
        dialog->activateWindow();
        QTRY_VERIFY(QApplication::activeWindow() == dialog);
        auto *answer = child<QPlainTextEdit>(dialog, "receptionAnswer");
        answer->setFocus();
        QTest::keyClick(answer, Qt::Key_Return, Qt::ControlModifier);
        auto *message = child<QLabel>(dialog, "receptionMessage");
        QVERIFY(dialog->isVisible());
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("asked")), qPrintable(message->text()));
        QCOMPARE(child<QLineEdit>(dialog, "receptionVisitor")->text(), u("赵大姐"));
        refused = true;
        auto *asked = child<QPlainTextEdit>(dialog, "receptionAsked");
        asked->setFocus();
        typeText(asked, u("四名保洁员被拖欠两个月工资，请代写申请书。"));
        QTest::keyClick(asked, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY2(!dialog->isVisible(), qPrintable(message->text()));
    });
    QTest::mouseClick(child<QPushButton>(&page, "addReceptionButton"), Qt::LeftButton);
    QVERIFY(entry.handled());
    QVERIFY(refused);

    auto *table = child<QTableWidget>(&page, "receptionTable");
    QCOMPARE(table->rowCount(), 1);
    const QString row = cells(table, 0);
    QVERIFY2(row.contains(u("代写文书")) && row.contains(u("赵大姐 13900001111")) && row.contains(u("某某保洁服务部"))
                 && row.contains(u("已代写文书")) && row.contains(u("李秀兰")),
             qPrintable(row));
    const QList<Reception> stored = m_node->receptions->receptions();
    QCOMPARE(stored.size(), 1);
    const Reception &r = stored.first();
    QCOMPARE(r.kind, QStringLiteral("document_drafting"));
    QCOMPARE(r.employerId, QString());
    QCOMPARE(r.employerName, u("某某保洁服务部"));
    QCOMPARE(r.workerCount, 4);
    QVERIFY(r.migrantWorkers);
    QCOMPARE(r.disputeType, QStringLiteral("remuneration"));
    QCOMPARE(r.summary, u("四名保洁员被拖欠两个月工资，请代写申请书。"));
    QCOMPARE(r.outcome, QStringLiteral("document_written"));
    QCOMPARE(r.handledBy, u("李秀兰"));
    QCOMPARE(m_node->facade->undoStack()->count(), 1);
}

void tst_MediatorReceptionPages::receptionBecameACaseAndWasReferred()
{
    const QString caseId = m_node->registerCase();
    QVERIFY(!caseId.isEmpty());
    const QString caseNo = m_node->fullCase(caseId).caseNo;
    ReceptionPage page(m_node->db, *m_node->facade, session(), true);
    page.show();
    ModalDriver entry(QStringLiteral("receptionDialog"), [&caseNo](QDialog *dialog) {
        typeText(child<QLineEdit>(dialog, "receptionVisitor"), u("王芳"));
        typeText(child<QPlainTextEdit>(dialog, "receptionAsked"), u("单位拖欠工资，且未缴社保。"));
        auto *number = child<QLineEdit>(dialog, "receptionCaseNo");
        typeText(number, caseNo + QStringLiteral("X"));
        QTest::mouseClick(child<QDialogButtonBox>(dialog, "receptionButtons")->button(QDialogButtonBox::Save),
                          Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(child<QLabel>(dialog, "receptionMessage")->text().contains(QStringLiteral("No case numbered")));
        number->clear();
        typeText(number, caseNo);
        QTest::mouseClick(child<QCheckBox>(dialog, "receptionRefer"), Qt::LeftButton);
        QVERIFY(child<QComboBox>(dialog, "receptionReferralKind")->isEnabled());
        chooseData(child<QComboBox>(dialog, "receptionReferralKind"), QStringLiteral("labour_inspection"));
        typeText(child<QLineEdit>(dialog, "receptionReferralBody"), u("朝阳区劳动保障监察大队"));
        QTest::mouseClick(child<QDialogButtonBox>(dialog, "receptionButtons")->button(QDialogButtonBox::Save),
                          Qt::LeftButton);
        QVERIFY2(!dialog->isVisible(), qPrintable(child<QLabel>(dialog, "receptionMessage")->text()));
    });
    QTest::mouseClick(child<QPushButton>(&page, "addReceptionButton"), Qt::LeftButton);
    QVERIFY(entry.handled());
    const QList<Reception> stored = m_node->receptions->receptions();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().caseId, caseId);
    QCOMPARE(stored.first().caseNo, caseNo);
    QCOMPARE(stored.first().referralCount, 1);
    QCOMPARE(m_node->text(QStringLiteral("SELECT receiving_body FROM mediation_referrals WHERE reception_id = ?"),
                          {stored.first().id}),
             u("朝阳区劳动保障监察大队"));
    QVERIFY(cells(child<QTableWidget>(&page, "receptionTable"), 0).contains(caseNo));
    // The entry and its referral were one step.
    QCOMPARE(m_node->facade->undoStack()->count(), 2); // the case, the reception
    m_node->facade->undoStack()->undo();
    QCOMPARE(m_node->receptions->receptions().size(), 0);
    QCOMPARE(m_node->scalar(QStringLiteral("SELECT count(*) FROM mediation_referrals WHERE deleted = 0")), 0);
    QCOMPARE(child<QTableWidget>(&page, "receptionTable")->rowCount(), 0);
}

void tst_MediatorReceptionPages::receptionEditIsUndoable()
{
    Reception r;
    r.receivedOn = QDate::currentDate();
    r.kind = QStringLiteral("phone");
    r.summary = u("试用期能否随时辞退？");
    r.answer = u("需有不符合录用条件的证据。");
    QVERIFY(m_node->receptions->saveReception(r, QDate::currentDate()).ok());
    ReceptionPage page(m_node->db, *m_node->facade, session(), true);
    page.show();
    auto *table = child<QTableWidget>(&page, "receptionTable");
    QCOMPARE(table->rowCount(), 1);
    table->selectRow(0);
    ModalDriver edit(QStringLiteral("receptionDialog"), [](QDialog *dialog) {
        QCOMPARE(child<QPlainTextEdit>(dialog, "receptionAsked")->toPlainText(), u("试用期能否随时辞退？"));
        QVERIFY(!child<QCheckBox>(dialog, "receptionRefer")->isVisible());
        auto *answer = child<QPlainTextEdit>(dialog, "receptionAnswer");
        answer->clear();
        typeText(answer, u("建议先协商，协商不成可申请调解。"));
        dialog->activateWindow();
        QTRY_VERIFY(QApplication::activeWindow() == dialog);
        answer->setFocus();
        QTest::keyClick(answer, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(!dialog->isVisible());
    });
    QTest::mouseClick(child<QPushButton>(&page, "editReceptionButton"), Qt::LeftButton);
    QVERIFY(edit.handled());
    QCOMPARE(m_node->receptions->receptions().first().answer, u("建议先协商，协商不成可申请调解。"));
    m_node->facade->undoStack()->undo();
    QCOMPARE(m_node->receptions->receptions().first().answer, u("需有不符合录用条件的证据。"));
    QVERIFY(table->item(0, 5)->toolTip().contains(u("需有不符合录用条件的证据。")));
}

void tst_MediatorReceptionPages::mediatorAddedWithATraining()
{
    MediatorsPage page(m_node->db, *m_node->facade, true);
    page.show();
    bool refused = false;
    ModalDriver add(QStringLiteral("mediatorDialog"), [&refused](QDialog *dialog) {
        typeText(child<QLineEdit>(dialog, "mediatorName"), u("吴淑芬"));
        typeText(child<QLineEdit>(dialog, "mediatorWorkplace"), u("八里庄街道司法所"));
        auto *save = child<QDialogButtonBox>(dialog, "mediatorButtons")->button(QDialogButtonBox::Save);
        QTest::mouseClick(save, Qt::LeftButton); // no qualification yet
        QVERIFY(dialog->isVisible());
        QVERIFY(child<QLabel>(dialog, "mediatorMessage")->text().contains(QStringLiteral("art. 11")));
        refused = true;
        chooseData(child<QComboBox>(dialog, "mediatorQualification"), QStringLiteral("legal_worker"));
        QTest::mouseClick(child<QPushButton>(dialog, "mediatorAddTraining"), Qt::LeftButton);
        auto *trainings = child<QTableWidget>(dialog, "mediatorTrainings");
        QCOMPARE(trainings->rowCount(), 1);
        trainings->item(0, 0)->setText(QStringLiteral("2025-09-18"));
        trainings->item(0, 1)->setText(u("劳动争议调解员岗位培训"));
        trainings->item(0, 2)->setText(QStringLiteral("24"));
        trainings->item(0, 3)->setText(u("北京市总工会"));
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY2(!dialog->isVisible(), qPrintable(child<QLabel>(dialog, "mediatorMessage")->text()));
    });
    QTest::mouseClick(child<QPushButton>(&page, "addMediatorButton"), Qt::LeftButton);
    QVERIFY(add.handled());
    QVERIFY(refused);
    auto *table = child<QTableWidget>(&page, "mediatorsTable");
    QCOMPARE(table->rowCount(), 1);
    const QString row = cells(table, 0);
    QVERIFY2(row.contains(u("吴淑芬")) && row.contains(u("法律工作者")) && row.contains(u("八里庄街道司法所"))
                 && row.contains(QStringLiteral("|24|")),
             qPrintable(row));
    const QList<Mediator> list = m_node->mediators->mediators();
    QCOMPARE(list.size(), 1);
    const Mediator m = *m_node->mediators->mediator(list.first().id);
    QCOMPARE(m.trainings.size(), 1);
    QCOMPARE(m.trainings.first().organiser, u("北京市总工会"));
    QCOMPARE(m.appointedOn, QDate::currentDate()); // a new appointment starts today unless changed
}

void tst_MediatorReceptionPages::caseMediatorsFromTheRegister()
{
    const auto save = [this](const QString &name, const QString &employer, const QDate &until) {
        Mediator m;
        m.name = name;
        m.qualification = QStringLiteral("union_staff");
        m.employerId = employer;
        m.appointedUntil = until;
        auto id = m_node->mediators->saveMediator(m, MediatorNode::kToday);
        return id ? id.value() : QString();
    };
    const QString insider = save(u("周立平"), m_node->employer, {});
    const QString retired = save(u("郑国强"), {}, QDate(2024, 12, 31));
    const QString outsider = save(u("吴淑芬"), m_node->otherEmployer, {});
    const QString caseId = m_node->registerCase(u("老张"));
    QVERIFY(!insider.isEmpty() && !retired.isEmpty() && !outsider.isEmpty() && !caseId.isEmpty());

    CaseMediatorsEditor editor(*m_node->facade, caseId, true);
    editor.show();
    auto *typed = child<QLabel>(&editor, "caseTypedMediators");
    QVERIFY(typed->isVisible());
    QVERIFY(typed->text().contains(u("老张")));
    auto *picker = child<QComboBox>(&editor, "caseMediatorPicker");
    auto *add = child<QPushButton>(&editor, "caseAddMediator");
    auto *message = child<QLabel>(&editor, "caseMediatorsMessage");
    auto *table = child<QTableWidget>(&editor, "caseMediatorsTable");
    QCOMPARE(picker->count(), 3);

    chooseData(picker, retired);
    QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY2(message->text().contains(QStringLiteral("ended on 2024-12-31")), qPrintable(message->text()));
    QCOMPARE(table->rowCount(), 0);

    QString asked;
    editor.setReasonAsker([&asked](const QString &warning) {
        asked = warning;
        return QString(); // cancelled
    });
    chooseData(picker, insider);
    QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY(asked.contains(u("回避")));
    QCOMPARE(table->rowCount(), 0);
    editor.setReasonAsker([](const QString &) { return u("双方书面同意由其参与调解"); });
    chooseData(child<QComboBox>(&editor, "caseMediatorRole"), QStringLiteral("assistant"));
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(table->rowCount(), 1);
    QVERIFY2(cells(table, 0).contains(u("双方书面同意由其参与调解")), qPrintable(cells(table, 0)));

    chooseData(picker, outsider);
    chooseData(child<QComboBox>(&editor, "caseMediatorRole"), QStringLiteral("lead"));
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(m_node->fullCase(caseId).mediators, u("老张")); // typed names kept
    QVERIFY(typed->isVisible());

    table->selectRow(0);
    QTest::mouseClick(child<QPushButton>(&editor, "caseRemoveMediator"), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 1);
    m_node->facade->undoStack()->undo(); // the editor follows an undo
    QCOMPARE(table->rowCount(), 2);
}

void tst_MediatorReceptionPages::reachableFromTheWorkspace()
{
    MediationPage page(m_node->db, *m_node->facade, session());
    page.show();
    QTest::mouseClick(child<QPushButton>(&page, "mediationReception"), Qt::LeftButton);
    QWidget *reception = nullptr;
    for (QWidget *w : QApplication::topLevelWidgets())
        if (w->objectName() == QLatin1String("receptionWindow") && w->isVisible())
            reception = w;
    QVERIFY(reception);
    QVERIFY(child<QTableWidget>(reception, "receptionTable"));
    QVERIFY(child<QPushButton>(reception, "addReceptionButton")->isEnabled());
    QTest::mouseClick(child<QPushButton>(&page, "mediationMediators"), Qt::LeftButton);
    QWidget *mediators = nullptr;
    for (QWidget *w : QApplication::topLevelWidgets())
        if (w->objectName() == QLatin1String("mediatorsWindow") && w->isVisible())
            mediators = w;
    QVERIFY(mediators);
    QVERIFY(child<QTableWidget>(mediators, "mediatorsTable"));
    // A second click brings the same window forward.
    QTest::mouseClick(child<QPushButton>(&page, "mediationMediators"), Qt::LeftButton);
    int windows = 0;
    for (QWidget *w : QApplication::topLevelWidgets())
        windows += w->objectName() == QLatin1String("mediatorsWindow") ? 1 : 0;
    QCOMPARE(windows, 1);
}

QTEST_MAIN(tst_MediatorReceptionPages)
#include "tst_mediatorreceptionpages.moc"
