// Tests for ud::MediationDocuments: the mediation documents for an individual and a collective
// case, rendered to text and to PDF; the papers of the case file read back from their PDFs; the
// issuing body from the node's setting.
//
// Set UD_KEEP_DOCUMENTS=<folder> to keep the PDFs and their HTML (docs-<kind>-<case>.pdf/.html)
// for a look.

#include "core/ChineseAmount.h"
#include "mediation/MediationCase.h"
#include "core/Money.h"
#include "core/ResidentId.h"
#include "mediation/AgreementClauses.h"
#include "mediation/DocumentFileName.h"
#include "documents/DocumentTemplate.h"
#include "mediation/MediationDocuments.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/NodeIdentity.h"

#include "core/Clock.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QFile>
#include <QFontInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QtTest>

using namespace ud;

namespace {

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// A valid 18-digit ID number from its first 17 digits.
QString residentId(const char *first17)
{
    const QString base = QString::fromLatin1(first17);
    return base + ResidentId::checkDigit(base);
}

CaseParty applicant(const char *name, const char *sex, QDate birth, const char *id17, const char *post,
                    bool representative = false)
{
    CaseParty p;
    p.id = QStringLiteral("p-") + QString::fromLatin1(id17).right(6);
    p.role = QStringLiteral("applicant");
    p.side = QStringLiteral("worker");
    p.name = u(name);
    p.sex = QString::fromLatin1(sex);
    p.birthDate = birth;
    p.idNumber = residentId(id17);
    p.ethnicity = QStringLiteral("01");
    p.address = u("北京市朝阳区八里庄街道红庙北里12号楼3单元501室");
    p.phone = QStringLiteral("13800138000");
    p.post = u(post);
    p.representative = representative;
    return p;
}

CaseParty agent(const char *name, const char *side, const char *relation)
{
    CaseParty p;
    p.role = QStringLiteral("agent");
    p.side = QString::fromLatin1(side);
    p.name = u(name);
    p.relation = u(relation);
    p.phone = QStringLiteral("010-65001234");
    return p;
}

CaseItem item(const char *kind, const char *code, qint64 fen, const char *description = "", QDate due = {})
{
    CaseItem i;
    i.kind = QString::fromLatin1(kind);
    i.item = QString::fromLatin1(code);
    i.amountFen = fen;
    i.description = u(description);
    i.dueOn = due;
    return i;
}

void setEmployer(MediationCase &c)
{
    c.employerId = QStringLiteral("e-1");
    c.employerName = u("北京华建建筑工程有限公司");
    c.employerCreditCode = QStringLiteral("91110105MA01C2XQ3K");
    c.employerAddress = u("北京市朝阳区八里庄西里98号");
    c.employerLegalRep = u("王建国");
    c.employerPhone = QStringLiteral("010-85861234");
}

// 张伟 v. 北京华建: unpaid wages and compensation, agreed after two sessions.
MediationCase individualCase()
{
    MediationCase c;
    c.id = QStringLiteral("case-12");
    c.caseNo = u("朝阳区八里庄街道调字〔2026〕第0012号");
    c.caseYear = 2026;
    c.caseSeq = 12;
    c.status = CaseStatus::Agreed;
    c.receivedOn = QDate(2026, 3, 2);
    c.source = QStringLiteral("written_application");
    c.disputeType = QStringLiteral("remuneration");
    c.otherDisputeTypes = {QStringLiteral("separation")};
    c.facts = u("申请人自2021年5月起在被申请人处从事钢筋工工作，2026年1月被申请人以项目停工为由解除劳动合同，"
                "拖欠2025年11月至2026年1月工资共计12,345.67元，未支付经济补偿。");
    c.requests = u("请求被申请人支付拖欠工资、解除劳动合同经济补偿及加班费。");
    c.mediators = u("刘芳、陈静");
    c.respondentConsent = true;
    c.decidedOn = QDate(2026, 3, 3);
    c.agreedOn = QDate(2026, 3, 16);
    c.agreementTerms = u("乙方于2026年3月31日前为甲方出具解除劳动合同的证明，并在十五日内办理档案和社会保险关系转移手续。");
    c.waivedClaims = u("加班费3,600.00元。");
    c.taxBorneBy = QStringLiteral("employer");
    c.performanceMethod = u("银行转账至甲方本人工资卡");
    c.respondentPosition = u("乙方认可拖欠工资数额，因项目款未到位请求分期支付。");
    setEmployer(c);
    c.parties = {applicant("张伟", "male", QDate(1985, 3, 12), "11010519850312001", "钢筋工"),
                 agent("李明", "worker", "律师"), agent("赵敏", "employer", "人事经理")};
    c.items = {item("claim", "wage", 1234567, "2025年11月至2026年1月"),
               item("claim", "compensation", 2400000, "N=4.5个月"),
               item("claim", "overtime", 360000),
               item("agreed", "wage", 1234567, "2025年11月至2026年1月", QDate(2026, 3, 31)),
               item("agreed", "compensation", 2000000, "", QDate(2026, 4, 15))};
    CaseSession first;
    first.id = QStringLiteral("s-1");
    first.startedAt = QStringLiteral("2026-03-05T14:30");
    first.place = u("八里庄街道总工会职工服务站调解室");
    first.mediators = u("刘芳、陈静");
    first.recorder = u("孙丽");
    first.attendees = u("张伟（申请人）、李明（申请人委托代理人）、赵敏（被申请人委托代理人）");
    first.statements = u("申请人称被申请人拖欠工资三个月。被申请人称项目款未到位，同意支付工资，对经济补偿数额有异议。");
    first.proposals = u("调解员建议双方以工资全额加经济补偿20,000元为基础协商。");
    first.progress = u("双方同意工资全额支付，经济补偿数额待被申请人请示后答复。");
    first.nextStep = u("2026年3月16日上午再次调解。");
    CaseSession second = first;
    second.id = QStringLiteral("s-2");
    second.startedAt = QStringLiteral("2026-03-16T09:00");
    second.attendees = u("张伟、赵敏");
    second.statements = u("被申请人同意支付经济补偿20,000元，申请人放弃加班费请求。");
    second.progress = u("达成调解协议。");
    second.nextStep = u("制作调解协议书并签字盖章。");
    c.sessions = {first, second};
    return c;
}

// 35 workers of 北京华建, represented by three of them; no agreement within 15 days.
MediationCase collectiveCase()
{
    MediationCase c;
    c.id = QStringLiteral("case-13");
    c.caseNo = u("朝阳区八里庄街道调字〔2026〕第0013号");
    c.caseYear = 2026;
    c.caseSeq = 13;
    c.status = CaseStatus::Failed;
    c.receivedOn = QDate(2026, 4, 1);
    c.source = QStringLiteral("oral_application");
    c.collective = true;
    c.workerCount = 35;
    c.disputeType = QStringLiteral("remuneration");
    c.facts = u("被申请人拖欠35名职工2026年2月至3月工资。");
    c.requests = u("请求支付拖欠工资。");
    c.mediators = u("刘芳");
    c.respondentConsent = true;
    c.decidedOn = QDate(2026, 4, 2);
    c.closedOn = QDate(2026, 4, 17);
    c.closeReason = QStringLiteral("window_expired");
    c.opinion = u("建议被申请人尽快筹措资金足额支付拖欠工资；申请人可依法申请劳动争议仲裁。");
    setEmployer(c);
    c.parties = {applicant("马丽娜", "female", QDate(1990, 7, 1), "11010519900701002", "木工", true),
                 applicant("周强", "male", QDate(1979, 12, 31), "11010819791231003", "瓦工", true),
                 applicant("吴海", "male", QDate(1988, 1, 20), "11010519880120005", "电工", true),
                 applicant("郑小军", "male", QDate(1995, 5, 5), "11010519950505007", "力工")};
    c.items = {item("claim", "wage", 87654321, "35人2026年2月至3月工资")};
    CaseSession s;
    s.id = QStringLiteral("s-3");
    s.startedAt = QStringLiteral("2026-04-08T10:00");
    s.place = u("八里庄街道总工会职工服务站调解室");
    s.mediators = u("刘芳");
    s.recorder = u("孙丽");
    s.attendees = u("马丽娜、周强、吴海、赵敏");
    s.statements = u("被申请人称无力支付。");
    c.sessions = {s};
    return c;
}

DocumentContext context()
{
    DocumentContext ctx;
    ctx.viewerRole = Role::Mediator; // documents as the mediator files them: full ID numbers
    ctx.bodyName = u("北京市朝阳区八里庄街道总工会劳动争议调解委员会");
    ctx.today = QDate(2026, 4, 20);
    static const QHash<QString, QString> names{
        {QStringLiteral("ethnicity/01"), u("汉族")},
        {QStringLiteral("case_source/written_application"), u("书面申请")},
        {QStringLiteral("case_source/oral_application"), u("口头申请（当场记录）")},
        {QStringLiteral("dispute_type/remuneration"), u("劳动报酬、工伤医疗费、经济补偿或赔偿金")},
        {QStringLiteral("dispute_type/separation"), u("除名、辞退、辞职、离职")},
        {QStringLiteral("claim_item/wage"), u("拖欠工资（劳动报酬）")},
        {QStringLiteral("claim_item/compensation"), u("经济补偿金")},
        {QStringLiteral("claim_item/overtime"), u("加班费")},
        {QStringLiteral("case_close_reason/window_expired"), u("逾期未达成协议（收到申请之日起15日）")},
        {QStringLiteral("non_acceptance_reason/not_labour_dispute"), u("不属于劳动争议")},
        {QStringLiteral("non_acceptance_reason/respondent_refused"), u("被申请人不同意调解")},
        {QStringLiteral("non_acceptance_reason/already_in_proceedings"), u("已进入仲裁或诉讼程序")},
        {QStringLiteral("follow_up_method/phone"), u("电话回访")},
        {QStringLiteral("service_method/direct"), u("直接送达")},
        {QStringLiteral("mediation_document/agreement"), u("调解协议书")},
        {QStringLiteral("claim_item/social_insurance"), u("社会保险")},
    };
    ctx.codeName = [](const QString &list, const QString &code) {
        return names.value(list + QLatin1Char('/') + code);
    };
    ctx.codeItems = [](const QString &list) {
        QList<std::pair<QString, QString>> out;
        if (list == QLatin1String("case_source"))
            out = {{QStringLiteral("written_application"), u("书面申请")},
                   {QStringLiteral("oral_application"), u("口头申请（当场记录）")},
                   {QStringLiteral("arbitration_referral"), u("仲裁委委托调解（裁前）")},
                   {QStringLiteral("court_delegated"), u("法院委派调解（诉前）")},
                   {QStringLiteral("own_initiative"), u("主动调解（经双方同意）")}};
        return out;
    };
    return ctx;
}

QString plainText(MediationDocumentKind kind, const MediationCase &c, const DocumentContext &ctx = context())
{
    Result<std::unique_ptr<QTextDocument>> doc = MediationDocuments::document(kind, c, ctx);
    if (!doc) {
        qWarning("%s", qPrintable(doc.error()));
        return QString();
    }
    return doc.value()->toPlainText();
}

QString withoutSpaces(QString text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.remove(space);
}

// The document written as PDF and read back by pdftotext, without white space; "" (and a
// warning) if it could not be made or read.
QString pdfText(MediationDocumentKind kind, const MediationCase &c, const DocumentContext &ctx = context())
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("doc.pdf"));
    if (const Status written = MediationDocuments::writePdf(kind, c, ctx, path); !written) {
        qWarning("%s", qPrintable(written.error()));
        return QString();
    }
    if (pdftotext.isEmpty()) // read the document's own text instead
        return withoutSpaces(plainText(kind, c, ctx));
    QProcess process;
    process.start(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QString();
    return withoutSpaces(QString::fromUtf8(process.readAllStandardOutput()));
}

int pageCount(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page[^s]"));
    int n = 0;
    for (auto it = page.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); it.next())
        ++n;
    return n;
}

} // namespace

Q_DECLARE_METATYPE(ud::MediationDocumentKind)

class tst_MediationDocuments : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void templatesAreCompiledIn();
    void intakeIndividual();
    void intakeCollective();
    void sessionRecord();
    void sessionRecordOneSession();
    void agreement();
    void agreementWithoutPaymentOrderItems();
    void agreementOvertimeIsPaymentOrderItem();
    void agreementTermsNumberedWhateverTyped_data();
    void agreementTermsNumberedWhateverTyped();
    void fileNames_data();
    void fileNames();
    void fileNamesDifferByDocument();
    void agreementCollective();
    void termination();
    void nonAcceptance();
    void nonAcceptanceCodedReasons_data();
    void nonAcceptanceCodedReasons();
    void acceptanceNotices();
    void rightsNotices();
    void extensionConfirmation();
    void suggestion();
    void nonPerformanceNotice();
    void followUpRecord();
    void fileCover();
    void issuingBodyFromTheNodeSetting();
    void refusesDocumentsTheCaseCannotHave();
    void escapesUserText();
    void pdf_data();
    void pdf();
    void pdfFailureLeavesNothing();
    void agreementCopiesAreNumberedOnTheirOwn();
    void idNumbersFollowTheViewersRole_data();
    void idNumbersFollowTheViewersRole();
};

void tst_MediationDocuments::initTestCase()
{
    const QFont font = MediationDocuments::bodyFont(context());
    qInfo("Body font: asked for %s, got %s", qPrintable(font.families().join(QStringLiteral(", "))),
          qPrintable(QFontInfo(font).family()));
    QVERIFY2(!font.families().isEmpty(), "no font family");
}

void tst_MediationDocuments::intakeIndividual()
{
    const MediationCase c = individualCase();
    const QString text = plainText(MediationDocumentKind::Intake, c);
    QVERIFY(text.contains(u("劳动争议调解受理登记表")));
    QVERIFY(text.contains(c.caseNo));
    QVERIFY(text.contains(u("北京市朝阳区八里庄街道总工会劳动争议调解委员会")));
    QVERIFY(text.contains(u("2026年3月2日")));
    QVERIFY(text.contains(u("书面申请")));
    QVERIFY(text.contains(u("■书面")));
    // Every source of the code list, the case's ticked.
    QVERIFY(text.contains(u("■书面申请")));
    QVERIFY(text.contains(u("□口头申请（当场记录）")));
    QVERIFY(text.contains(u("□仲裁委委托调解（裁前）")));
    QVERIFY(text.contains(u("□法院委派调解（诉前）")));
    QVERIFY(text.contains(u("□主动调解（经双方同意）")));
    QVERIFY(text.contains(u("□口头")));
    QVERIFY(text.contains(u("张伟")));
    QVERIFY(text.contains(c.parties.first().idNumber));
    QVERIFY(text.contains(u("汉族")));
    QVERIFY(text.contains(u("年龄\n40"))); // age on the day received: born 1985-03-12, received 2026-03-02
    QVERIFY(text.contains(u("钢筋工")));
    QVERIFY(text.contains(u("13800138000")));
    QVERIFY(text.contains(c.employerName));
    QVERIFY(text.contains(c.employerCreditCode));
    QVERIFY(text.contains(c.employerAddress));
    QVERIFY(text.contains(u("王建国")));
    QVERIFY(text.contains(u("李明（申请人委托代理人，律师")));
    QVERIFY(text.contains(u("赵敏（被申请人委托代理人，人事经理")));
    QVERIFY(text.contains(u("劳动报酬、工伤医疗费、经济补偿或赔偿金、除名、辞退、辞职、离职")));
    QVERIFY(text.contains(u("拖欠工资（劳动报酬）")));
    QVERIFY(text.contains(u("12,345.67")));
    QVERIFY(text.contains(u("24,000.00")));
    // 12,345.67 + 24,000.00 + 3,600.00
    QVERIFY(text.contains(u("39,945.67")));
    QVERIFY(text.contains(ChineseAmount::capital(3994567)));
    QVERIFY(text.contains(u("叁万玖仟玖佰肆拾伍元陆角柒分")));
    QVERIFY(text.contains(c.facts));
    QVERIFY(text.contains(u("刘芳、陈静")));
    QVERIFY(text.contains(u("■同意")));
    QVERIFY(text.contains(u("■受理")));
    QVERIFY(text.contains(u("2026年3月3日")));
}

void tst_MediationDocuments::intakeCollective()
{
    const MediationCase c = collectiveCase();
    const QString text = plainText(MediationDocumentKind::Intake, c);
    QVERIFY(text.contains(c.caseNo));
    QVERIFY(text.contains(u("■口头")));
    QVERIFY(text.contains(u("■口头申请（当场记录）")));
    QVERIFY(text.contains(u("□书面申请")));
    QVERIFY(text.contains(u("涉及职工 35 人")));
    QVERIFY(text.contains(u("职工代表：马丽娜、周强、吴海")));
    for (int i = 0; i < 3; ++i) {
        QVERIFY(text.contains(c.parties.at(i).name));
        QVERIFY(text.contains(c.parties.at(i).idNumber));
    }
    // Only the representatives are listed.
    QVERIFY(!text.contains(u("郑小军")));
    QVERIFY(text.contains(u("876,543.21")));
    QVERIFY(text.contains(u("捌拾柒万陆仟伍佰肆拾叁元贰角壹分")));
}

void tst_MediationDocuments::sessionRecord()
{
    const MediationCase c = individualCase();
    const QString text = plainText(MediationDocumentKind::SessionRecord, c);
    QCOMPARE(text.count(u("调解笔录")), 2);
    QVERIFY(text.contains(u("（第一次）")));
    QVERIFY(text.contains(u("（第二次）")));
    QVERIFY(text.contains(u("2026年3月5日 14时30分")));
    QVERIFY(text.contains(u("2026年3月16日 9时00分")));
    QVERIFY(text.contains(c.sessions.at(0).place));
    QVERIFY(text.contains(u("孙丽")));
    QVERIFY(text.contains(c.sessions.at(0).statements));
    QVERIFY(text.contains(c.sessions.at(0).proposals));
    QVERIFY(text.contains(c.sessions.at(0).progress));
    QVERIFY(text.contains(c.sessions.at(0).nextStep));
    QVERIFY(text.contains(c.sessions.at(1).statements));
    // A signature line for everyone present: attendees, mediators, recorder.
    for (const char *signer : {"张伟（申请人）", "李明（申请人委托代理人）", "赵敏（被申请人委托代理人）", "刘芳", "陈静", "孙丽"})
        QVERIFY2(text.contains(u(signer) + u("\t（签名）")) || text.contains(u(signer) + u("\n（签名）")),
                 signer);
}

void tst_MediationDocuments::sessionRecordOneSession()
{
    const MediationCase c = individualCase();
    DocumentContext ctx = context();
    ctx.sessionId = QStringLiteral("s-2");
    const QString text = plainText(MediationDocumentKind::SessionRecord, c, ctx);
    QCOMPARE(text.count(u("调解笔录")), 1);
    QVERIFY(text.contains(u("（第二次）")));
    QVERIFY(!text.contains(c.sessions.at(0).statements));

    ctx.sessionId = QStringLiteral("no-such-session");
    const Result<QString> html = MediationDocuments::html(MediationDocumentKind::SessionRecord, c, ctx);
    QVERIFY(!html.ok());
    QVERIFY(html.error().contains(QStringLiteral("no-such-session")));
}

void tst_MediationDocuments::agreement()
{
    const MediationCase c = individualCase();
    const QString text = plainText(MediationDocumentKind::Agreement, c);
    // 一式三份: three copies, each marked.
    QCOMPARE(text.count(u("劳动争议调解协议书")), 3);
    QVERIFY(text.contains(u("第一份　甲方（劳动者）执")));
    QVERIFY(text.contains(u("第二份　乙方（用人单位）执")));
    QVERIFY(text.contains(u("第三份　调解组织存档")));
    QCOMPARE(text.count(c.caseNo), 3);
    // Parties.
    QVERIFY(text.contains(u("甲方（劳动者）：张伟，男，41岁，汉族，住北京市朝阳区八里庄街道红庙北里12号楼3单元501室，"
                            "工作单位：北京华建建筑工程有限公司，工作岗位：钢筋工，公民身份号码：")
                          + c.parties.first().idNumber));
    QVERIFY(text.contains(u("乙方（用人单位）：北京华建建筑工程有限公司，住所：北京市朝阳区八里庄西里98号")));
    QVERIFY(text.contains(u("法定代表人（主要负责人）：王建国")));
    QVERIFY(text.contains(u("甲方委托代理人：李明，律师")));
    QVERIFY(text.contains(u("乙方委托代理人：赵敏，人事经理")));
    // Dispute and positions.
    QVERIFY(text.contains(u("甲方于2026年3月2日向北京市朝阳区八里庄街道总工会劳动争议调解委员会申请调解")));
    QVERIFY(text.contains(c.requests));
    // Terms item by item, in figures and in capitals, with payment dates.
    // The day named is the last day to pay (前（含当日）).
    QVERIFY(text.contains(u("一、乙方于2026年3月31日前（含当日）向甲方支付拖欠工资（劳动报酬）（2025年11月至2026年1月）"
                            "人民币12,345.67元（大写：壹万贰仟叁佰肆拾伍元陆角柒分）。")));
    QVERIFY(text.contains(u("二、乙方于2026年4月15日前（含当日）向甲方支付经济补偿金人民币20,000.00元（大写：贰万元整）。")));
    QVERIFY(text.contains(u("以上款项合计人民币32,345.67元（大写：叁万贰仟叁佰肆拾伍元陆角柒分）。")));
    QVERIFY(text.contains(u("三、履行方式：银行转账至甲方本人工资卡。")));
    QVERIFY(text.contains(u("四、") + c.agreementTerms));
    QVERIFY(text.contains(u("五、上述款项依法应缴纳的个人所得税由乙方承担")));
    QVERIFY(text.contains(u("六、甲方自愿放弃以下请求：加班费3,600.00元。")));
    // The respondent's position.
    QVERIFY(text.contains(u("乙方意见：") + c.respondentPosition));
    // Art. 14 (effect), art. 15, art. 16 (支付令: wages and compensation are in it), copies.
    QVERIFY(text.contains(u("本协议自双方当事人签名或者盖章，经调解员签名并加盖调解组织印章后生效，对双方当事人具有约束力")));
    QVERIFY(text.contains(u("第十四条")));
    QVERIFY(text.contains(u("申请支付令")));
    QVERIFY(text.contains(u("拖欠劳动报酬（含加班费）")));
    QVERIFY(text.contains(u("第十六条")));
    QVERIFY(text.contains(u("本协议一式三份")));
    // Signature and seal areas, dated.
    QCOMPARE(text.count(u("甲方（签名）")), 3);
    QCOMPARE(text.count(u("乙方（盖章）")), 3);
    QCOMPARE(text.count(u("调解员（签名）")), 3);
    QCOMPARE(text.count(u("调解组织（印章）")), 3);
    QVERIFY(text.contains(u("2026年3月16日")));
}

void tst_MediationDocuments::agreementWithoutPaymentOrderItems()
{
    MediationCase c = individualCase();
    c.items = {item("agreed", "social_insurance", 300000, "", QDate(2026, 3, 31))};
    c.agreedOn = QDate();
    c.taxBorneBy.clear();
    c.waivedClaims.clear();
    c.performanceMethod.clear();
    c.respondentPosition.clear();
    const QString text = plainText(MediationDocumentKind::Agreement, c);
    QVERIFY(text.contains(u("一、乙方于2026年3月31日前（含当日）向甲方支付社会保险人民币3,000.00元（大写：叁仟元整）。")));
    QVERIFY(!text.contains(u("履行方式")));
    QVERIFY(!text.contains(u("乙方意见")));
    QVERIFY(text.contains(u("二、") + c.agreementTerms));
    QVERIFY(!text.contains(u("三、")));
    QVERIFY(!text.contains(u("支付令")));
    QVERIFY(text.contains(u("第十四条")));
    // Not signed yet: the dates are left for the pen.
    QVERIFY(text.contains(u("　　年　　月　　日")));
}

// 加班费 is 劳动报酬: an agreement on overtime pay alone can be enforced by a 支付令 (art. 16).
void tst_MediationDocuments::agreementOvertimeIsPaymentOrderItem()
{
    QVERIFY(MediationDocumentData::isPaymentOrderItem(QStringLiteral("overtime")));
    QVERIFY(!MediationDocumentData::isPaymentOrderItem(QStringLiteral("social_insurance")));
    MediationCase c = individualCase();
    c.items = {item("agreed", "overtime", 360000, "", QDate(2026, 3, 31))};
    const QString text = pdfText(MediationDocumentKind::Agreement, c);
    QVERIFY2(text.contains(u("向甲方支付加班费人民币3,600.00元")), qPrintable(text.left(600)));
    QVERIFY(text.contains(u("本协议涉及支付拖欠劳动报酬（含加班费）、工伤医疗费、经济补偿或者赔偿金事项")));
    QVERIFY(text.contains(u("申请支付令")));
}

// 其他条款 are numbered on after the items and the way of performance (四、 in individualCase()),
// whatever ordinal the mediator typed before them: never "四、一、…".
void tst_MediationDocuments::agreementTermsNumberedWhateverTyped_data()
{
    QTest::addColumn<QString>("terms");
    QTest::addColumn<QStringList>("printed");
    QTest::addColumn<QStringList>("clauses");
    const QString proof = u("乙方出具解除劳动合同的证明。");
    const QString transfer = u("乙方办理社会保险关系转移手续。");
    QTest::newRow("none") << proof << QStringList{u("四、") + proof, u("五、上述款项")} << QStringList{proof};
    QTest::newRow("一、") << u("一、") + proof << QStringList{u("四、") + proof, u("五、上述款项")} << QStringList{proof};
    QTest::newRow("一. spaced") << u("一. ") + proof << QStringList{u("四、") + proof} << QStringList{proof};
    QTest::newRow("1.") << u("1.") + proof << QStringList{u("四、") + proof} << QStringList{proof};
    QTest::newRow("1、") << u("1、") + proof << QStringList{u("四、") + proof} << QStringList{proof};
    QTest::newRow("1）") << u("1）") + proof << QStringList{u("四、") + proof} << QStringList{proof};
    QTest::newRow("（一）") << u("（一）") + proof << QStringList{u("四、") + proof} << QStringList{proof};
    QTest::newRow("(1)") << u("(1) ") + proof << QStringList{u("四、") + proof} << QStringList{proof};
    QTest::newRow("第一条") << u("第一条 ") + proof << QStringList{u("四、") + proof} << QStringList{proof};
    QTest::newRow("①") << u("①") + proof << QStringList{u("四、") + proof} << QStringList{proof};
    QTest::newRow("两条") << u("一、") + proof + u("\n二、") + transfer
                        << QStringList{u("四、") + proof, u("五、") + transfer, u("六、上述款项"), u("七、甲方自愿放弃")}
                        << QStringList{proof, transfer};
    QTest::newRow("十一、 and 12.") << u("十一、") + proof + u("\r\n12.") + transfer
                                   << QStringList{u("四、") + proof, u("五、") + transfer} << QStringList{proof, transfer};
    QTest::newRow("wrapped by hand") << u("一、乙方出具证明，\n并办理转移手续。")
                                     << QStringList{u("四、乙方出具证明，"), u("五、上述款项")}
                                     << QStringList{u("乙方出具证明，\n并办理转移手续。")};
    QTest::newRow("amount, not an ordinal") << u("1.5万元由乙方另行支付。")
                                            << QStringList{u("四、1.5万元由乙方另行支付。")}
                                            << QStringList{u("1.5万元由乙方另行支付。")};
    QTest::newRow("一次性 is a word") << u("一次性支付。") << QStringList{u("四、一次性支付。")} << QStringList{u("一次性支付。")};
    QTest::newRow("blank lines") << u("\n一、") + proof + u("\n\n  \n") << QStringList{u("四、") + proof, u("五、上述款项")}
                                 << QStringList{proof};
}

void tst_MediationDocuments::agreementTermsNumberedWhateverTyped()
{
    QFETCH(QString, terms);
    QFETCH(QStringList, printed);
    QFETCH(QStringList, clauses);
    QCOMPARE(AgreementClauses::split(terms), clauses);
    MediationCase c = individualCase();
    c.agreementTerms = terms;
    const QString text = plainText(MediationDocumentKind::Agreement, c);
    QVERIFY(!text.isEmpty());
    for (const QString &line : printed)
        QVERIFY2(text.contains(line), qPrintable(line));
    static const QRegularExpression twice(u("[一二三四五六七八九十]+、\\s*(?:[一二三四五六七八九十]+、|\\d+(?:、|\\.(?!\\d))|（)"));
    QVERIFY2(!text.contains(twice), qPrintable(text));
}

// A saved document is named 案号-文书名.pdf, with what a file name cannot hold replaced.
void tst_MediationDocuments::fileNames_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("caseNo");
    QTest::addColumn<QString>("fileName");
    QTest::newRow("agreement") << int(MediationDocumentKind::Agreement) << u("京朝劳调〔2026〕12号")
                               << u("京朝劳调〔2026〕12号-调解协议书.pdf");
    QTest::newRow("acceptance to the respondent") << int(MediationDocumentKind::AcceptanceToRespondent) << u("京朝劳调〔2026〕12号")
                                                  << u("京朝劳调〔2026〕12号-受理通知书（被申请人）.pdf");
    QTest::newRow("slashes and colons") << int(MediationDocumentKind::Intake) << u("朝调/2026:12*?")
                                        << u("朝调_2026_12__-受理登记表.pdf");
    QTest::newRow("quotes, brackets, pipe, backslash") << int(MediationDocumentKind::SessionRecord) << u("A\"<1>|\\2")
                                                       << u("A__1___2-调解笔录.pdf");
    QTest::newRow("trailing dot and space") << int(MediationDocumentKind::FileCover) << u(" 12号. ")
                                            << u("12号-案卷封面及卷内目录.pdf");
    QTest::newRow("no case number") << int(MediationDocumentKind::Termination) << QString() << u("终止调解通知书.pdf");
}

void tst_MediationDocuments::fileNames()
{
    QFETCH(int, kind);
    QFETCH(QString, caseNo);
    QFETCH(QString, fileName);
    QCOMPARE(DocumentFileName::forCase(MediationDocumentKind(kind), caseNo), fileName);
}

// Two documents of one case never get the same name, so one never overwrites the other.
void tst_MediationDocuments::fileNamesDifferByDocument()
{
    QSet<QString> names;
    for (int k = int(MediationDocumentKind::Intake); k <= int(MediationDocumentKind::FileCover); ++k) {
        const QString name = DocumentFileName::forCase(MediationDocumentKind(k), u("京朝劳调〔2026〕12号"));
        QVERIFY2(!names.contains(name), qPrintable(name));
        QVERIFY(name.startsWith(u("京朝劳调〔2026〕12号-")));
        names.insert(name);
    }
    QCOMPARE(names.size(), 14);
}

void tst_MediationDocuments::agreementCollective()
{
    MediationCase c = collectiveCase();
    c.status = CaseStatus::Agreed;
    c.items.append(item("agreed", "wage", 87654321, "", QDate(2026, 5, 10)));
    // The roster: each worker's amount and whether the worker signed the authorisation.
    const qint64 amounts[] = {2500000, 2612345, 2400000, 2300000};
    for (int i = 0; i < c.parties.size(); ++i) {
        c.parties[i].amountFen = amounts[i];
        c.parties[i].authorised = i != 3;
    }
    const QString text = plainText(MediationDocumentKind::Agreement, c);
    QVERIFY(text.contains(u("甲方（劳动者）：北京华建建筑工程有限公司马丽娜等 35 名职工")));
    QVERIFY(text.contains(u("职工代表1：马丽娜，女")));
    QVERIFY(text.contains(c.parties.at(1).idNumber));
    // Not a representative: no party paragraph, but a row of the roster in each copy.
    QVERIFY(!text.contains(u("职工代表4")));
    QCOMPARE(text.count(u("附：集体劳动争议职工名册（共 4 人）")), 3);
    QCOMPARE(text.count(u("本人签名")), 3);
    // Row by row (the page's text; pdftotext reads table cells in an order of its own).
    const QString rows = withoutSpaces(text);
    QVERIFY2(rows.contains(u("1马丽娜（职工代表）25,000.00■已授权")), qPrintable(rows.right(900)));
    QVERIFY(rows.contains(u("2周强（职工代表）26,123.45■已授权")));
    QVERIFY(rows.contains(u("4郑小军23,000.00□已授权")));
    QVERIFY(rows.contains(u("合计98,123.45")));
    // And on the printed pages.
    const QString pdf = pdfText(MediationDocumentKind::Agreement, c);
    for (const char *fact : {"郑小军", "26,123.45", "23,000.00", "98,123.45", "□已授权", "■已授权", "本人签名"})
        QVERIFY2(pdf.contains(u(fact)), fact);
    QVERIFY(text.contains(u("捌拾柒万陆仟伍佰肆拾叁元贰角壹分")));
    QCOMPARE(text.count(u("甲方职工代表（签名）")), 3);
    QVERIFY(text.contains(u("申请支付令")));
}

void tst_MediationDocuments::termination()
{
    const MediationCase c = collectiveCase();
    const QString text = plainText(MediationDocumentKind::Termination, c);
    QVERIFY(text.contains(u("终止调解通知书")));
    QVERIFY(text.contains(c.caseNo));
    QVERIFY(text.contains(u("马丽娜、周强、吴海、郑小军等 35 名职工、北京华建建筑工程有限公司：")));
    QVERIFY(text.contains(u("本会于2026年4月1日收到调解申请")));
    QVERIFY(text.contains(u("自本会收到调解申请之日起十五日内，双方未能达成调解协议。")));
    QVERIFY(text.contains(c.opinion));
    QVERIFY(text.contains(u("第五条、第十四条")));
    QVERIFY(text.contains(u("申请仲裁")));
    QVERIFY(text.contains(u("第二十七条")));
    QVERIFY(text.contains(u("时效期间为一年")));
    QVERIFY(text.contains(u("2026年4月17日")));

    MediationCase refused = c;
    refused.closeReason = QStringLiteral("refusal");
    QVERIFY(plainText(MediationDocumentKind::Termination, refused).contains(u("因一方当事人拒绝调解")));
    MediationCase withdrawn = c;
    withdrawn.closeReason = QStringLiteral("withdrawal");
    QVERIFY(plainText(MediationDocumentKind::Termination, withdrawn).contains(u("申请人已撤回调解申请")));
    MediationCase noAgreement = c;
    noAgreement.closeReason = QStringLiteral("no_agreement");
    QVERIFY(plainText(MediationDocumentKind::Termination, noAgreement).contains(u("经调解，双方未能达成调解协议")));
}

void tst_MediationDocuments::nonAcceptance()
{
    MediationCase c = individualCase();
    c.status = CaseStatus::Rejected;
    c.decidedOn = QDate(2026, 3, 4);
    c.decisionReason = u("被申请人明确表示拒绝调解。");
    c.sessions.clear();
    const QString text = plainText(MediationDocumentKind::NonAcceptance, c);
    QVERIFY(text.contains(u("不予受理通知书")));
    QVERIFY(text.contains(c.caseNo));
    QVERIFY(text.contains(u("张伟：")));
    QVERIFY(text.contains(u("你于2026年3月2日向本会提出的与北京华建建筑工程有限公司之间")));
    QVERIFY(text.contains(u("经审查，被申请人明确表示拒绝调解。根据")));
    QVERIFY(text.contains(u("本会决定不予受理")));
    QVERIFY(text.contains(u("第五条")));
    QVERIFY(text.contains(u("时效期间为一年")));
    QVERIFY(text.contains(u("2026年3月4日")));
    QVERIFY(text.contains(u("人力资源和社会保障部令第17号）第二十三条")));
}

void tst_MediationDocuments::nonAcceptanceCodedReasons_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("words");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("arbitration");

    QTest::newRow("not a labour dispute") << QStringLiteral("not_labour_dispute") << u("申请人与被申请人之间系承揽关系")
                                          << u("经审查，不属于劳动争议：申请人与被申请人之间系承揽关系。") << false;
    QTest::newRow("not a labour dispute, no words") << QStringLiteral("not_labour_dispute") << QString()
                                                    << u("经审查，不属于劳动争议。") << false;
    QTest::newRow("respondent refused") << QStringLiteral("respondent_refused") << QString()
                                        << u("经审查，被申请人不同意调解。") << true;
    QTest::newRow("already in proceedings") << QStringLiteral("already_in_proceedings") << u("已于2026年2月申请仲裁。")
                                            << u("经审查，已进入仲裁或诉讼程序：已于2026年2月申请仲裁。") << true;
    QTest::newRow("other: the words") << QStringLiteral("other") << u("申请人未提供身份证明")
                                      << u("经审查，申请人未提供身份证明。") << true;
}

// The reason comes from its code, with the words; the decision cites 17号令 art. 23; a matter
// that is no labour dispute is not pointed to arbitration.
void tst_MediationDocuments::nonAcceptanceCodedReasons()
{
    QFETCH(QString, code);
    QFETCH(QString, words);
    QFETCH(QString, reason);
    QFETCH(bool, arbitration);
    MediationCase c = individualCase();
    c.status = CaseStatus::Rejected;
    c.decidedOn = QDate(2026, 3, 4);
    c.decisionReasonCode = code;
    c.decisionReason = words;
    const QString text = pdfText(MediationDocumentKind::NonAcceptance, c);
    QVERIFY2(text.contains(reason), qPrintable(text.left(600)));
    QVERIFY(text.contains(u("根据《企业劳动争议协商调解规定》（人力资源和社会保障部令第17号）第二十三条的规定，本会决定不予受理。")));
    QCOMPARE(text.contains(u("仲裁")), arbitration);
    QCOMPARE(text.contains(u("不属于劳动争议调解的范围")), !arbitration);
}

void tst_MediationDocuments::refusesDocumentsTheCaseCannotHave()
{
    const DocumentContext ctx = context();
    MediationCase c = individualCase();
    QVERIFY(!MediationDocuments::html(MediationDocumentKind::Termination, c, ctx).ok());
    QVERIFY(!MediationDocuments::html(MediationDocumentKind::NonAcceptance, c, ctx).ok());
    c.items.clear();
    c.agreementTerms.clear();
    QVERIFY(!MediationDocuments::html(MediationDocumentKind::Agreement, c, ctx).ok());
    c.sessions.clear();
    const Result<QString> noSessions = MediationDocuments::html(MediationDocumentKind::SessionRecord, c, ctx);
    QVERIFY(!noSessions.ok());
    QVERIFY(noSessions.error().contains(c.caseNo));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.pdf"));
    QVERIFY(!MediationDocuments::writePdf(MediationDocumentKind::Agreement, c, ctx, path).ok());
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(path + QStringLiteral(".partial")));
}

void tst_MediationDocuments::escapesUserText()
{
    MediationCase c = individualCase();
    c.facts = QStringLiteral("<script>alert('x')</script> & <b>bold</b>\nsecond line");
    c.parties.first().name = QStringLiteral("<img src=x>");
    const Result<QString> html = MediationDocuments::html(MediationDocumentKind::Intake, c, context());
    QVERIFY(html.ok());
    QVERIFY(!html.value().contains(QStringLiteral("<script>")));
    QVERIFY(!html.value().contains(QStringLiteral("<b>bold")));
    QVERIFY(!html.value().contains(QStringLiteral("<img")));
    QVERIFY(html.value().contains(QStringLiteral("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;<br/>second line"))
            || html.value().contains(QStringLiteral("&lt;script&gt;alert('x')&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;<br/>second line")));
    // What is printed is the text as typed.
    const QString text = plainText(MediationDocumentKind::Intake, c);
    QVERIFY(text.contains(QStringLiteral("<script>alert('x')</script> & <b>bold</b>")));
    QVERIFY(text.contains(QStringLiteral("<img src=x>")));
}

void tst_MediationDocuments::pdf_data()
{
    QTest::addColumn<MediationDocumentKind>("kind");
    QTest::addColumn<bool>("collective");
    QTest::addColumn<int>("minPages");

    QTest::newRow("intake individual") << MediationDocumentKind::Intake << false << 1;
    QTest::newRow("intake collective") << MediationDocumentKind::Intake << true << 1;
    QTest::newRow("session individual") << MediationDocumentKind::SessionRecord << false << 2;
    QTest::newRow("session collective") << MediationDocumentKind::SessionRecord << true << 1;
    QTest::newRow("agreement individual") << MediationDocumentKind::Agreement << false << 3;
    QTest::newRow("agreement collective") << MediationDocumentKind::Agreement << true << 3;
    QTest::newRow("termination collective") << MediationDocumentKind::Termination << true << 1;
    QTest::newRow("non-acceptance individual") << MediationDocumentKind::NonAcceptance << false << 1;
    QTest::newRow("acceptance to applicant") << MediationDocumentKind::AcceptanceToApplicant << false << 1;
    QTest::newRow("acceptance to respondent") << MediationDocumentKind::AcceptanceToRespondent << true << 1;
    QTest::newRow("rights to applicant") << MediationDocumentKind::RightsToApplicant << true << 1;
    QTest::newRow("rights to respondent") << MediationDocumentKind::RightsToRespondent << false << 1;
    QTest::newRow("extension") << MediationDocumentKind::Extension << true << 1;
    QTest::newRow("suggestion") << MediationDocumentKind::Suggestion << false << 1;
    QTest::newRow("non-performance") << MediationDocumentKind::NonPerformance << false << 1;
    QTest::newRow("follow-up") << MediationDocumentKind::FollowUp << false << 1;
    QTest::newRow("cover individual") << MediationDocumentKind::FileCover << false << 2;
    QTest::newRow("cover collective") << MediationDocumentKind::FileCover << true << 2;
}

void tst_MediationDocuments::pdf()
{
    QFETCH(MediationDocumentKind, kind);
    QFETCH(bool, collective);
    QFETCH(int, minPages);

    MediationCase c = collective ? collectiveCase() : individualCase();
    if (kind == MediationDocumentKind::NonAcceptance) {
        c.status = CaseStatus::Rejected;
        c.decisionReason = u("申请事项不属于劳动争议");
    }
    if (kind == MediationDocumentKind::Agreement && collective) {
        c.status = CaseStatus::Agreed;
        c.agreedOn = QDate(2026, 4, 15);
        c.items.append(item("agreed", "wage", 87654321, "35人2026年2月至3月工资", QDate(2026, 5, 10)));
    }
    if (kind == MediationDocumentKind::Extension)
        c.extensionDays = 10;
    if (kind == MediationDocumentKind::FollowUp) {
        CaseFollowUp f;
        f.doneOn = QDate(2026, 5, 20);
        f.content = u("款项已全部到账。");
        c.followUps = {f};
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString name = QStringLiteral("docs-%1-%2.pdf")
                             .arg(MediationDocumentData::templateName(kind), collective ? QStringLiteral("collective")
                                                                                        : QStringLiteral("individual"));
    const QString path = dir.filePath(name);
    const Status written = MediationDocuments::writePdf(kind, c, context(), path);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    QVERIFY(!QFile::exists(path + QStringLiteral(".partial")));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY2(bytes.size() > 10000, qPrintable(QString::number(bytes.size())));
    QVERIFY2(bytes.contains("/FontFile"), "no embedded font");
    QVERIFY2(pageCount(bytes) >= minPages, qPrintable(QString::number(pageCount(bytes))));
    QVERIFY(bytes.contains("/MediaBox [0 0 595")); // A4: 595 x 842 pt

    if (const QByteArray keep = qgetenv("UD_KEEP_DOCUMENTS"); !keep.isEmpty()) {
        const QString kept = QString::fromLocal8Bit(keep) + QLatin1Char('/') + name;
        QFile::remove(kept);
        QVERIFY(QFile::copy(path, kept));
        QFile html(kept.left(kept.size() - 3) + QStringLiteral("html"));
        QVERIFY(html.open(QIODevice::WriteOnly | QIODevice::Truncate));
        html.write(MediationDocuments::html(kind, c, context()).value().toUtf8());
    }

    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty()) {
        qInfo("pdftotext (poppler-utils) is not installed: the PDF's text is not checked");
        return;
    }
    QProcess process;
    process.start(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QString extracted = withoutSpaces(QString::fromUtf8(process.readAllStandardOutput()));
    QVERIFY2(extracted.contains(withoutSpaces(c.caseNo)), qPrintable(extracted.left(400)));
    QVERIFY2(extracted.contains(c.applicants().first().name), qPrintable(extracted.left(400)));
    QVERIFY(extracted.contains(u("第1页")));
}

void tst_MediationDocuments::pdfFailureLeavesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing-folder/agreement.pdf"));
    const Status written = MediationDocuments::writePdf(MediationDocumentKind::Agreement, individualCase(), context(), path);
    QVERIFY(!written.ok());
    QVERIFY(!written.error().isEmpty());
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(path + QStringLiteral(".partial")));

    // An older file at the path survives a failed write.
    const QString existing = dir.filePath(QStringLiteral("old.pdf"));
    {
        QFile old(existing);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("%PDF-old");
    }
    MediationCase notFailed = individualCase();
    QVERIFY(!MediationDocuments::writePdf(MediationDocumentKind::Termination, notFailed, context(), existing).ok());
    QFile old(existing);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("%PDF-old"));
}

void tst_MediationDocuments::agreementCopiesAreNumberedOnTheirOwn()
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty()) {
        qInfo("pdftotext (poppler-utils) is not installed: page numbers are not checked");
        return;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("agreement.pdf"));
    QVERIFY(MediationDocuments::writePdf(MediationDocumentKind::Agreement, individualCase(), context(), path).ok());
    QProcess process;
    process.start(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    QVERIFY(process.waitForFinished(60000));
    const QString extracted = withoutSpaces(QString::fromUtf8(process.readAllStandardOutput()));
    // Each copy starts again at page 1 and counts only its own pages.
    QCOMPARE(extracted.count(u("第1页")), 3);
    static const QRegularExpression total(QStringLiteral("第1页共(\\d+)页"));
    const QRegularExpressionMatch m = total.match(extracted);
    QVERIFY(m.hasMatch());
    const int perCopy = m.captured(1).toInt();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(pageCount(file.readAll()), 3 * perCopy);
}

void tst_MediationDocuments::idNumbersFollowTheViewersRole_data()
{
    QTest::addColumn<MediationDocumentKind>("kind");
    QTest::addColumn<bool>("collective");
    QTest::newRow("intake individual") << MediationDocumentKind::Intake << false;
    QTest::newRow("intake collective") << MediationDocumentKind::Intake << true;
    QTest::newRow("agreement") << MediationDocumentKind::Agreement << false;
    // The session record and the notices name the parties without ID numbers.
}

// One role policy (mayReadFullIdNumbers): a reviewer's document, on the page and in the PDF,
// holds no full ID number; so does a document made without saying for whom; a mediator's has them.
void tst_MediationDocuments::idNumbersFollowTheViewersRole()
{
    QFETCH(MediationDocumentKind, kind);
    QFETCH(bool, collective);
    const MediationCase c = collective ? collectiveCase() : individualCase();
    QStringList full;
    for (const CaseParty &p : std::as_const(c.parties))
        if (!p.idNumber.isEmpty())
            full << p.idNumber;
    QVERIFY(!full.isEmpty());

    DocumentContext mediator = context();
    const QString mediatorText = plainText(kind, c, mediator);
    QVERIFY2(!mediatorText.isEmpty(), "the document was not made");
    const bool mediatorSeesSome = std::any_of(full.cbegin(), full.cend(),
                                              [&](const QString &n) { return mediatorText.contains(n); });
    QVERIFY2(mediatorSeesSome, qPrintable(mediatorText.left(400)));

    DocumentContext reviewer = context();
    reviewer.viewerRole = Role::Reviewer;
    DocumentContext unsaid = context();
    unsaid.viewerRole = DocumentContext().viewerRole;
    for (const DocumentContext &ctx : {reviewer, unsaid}) {
        const QString text = plainText(kind, c, ctx);
        for (const QString &n : std::as_const(full)) {
            QVERIFY2(!text.contains(n), qPrintable(n));
            QVERIFY2(!text.contains(n.left(10)), qPrintable(n)); // not even the birth date in a row
        }
        QVERIFY2(text.contains(QStringLiteral("********")), qPrintable(text.left(400)));
    }

    // The PDF a reviewer saves, as pdftotext reads it.
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed: the PDF's text is not checked");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("reviewer.pdf"));
    QVERIFY(MediationDocuments::writePdf(kind, c, reviewer, path).ok());
    QProcess process;
    process.start(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    QVERIFY(process.waitForFinished(60000));
    const QString extracted = withoutSpaces(QString::fromUtf8(process.readAllStandardOutput()));
    QVERIFY(!extracted.isEmpty());
    for (const QString &n : std::as_const(full))
        QVERIFY2(!extracted.contains(n), qPrintable(n));
}

void tst_MediationDocuments::acceptanceNotices()
{
    const MediationCase c = individualCase();
    const QString toApplicant = pdfText(MediationDocumentKind::AcceptanceToApplicant, c);
    QVERIFY2(toApplicant.contains(u("受理通知书")), qPrintable(toApplicant.left(600)));
    QVERIFY(toApplicant.contains(u("（致申请人）")));
    QVERIFY(toApplicant.contains(withoutSpaces(c.caseNo)));
    QVERIFY(toApplicant.contains(u("张伟：你于2026年3月2日向本会提出的与北京华建建筑工程有限公司之间")));
    QVERIFY(toApplicant.contains(u("第二十三条的规定，本会决定予以受理")));
    QVERIFY(toApplicant.contains(u("本案由刘芳、陈静主持调解")));
    QVERIFY(toApplicant.contains(u("北京市朝阳区八里庄街道总工会劳动争议调解委员会")));
    QVERIFY(toApplicant.contains(u("2026年3月3日")));
    QVERIFY(toApplicant.contains(u("申请人（签收）")));

    const QString toRespondent = pdfText(MediationDocumentKind::AcceptanceToRespondent, c);
    QVERIFY(toRespondent.contains(u("（致被申请人）")));
    QVERIFY(toRespondent.contains(u("北京华建建筑工程有限公司：张伟于2026年3月2日向本会申请调解其与你单位之间")));
    QVERIFY(toRespondent.contains(u("你单位已同意调解")));
    QVERIFY(toRespondent.contains(u("被申请人（签收）")));
    QVERIFY(!toRespondent.contains(u("（致申请人）")));

    // Not before the case is accepted.
    MediationCase received = c;
    received.status = CaseStatus::Received;
    QVERIFY(!MediationDocuments::html(MediationDocumentKind::AcceptanceToApplicant, received, context()).ok());
}

void tst_MediationDocuments::rightsNotices()
{
    const MediationCase c = collectiveCase();
    const QString toApplicant = pdfText(MediationDocumentKind::RightsToApplicant, c);
    QVERIFY2(toApplicant.contains(u("劳动争议调解权利义务告知书")), qPrintable(toApplicant.left(600)));
    QVERIFY(toApplicant.contains(u("（致申请人）")));
    QVERIFY(toApplicant.contains(u("马丽娜、周强、吴海、郑小军等35名职工：")));
    QVERIFY(toApplicant.contains(u("你们与北京华建建筑工程有限公司之间的劳动争议已由本会受理")));
    QVERIFY(toApplicant.contains(u("申请其回避")));
    QVERIFY(toApplicant.contains(u("申请支付令")));
    QVERIFY(toApplicant.contains(u("申请人（签名）")));
    const QString toRespondent = pdfText(MediationDocumentKind::RightsToRespondent, c);
    QVERIFY(toRespondent.contains(u("（致被申请人）")));
    QVERIFY(toRespondent.contains(u("北京华建建筑工程有限公司：你单位与马丽娜")));
    QVERIFY(!toRespondent.contains(u("支付令")));
    QVERIFY(toRespondent.contains(u("被申请人（盖章或签名）")));
}

void tst_MediationDocuments::extensionConfirmation()
{
    MediationCase c = collectiveCase();
    c.extensionDays = 15;
    c.extensionConsent = u("双方于2026年4月15日在调解室当面同意延期十五日。");
    const QString text = pdfText(MediationDocumentKind::Extension, c);
    QVERIFY2(text.contains(u("延期调解确认书")), qPrintable(text.left(600)));
    QVERIFY(text.contains(u("本会于2026年4月1日收到调解申请")));
    QVERIFY(text.contains(u("调解期限延长15日")));
    QVERIFY(text.contains(withoutSpaces(c.extensionConsent)));
    // Both parties sign: the representatives by name, the employer with its seal; the mediator.
    QVERIFY(text.contains(u("申请人（签名）")));
    QVERIFY(text.contains(u("马丽娜＿＿＿＿＿＿")));
    QVERIFY(text.contains(u("被申请人（盖章）")));
    QVERIFY(text.contains(u("调解员（签名）")));
    c.extensionDays = 0;
    QVERIFY(!MediationDocuments::html(MediationDocumentKind::Extension, c, context()).ok());
}

void tst_MediationDocuments::suggestion()
{
    MediationCase c = individualCase();
    c.sessions[1].proposals = u("建议乙方于2026年3月31日前支付全部工资，经济补偿按20,000元支付。");
    const QString text = pdfText(MediationDocumentKind::Suggestion, c);
    QVERIFY2(text.contains(u("调解建议书")), qPrintable(text.left(600)));
    QVERIFY(text.contains(u("张伟、北京华建建筑工程有限公司：")));
    // The last session's proposals, dated that day.
    QVERIFY(text.contains(withoutSpaces(c.sessions.at(1).proposals)));
    QVERIFY(!text.contains(withoutSpaces(c.sessions.at(0).proposals)));
    QVERIFY(text.contains(u("2026年3月16日")));
    QVERIFY(text.contains(u("调解员（签名）：刘芳、陈静")));
    // No proposals in the sessions: the case's opinion.
    for (CaseSession &s : c.sessions)
        s.proposals.clear();
    c.opinion = u("建议双方以工资全额为基础和解。");
    QVERIFY(pdfText(MediationDocumentKind::Suggestion, c).contains(withoutSpaces(c.opinion)));
    c.opinion.clear();
    QVERIFY(!MediationDocuments::html(MediationDocumentKind::Suggestion, c, context()).ok());
}

void tst_MediationDocuments::nonPerformanceNotice()
{
    MediationCase c = individualCase();
    c.status = CaseStatus::Breached;
    CasePayment paid;
    paid.paidOn = QDate(2026, 3, 31);
    paid.amountFen = 500000;
    c.payments = {paid};
    CaseBreachStep urge;
    urge.kind = QStringLiteral("urge");
    urge.doneOn = QDate(2026, 4, 16);
    CaseBreachStep notice;
    notice.kind = QStringLiteral("nonperformance_notice");
    notice.doneOn = QDate(2026, 4, 20);
    notice.nextDueOn = QDate(2026, 4, 30);
    c.breachSteps = {urge, notice};
    const QString text = pdfText(MediationDocumentKind::NonPerformance, c);
    QVERIFY2(text.contains(u("不履行调解协议通知书")), qPrintable(text.left(600)));
    QVERIFY(text.contains(u("北京华建建筑工程有限公司：你单位与张伟")));
    QVERIFY(text.contains(u("双方于2026年3月16日达成调解协议")));
    QVERIFY(text.contains(u("于2026年3月31日前（含当日）支付拖欠工资（劳动报酬）人民币12,345.67元")));
    // 32,345.67 agreed, 5,000.00 paid.
    QVERIFY(text.contains(u("截至2026年4月20日，协议约定款项合计人民币32,345.67元，你单位已支付人民币5,000.00元，"
                            "尚有人民币27,345.67元（大写：贰万柒仟叁佰肆拾伍元陆角柒分）未按约定履行")));
    QVERIFY(text.contains(u("人力资源和社会保障部令第17号）第三十条")));
    QVERIFY(text.contains(u("于2026年4月30日前（含当日）按照调解协议的约定履行")));
    QVERIFY(text.contains(u("申请仲裁（同法第十五条）")));
    QVERIFY(text.contains(u("申请支付令")));
    QVERIFY(text.contains(u("抄送：申请人张伟")));

    MediationCase paidUp = c;
    paid.amountFen = c.agreedFen();
    paidUp.payments = {paid};
    QVERIFY(!MediationDocuments::html(MediationDocumentKind::NonPerformance, paidUp, context()).ok());
}

void tst_MediationDocuments::followUpRecord()
{
    MediationCase c = individualCase();
    c.status = CaseStatus::Performed;
    c.closedOn = QDate(2026, 4, 15);
    CasePayment paid;
    paid.paidOn = QDate(2026, 4, 15);
    paid.amountFen = c.agreedFen();
    c.payments = {paid};
    CaseFollowUp later;
    later.doneOn = QDate(2026, 5, 20);
    later.method = QStringLiteral("phone");
    later.contact = u("张伟");
    later.content = u("申请人表示款项已全部到账，已在新单位就业。");
    later.satisfied = true;
    later.byName = u("刘芳");
    CaseFollowUp first = later;
    first.doneOn = QDate(2026, 4, 20);
    first.content = u("申请人确认收到第一笔款项。");
    first.satisfied.reset();
    c.followUps = {later, first};
    const QString pdf = pdfText(MediationDocumentKind::FollowUp, c);
    for (const QString &fact : {u("回访记录"), u("调解成功，履行完毕"), u("第一次回访"), u("第二次回访"),
                                withoutSpaces(later.content), withoutSpaces(first.content), u("电话回访")})
        QVERIFY2(pdf.contains(fact), qPrintable(fact));
    // The order on the page's text (pdftotext reads table cells in an order of its own).
    const QString text = withoutSpaces(plainText(MediationDocumentKind::FollowUp, c));
    QVERIFY(text.contains(u("调解成功，履行完毕")));
    QVERIFY(text.contains(u("2026年4月15日")));
    QVERIFY(text.contains(u("32,345.67")));
    // In date order.
    const qsizetype one = text.indexOf(u("第一次回访"));
    const qsizetype two = text.indexOf(u("第二次回访"));
    QVERIFY(one >= 0 && two > one);
    QVERIFY(text.indexOf(withoutSpaces(first.content)) > one && text.indexOf(withoutSpaces(first.content)) < two);
    QVERIFY(text.indexOf(withoutSpaces(later.content)) > two);
    QVERIFY(text.contains(u("电话回访")));
    QCOMPARE(text.count(u("■满意")), 1);
    QVERIFY(text.contains(u("刘芳")));
    c.followUps.clear();
    QVERIFY(!MediationDocuments::html(MediationDocumentKind::FollowUp, c, context()).ok());
}

// 一案一卷: the cover and the index of what the file holds, in the order of domain.md §1.3.
void tst_MediationDocuments::fileCover()
{
    MediationCase c = individualCase();
    c.status = CaseStatus::Performed;
    c.closedOn = QDate(2026, 4, 15);
    CaseAttachment evidence;
    evidence.fileName = QStringLiteral("wages.pdf");
    c.attachments = {evidence};
    CaseService served;
    served.document = QStringLiteral("agreement");
    served.servedOn = QDate(2026, 3, 16);
    served.method = QStringLiteral("direct");
    served.recipient = u("张伟");
    c.services = {served};
    CasePayment paid;
    paid.paidOn = QDate(2026, 4, 15);
    paid.amountFen = c.agreedFen();
    c.payments = {paid};
    CaseFollowUp visit;
    visit.doneOn = QDate(2026, 5, 20);
    visit.method = QStringLiteral("phone");
    c.followUps = {visit};
    const QString pdf = pdfText(MediationDocumentKind::FileCover, c);
    for (const QString &fact : {u("劳动争议调解案卷"), withoutSpaces(c.caseNo), u("卷内目录"), u("调解成功，履行完毕"),
                                u("送达回证（调解协议书）"), u("回访记录"), u("备考表")})
        QVERIFY2(pdf.contains(fact), qPrintable(fact));
    // The cover and the index row by row (the page's text; pdftotext reads table cells in an
    // order of its own).
    const QString text = withoutSpaces(plainText(MediationDocumentKind::FileCover, c));
    QVERIFY(text.contains(withoutSpaces(c.caseNo)));
    QVERIFY(text.contains(u("申请人张伟")));
    QVERIFY(text.contains(u("被申请人北京华建建筑工程有限公司")));
    QVERIFY(text.contains(u("争议类型劳动报酬、工伤医疗费、经济补偿或赔偿金、除名、辞退、辞职、离职")));
    QVERIFY(text.contains(u("收到申请日期2026年3月2日")));
    QVERIFY(text.contains(u("受理日期2026年3月3日")));
    QVERIFY(text.contains(u("结案日期2026年4月15日")));
    QVERIFY(text.contains(u("调解结果调解成功，履行完毕")));
    QVERIFY(text.contains(u("协议金额32,345.67元")));
    QVERIFY(text.contains(u("卷内目录")));
    // The index, numbered, in the file's order, with what this case has.
    const QStringList order = {u("1劳动争议调解申请书（受理登记表）2026年3月2日"), u("2受理通知书2026年3月3日"),
                               u("3权利义务告知书"), u("4当事人身份证明"), u("5授权委托书"),
                               u("6证据材料共1份"), u("7调解笔录2026年3月5日至2026年3月16日共2次"),
                               u("8调解建议书"), u("9调解协议书2026年3月16日一式三份"),
                               u("10送达回证（调解协议书）2026年3月16日直接送达，张伟"),
                               u("11履行凭证2026年4月15日共1笔，32,345.67元"), u("12回访记录2026年5月20日电话回访"),
                               u("13备考表")};
    qsizetype at = 0;
    for (const QString &row : order) {
        const qsizetype found = text.indexOf(row, at);
        QVERIFY2(found >= at, qPrintable(row + QStringLiteral(" in ") + text.mid(at, 600)));
        at = found + row.size();
    }
    QVERIFY(!text.contains(u("终止调解通知书")));
    QVERIFY(!text.contains(u("不予受理通知书")));
    QVERIFY(!text.contains(u("14")));

    // A case not accepted: the application and the notice of non-acceptance, nothing else.
    MediationCase rejected = individualCase();
    rejected.status = CaseStatus::Rejected;
    rejected.sessions.clear();
    rejected.items = {rejected.items.first()};
    rejected.agreedOn = QDate();
    rejected.agreementTerms.clear();
    const QString short_ = withoutSpaces(plainText(MediationDocumentKind::FileCover, rejected));
    QVERIFY(short_.contains(u("2不予受理通知书2026年3月3日")));
    QVERIFY(!short_.contains(u("受理通知书2026年3月3日申请人")));
    QVERIFY(!short_.contains(u("调解笔录")));
    QVERIFY(short_.contains(u("调解结果不予受理")));
}

// The issuing body is the node's setting (audited); empty, it is made from the node's unit.
void tst_MediationDocuments::issuingBodyFromTheNodeSetting()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(QStringLiteral("node.db")), Database::OpenMode::CreateIfMissing).ok());
    ManualClock clock{QDateTime(QDate(2026, 4, 30), QTime(8, 0), Qt::UTC)};
    QVERIFY(NodeIdentity::initialize(db, QStringLiteral("110105015"), Tier::Street, u("八里庄街道工会服务站"), clock).ok());
    std::optional<NodeInfo> node = NodeIdentity::load(db);
    QVERIFY(node);
    QVERIFY(node->mediationBody.isEmpty());
    const QString made = NodeIdentity::issuingBody(*node);
    QCOMPARE(made, node->orgUnitName + u("总工会劳动争议调解委员会"));

    const QString room = u("朝阳区八里庄街道职工服务站劳动争议调解室");
    QVERIFY(NodeIdentity::setMediationBody(db, u("  ") + room + u(" "), QStringLiteral("admin1"), clock).ok());
    node = NodeIdentity::load(db);
    QCOMPARE(node->mediationBody, room);
    QCOMPARE(NodeIdentity::issuingBody(*node), room);
    const QList<AuditEntry> audit = AuditLog::forRecord(db.connection(), QStringLiteral("node"), node->nodeId);
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.first().actor, QStringLiteral("admin1"));
    QCOMPARE(audit.first().changes.value(QStringLiteral("mediation_body")).toArray().at(1).toString(), room);
    QVERIFY(AuditLog::verifyChain(db.connection()).ok);

    // Every document is headed and sealed with it.
    DocumentContext ctx = context();
    ctx.bodyName = NodeIdentity::issuingBody(*node);
    MediationCase c = individualCase();
    for (MediationDocumentKind kind : {MediationDocumentKind::Intake, MediationDocumentKind::Agreement,
                                       MediationDocumentKind::AcceptanceToApplicant, MediationDocumentKind::FileCover}) {
        const QString text = pdfText(kind, c, ctx);
        QVERIFY2(text.contains(room), qPrintable(MediationDocumentData::templateName(kind)));
        QVERIFY2(!text.contains(u("总工会劳动争议调解委员会")), qPrintable(MediationDocumentData::templateName(kind)));
    }

    // Too long is refused and changes nothing; "" goes back to the made name.
    QVERIFY(!NodeIdentity::setMediationBody(db, QString(NodeIdentity::kMaxMediationBodyLength + 1, QChar(0x4E00)),
                                            QStringLiteral("admin1"), clock).ok());
    QCOMPARE(NodeIdentity::load(db)->mediationBody, room);
    QVERIFY(NodeIdentity::setMediationBody(db, QString(), QStringLiteral("admin1"), clock).ok());
    QCOMPARE(NodeIdentity::issuingBody(*NodeIdentity::load(db)), made);
    QCOMPARE(AuditLog::forRecord(db.connection(), QStringLiteral("node"), node->nodeId).size(), 2);
}

// The templates live beside the module (app/mediation/templates) and are compiled into it.
void tst_MediationDocuments::templatesAreCompiledIn()
{
    QStringList names;
    QDirIterator it(QStringLiteral(":/templates/mediation"));
    while (it.hasNext())
        names.append(it.next().section(QLatin1Char('/'), -1));
    names.sort();
    QCOMPARE(names, QStringList({QStringLiteral("acceptance.html"), QStringLiteral("agreement.html"),
                                 QStringLiteral("cover.html"), QStringLiteral("document.css"),
                                 QStringLiteral("extension.html"), QStringLiteral("follow_up.html"),
                                 QStringLiteral("footer.txt"), QStringLiteral("intake.html"),
                                 QStringLiteral("non_acceptance.html"), QStringLiteral("nonperformance.html"),
                                 QStringLiteral("rights.html"), QStringLiteral("session.html"),
                                 QStringLiteral("suggestion.html"), QStringLiteral("termination.html")}));
    const ud::Result<QString> agreement = DocumentTemplate::load(QStringLiteral(":/templates/mediation/agreement.html"));
    QVERIFY(agreement.ok());
    QVERIFY(agreement.value().contains(QString::fromUtf8("劳动争议调解协议书")));
}

QTEST_MAIN(tst_MediationDocuments)
#include "tst_mediationdocuments.moc"
