#include "mediation/CaseImportVocabulary.h"

#include "mediation/MediationStateMachine.h"
#include "exchange/ImportCells.h"
#include "storage/CodeListRepository.h"

#include <QList>
#include <QPair>

namespace ud {

namespace {

QStringList splitWords(const char *list)
{
    return QString::fromUtf8(list).split(QLatin1Char('|'));
}

} // namespace

CaseImportVocabulary::CaseImportVocabulary(Database &db)
{
    const CodeListRepository codeLists(db);
    for (const char *listName : {"case_close_reason", "case_source", "dispute_type"}) {
        const QString list = QString::fromLatin1(listName);
        for (const CodeItem &item : codeLists.items(list)) {
            QString zh = item.nameZh;
            m_shown[list] << zh;
            add(list, item.code, {item.code, zh, item.nameEn});
            zh = zh.section(QChar(0xFF08), 0, 0); // without "（当场记录）"
            add(list, item.code, zh.split(QChar(0x3001))); // each part of "除名、辞退、辞职、离职"
        }
    }
    const auto words = [this](const char *list, const char *code, const char *synonyms) {
        add(QLatin1String(list), QLatin1String(code), splitWords(synonyms));
    };
    words("dispute_type", "remuneration", "劳动报酬|工资|拖欠工资|欠薪|加班费|经济补偿|经济补偿金|赔偿金|工伤医疗费");
    words("dispute_type", "relationship", "劳动关系|确认劳动关系");
    words("dispute_type", "contract", "劳动合同|订立劳动合同|履行劳动合同|变更劳动合同|解除劳动合同|终止劳动合同|二倍工资");
    words("dispute_type", "separation", "辞退|除名|辞职|离职|开除");
    words("dispute_type", "conditions", "社会保险|社保|工作时间|休息休假|年休假|福利|培训|劳动保护");
    words("dispute_type", "other", "其他|其它");
    words("case_source", "written_application", "书面|书面申请|来信");
    words("case_source", "oral_application", "口头|口头申请|来访|当场");
    words("case_source", "hotline_12351", "12351|12351热线|热线|服务热线|职工服务热线|电话");
    words("case_source", "own_initiative", "主动介入|工会主动介入|主动|排查");
    words("case_source", "arbitration_referral", "仲裁|仲裁委|仲裁转来|仲裁委转来|仲裁委委托|裁调对接|仲裁委托");
    words("case_source", "court_referral", "法院|法院委派|法院委托|法院转来|诉调对接");
    words("case_close_reason", "no_agreement", "调解不成|未达成协议|调解未成|不成");
    words("case_close_reason", "refusal", "拒绝调解|一方拒绝|拒绝|不同意调解|拒绝调解的");
    words("case_close_reason", "withdrawal", "撤回|撤回申请|申请人撤回|撤诉|撤案");
    words("case_close_reason", "window_expired", "逾期|超过期限|期满|超期|逾期未达成协议|十五日内未达成协议");
    const QList<QPair<CaseStatus, const char *>> statusWords = {
        {CaseStatus::Received, "已收到|收到申请|待受理|已登记|登记"},
        {CaseStatus::Accepted, "已受理|受理|待调解"},
        {CaseStatus::Rejected, "不予受理|未受理"},
        {CaseStatus::InMediation, "调解中|正在调解|在办"},
        {CaseStatus::Agreed, "调解成功|达成协议|已达成协议|已调解|协议已生效"},
        {CaseStatus::Failed, "调解不成|调解失败|终止调解|调解终止|未达成协议"},
        {CaseStatus::ArbitrationReview, "仲裁审查确认|仲裁审查|申请仲裁审查|裁调对接"},
        {CaseStatus::JudicialConfirmation, "司法确认|申请司法确认|诉调对接"},
        {CaseStatus::Performing, "履行中|正在履行|部分履行"},
        {CaseStatus::Performed, "已履行|履行完毕|已履行完毕|已支付"},
        {CaseStatus::Breached, "未履行|不履行|拒不履行|逾期未履行|违约"},
    };
    for (const auto &[status, synonyms] : statusWords) {
        const QString key = MediationStateMachine::statusKey(status);
        QStringList all = splitWords(synonyms);
        all << key << MediationStateMachine::statusName(status);
        add(QStringLiteral("status"), key, all);
        m_shown[QStringLiteral("status")] << splitWords(synonyms).first();
    }
}

QString CaseImportVocabulary::code(const QString &list, const QString &value) const
{
    return m_codes.value(list).value(ImportCells::normalKey(value));
}

QString CaseImportVocabulary::shown(const QString &list) const
{
    return m_shown.value(list).join(QStringLiteral("；"));
}

void CaseImportVocabulary::add(const QString &list, const QString &code, const QStringList &words)
{
    for (const QString &w : words)
        if (const QString key = ImportCells::normalKey(w); !key.isEmpty() && !m_codes[list].contains(key))
            m_codes[list].insert(key, code);
}

} // namespace ud
