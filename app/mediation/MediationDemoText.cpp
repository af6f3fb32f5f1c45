#include "mediation/MediationDemoText.h"

#include "core/Money.h"
#include "register/NameBank.h"

#include <QHash>

#include <algorithm>

namespace ud {

namespace {

constexpr qint64 kYuan = 100; // fen

QStringList split(const char *utf8)
{
    return QString::fromUtf8(utf8).split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

// What each claim item is called in an agreement.
QString itemWords(const QString &item)
{
    static const QHash<QString, QString> words = {
        {QStringLiteral("wage"), QStringLiteral("工资")},
        {QStringLiteral("overtime"), QStringLiteral("加班费")},
        {QStringLiteral("compensation"), QStringLiteral("经济补偿金")},
        {QStringLiteral("damages"), QStringLiteral("赔偿金")},
        {QStringLiteral("injury_medical"), QStringLiteral("工伤医疗费")},
        {QStringLiteral("social_insurance"), QStringLiteral("社会保险损失补偿")},
        {QStringLiteral("leave_pay"), QStringLiteral("未休年休假工资")},
        {QStringLiteral("double_wage"), QStringLiteral("未签劳动合同二倍工资差额")},
        {QStringLiteral("other"), QStringLiteral("押金")},
    };
    return words.value(item, QStringLiteral("款项"));
}

CaseItem claim(const QString &item, qint64 fen, const QString &description)
{
    CaseItem c;
    c.kind = QStringLiteral("claim");
    c.item = item;
    c.amountFen = fen;
    c.description = description;
    return c;
}

} // namespace

int MediationDemoText::pick(int count)
{
    return m_names.pick(count);
}

QString MediationDemoText::oneOf(const QStringList &choices)
{
    return choices.at(pick(static_cast<int>(choices.size())));
}

qint64 MediationDemoText::wageFen(bool collective)
{
    // Beijing: most monthly wages of the workers who come to a station lie between 4,500 and
    // 15,000 yuan; a group's average is lower.
    const int hundreds = collective ? 50 + pick(41) : 45 + pick(106);
    return hundreds * 100 * kYuan;
}

QString MediationDemoText::chineseDate(const QDate &d)
{
    return QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day());
}

QString MediationDemoText::chineseMonth(const QDate &d)
{
    return QStringLiteral("%1年%2月").arg(d.year()).arg(d.month());
}

QString MediationDemoText::yuan(qint64 fen)
{
    if (fen % kYuan == 0)
        return QStringLiteral("%1元").arg(fen / kYuan);
    return QStringLiteral("%1元").arg(Money::plainYuan(fen));
}

DemoDispute MediationDemoText::dispute(const QString &disputeType, const DemoDisputeFacts &f)
{
    DemoDispute d;
    d.disputeType = disputeType;
    const QString a = f.applicants.first();
    const QString e = f.employer;
    const QString post = f.post.isEmpty() ? QStringLiteral("普工") : f.post;
    const QDate r = f.received;
    const int years = 1 + pick(8);
    const QDate start = r.addMonths(-(years * 12 + pick(12))).addDays(-pick(28));
    const qint64 wage = wageFen(f.collective);
    const int variant = pick(10);

    if (f.collective && disputeType == QLatin1String("separation")) {
        const QDate closed = r.addDays(-(5 + pick(40)));
        const int avgYears = 1 + pick(5);
        const qint64 total = wage * avgYears * f.workerCount;
        d.claims << claim(QStringLiteral("compensation"), total, QStringLiteral("%1名职工，平均工作年限%2年").arg(f.workerCount).arg(avgYears));
        d.facts = QStringLiteral("申请人%1等%2名职工均为被申请人%3员工。%4，被申请人以%5为由停止经营，通知全体职工解除劳动合同，"
                                 "但未依法支付经济补偿，也未结清当月工资。职工多次集体到公司交涉未果，经全体职工推选，由%6作为代表申请调解。")
                      .arg(a).arg(f.workerCount).arg(e, chineseDate(closed),
                           oneOf(split("经营场所租赁到期|连续亏损|被上级公司撤销|业务整体迁往外省")), f.applicants.join(QStringLiteral("、")));
        d.requests = QStringLiteral("请求被申请人依法支付%1名职工解除劳动合同的经济补偿共计%2。").arg(f.workerCount).arg(yuan(total));
        d.issue = QStringLiteral("经济补偿的计算年限和支付期限");
    } else if (f.collective) {
        const int months = 1 + pick(4);
        const qint64 total = wage * months * f.workerCount;
        d.disputeType = QStringLiteral("remuneration");
        d.claims << claim(QStringLiteral("wage"), total, QStringLiteral("%1名职工%2个月工资").arg(f.workerCount).arg(months));
        d.facts = QStringLiteral("申请人%1等%2名职工均为被申请人%3的%4。自%5起，被申请人以%6为由拖欠全体职工工资%7个月，"
                                 "涉及金额约%8。职工多次集体向公司讨要未果，部分职工已生活困难。经全体职工推选，由%9作为代表申请调解。")
                      .arg(a).arg(f.workerCount).arg(e, oneOf(split("一线员工|施工人员|门店员工|生产车间员工")),
                           chineseMonth(r.addMonths(-months)), oneOf(split("工程款未到位|资金周转困难|甲方拖欠货款|公司正在重组")))
                      .arg(months).arg(yuan(total), f.applicants.join(QStringLiteral("、")));
        d.requests = QStringLiteral("请求被申请人支付%1名职工被拖欠的%2个月工资共计%3。").arg(f.workerCount).arg(months).arg(yuan(total));
        d.issue = QStringLiteral("欠薪的支付时间");
    } else if (disputeType == QLatin1String("remuneration") && variant < 6) {
        const int months = 1 + pick(5);
        const qint64 owed = qBound(3000 * kYuan, wage * months, 60000 * kYuan);
        d.claims << claim(QStringLiteral("wage"), owed, QStringLiteral("%1个月工资").arg(months));
        const QString from = chineseMonth(r.addMonths(-months - pick(2)));
        const QStringList texts = {
            QStringLiteral("申请人%1于%2入职被申请人%3，从事%4工作，双方约定月工资%5。自%6起，被申请人以资金周转困难为由拖欠申请人工资，"
                           "共计%7。申请人多次向单位负责人催要，被申请人均以各种理由推脱。"),
            QStringLiteral("申请人%1自%2起在被申请人%3处担任%4，月工资%5，每月15日发放上月工资。%6以来被申请人未按时足额支付工资，"
                           "累计欠发%7。申请人离职时被申请人承诺一个月内结清，至今未付。"),
            QStringLiteral("申请人%1系被申请人%3员工，%2入职，岗位为%4，月工资%5。被申请人自%6起停发工资，至申请调解时共欠发%7，"
                           "申请人向公司财务询问，答复为等待公司回款。"),
        };
        d.facts = texts.at(pick(3)).arg(a, chineseMonth(start), e, post, yuan(wage), from, yuan(owed));
        d.requests = QStringLiteral("请求被申请人支付拖欠的工资%1").arg(yuan(owed));
        if (pick(10) < 4) {
            const qint64 overtime = (2000 + 100 * pick(131)) * kYuan;
            d.claims << claim(QStringLiteral("overtime"), overtime, QStringLiteral("休息日加班"));
            d.facts += QStringLiteral("另，申请人每月有四个休息日被安排加班，被申请人从未支付加班费，按工资标准计算应为%1。").arg(yuan(overtime));
            d.requests += QStringLiteral("及加班费%1").arg(yuan(overtime));
        }
        d.requests += QStringLiteral("。");
        d.issue = QStringLiteral("欠薪数额和支付期限");
    } else if (disputeType == QLatin1String("remuneration") && variant < 8) {
        const QDate hurt = r.addDays(-(30 + pick(200)));
        const qint64 medical = (8000 + 100 * pick(721)) * kYuan;
        d.claims << claim(QStringLiteral("injury_medical"), medical, QStringLiteral("住院及门诊医疗费"));
        d.facts = QStringLiteral("申请人%1系被申请人%2的%3。%4申请人在工作中%5，经区人力资源和社会保障局认定为工伤。被申请人未为申请人"
                                 "缴纳工伤保险，治疗期间发生的医疗费%6至今未予报销。")
                      .arg(a, e, post, chineseDate(hurt),
                           oneOf(split("被切割机割伤左手|从脚手架上跌落致右腿骨折|搬运货物时扭伤腰部|被叉车撞伤右脚|操作冲床时压伤右手手指")),
                           yuan(medical));
        d.requests = QStringLiteral("请求被申请人支付工伤医疗费%1").arg(yuan(medical));
        if (pick(2) == 0) {
            const int months = 2 + pick(3);
            const qint64 leave = wage * months;
            d.claims << claim(QStringLiteral("wage"), leave, QStringLiteral("停工留薪期%1个月工资").arg(months));
            d.facts += QStringLiteral("申请人停工留薪%1个月，被申请人未发放停工留薪期工资。").arg(months);
            d.requests += QStringLiteral("及停工留薪期工资%1").arg(yuan(leave));
        }
        d.requests += QStringLiteral("。");
        d.issue = QStringLiteral("医疗费用的承担");
    } else if (disputeType == QLatin1String("remuneration")) {
        const qint64 comp = wage * std::min(years, 12);
        d.claims << claim(QStringLiteral("compensation"), comp, QStringLiteral("工作%1年").arg(years));
        d.facts = QStringLiteral("申请人%1于%2入职被申请人%3，%4劳动合同到期后被申请人不再续订，但未支付经济补偿。申请人在职%5年，"
                                 "离职前十二个月平均工资%6。")
                      .arg(a, chineseMonth(start), e, chineseDate(r.addDays(-(10 + pick(60)))))
                      .arg(years)
                      .arg(yuan(wage));
        d.requests = QStringLiteral("请求被申请人支付终止劳动合同的经济补偿金%1。").arg(yuan(comp));
        d.issue = QStringLiteral("经济补偿的数额");
    } else if (disputeType == QLatin1String("separation") && variant < 6) {
        const QDate dismissed = r.addDays(-(7 + pick(50)));
        const qint64 damages = 2 * wage * std::min(years, 12);
        const qint64 lastMonth = pick(2) == 0 ? wage : wage / 2 / (100 * kYuan) * (100 * kYuan);
        d.claims << claim(QStringLiteral("damages"), damages, QStringLiteral("违法解除，%1年×2").arg(years))
                 << claim(QStringLiteral("wage"), std::max(lastMonth, 1000 * kYuan), QStringLiteral("最后一个月工资"));
        d.facts = QStringLiteral("申请人%1于%2入职被申请人%3担任%4，月工资%5。%6被申请人以“%7”为由口头通知申请人次日起不用上班，"
                                 "未出具书面解除通知，也未说明制度依据。申请人认为被申请人违法解除劳动合同。")
                      .arg(a, chineseMonth(start), e, post, yuan(wage), chineseDate(dismissed),
                           oneOf(split("业务调整、岗位取消|多次迟到早退|不服从工作安排|公司准备搬迁|年度考核不合格")));
        d.requests = QStringLiteral("请求被申请人支付违法解除劳动合同赔偿金%1及拖欠的工资%2。")
                         .arg(yuan(damages), yuan(d.claims.last().amountFen));
        d.issue = QStringLiteral("解除劳动合同是否合法及赔偿数额");
    } else if (disputeType == QLatin1String("separation")) {
        const qint64 comp = wage * std::min(years, 12);
        const qint64 withheld = wage;
        d.claims << claim(QStringLiteral("compensation"), comp, QStringLiteral("被迫解除，工作%1年").arg(years))
                 << claim(QStringLiteral("wage"), withheld, QStringLiteral("扣发的最后一个月工资"));
        d.facts = QStringLiteral("申请人%1自%2起在被申请人%3工作。因被申请人%4，申请人于%5书面通知被申请人解除劳动合同。"
                                 "被申请人拒绝支付经济补偿，并以未提前三十日通知为由扣发申请人最后一个月工资%6。")
                      .arg(a, chineseMonth(start), e,
                           oneOf(split("长期未足额缴纳社会保险|连续三个月未按时支付工资|未依法支付加班费")),
                           chineseDate(r.addDays(-(5 + pick(30)))), yuan(withheld));
        d.requests = QStringLiteral("请求被申请人支付解除劳动合同经济补偿金%1及扣发的工资%2。").arg(yuan(comp), yuan(withheld));
        d.issue = QStringLiteral("经济补偿的支付");
    } else if (disputeType == QLatin1String("contract") && variant < 6) {
        const int months = 2 + pick(10);
        const qint64 twice = wage * months;
        d.claims << claim(QStringLiteral("double_wage"), twice, QStringLiteral("%1个月").arg(months));
        d.facts = QStringLiteral("申请人%1于%2入职被申请人%3从事%4工作，月工资%5。被申请人以试用期为由一直未与申请人签订书面劳动合同，"
                                 "申请人工作%6个月后于%7离职。")
                      .arg(a, chineseMonth(r.addMonths(-(months + 2))), e, post, yuan(wage))
                      .arg(months + 1)
                      .arg(chineseDate(r.addDays(-(3 + pick(20)))));
        d.requests = QStringLiteral("请求被申请人支付未签订书面劳动合同的二倍工资差额%1。").arg(yuan(twice));
        d.issue = QStringLiteral("二倍工资差额的计算期间");
    } else if (disputeType == QLatin1String("contract")) {
        const qint64 comp = wage * std::min(years, 12);
        d.claims << claim(QStringLiteral("compensation"), comp, QStringLiteral("工作%1年").arg(years));
        d.facts = QStringLiteral("申请人%1与被申请人%2签订的劳动合同于%3到期。申请人同意按原条件续订，被申请人以%4为由不同意续订，"
                                 "亦未支付经济补偿。申请人在被申请人处连续工作%5年，月平均工资%6。")
                      .arg(a, e, chineseDate(r.addDays(-(5 + pick(40)))), oneOf(split("岗位调整|人员精简|年龄偏大")))
                      .arg(years)
                      .arg(yuan(wage));
        d.requests = QStringLiteral("请求被申请人支付劳动合同终止的经济补偿金%1。").arg(yuan(comp));
        d.issue = QStringLiteral("劳动合同终止的经济补偿");
    } else if (disputeType == QLatin1String("conditions") && variant < 5) {
        const int months = 6 + pick(30);
        const qint64 loss = std::min<qint64>(months * (800 + 50 * pick(9)) * kYuan, 30000 * kYuan);
        d.claims << claim(QStringLiteral("social_insurance"), loss, QStringLiteral("%1个月未缴").arg(months));
        d.facts = QStringLiteral("申请人%1自%2起在被申请人%3工作，被申请人未为申请人缴纳社会保险，其中%4个月的养老、医疗保险均未缴纳。"
                                 "申请人要求补缴，被申请人以申请人入职时签署了自愿放弃社保声明为由拒绝。")
                      .arg(a, chineseMonth(start), e)
                      .arg(months);
        d.requests = QStringLiteral("请求被申请人依法补缴社会保险，或赔偿由此造成的损失%1。").arg(yuan(loss));
        d.issue = QStringLiteral("社会保险的补缴和损失赔偿");
    } else if (disputeType == QLatin1String("conditions") && variant < 8) {
        const qint64 overtime = (3000 + 100 * pick(221)) * kYuan;
        d.claims << claim(QStringLiteral("overtime"), overtime, QStringLiteral("按考勤记录计算"));
        d.facts = QStringLiteral("申请人%1在被申请人%2担任%3，每天工作十一个小时，每月仅休息二至四天，被申请人从未支付加班费。"
                                 "申请人按照考勤记录计算，%4至%5期间应得加班费%6。")
                      .arg(a, e, post, chineseMonth(r.addMonths(-(6 + pick(12)))), chineseMonth(r.addMonths(-1)), yuan(overtime));
        d.requests = QStringLiteral("请求被申请人支付加班费%1。").arg(yuan(overtime));
        d.issue = QStringLiteral("加班时间的认定");
    } else if (disputeType == QLatin1String("conditions")) {
        // 5 days after one year of work, 10 after ten years, 15 after twenty.
        const int worked = 1 + pick(28);
        const int days = worked < 10 ? 5 : worked < 20 ? 10 : 15;
        // Twice the daily wage (monthly wage ÷ 21.75) for every day not taken, in whole yuan.
        const qint64 daily = wage * 100 / 2175;
        const qint64 pay = daily * 2 * days / kYuan * kYuan;
        d.claims << claim(QStringLiteral("leave_pay"), std::max(pay, 1000 * kYuan), QStringLiteral("%1天").arg(days));
        d.facts = QStringLiteral("申请人%1累计工作已满%2年，%3年度应休年休假%4天。被申请人%5以工作繁忙为由未安排申请人休假，"
                                 "也未支付未休年休假工资报酬。")
                      .arg(a)
                      .arg(worked)
                      .arg(r.year() - 1)
                      .arg(days)
                      .arg(e);
        d.requests = QStringLiteral("请求被申请人支付%1年度未休年休假工资%2。").arg(r.year() - 1).arg(yuan(d.claims.last().amountFen));
        d.issue = QStringLiteral("未休年休假天数的认定");
    } else if (disputeType == QLatin1String("relationship")) {
        const int months = 1 + pick(3);
        const qint64 owed = wage * months;
        d.claims << claim(QStringLiteral("wage"), owed, QStringLiteral("%1个月报酬").arg(months));
        d.facts = QStringLiteral("申请人%1自%2起按照被申请人%3的安排从事%4工作，接受被申请人的考勤管理，报酬由被申请人按月支付。"
                                 "%5双方发生争议后，被申请人停止给申请人派活，并否认与申请人存在劳动关系，拒付最后%6个月的报酬%7。")
                      .arg(a, chineseMonth(r.addMonths(-(8 + pick(20)))), e, post, chineseDate(r.addDays(-(10 + pick(30)))))
                      .arg(months)
                      .arg(yuan(owed));
        d.requests = QStringLiteral("请求确认申请人与被申请人之间存在劳动关系，并支付拖欠的劳动报酬%1。").arg(yuan(owed));
        d.issue = QStringLiteral("双方是否存在劳动关系");
    } else {
        const qint64 deposit = (500 + 100 * pick(46)) * kYuan;
        d.disputeType = QStringLiteral("other");
        d.claims << claim(QStringLiteral("other"), deposit, QStringLiteral("工作服押金及保证金"));
        d.facts = QStringLiteral("申请人%1入职被申请人%2时，被申请人收取工作服押金及保证金共%3，并扣留申请人的%4原件。"
                                 "申请人于%5离职后，被申请人拒不退还押金和证件。")
                      .arg(a, e, yuan(deposit), oneOf(split("电工操作证|厨师证|健康证|叉车操作证")),
                           chineseDate(r.addDays(-(5 + pick(30)))));
        d.requests = QStringLiteral("请求被申请人退还押金%1及扣留的证件原件。").arg(yuan(deposit));
        d.issue = QStringLiteral("押金的退还");
    }
    const auto largest = std::max_element(d.claims.cbegin(), d.claims.cend(),
                                          [](const CaseItem &x, const CaseItem &y) { return x.amountFen < y.amountFen; });
    d.mainItem = largest->item;
    return d;
}

CaseSession MediationDemoText::session(const DemoDispute &dispute, const DemoDisputeFacts &f, const QString &mediators,
                                       const QString &employerAgent, int index, int count, bool settled)
{
    CaseSession s;
    const bool last = index == count - 1;
    s.mediators = mediators;
    const QString respondent = employerAgent.isEmpty() ? QStringLiteral("被申请人负责人") : QStringLiteral("被申请人委托代理人%1").arg(employerAgent);
    s.attendees = QStringLiteral("申请人%1；%2；调解员%3").arg(f.collective ? f.applicants.join(QStringLiteral("、")) : f.applicants.first(),
                                                          respondent, mediators);
    s.statements = QStringLiteral("申请人陈述：%1。%2陈述：%3。")
                       .arg(index == 0 ? QStringLiteral("坚持%1").arg(dispute.requests.chopped(1))
                                       : oneOf(split("同意在金额上作适当让步，但要求尽快支付|要求被申请人给出明确的支付时间|表示如协商不成将申请劳动仲裁")),
                            respondent,
                            oneOf(split("公司近期资金紧张，承认欠款但希望分期支付|对申请人主张的金额有异议，认为其中部分款项已以现金方式支付|"
                                        "认为公司的处理有制度依据，不同意全额支付|同意协商解决，但认为申请人主张的计算基数过高|"
                                        "表示愿意配合调解，具体金额需向公司负责人请示")));
    if (last && settled) {
        s.proposals = QStringLiteral("调解员释明相关法律规定，建议被申请人在约定期限内支付，申请人放弃其他请求。");
        s.progress = QStringLiteral("双方达成一致意见，同意签订调解协议。");
        s.nextStep = QStringLiteral("起草调解协议书，双方签字后加盖调解组织印章，各执一份。");
    } else if (last) {
        s.proposals = QStringLiteral("调解员分别与双方单独沟通，就%1提出折中方案。").arg(dispute.issue);
        s.progress = QStringLiteral("双方分歧较大，未能达成一致。");
        s.nextStep = QStringLiteral("制作调解意见书，告知申请人依法申请仲裁的权利。");
    } else {
        s.proposals = QStringLiteral("调解员建议双方核对考勤和工资发放记录，各让一步。");
        s.progress = QStringLiteral("双方立场有所接近，同意继续协商。");
        s.nextStep = QStringLiteral("约定三日内再次调解，被申请人提供工资发放记录。");
    }
    return s;
}

QString MediationDemoText::agreementTerms(const QList<CaseItem> &agreed, const DemoDisputeFacts &f)
{
    qint64 total = 0;
    QStringList words;
    QList<QDate> dues;
    for (const CaseItem &i : agreed) {
        total += i.amountFen;
        if (!words.contains(itemWords(i.item)))
            words << itemWords(i.item);
        if (!dues.contains(i.dueOn))
            dues << i.dueOn;
    }
    const QString to = f.collective ? QStringLiteral("%1等%2名职工").arg(f.applicants.first()).arg(f.workerCount) : QStringLiteral("申请人");
    QString text;
    if (dues.size() <= 1) {
        text = QStringLiteral("一、被申请人于%1前一次性向%2支付%3共计人民币%4元；")
                   .arg(dues.isEmpty() ? QString() : chineseDate(dues.first()), to, words.join(QStringLiteral("、")),
                        Money::formatYuan(total));
    } else {
        text = QStringLiteral("一、被申请人分%1期向%2支付%3共计人民币%4元：").arg(agreed.size()).arg(to, words.join(QStringLiteral("、")),
                                                                                     Money::formatYuan(total));
        for (int i = 0; i < agreed.size(); ++i)
            text += QStringLiteral("第%1期%2元于%3前支付%4").arg(i + 1).arg(Money::formatYuan(agreed.at(i).amountFen),
                                                                       chineseDate(agreed.at(i).dueOn),
                                                                       i + 1 < agreed.size() ? QStringLiteral("，") : QStringLiteral("；"));
    }
    text += QStringLiteral("\n二、款项以银行转账方式支付至申请人本人账户；\n三、申请人收到上述款项后，双方因本争议再无其他纠纷。");
    return text;
}

QString MediationDemoText::waivedClaims()
{
    return oneOf(split("申请人放弃其余请求|申请人放弃加班费及其他请求|申请人放弃利息及其他请求"));
}

QString MediationDemoText::taxBorneBy(const QString &mainItem)
{
    if (mainItem == QLatin1String("wage") || mainItem == QLatin1String("compensation") || mainItem == QLatin1String("damages"))
        return QStringLiteral("个人所得税由被申请人依法代扣代缴");
    return {};
}

QString MediationDemoText::rejectionReason(bool respondentRefused)
{
    if (respondentRefused)
        return QStringLiteral("被申请人明确表示不同意调解，不予受理。已告知申请人可依法申请劳动争议仲裁。");
    return oneOf(split("同一争议已由劳动人事争议仲裁委员会立案受理，不再受理调解申请|申请人已就同一争议向人民法院提起诉讼|"
                       "申请人经告知后仍未能提供与被申请人存在用工关系的基本材料"));
}

QString MediationDemoText::failureOpinion(const QString &closeReason, const DemoDispute &dispute, const QDate &on)
{
    if (closeReason == QLatin1String("refusal"))
        return QStringLiteral("被申请人于%1明确表示拒绝调解，调解终止。申请人可依法向劳动人事争议仲裁委员会申请仲裁。").arg(chineseDate(on));
    if (closeReason == QLatin1String("withdrawal"))
        return QStringLiteral("申请人于%1以%2为由撤回调解申请。").arg(chineseDate(on), oneOf(split("双方已自行和解|准备直接申请劳动仲裁|已与被申请人协商一致")));
    if (closeReason == QLatin1String("window_expired"))
        return QStringLiteral("自收到调解申请之日起十五日内未能达成调解协议，调解终止。申请人可依法向劳动人事争议仲裁委员会申请仲裁。");
    return QStringLiteral("经调解，双方就%1分歧较大，未能达成调解协议。申请人可自收到本意见书之日起依法向劳动人事争议仲裁委员会申请仲裁。")
        .arg(dispute.issue);
}

QString MediationDemoText::breachReason(qint64 outstandingFen)
{
    return QStringLiteral("被申请人未按调解协议约定期限支付款项，尚欠%1，经调解员多次督促仍未履行。已告知申请人可持调解协议书依法向人民法院"
                          "申请支付令或申请仲裁。")
        .arg(yuan(outstandingFen));
}

QString MediationDemoText::extensionConsent(const QDate &on, int days)
{
    return QStringLiteral("%1申请人与被申请人均书面同意延长调解期限%2日（延期调解确认书附卷）").arg(chineseDate(on)).arg(days);
}

QString MediationDemoText::followUpNote()
{
    return oneOf(split("电话回访申请人，确认款项已全部到账，对调解结果满意|回访时申请人表示已重新就业，对调解工作表示感谢|"
                       "电话回访，申请人确认被申请人已按协议履行完毕"));
}

QString MediationDemoText::paymentMethod()
{
    const int p = pick(20);
    return p < 14 ? QStringLiteral("银行转账") : p < 17 ? QStringLiteral("微信转账") : QStringLiteral("现金");
}

QString MediationDemoText::agentRelation(bool employerSide)
{
    return employerSide ? oneOf(split("人事经理|法务专员|委托律师|行政主管"))
                        : oneOf(split("委托律师（法律援助）|近亲属（配偶）|工会法律服务志愿者|近亲属（子女）"));
}

} // namespace ud
