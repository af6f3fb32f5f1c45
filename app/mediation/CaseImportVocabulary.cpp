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
    // Art. 2's types in a register's and the yearbook's words. 工伤 in a register is a claim to
    // work-injury insurance benefits (工伤保险待遇, social insurance); 工伤医疗费 is art. 2(5)'s.
    words("dispute_type", "remuneration",
          "劳动报酬|工资|拖欠工资|欠薪|讨薪|工资报酬|拖欠劳动报酬|加班费|加班工资|奖金|提成|绩效工资|最低工资|经济补偿|经济补偿金|"
          "赔偿金|经济补偿或赔偿金|工伤医疗费");
    words("dispute_type", "relationship", "劳动关系|确认劳动关系|事实劳动关系");
    words("dispute_type", "contract",
          "劳动合同|订立劳动合同|履行劳动合同|变更劳动合同|解除劳动合同|终止劳动合同|解除或终止劳动合同|违法解除劳动合同|"
          "违法解除|未签劳动合同|未签订劳动合同|二倍工资|双倍工资");
    words("dispute_type", "separation", "辞退|除名|辞职|离职|开除");
    words("dispute_type", "conditions",
          "社会保险|社保|工伤|工伤待遇|工伤保险|工伤保险待遇|养老保险|医疗保险|失业保险|生育保险|工作时间|休息休假|工时|"
          "休假|年休假|带薪年休假|福利|培训|劳动保护|职业病");
    words("dispute_type", "other", "其他|其它|其他劳动争议|其它劳动争议");
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

QStringList CaseImportVocabulary::disputeTypes(const QString &value) const
{
    const QString list = QStringLiteral("dispute_type");
    // A word as it is, or without a trailing 争议/纠纷 and a leading 追索 (追索劳动报酬纠纷).
    const auto lookup = [this, &list](QString word) {
        QString found = code(list, word);
        if (!found.isEmpty())
            return found;
        for (const QString &suffix : {QStringLiteral("争议"), QStringLiteral("纠纷")})
            if (word.endsWith(suffix) && word.size() > suffix.size())
                word.chop(suffix.size());
        if (word.startsWith(QStringLiteral("追索")) && word.size() > 2)
            word.remove(0, 2);
        return code(list, word);
    };
    QString unified = value.trimmed();
    // Separators of a list of types: ·・，,；;/／ and line breaks, as 、.
    for (const char16_t c : {u'\u00B7', u'\u30FB', u'\uFF0C', u',', u'\uFF1B', u';', u'/', u'\uFF0F', u'\n'})
        unified.replace(QChar(c), QChar(0x3001));
    if (const QString whole = lookup(unified); !whole.isEmpty())
        return {whole};
    QStringList out;
    for (const QString &part : unified.split(QChar(0x3001), Qt::SkipEmptyParts)) {
        const QString found = lookup(part.trimmed());
        if (found.isEmpty())
            return {};
        if (!out.contains(found))
            out << found;
    }
    return out;
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
