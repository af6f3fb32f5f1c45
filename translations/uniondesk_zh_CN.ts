<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccessLog</name>
    <message>
        <source>The access log cannot be written: its head record is missing.</source>
        <translation>无法写入访问日志：其末条标记已丢失。</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>A user name has 2 to 32 letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>用户名须为 2 至 32 个字符，只能包含字母、数字、&apos;.&apos;、&apos;-&apos; 或 &apos;_&apos;。</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>Union chair</source>
        <translation>工会主席</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Too many failed logins: this account is locked until %1. Try again then, or ask an administrator to reset the password.</source>
        <translation>登录失败次数过多，该账号已锁定至 %1。请届时再试，或请管理员重置密码。</translation>
    </message>
    <message>
        <source>The organisation unit %1 is not in the organisation tree.</source>
        <translation>组织机构 %1 不在组织机构树中。</translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator to enable it.</source>
        <translation>该账号已停用，请联系管理员启用。</translation>
    </message>
    <message>
        <source>The login could not be recorded: %1</source>
        <translation>无法记录本次登录：%1</translation>
    </message>
    <message>
        <source>This user account does not exist.</source>
        <translation>该用户账号不存在。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the last enabled administrator; make another user an administrator first, so that someone can still manage the accounts.</source>
        <translation>“%1”是最后一个启用中的管理员；请先将其他用户设为管理员，以确保仍有人能管理账号。</translation>
    </message>
</context>
<context>
    <name>BundleExchange</name>
    <message>
        <source>This database has no node identity yet; set the node up first.</source>
        <translation>此数据库尚未设置节点身份；请先设置节点。</translation>
    </message>
    <message>
        <source>This is a bundle of changes, not a hub&apos;s acknowledgement; it goes to the hub.</source>
        <translation>这是更改数据包，不是枢纽的回执；应交给枢纽导入。</translation>
    </message>
    <message>
        <source>This computer does not know its hub&apos;s key yet; enroll it with the hub first.</source>
        <translation>本机尚不知道其枢纽的密钥；请先向枢纽申请接入。</translation>
    </message>
    <message>
        <source>The acknowledgement is not signed by this computer&apos;s hub: it was changed, or it comes from another hub.</source>
        <translation>该回执不是由本机所属枢纽签名的：它已被改动，或来自其他枢纽。</translation>
    </message>
    <message>
        <source>The acknowledgement is for another computer (node %1).</source>
        <translation>该回执属于另一台电脑（节点 %1）。</translation>
    </message>
    <message>
        <source>The acknowledgement is for batch %1, which is not waiting here: it was taken in already, or the bundle is older than the last one.</source>
        <translation>该回执对应批次 %1，但本机并无此待确认批次：该回执已导入过，或该数据包早于上一个数据包。</translation>
    </message>
    <message>
        <source>This is an acknowledgement, not a bundle of changes; it goes back to the station.</source>
        <translation>这是回执，不是更改数据包；应带回服务站导入。</translation>
    </message>
    <message>
        <source>The bundle comes from node %1, which is not enrolled at this hub.</source>
        <translation>该数据包来自节点 %1，该节点未接入本枢纽。</translation>
    </message>
    <message>
        <source>The bundle is not signed by node %1&apos;s key: it was changed, or it comes from another computer than it says.</source>
        <translation>该数据包未经节点 %1 的密钥签名：它已被改动，或并非来自其所声称的电脑。</translation>
    </message>
    <message>
        <source>Node %1 is not approved at this hub (%2).</source>
        <translation>节点 %1 未获本枢纽批准（%2）。</translation>
    </message>
    <message>
        <source>This bundle was imported already on %1; nothing was applied twice. Its acknowledgement was written again to %2.</source>
        <translation>该数据包已于 %1 导入过；未重复应用任何更改。其回执已重新写入 %2。</translation>
    </message>
</context>
<context>
    <name>CalendarRepository</name>
    <message>
        <source>The holiday calendar could not be read: %1</source>
        <translation>无法读取节假日日历：%1</translation>
    </message>
    <message>
        <source>Enter a valid date.</source>
        <translation>请输入有效日期。</translation>
    </message>
    <message>
        <source>%1 is a weekday, which is a working day anyway. Adjusted working days are Saturdays or Sundays worked instead of a holiday.</source>
        <translation>%1 是周一至周五，本来就是工作日。调休上班日是因节假日调休而上班的周六或周日。</translation>
    </message>
    <message>
        <source>Enter the name of the holiday (for an adjusted working day, which holiday it belongs to).</source>
        <translation>请输入节日名称（调休上班日请写明对应的节日）。</translation>
    </message>
    <message>
        <source>Give a reason for the change, for example the State Council notice the dates come from; it is recorded in the change history.</source>
        <translation>请填写修改理由，例如日期所依据的国务院办公厅通知；理由将记入修改记录。</translation>
    </message>
    <message>
        <source>%1 already has an entry (%2); change or remove that one instead.</source>
        <translation>%1 已有记录（%2），请修改或删除该记录。</translation>
    </message>
</context>
<context>
    <name>CaseCommand</name>
    <message>
        <source>The option %1 is required.</source>
        <translation>必须提供选项 %1。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date (yyyy-mm-dd).</source>
        <translation>%1“%2”不是日期（yyyy-mm-dd）。</translation>
    </message>
    <message>
        <source>case needs what to record (referral, referral-outcome, follow-up, service, breach-step, review-outcome) and a case number.</source>
        <translation>case 命令需要指定登记内容（referral、referral-outcome、follow-up、service、breach-step、review-outcome）和案号。</translation>
    </message>
    <message>
        <source>case cannot record &quot;%1&quot;; it records a referral, referral-outcome, follow-up, service, breach-step or review-outcome.</source>
        <translation>case 命令不能登记“%1”；可登记 referral、referral-outcome、follow-up、service、breach-step 或 review-outcome。</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>没有案号为 %1 的案件。</translation>
    </message>
    <message>
        <source>The case %1 could not be read.</source>
        <translation>无法读取案件 %1。</translation>
    </message>
    <message>
        <source>Recorded on case %1 (record %2).</source>
        <translation>已在案件 %1 中登记（记录 %2）。</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>未知选项 %1。</translation>
    </message>
    <message>
        <source>Unexpected &quot;%1&quot;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>The case has no referral waiting for its outcome.</source>
        <translation>本案没有等待结果的转介。</translation>
    </message>
    <message>
        <source>The case has no referral of kind %1 waiting for its outcome.</source>
        <translation>本案没有类型为 %1、等待结果的转介。</translation>
    </message>
    <message>
        <source>--satisfied is yes or no.</source>
        <translation>--satisfied 的值为 yes 或 no。</translation>
    </message>
</context>
<context>
    <name>CaseCorrections</name>
    <message>
        <source>Enter the date of the payment.</source>
        <translation>请填写支付日期。</translation>
    </message>
    <message>
        <source>The payment date (%1) is in the future; it must not be after today (%2).</source>
        <translation>支付日期（%1）在将来，不得晚于今天（%2）。</translation>
    </message>
    <message>
        <source>The payment date (%1) must not precede the day the agreement took effect (%2).</source>
        <translation>支付日期（%1）不得早于调解协议生效之日（%2）。</translation>
    </message>
    <message>
        <source>This case is closed as &quot;%1&quot; and stays so: afterwards %2 yuan of the agreed %3 yuan is recorded as unpaid. Its status does not change; decide what follows (record the right payment, or note the matter on the case).</source>
        <translation>本案已以“%1”结案，状态保持不变：此后协议金额 %3 元中将有 %2 元记为未履行。案件状态不会改变，请决定后续处理（登记正确的支付，或在案件中注明情况）。</translation>
    </message>
    <message>
        <source>The case no longer exists.</source>
        <translation>该案件已不存在。</translation>
    </message>
    <message>
        <source>Give the reason for correcting the payment.</source>
        <translation>请填写更正该笔支付的原因。</translation>
    </message>
    <message>
        <source>A payment must be more than zero.</source>
        <translation>支付金额必须大于零。</translation>
    </message>
    <message>
        <source>The payment is no longer on the case.</source>
        <translation>该笔支付已不在本案中。</translation>
    </message>
    <message>
        <source>The payment was voided on %1; a voided payment is not corrected.</source>
        <translation>该笔支付已于 %1 作废，作废的支付不能更正。</translation>
    </message>
    <message>
        <source>Payments are recorded under an agreement; this case has none yet.</source>
        <translation>支付须在调解协议下登记；本案尚无调解协议。</translation>
    </message>
    <message>
        <source>A payment made at signing is dated the day the agreement took effect (%1).</source>
        <translation>签订时当场支付的款项，日期为调解协议生效之日（%1）。</translation>
    </message>
    <message>
        <source>This payment would bring the total paid to %1 yuan, above the agreed %2 yuan.</source>
        <translation>登记此笔支付后，累计支付金额将达 %1 元，超过协议金额 %2 元。</translation>
    </message>
    <message>
        <source>The payment is as it was; change what was entered wrongly.</source>
        <translation>支付内容未作改动，请修改录错的内容。</translation>
    </message>
    <message>
        <source>Payment corrected: %1</source>
        <translation>更正支付：%1</translation>
    </message>
    <message>
        <source>Give the reason for voiding the payment.</source>
        <translation>请填写作废该笔支付的原因。</translation>
    </message>
    <message>
        <source>The payment was already voided on %1.</source>
        <translation>该笔支付已于 %1 作废。</translation>
    </message>
    <message>
        <source>Payment voided: %1</source>
        <translation>作废支付：%1</translation>
    </message>
    <message>
        <source>Give the reason for voiding the session record.</source>
        <translation>请填写作废该调解笔录的原因。</translation>
    </message>
    <message>
        <source>The session record is no longer on the case.</source>
        <translation>该调解笔录已不在本案中。</translation>
    </message>
    <message>
        <source>The session record was already voided on %1.</source>
        <translation>该调解笔录已于 %1 作废。</translation>
    </message>
    <message>
        <source>Session record voided: %1</source>
        <translation>作废调解笔录：%1</translation>
    </message>
</context>
<context>
    <name>CaseFollowOnCommands</name>
    <message>
        <source>Record review outcome</source>
        <translation>登记审查确认结果</translation>
    </message>
    <message>
        <source>Add service record</source>
        <translation>添加送达记录</translation>
    </message>
    <message>
        <source>Edit service record</source>
        <translation>修改送达记录</translation>
    </message>
    <message>
        <source>Add follow-up</source>
        <translation>添加回访记录</translation>
    </message>
    <message>
        <source>Edit follow-up</source>
        <translation>修改回访记录</translation>
    </message>
    <message>
        <source>Add step after breach</source>
        <translation>添加未履行调解协议后的措施</translation>
    </message>
    <message>
        <source>Edit step after breach</source>
        <translation>修改未履行调解协议后的措施</translation>
    </message>
    <message>
        <source>Add referral</source>
        <translation>添加转介</translation>
    </message>
    <message>
        <source>Edit referral</source>
        <translation>修改转介</translation>
    </message>
    <message>
        <source>Add supplementary agreement</source>
        <translation>添加补充协议</translation>
    </message>
    <message>
        <source>Edit supplementary agreement</source>
        <translation>修改补充协议</translation>
    </message>
    <message>
        <source>Remove record from case</source>
        <translation>从案件中删除记录</translation>
    </message>
</context>
<context>
    <name>CaseFollowOnService</name>
    <message>
        <source>The agreement has taken effect and can no longer be edited; changes go through a supplementary agreement.</source>
        <translation>调解协议已生效，不能再修改；如需变更，请签订补充协议。</translation>
    </message>
    <message>
        <source>The case no longer exists.</source>
        <translation>该案件已不存在。</translation>
    </message>
    <message>
        <source>Review outcome cleared</source>
        <translation>已清除审查确认结果</translation>
    </message>
    <message>
        <source>No arbitration review or judicial confirmation was applied for on this case.</source>
        <translation>本案未申请仲裁审查或司法确认。</translation>
    </message>
    <message>
        <source>An arbitration review ends in a mediation statement (仲裁调解书) or a decision not to confirm (不予确认).</source>
        <translation>仲裁审查的结果为出具仲裁调解书或不予确认。</translation>
    </message>
    <message>
        <source>A judicial confirmation ends in a ruling that the agreement is valid (确认有效) or that the application is dismissed (驳回).</source>
        <translation>司法确认的结果为裁定调解协议确认有效或驳回申请。</translation>
    </message>
    <message>
        <source>Enter the date of the decision.</source>
        <translation>请填写作出决定的日期。</translation>
    </message>
    <message>
        <source>The decision date (%1) is in the future.</source>
        <translation>决定日期（%1）晚于今天。</translation>
    </message>
    <message>
        <source>The decision date (%1) is before the review was applied for (%2).</source>
        <translation>决定日期（%1）早于申请审查确认的日期（%2）。</translation>
    </message>
    <message>
        <source>Review outcome recorded</source>
        <translation>已登记审查确认结果</translation>
    </message>
    <message>
        <source>Choose the document that was served.</source>
        <translation>请选择所送达的文书。</translation>
    </message>
    <message>
        <source>Choose how the document was served.</source>
        <translation>请选择送达方式。</translation>
    </message>
    <message>
        <source>Choose whom the document was served on: worker, employer or other.</source>
        <translation>请选择受送达人：职工、用人单位或其他。</translation>
    </message>
    <message>
        <source>Enter who received the document.</source>
        <translation>请填写签收人。</translation>
    </message>
    <message>
        <source>Enter the date of service.</source>
        <translation>请填写送达日期。</translation>
    </message>
    <message>
        <source>The date of service (%1) is in the future.</source>
        <translation>送达日期（%1）晚于今天。</translation>
    </message>
    <message>
        <source>The date of service (%1) is before the application was received (%2).</source>
        <translation>送达日期（%1）早于收到申请日期（%2）。</translation>
    </message>
    <message>
        <source>Service of a document recorded</source>
        <translation>已登记文书送达</translation>
    </message>
    <message>
        <source>Service of a document changed</source>
        <translation>已修改文书送达</translation>
    </message>
    <message>
        <source>Enter the date of the follow-up.</source>
        <translation>请填写回访日期。</translation>
    </message>
    <message>
        <source>The follow-up date (%1) is in the future.</source>
        <translation>回访日期（%1）晚于今天。</translation>
    </message>
    <message>
        <source>Choose how the follow-up was made.</source>
        <translation>请选择回访方式。</translation>
    </message>
    <message>
        <source>Describe what the follow-up found.</source>
        <translation>请填写回访情况。</translation>
    </message>
    <message>
        <source>A follow-up is recorded once the case is closed.</source>
        <translation>结案后方可登记回访。</translation>
    </message>
    <message>
        <source>The follow-up date (%1) is before the case was closed (%2).</source>
        <translation>回访日期（%1）早于结案日期（%2）。</translation>
    </message>
    <message>
        <source>Follow-up recorded</source>
        <translation>已登记回访</translation>
    </message>
    <message>
        <source>Follow-up changed</source>
        <translation>已修改回访记录</translation>
    </message>
    <message>
        <source>Choose the kind of step: urging performance, notice of non-performance or payment order.</source>
        <translation>请选择措施类型：督促履行、不履行调解协议通知书或支付令。</translation>
    </message>
    <message>
        <source>Enter the date of the step.</source>
        <translation>请填写措施日期。</translation>
    </message>
    <message>
        <source>The date of the step (%1) is in the future.</source>
        <translation>措施日期（%1）晚于今天。</translation>
    </message>
    <message>
        <source>The outcome&apos;s date (%1) is before the step (%2).</source>
        <translation>结果日期（%1）早于措施日期（%2）。</translation>
    </message>
    <message>
        <source>The outcome&apos;s date (%1) is in the future.</source>
        <translation>结果日期（%1）晚于今天。</translation>
    </message>
    <message>
        <source>Describe the outcome dated %1.</source>
        <translation>请说明 %1 的结果。</translation>
    </message>
    <message>
        <source>Enter the court the payment order was applied to.</source>
        <translation>请填写受理支付令申请的人民法院。</translation>
    </message>
    <message>
        <source>Steps after a breach follow an agreement; this case has none.</source>
        <translation>未履行调解协议后的措施以调解协议为前提；本案没有调解协议。</translation>
    </message>
    <message>
        <source>The date of the step (%1) is before the agreement took effect (%2).</source>
        <translation>措施日期（%1）早于调解协议生效日期（%2）。</translation>
    </message>
    <message>
        <source>On %1 the agreement was not breached: the case is not marked breached and no agreed payment was overdue.</source>
        <translation>截至 %1，调解协议并未违反：本案未标记为未履行调解协议，也没有逾期未付的协议款项。</translation>
    </message>
    <message>
        <source>A payment order can only be applied for when the agreement is about wages or overtime pay, work-injury medical costs, economic compensation or damages (art. 16); this agreement holds none of them. Apply for arbitration instead (art. 15).</source>
        <translation>只有就支付拖欠劳动报酬（含加班费）、工伤医疗费、经济补偿或者赔偿金事项达成调解协议的，才能申请支付令（第十六条）；本协议不含上述事项。请改为申请仲裁（第十五条）。</translation>
    </message>
    <message>
        <source>The deadline set (%1) is before the step (%2).</source>
        <translation>所定履行期限（%1）早于措施日期（%2）。</translation>
    </message>
    <message>
        <source>Step after a breach recorded</source>
        <translation>已登记未履行调解协议后的措施</translation>
    </message>
    <message>
        <source>Step after a breach changed</source>
        <translation>已修改未履行调解协议后的措施</translation>
    </message>
    <message>
        <source>Choose where the case is referred to.</source>
        <translation>请选择转介去向。</translation>
    </message>
    <message>
        <source>Choose the reason for the referral.</source>
        <translation>请选择转介原因。</translation>
    </message>
    <message>
        <source>A referral to labour inspection names its reason: unpaid wages, unpaid social insurance, no written contract or child labour.</source>
        <translation>转介劳动保障监察须写明原因：拖欠工资、未缴社会保险、未订立书面劳动合同或使用童工。</translation>
    </message>
    <message>
        <source>Enter the date of the referral.</source>
        <translation>请填写转介日期。</translation>
    </message>
    <message>
        <source>The referral date (%1) is in the future.</source>
        <translation>转介日期（%1）晚于今天。</translation>
    </message>
    <message>
        <source>The outcome&apos;s date (%1) is before the referral (%2).</source>
        <translation>结果日期（%1）早于转介日期（%2）。</translation>
    </message>
    <message>
        <source>Enter the date of the outcome.</source>
        <translation>请填写结果日期。</translation>
    </message>
    <message>
        <source>The referral date (%1) is before the application was received (%2).</source>
        <translation>转介日期（%1）早于收到申请日期（%2）。</translation>
    </message>
    <message>
        <source>Referral recorded</source>
        <translation>已登记转介</translation>
    </message>
    <message>
        <source>Referral changed</source>
        <translation>已修改转介</translation>
    </message>
    <message>
        <source>Enter the terms of the supplementary agreement.</source>
        <translation>请填写补充协议的内容。</translation>
    </message>
    <message>
        <source>Enter the date the supplementary agreement was signed.</source>
        <translation>请填写补充协议的签订日期。</translation>
    </message>
    <message>
        <source>The signing date (%1) is in the future.</source>
        <translation>签订日期（%1）晚于今天。</translation>
    </message>
    <message>
        <source>The change of the agreed sum is too large.</source>
        <translation>协议金额的变更幅度过大。</translation>
    </message>
    <message>
        <source>A supplementary agreement changes an agreement in effect; until the agreement takes effect, edit its terms directly.</source>
        <translation>补充协议用于变更已生效的调解协议；调解协议生效前，请直接修改协议条款。</translation>
    </message>
    <message>
        <source>The agreement has been performed in full; it cannot be supplemented.</source>
        <translation>调解协议已履行完毕，不能再签订补充协议。</translation>
    </message>
    <message>
        <source>The signing date (%1) is before the agreement took effect (%2).</source>
        <translation>签订日期（%1）早于调解协议生效日期（%2）。</translation>
    </message>
    <message>
        <source>%1 yuan has already been paid; the agreed sum cannot become less (%2 yuan).</source>
        <translation>已支付 %1 元，协议金额不能减至 %2 元。</translation>
    </message>
    <message>
        <source>Supplementary agreement recorded</source>
        <translation>已登记补充协议</translation>
    </message>
    <message>
        <source>Supplementary agreement changed</source>
        <translation>已修改补充协议</translation>
    </message>
    <message>
        <source>%1 yuan has already been paid; without this supplementary agreement the agreed sum would be less (%2 yuan).</source>
        <translation>已支付 %1 元；如无此补充协议，协议金额将减至 %2 元。</translation>
    </message>
    <message>
        <source>Record removed from the case</source>
        <translation>已从案件中删除记录</translation>
    </message>
</context>
<context>
    <name>CaseImportCommand</name>
    <message>
        <source>import cases needs one file.</source>
        <translation>import cases 需要指定一个文件。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n mediation case(s) from %1.</source>
        <translation>
            <numerusform>已从 %1 导入 %n 件调解案件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseImportCommands</name>
    <message numerus="yes">
        <source>import of %n case(s)</source>
        <translation>
            <numerusform>导入 %n 件案件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseImportPath</name>
    <message>
        <source>Needed for a case that is &quot;%1&quot;.</source>
        <translation>状态为“%1”的案件必须填写此项。</translation>
    </message>
    <message>
        <source>A case that is &quot;%1&quot; has not been decided on; leave this empty.</source>
        <translation>状态为“%1”的案件尚未作出受理决定，此项应留空。</translation>
    </message>
    <message>
        <source>A case that is &quot;%1&quot; is not closed; leave this empty.</source>
        <translation>状态为“%1”的案件尚未结案，此项应留空。</translation>
    </message>
    <message>
        <source>A case that is &quot;%1&quot; has no agreement; leave this empty.</source>
        <translation>状态为“%1”的案件没有调解协议，此项应留空。</translation>
    </message>
    <message>
        <source>Needed for a case that is &quot;%1&quot; (write 0 for an agreement without money).</source>
        <translation>状态为“%1”的案件必须填写此项（协议不涉及金额的填 0）。</translation>
    </message>
    <message>
        <source>%1 yuan paid is more than the agreed %2 yuan.</source>
        <translation>已履行 %1 元，超过协议金额 %2 元。</translation>
    </message>
    <message>
        <source>A case that is &quot;%1&quot; has been paid in full, but only %2 of %3 yuan are paid.</source>
        <translation>状态为“%1”的案件应已全部履行，但协议金额 %3 元中仅履行了 %2 元。</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>The payment date %1 is before the agreement took effect (%2).</source>
        <translation>履行日期 %1 早于调解协议生效日期（%2）。</translation>
    </message>
</context>
<context>
    <name>CaseMoveCommand</name>
    <message>
        <source>Unknown option %1.</source>
        <translation>未知选项 %1。</translation>
    </message>
    <message>
        <source>case move needs one case number.</source>
        <translation>case move 需要一个案号。</translation>
    </message>
    <message>
        <source>case move needs the new status (--to) and its date (--on).</source>
        <translation>case move 需要新状态（--to）及其日期（--on）。</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation>未知状态“%1”。</translation>
    </message>
    <message>
        <source>--on &quot;%1&quot; is not a date; write yyyy-MM-dd, e.g. 2026-03-02.</source>
        <translation>--on“%1”不是日期；请按 yyyy-MM-dd 填写，例如 2026-03-02。</translation>
    </message>
    <message>
        <source>--override needs the reason for going ahead despite the warning.</source>
        <translation>--override 需要填写不顾警告继续操作的理由。</translation>
    </message>
    <message>
        <source>There is no case numbered %1.</source>
        <translation>没有案号为 %1 的案件。</translation>
    </message>
    <message>
        <source>The cases could not be read.</source>
        <translation>无法读取案件。</translation>
    </message>
    <message>
        <source>Give the reason with --override REASON to go ahead.</source>
        <translation>如需继续，请用 --override REASON 说明理由。</translation>
    </message>
    <message>
        <source>Warning overridden: %1</source>
        <translation>已忽略警告：%1</translation>
    </message>
    <message>
        <source>Case %1 is now &quot;%2&quot;.</source>
        <translation>案件 %1 的状态已变更为“%2”。</translation>
    </message>
</context>
<context>
    <name>CaseNumbers</name>
    <message>
        <source>This database has no node identity; set up the node first.</source>
        <translation>此数据库尚未设置节点身份；请先设置节点。</translation>
    </message>
    <message>
        <source>Cannot reserve a case number: %1</source>
        <translation>无法预留案号：%1</translation>
    </message>
    <message>
        <source>This node&apos;s block of case numbers for %1 is used up; ask the administrator for a new block.</source>
        <translation>本节点 %1 年度的案号段已用完；请管理员分配新的号段。</translation>
    </message>
</context>
<context>
    <name>CaseRegisterImporter</name>
    <message>
        <source>Enter the employer (the respondent) or its credit code.</source>
        <translation>请填写用人单位（被申请人）或其统一社会信用代码。</translation>
    </message>
    <message>
        <source>Several employers in the register have this name; add the column %1 to say which one.</source>
        <translation>名册中有多个同名用人单位；请增加“%1”列以指明是哪一家。</translation>
    </message>
    <message>
        <source>Enter the applicant.</source>
        <translation>请填写申请人。</translation>
    </message>
    <message>
        <source>%1 name(s) but %2 ID number(s); give one ID number for each applicant, in the same order.</source>
        <translation>填写了 %1 个姓名，却有 %2 个身份证号；请按相同顺序为每位申请人填写一个身份证号。</translation>
    </message>
    <message>
        <source>%1 is not in the register; give the ID number (column %2) so the worker can be added.</source>
        <translation>%1 不在职工名册中；请填写身份证号（“%2”列），以便将其加入名册。</translation>
    </message>
    <message>
        <source>Several workers in the register are called %1; give the ID number.</source>
        <translation>名册中有多名职工叫 %1；请填写身份证号。</translation>
    </message>
    <message>
        <source>An earlier row gives this ID number to %1; check the name or the number.</source>
        <translation>前面的行已将此身份证号填给 %1；请核对姓名或号码。</translation>
    </message>
    <message>
        <source>Enter the date the application was received.</source>
        <translation>请填写收到申请日期。</translation>
    </message>
    <message>
        <source>The same case as row %1 (same applicant, employer and date received).</source>
        <translation>与第 %1 行是同一案件（申请人、用人单位和收到申请日期相同）。</translation>
    </message>
    <message>
        <source>Already imported or entered as case %1 (same applicant, employer and date received).</source>
        <translation>已导入或登记为案件 %1（申请人、用人单位和收到申请日期相同）。</translation>
    </message>
    <message>
        <source>Write one of the dispute types: %1.</source>
        <translation>请填写以下争议类型之一：%1。</translation>
    </message>
    <message>
        <source>Write one of the sources: %1.</source>
        <translation>请填写以下来源之一：%1。</translation>
    </message>
    <message>
        <source>Write one of the statuses: %1.</source>
        <translation>请填写以下状态之一：%1。</translation>
    </message>
    <message>
        <source>Write the number of workers concerned, e.g. 25.</source>
        <translation>请填写涉及职工人数，例如 25。</translation>
    </message>
    <message>
        <source>Added with an imported mediation case</source>
        <translation>随导入的调解案件加入</translation>
    </message>
    <message>
        <source>The register has the ID number given for %1 under another name; check the name or the number.</source>
        <translation>为 %1 填写的身份证号在名册中登记的是另一个姓名，请核对姓名或号码。</translation>
    </message>
    <message>
        <source>%1: %2 If it is the number of a passport or a permit, add the worker to the register first, with the kind of document.</source>
        <translation>%1：%2 如为护照或通行证、居留证件号码，请先在信息库中登记该职工并选择证件类型。</translation>
    </message>
    <message>
        <source>The register&apos;s case number, kept as it is (unique); empty: the next number of this station.</source>
        <translation>台账中的案号，原样保留（不得重复）；不填则按本站顺序编号。</translation>
    </message>
    <message>
        <source>The day the application was received, e.g. 2024-03-31.</source>
        <translation>收到申请的日期，如 2024-03-31。</translation>
    </message>
    <message>
        <source>The applicant&apos;s name; several names separated by 、 or commas.</source>
        <translation>申请人姓名；多人用顿号或逗号分隔。</translation>
    </message>
    <message>
        <source>One ID number per applicant, in the same order. Format the column as text in Excel.</source>
        <translation>每名申请人一个身份证号码，顺序与姓名一致。请在 Excel 中把该列设为文本格式。</translation>
    </message>
    <message>
        <source>The respondent by its exact name in the register of employers.</source>
        <translation>被申请人，填写与用人单位名册完全一致的名称。</translation>
    </message>
    <message>
        <source>The respondent by its unified social credit code (goes before the name).</source>
        <translation>被申请人的统一社会信用代码（优先于名称）。</translation>
    </message>
    <message>
        <source>The type of dispute, e.g. 劳动报酬 or 解除劳动合同; several separated by 、, the first is the main one.</source>
        <translation>争议类型，如劳动报酬、解除劳动合同；多个用顿号分隔，第一个为主要类型。</translation>
    </message>
    <message>
        <source>How the case came: 书面申请, 口头申请, 12351热线, 仲裁委转来, 法院委派, 工会主动介入.</source>
        <translation>案件来源：书面申请、口头申请、12351热线、仲裁委转来、法院委派、工会主动介入。</translation>
    </message>
    <message>
        <source>The amount claimed, in yuan.</source>
        <translation>请求金额（元）。</translation>
    </message>
    <message>
        <source>Where the case stands: 已收到, 已受理, 不予受理, 调解中, 调解成功, 调解不成, 已履行, 未履行 …</source>
        <translation>案件状态：已收到、已受理、不予受理、调解中、调解成功、调解不成、已履行、未履行…</translation>
    </message>
    <message>
        <source>The day of acceptance (or of non-acceptance); needed for every status after 已收到.</source>
        <translation>受理（或不予受理）日期；“已收到”以后的各状态均须填写。</translation>
    </message>
    <message>
        <source>The day the case was closed; empty for open cases.</source>
        <translation>结案日期；未结案件不填。</translation>
    </message>
    <message>
        <source>The agreed amount in yuan (0 for an agreement without money); needed for cases with an agreement.</source>
        <translation>协议金额（元），无金额的协议填 0；达成协议的案件须填写。</translation>
    </message>
    <message>
        <source>What has been paid under the agreement, in yuan.</source>
        <translation>已按协议履行的金额（元）。</translation>
    </message>
    <message>
        <source>The mediators&apos; names, separated by 、 or commas.</source>
        <translation>调解员姓名，用顿号或逗号分隔。</translation>
    </message>
    <message>
        <source>The facts and reasons of the dispute.</source>
        <translation>争议的事实与理由。</translation>
    </message>
    <message>
        <source>What the applicants ask for, in words.</source>
        <translation>申请人的请求事项。</translation>
    </message>
    <message>
        <source>Collective dispute: 是 or 否.</source>
        <translation>是否集体争议：是或否。</translation>
    </message>
    <message>
        <source>The number of workers concerned.</source>
        <translation>涉及职工人数。</translation>
    </message>
    <message>
        <source>The day the agreement took effect.</source>
        <translation>协议生效日期。</translation>
    </message>
    <message>
        <source>For 仲裁审查确认 or 司法确认: the day it was applied for.</source>
        <translation>仲裁审查确认或司法确认的申请日期。</translation>
    </message>
    <message>
        <source>The day of the last payment.</source>
        <translation>最后一次履行的日期。</translation>
    </message>
    <message>
        <source>Why the case ended without agreement or was not accepted, in the register&apos;s words.</source>
        <translation>调解不成或不予受理的原因，按台账原文填写。</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation>备注。</translation>
    </message>
</context>
<context>
    <name>CaseRosterService</name>
    <message>
        <source>The case no longer exists.</source>
        <translation>该案件已不存在。</translation>
    </message>
    <message>
        <source>The case is closed; its roster cannot change any more.</source>
        <translation>该案件已结案，职工名单不能再变更。</translation>
    </message>
    <message>
        <source>Only a collective case has a roster of workers.</source>
        <translation>只有集体争议案件才有职工名单。</translation>
    </message>
    <message>
        <source>The worker is no longer an applicant of the case; reload it and try again.</source>
        <translation>该职工已不是本案申请人；请重新载入后再试。</translation>
    </message>
    <message>
        <source>The amount for %1 must be between 0 and %2 yuan.</source>
        <translation>%1 的金额须在 0 至 %2 元之间。</translation>
    </message>
    <message>
        <source>Roster changed</source>
        <translation>已修改职工名单</translation>
    </message>
</context>
<context>
    <name>CasesOfRecord</name>
    <message>
        <source>Dispute cases: %1</source>
        <translation>争议案件：%1 件</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Run &quot;uniondesk-cli --help&quot; for the commands.</source>
        <translation>请运行 uniondesk-cli --help 查看可用命令。</translation>
    </message>
    <message>
        <source>Usage: uniondesk-cli [--db PATH] [--lang zh_CN|en] COMMAND [options]</source>
        <translation>用法：uniondesk-cli [--db PATH] [--lang zh_CN|en] 命令 [选项]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>  check               check integrity, references and the audit chain</source>
        <translation>  check               检查数据完整性、表间引用和审计链</translation>
    </message>
    <message>
        <source>  backup [--to FILE]  write a consistent copy (default: the backups folder beside the database)</source>
        <translation>  backup [--to FILE]  生成一致的备份副本（默认保存到数据库所在目录的 backups 文件夹）</translation>
    </message>
    <message>
        <source>  restore FILE        verify FILE, then put it in place of the database (the old file is kept)</source>
        <translation>  restore FILE        校验备份文件 FILE，然后用它替换数据库（原文件予以保留）</translation>
    </message>
    <message>
        <source>  validate id|uscc VALUE
                      check a resident ID number or a unified social credit code</source>
        <translation>  validate id|uscc VALUE
                      校验居民身份证号码或统一社会信用代码</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>  --db PATH           the node database (default: %1)</source>
        <translation>  --db PATH           节点数据库（默认：%1）</translation>
    </message>
    <message>
        <source>  --lang zh_CN|en     language of messages (default: the system&apos;s)</source>
        <translation>  --lang zh_CN|en     提示信息的语言（默认跟随系统）</translation>
    </message>
    <message>
        <source>Tiers: city, district, street, enterprise, industry.</source>
        <translation>层级：city 市总工会，district 区总工会，street 街道（乡镇）工会，enterprise 企业工会，industry 产业（行业）工会。</translation>
    </message>
    <message>
        <source>(database schema %1)</source>
        <translation>(数据结构版本 %1)</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>未知选项 %1。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>init needs --org CODE (the organisation unit&apos;s code, e.g. 110105015).</source>
        <translation>init 命令需要 --org CODE 参数（组织机构代码，如 110105015）。</translation>
    </message>
    <message>
        <source>Unknown tier &quot;%1&quot;; use city, district, street, enterprise or industry.</source>
        <translation>未知层级“%1”，可用值为 city、district、street、enterprise 或 industry。</translation>
    </message>
    <message>
        <source>%1 already exists; a node database is created only once.</source>
        <translation>%1 已存在；节点数据库只能创建一次。</translation>
    </message>
    <message>
        <source>The organisation unit %1 is not in the organisation tree.</source>
        <translation>组织机构 %1 不在组织机构树中。</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <source>Created node database %1</source>
        <translation>已创建节点数据库 %1</translation>
    </message>
    <message>
        <source>Node: %1 (%2), organisation unit %3 %4, tier %5</source>
        <translation>节点：%1（%2），组织机构：%3 %4，层级：%5</translation>
    </message>
    <message>
        <source>Administrator &quot;%1&quot;, password: %2 (shown once; change it after the first login)</source>
        <translation>管理员账号“%1”的密码（仅显示这一次，请在首次登录后修改）：%2</translation>
    </message>
    <message>
        <source>--size takes a whole number from 0 to 1000000.</source>
        <translation>--size 的值须为 0 至 1000000 之间的整数。</translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation>--seed 的值须为整数。</translation>
    </message>
    <message>
        <source>Created demo node %1 for %2</source>
        <translation>已为%2创建演示节点 %1</translation>
    </message>
    <message>
        <source>Administrator &quot;%1&quot;, password: %2</source>
        <translation>管理员账号“%1”的密码：%2</translation>
    </message>
    <message>
        <source>check takes no arguments.</source>
        <translation>check 命令不接受参数。</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>数据结构版本：%1</translation>
    </message>
    <message>
        <source>Audit entries: %1, changes waiting to sync: %2</source>
        <translation>审计记录：%1 条，待同步的更改：%2 项</translation>
    </message>
    <message>
        <source>Check passed: no problems found.</source>
        <translation>检查通过：未发现问题。</translation>
    </message>
    <message numerus="yes">
        <source>Check found %n problem(s):</source>
        <translation>
            <numerusform>检查发现 %n 个问题：</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name.</source>
        <translation>%1 已存在，请另选文件名。</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>备份已保存到 %1</translation>
    </message>
    <message>
        <source>restore needs exactly one backup file.</source>
        <translation>restore 命令需要指定一个（且仅一个）备份文件。</translation>
    </message>
    <message>
        <source>Restored %1 from %2</source>
        <translation>已从 %2 恢复 %1</translation>
    </message>
    <message>
        <source>The replaced database was kept as %1</source>
        <translation>被替换的数据库已保留为 %1</translation>
    </message>
    <message>
        <source>validate needs a kind (id or uscc) and a value.</source>
        <translation>validate 命令需要指定类型（id 或 uscc）和待校验的值。</translation>
    </message>
    <message>
        <source>Invalid resident ID number: %1</source>
        <translation>居民身份证号码无效：%1</translation>
    </message>
    <message>
        <source>Valid resident ID number.</source>
        <translation>居民身份证号码有效。</translation>
    </message>
    <message>
        <source>Birth date: %1, sex: %2, area: %3 %4</source>
        <translation>出生日期：%1，性别：%2，地区：%3 %4</translation>
    </message>
    <message>
        <source>Legacy 15-digit number; its 18-digit form is %1</source>
        <translation>这是旧版 15 位号码，对应的 18 位号码为 %1</translation>
    </message>
    <message>
        <source>Invalid unified social credit code: %1</source>
        <translation>统一社会信用代码无效：%1</translation>
    </message>
    <message>
        <source>Valid unified social credit code.</source>
        <translation>统一社会信用代码有效。</translation>
    </message>
    <message>
        <source>Registration authority: %1</source>
        <translation>登记管理部门：%1</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;; use id or uscc.</source>
        <translation>未知类型“%1”，请使用 id 或 uscc。</translation>
    </message>
    <message>
        <source>  --version, --help   show the version or this help</source>
        <translation>  --version, --help   显示版本号或本帮助</translation>
    </message>
    <message>
        <source>  demo [--size N] [--seed S]
                      add deterministic demo data (N workers, N/4 employers); on a PATH
                      that does not exist, first create a complete demo node and print
                      its administrator password</source>
        <translation>  demo [--size N] [--seed S]
                      添加可复现的演示数据（N 名职工、N/4 家用人单位）；若 PATH
                      指定的文件不存在，先创建完整的演示节点并显示
                      其管理员密码</translation>
    </message>
    <message>
        <source>Demo data (seed %1): %2 employers and %3 workers added (%4 and %5 already present), %6 enterprise unions, %7 user accounts</source>
        <translation>演示数据（种子 %1）：新增用人单位 %2 家、职工 %3 名（已存在 %4 家、%5 名），企业工会 %6 个，用户账号 %7 个</translation>
    </message>
    <message>
        <source>  init --org CODE [--tier TIER] [--name NAME] [--admin USER [--password-stdin]]
                      create a node database for an organisation unit; with --admin,
                      also an administrator whose generated password is printed once
                      (or whose password is read from the first line of standard input)</source>
        <translation>  init --org CODE [--tier TIER] [--name NAME] [--admin USER [--password-stdin]]
                      为组织机构创建节点数据库；指定 --admin 时，
                      同时创建管理员账号，其自动生成的密码只显示一次
                      （或从标准输入的第一行读取其密码）</translation>
    </message>
    <message>
        <source>  import workers|employers FILE
                      check every row of FILE (.csv, .txt or .xlsx) and import all rows,
                      or none and list the problems row by row (exit 1)</source>
        <translation>  import workers|employers FILE
                      逐行检查 FILE（.csv、.txt 或 .xlsx）：全部无误则全部导入，
                      否则一行也不导入，并逐行列出问题（退出码 1）</translation>
    </message>
    <message>
        <source>  export workers|employers FILE [--district CODE] [--full-id-numbers]
                      write the register&apos;s list to FILE (.csv or .xlsx); ID numbers are
                      masked unless --full-id-numbers; worker exports are logged</source>
        <translation>  export workers|employers FILE [--district CODE] [--full-id-numbers]
                      将信息库的名单写入 FILE（.csv 或 .xlsx）；除非指定 --full-id-numbers，
                      身份证号码均作遮蔽处理；导出职工名单会记入访问日志</translation>
    </message>
    <message>
        <source>--password-stdin sets the password of --admin USER; give --admin too.</source>
        <translation>--password-stdin 用于设置 --admin USER 的密码，须同时指定 --admin。</translation>
    </message>
    <message>
        <source>Administrator &quot;%1&quot; created with the password from standard input.</source>
        <translation>已创建管理员“%1”，密码取自标准输入。</translation>
    </message>
    <message>
        <source>                      and N/20 mediation cases across every status of the lifecycle,
                      received over the 18 months before today</source>
        <translation>                      以及 N/20 件调解案件，涵盖办理流程的各个状态，
                      收到申请日期在此前 18 个月内</translation>
    </message>
    <message>
        <source>  import cases FILE   import an existing register of mediation cases (.csv, .txt or .xlsx;
                      columns in docs/import-cases.md), all rows or none, like the register</source>
        <translation>  import cases FILE   导入原有的调解案件登记台账（.csv、.txt 或 .xlsx；
                      各列见 docs/import-cases.md），与名册导入一样全部导入或全部不导入</translation>
    </message>
    <message>
        <source>Mediation cases: %1 added (%2 already present)</source>
        <translation>调解案件：新增 %1 件（%2 件已存在）</translation>
    </message>
    <message>
        <source>%1 was created by another program while this one was building it; that file is left as it is and nothing was created.</source>
        <translation>在本程序创建 %1 期间，另一个程序已创建了该文件；该文件保持原样，本次没有创建任何内容。</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 invalid or problems found, 2 wrong command line, 3 failed, 4 login refused or not allowed for the role.</source>
        <translation>退出码：0 完成，1 无效或发现问题，2 命令行有误，3 失败，4 登录被拒绝或当前角色无权执行。</translation>
    </message>
    <message>
        <source>The backup and the database are the same file.</source>
        <translation>备份与数据库是同一个文件。</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation>备份未恢复：%1</translation>
    </message>
    <message>
        <source>Usage: uniondesk-cli [--db PATH] %1 [options]</source>
        <translation>用法：uniondesk-cli [--db 路径] %1 [选项]</translation>
    </message>
    <message>
        <source>  case move CASE_NO --to STATUS --on DATE [--reason TEXT] [--close-reason CODE]
            [--reason-code CODE] [--override REASON]
                      change a mediation case&apos;s status (received, accepted, rejected,
                      withdrawn, in_mediation, agreed, failed, arbitration_review,
                      judicial_confirmation, performing, performed, breached) by the
                      rules of the status dialog; a move with warnings needs --override</source>
        <translation>  case move CASE_NO --to STATUS --on DATE [--reason TEXT] [--close-reason CODE]
            [--reason-code CODE] [--override REASON]
                      按“变更状态”对话框的规则变更调解案件的状态（received、accepted、
                      rejected、withdrawn、in_mediation、agreed、failed、arbitration_review、
                      judicial_confirmation、performing、performed、breached）；
                      有警告时须用 --override 说明理由</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>  case referral CASE --kind KIND [--reason REASON] [--on DATE] [--body NAME] [--detail TEXT]
                      record a referral out of case CASE (its number); KIND: labour_inspection
                      (REASON wage_arrears, social_insurance, no_contract or child_labour),
                      legal_aid, arbitration, court, other; DATE yyyy-mm-dd, today if left out
  case referral-outcome CASE --outcome TEXT [--on DATE] [--kind KIND]
                      record the outcome of the case&apos;s latest referral (of KIND) without one
  case follow-up CASE --content TEXT [--on DATE] [--method METHOD] [--contact NAME]
                      [--satisfied yes|no] [--by NAME]
                      record a follow-up visit (回访) on a closed case; METHOD: phone, visit,
                      at_station, message
  case service CASE --document DOC --method METHOD --to NAME [--side worker|employer|other]
                      [--on DATE] [--note TEXT]
                      record that a document (DOC e.g. acceptance_notice, agreement) was served
                      (METHOD in_person, left_at_address, post, electronic, entrusted, other)
  case breach-step CASE --kind urge|nonperformance_notice|payment_order [--on DATE]
                      [--body COURT] [--detail TEXT] [--next-due DATE]
                      record a step after a breach; a payment order&apos;s next deadline is computed,
                      --next-due is the time to perform an urging letter or a notice sets
  case review-outcome CASE --outcome OUTCOME [--on DATE] [--document-no TEXT]
                      record the outcome of the arbitration review (mediation_statement,
                      not_confirmed) or judicial confirmation (confirmed_valid, dismissed)</source>
        <translation>  case referral CASE --kind KIND [--reason REASON] [--on DATE] [--body NAME] [--detail TEXT]
                      登记案件 CASE（案号）的转介；KIND：labour_inspection（劳动保障监察，
                      REASON 为 wage_arrears、social_insurance、no_contract 或 child_labour），
                      legal_aid、arbitration、court、other；DATE 为 yyyy-mm-dd，省略时为今天
  case referral-outcome CASE --outcome TEXT [--on DATE] [--kind KIND]
                      登记本案最近一次尚无结果的（KIND 类）转介的结果
  case follow-up CASE --content TEXT [--on DATE] [--method METHOD] [--contact NAME]
                      [--satisfied yes|no] [--by NAME]
                      登记已结案件的回访；METHOD：phone、visit、
                      at_station、message
  case service CASE --document DOC --method METHOD --to NAME [--side worker|employer|other]
                      [--on DATE] [--note TEXT]
                      登记文书（DOC，例如 acceptance_notice、agreement）的送达
                      （METHOD：in_person、left_at_address、post、electronic、entrusted、other）
  case breach-step CASE --kind urge|nonperformance_notice|payment_order [--on DATE]
                      [--body COURT] [--detail TEXT] [--next-due DATE]
                      登记未履行调解协议后的措施；支付令的下一步期限自动计算，
                      --next-due 为督促履行函或不履行调解协议通知书限定的履行期限
  case review-outcome CASE --outcome OUTCOME [--on DATE] [--document-no TEXT]
                      登记仲裁审查（mediation_statement、not_confirmed）
                      或司法确认（confirmed_valid、dismissed）的结果</translation>
    </message>
</context>
<context>
    <name>CliLogin</name>
    <message>
        <source>&quot;%1&quot; works on the records, so it needs a login: give your user name with --user NAME (or in UD_USER) and your password on standard input with --password-stdin (or in UD_PASSWORD).</source>
        <translation>“%1”要读取或修改记录，需要先登录：用 --user 用户名（或环境变量 UD_USER）给出用户名，并用 --password-stdin 从标准输入（或环境变量 UD_PASSWORD）给出密码。</translation>
    </message>
    <message>
        <source>No password for &quot;%1&quot;: give it on standard input with --password-stdin (or in the environment variable UD_PASSWORD).</source>
        <translation>未提供用户“%1”的密码：请用 --password-stdin 从标准输入给出（或放在环境变量 UD_PASSWORD 中）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is for administrators only; %2 is signed in as %3.</source>
        <translation>“%1”仅限系统管理员使用；%2 当前登录的角色是%3。</translation>
    </message>
    <message>
        <source>A %1 may not change records, so &quot;%2&quot; is refused for %3.</source>
        <translation>%1不能修改记录，因此拒绝 %3 执行“%2”。</translation>
    </message>
    <message>
        <source>Login (for every command that reads or changes records):
  --user NAME         the account to act as (or the environment variable UD_USER)
  --password-stdin    read its password from the first line of standard input; put it
                      before the command (otherwise the password is taken from the
                      environment variable UD_PASSWORD)
  No login: --help, --version, validate, init, and demo on a path that does not exist yet.
  Roles:  check, export, report: every role (reviewers get masked ID numbers only);
          import: mediators, union chairs and administrators;
          user, node, backup, restore, demo on an existing database: administrators.
  A refused login or a command the role may not run ends with exit code 4.</source>
        <translation>登录（读取或修改记录的所有命令均需登录）：
  --user NAME         以该账号操作（或使用环境变量 UD_USER）
  --password-stdin    从标准输入的第一行读取密码；该选项须写在
                      命令之前（否则从环境变量
                      UD_PASSWORD 读取密码）
  无需登录：--help、--version、validate、init，以及在尚不存在的路径上运行 demo。
  角色：  check、export、report：所有角色（审核人只能看到脱敏的身份证号码）；
          import：调解员、工会主席和管理员；
          user、node、backup、restore、在已有数据库上运行 demo：管理员。
  登录被拒绝或角色无权运行该命令时，退出码为 4。</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>选项 %1 需要指定一个值。</translation>
    </message>
</context>
<context>
    <name>CodeListCache</name>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
</context>
<context>
    <name>CreditCode</name>
    <message>
        <source>a space</source>
        <translation>空格</translation>
    </message>
    <message>
        <source> Did you mean the digit 1?</source>
        <translation>是否应为数字 1？</translation>
    </message>
    <message>
        <source> Did you mean the digit 0?</source>
        <translation>是否应为数字 0？</translation>
    </message>
    <message>
        <source> Did you mean the digit 2?</source>
        <translation>是否应为数字 2？</translation>
    </message>
    <message>
        <source> Did you mean the digit 5?</source>
        <translation>是否应为数字 5？</translation>
    </message>
    <message>
        <source> Did you mean the letter U?</source>
        <translation>是否应为字母 U？</translation>
    </message>
    <message>
        <source>No unified social credit code was entered.</source>
        <translation>未输入统一社会信用代码。</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters; this one has %1.</source>
        <translation>统一社会信用代码应为 18 位，当前输入为 %1 位。</translation>
    </message>
    <message>
        <source>Character %1 is %2, which is never used in a unified social credit code (only digits and capital letters other than I, O, S, V and Z).</source>
        <translation>第 %1 位是%2，统一社会信用代码不使用该字符（只使用数字和除 I、O、S、V、Z 以外的大写字母）。</translation>
    </message>
    <message>
        <source>The check character should be %1, not %2. Check the code for a mistyped character; some early codes are genuine but fail this check, so if it matches the business licence exactly, you can accept it and record why.</source>
        <translation>校验码应为 %1，而不是 %2。请检查代码是否有字符输错；部分早期赋予的代码真实有效但无法通过此项校验，如与营业执照上的代码完全一致，可予以接受并记录原因。</translation>
    </message>
    <message>
        <source>Institutional establishment (机构编制)</source>
        <translation>机构编制</translation>
    </message>
    <message>
        <source>Foreign affairs (外交)</source>
        <translation>外交</translation>
    </message>
    <message>
        <source>Judicial administration (司法行政)</source>
        <translation>司法行政</translation>
    </message>
    <message>
        <source>Culture (文化)</source>
        <translation>文化</translation>
    </message>
    <message>
        <source>Civil affairs (民政)</source>
        <translation>民政</translation>
    </message>
    <message>
        <source>Tourism (旅游)</source>
        <translation>旅游</translation>
    </message>
    <message>
        <source>Religious affairs (宗教)</source>
        <translation>宗教</translation>
    </message>
    <message>
        <source>Trade union (工会)</source>
        <translation>工会</translation>
    </message>
    <message>
        <source>Market regulation (工商)</source>
        <translation>工商</translation>
    </message>
    <message>
        <source>Military establishment (军队编制)</source>
        <translation>军队编制</translation>
    </message>
    <message>
        <source>Agriculture (农业)</source>
        <translation>农业</translation>
    </message>
    <message>
        <source>Other (其他)</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No database file was given.</source>
        <translation>未指定数据库文件。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>数据库 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a UnionDesk database (it is not an SQLite file or it is damaged).</source>
        <translation>%1 不是工会工作台数据库（不是 SQLite 文件，或文件已损坏）。</translation>
    </message>
    <message>
        <source>%1 is an SQLite file but not a UnionDesk database.</source>
        <translation>%1 是 SQLite 文件，但不是工会工作台数据库。</translation>
    </message>
    <message>
        <source>%1 was written by a newer UnionDesk (schema version %2; this version understands up to %3). Install the newer UnionDesk to open it; the file has not been changed.</source>
        <translation>%1 由更新版本的工会工作台写入（数据结构版本 %2；本版本最高支持 %3）。请安装新版工会工作台后再打开；该文件未作任何改动。</translation>
    </message>
    <message>
        <source>Cannot configure the database (%1): %2</source>
        <translation>无法配置数据库（%1）：%2</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>本版本缺少数据库升级脚本 %1。</translation>
    </message>
    <message>
        <source>Could not save a copy before upgrading the database: %1</source>
        <translation>升级数据库前未能保存副本：%1</translation>
    </message>
    <message>
        <source>Cannot read migration %1.</source>
        <translation>无法读取数据库升级脚本 %1。</translation>
    </message>
    <message>
        <source>Migration %1 failed, nothing of it was applied: %2</source>
        <translation>数据库升级脚本 %1 执行失败，其中的更改均未应用：%2</translation>
    </message>
    <message>
        <source>The integrity check could not run: %1</source>
        <translation>无法执行完整性检查：%1</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>完整性：%1</translation>
    </message>
    <message>
        <source>Broken reference: row %1 of table %2 points to a missing row in %3.</source>
        <translation>引用失效：表 %2 的第 %1 行指向表 %3 中不存在的行。</translation>
    </message>
    <message>
        <source>Schema version is %1, expected %2.</source>
        <translation>数据结构版本为 %1，应为 %2。</translation>
    </message>
    <message>
        <source>The audit log has been altered at entry %1.</source>
        <translation>审计日志第 %1 条记录已被篡改。</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>尚未打开数据库。</translation>
    </message>
    <message>
        <source>A backup cannot overwrite the database itself.</source>
        <translation>备份不能覆盖数据库文件本身。</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>备份失败：%1</translation>
    </message>
    <message>
        <source>Cannot replace the existing file %1.</source>
        <translation>无法替换已有文件 %1。</translation>
    </message>
    <message>
        <source>Cannot write the backup to %1.</source>
        <translation>无法将备份写入 %1。</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 was written by a newer UnionDesk (schema version %2; this version understands up to %3).</source>
        <translation>%1 由更新版本的工会工作台写入（数据结构版本 %2；本版本最高支持 %3）。</translation>
    </message>
    <message>
        <source>%1 is damaged: the integrity check failed.</source>
        <translation>%1 已损坏：完整性检查未通过。</translation>
    </message>
    <message>
        <source>%1 has broken references between tables.</source>
        <translation>%1 中存在失效的表间引用。</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation>备份未恢复：%1</translation>
    </message>
    <message>
        <source>The backup and the database are the same file.</source>
        <translation>备份与数据库是同一个文件。</translation>
    </message>
    <message>
        <source>Cannot copy the backup next to the database (is the disk full?).</source>
        <translation>无法将备份复制到数据库所在目录（磁盘空间是否已满？）。</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>无法开始事务：%1</translation>
    </message>
    <message>
        <source>The transaction is not active.</source>
        <translation>事务未处于活动状态。</translation>
    </message>
    <message>
        <source>Cannot save the changes: %1</source>
        <translation>无法保存更改：%1</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a UnionDesk database.</source>
        <translation>%1 是空文件，不是工会工作台数据库。</translation>
    </message>
    <message>
        <source>Cannot rename the current database to keep it; nothing was changed.</source>
        <translation>无法将当前数据库改名保留；未作任何改动。</translation>
    </message>
    <message>
        <source>Cannot replace the database with the restored file; the database was left as it was.</source>
        <translation>无法用恢复的文件替换数据库；数据库保持原样。</translation>
    </message>
    <message>
        <source>The record of the audit log&apos;s newest entry has been removed.</source>
        <translation>审计日志最新条目的标记已被删除。</translation>
    </message>
    <message>
        <source>The audit log ends before its recorded last entry: entries from %1 on have been removed.</source>
        <translation>审计日志未到记录的最后一条就结束了：第 %1 条起的条目已被删除。</translation>
    </message>
    <message>
        <source>The record of the access log&apos;s newest entry has been removed.</source>
        <translation>访问日志最新条目的标记已被删除。</translation>
    </message>
    <message>
        <source>The access log has been altered or cut short at entry %1.</source>
        <translation>访问日志在第 %1 条处被篡改或截断。</translation>
    </message>
    <message>
        <source>The key that seals this database&apos;s logs is not on this computer (it is looked for at %1). The log entries&apos; order was checked but their seals cannot be: this is what happens when a database is brought from another computer. Copy the key file from the computer where the database was used, then check again.</source>
        <translation>本机没有用于封存本数据库日志的密钥（查找位置：%1）。已核对日志条目的先后顺序，但无法核验其封签：数据库从其他电脑拷来时会出现这种情况。请从原先使用该数据库的电脑复制密钥文件，然后重新检查。</translation>
    </message>
    <message>
        <source>The safeguard %1 has been removed from the database.</source>
        <translation>数据库中的保护机制 %1 已被删除。</translation>
    </message>
    <message>
        <source>The safeguard %1 has been changed.</source>
        <translation>数据库中的保护机制 %1 已被改动。</translation>
    </message>
    <message>
        <source>The database has a trigger UnionDesk did not make: %1.</source>
        <translation>数据库中有一个不是由 UnionDesk 创建的触发器：%1。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) are missing from the queue of changes to sync (rows removed from the outbox).</source>
        <translation>
            <numerusform>待同步队列中缺少 %n 项变更（发件箱记录被删除）。</numerusform>
        </translation>
    </message>
    <message>
        <source>This database has no node identity yet. Set the node up first (uniondesk-cli init).</source>
        <translation>此数据库尚未设置节点身份。请先设置节点（uniondesk-cli init）。</translation>
    </message>
    <message>
        <source>This database&apos;s logs are sealed with a key that is not on this computer (it is looked for at %1). Nothing can be changed until the key file is copied there from the computer where the database was used.</source>
        <translation>本数据库的日志由本机没有的密钥封存（查找位置：%1）。在从原先使用该数据库的电脑把密钥文件复制到这里之前，不能做任何修改。</translation>
    </message>
    <message>
        <source>%1 is not a UnionDesk database: the UnionDesk tables are missing.</source>
        <translation>%1 不是 UnionDesk 数据库：缺少 UnionDesk 的数据表。</translation>
    </message>
    <message>
        <source>%1 has no node identity: it is not a database UnionDesk set up.</source>
        <translation>%1 没有节点身份：它不是由 UnionDesk 初始化的数据库。</translation>
    </message>
    <message>
        <source>The backup was not restored: it belongs to another node (%1) than the database it would replace (%2). Nothing was changed.</source>
        <translation>未恢复备份：它属于另一个节点（%1），而不是要被替换的数据库所属的节点（%2）。未做任何更改。</translation>
    </message>
    <message>
        <source>The backup was not restored because its check failed (nothing was changed):
%1</source>
        <translation>备份检查未通过，未恢复（未做任何更改）：
%1</translation>
    </message>
    <message>
        <source>The backup was not restored: the database is in use by another window or program (an import, the desktop application or another command). Close it, then restore again. Nothing was changed.</source>
        <translation>未恢复备份：数据库正被其他窗口或程序使用（导入、桌面程序或其他命令）。请关闭后再恢复。未做任何更改。</translation>
    </message>
    <message>
        <source>The backup was not restored: it belongs to another node than the database it would replace. Nothing was changed.</source>
        <translation>未恢复备份：它与要被替换的数据库属于不同的节点。未做任何更改。</translation>
    </message>
    <message>
        <source>A backup cannot be made while changes are being saved; try again when they are done.</source>
        <translation>正在保存更改，暂时无法备份；请在保存完成后再试。</translation>
    </message>
    <message>
        <source>The backup was cancelled; no file was written.</source>
        <translation>备份已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>The restore was cancelled; the database was not changed.</source>
        <translation>恢复已取消，数据库未作任何更改。</translation>
    </message>
</context>
<context>
    <name>DatabaseFiles</name>
    <message>
        <source>Another program deleted or replaced the files of the open database (%1). To protect your data, UnionDesk writes nothing more to it. Close UnionDesk, then ask your administrator to check the database; what you have not saved yet is still on the screen, copy it before closing.</source>
        <translation>另一个程序删除或替换了当前打开的数据库文件（%1）。为保护数据，UnionDesk 不再向其写入任何内容。请关闭 UnionDesk，然后请系统管理员检查数据库；尚未保存的内容仍在屏幕上，请在关闭前先复制下来。</translation>
    </message>
    <message>
        <source>%1 is the database UnionDesk has open (or one of its working files). Choose another file: reading or writing it here could damage the database.</source>
        <translation>%1 是 UnionDesk 当前打开的数据库（或其工作文件）。请选择其他文件：在这里读取或写入它可能损坏数据库。</translation>
    </message>
</context>
<context>
    <name>DeadlinePolicy</name>
    <message>
        <source>The value of %1 must be a whole number; &quot;%2&quot; is not.</source>
        <translation>%1 的值必须是整数，“%2”不是整数。</translation>
    </message>
    <message>
        <source>The value of %1 must be between %2 and %3; %4 is not.</source>
        <translation>%1 的值必须在 %2 至 %3 之间，%4 不在此范围内。</translation>
    </message>
    <message>
        <source>%1 The default, %2, is used instead.</source>
        <translation>%1 现改用默认值 %2。</translation>
    </message>
    <message>
        <source>Labour Dispute Mediation and Arbitration Law, art. 14</source>
        <translation>《劳动争议调解仲裁法》第十四条</translation>
    </message>
    <message>
        <source>Civil Procedure Law, art. 205</source>
        <translation>《民事诉讼法》第二百零五条</translation>
    </message>
    <message>
        <source>Labour Dispute Mediation and Arbitration Law, art. 27</source>
        <translation>《劳动争议调解仲裁法》第二十七条</translation>
    </message>
    <message>
        <source>%1 is fixed by law (%2: %3) and cannot be changed as a policy value.</source>
        <translation>%1 由法律规定（%2：%3），不能作为参数修改。</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The organisation unit %1 is not in the organisation tree.</source>
        <translation>组织机构 %1 不在组织机构树中。</translation>
    </message>
    <message>
        <source>The demo size must be between 0 and 1,000,000.</source>
        <translation>演示数据规模须在 0 至 1,000,000 之间。</translation>
    </message>
    <message>
        <source>This database has no node identity yet.</source>
        <translation>此数据库尚未设置节点身份。</translation>
    </message>
    <message>
        <source>The node&apos;s organisation unit %1 is missing from the tree.</source>
        <translation>本节点的组织机构 %1 不在组织机构树中。</translation>
    </message>
    <message>
        <source>There are no streets or townships under %1 to put demo data in.</source>
        <translation>%1 下没有可用于放置演示数据的街道或乡镇。</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
</context>
<context>
    <name>DivisionCodes</name>
    <message>
        <source>Cannot open the division code list %1: %2</source>
        <translation>无法打开行政区划代码表 %1：%2</translation>
    </message>
    <message>
        <source>Line %1 of %2: &quot;%3&quot; is not a six-digit division code.</source>
        <translation>%2 第 %1 行：“%3”不是六位行政区划代码。</translation>
    </message>
    <message>
        <source>Line %1 of %2 has %3 columns; expected 4 (code, province, prefecture, county) or 6 (and retired, former names).</source>
        <translation>%2 第 %1 行有 %3 列；应为 4 列（代码、省、地、县）或 6 列（另加撤销年份、曾用名）。</translation>
    </message>
    <message>
        <source>Line %1 of %2: &quot;%3&quot; is not a year or a range of years.</source>
        <translation>%2 第 %1 行：“%3”不是年份或年份区间。</translation>
    </message>
    <message>
        <source>%1 (retired between %2 and %3)</source>
        <translation>%1（%2 至 %3 年间撤销）</translation>
    </message>
    <message>
        <source>%1 (retired %2)</source>
        <translation>%1（%2 年撤销）</translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <source>There is nothing to print the document on.</source>
        <translation>没有可以打印文书的设备。</translation>
    </message>
    <message>
        <source>Cannot start printing the document.</source>
        <translation>无法开始打印文书。</translation>
    </message>
    <message>
        <source>The page is too small to print the document on.</source>
        <translation>页面太小，无法打印文书。</translation>
    </message>
    <message>
        <source>Cannot start page %1 of the document.</source>
        <translation>无法开始打印文书的第 %1 页。</translation>
    </message>
    <message>
        <source>Cannot finish printing the document.</source>
        <translation>无法完成文书打印。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
</context>
<context>
    <name>DocumentTemplate</name>
    <message>
        <source>Template %1: &quot;{{&quot; without &quot;}}&quot;.</source>
        <translation>模板 %1：“{{”缺少对应的“}}”。</translation>
    </message>
    <message>
        <source>Template %1: empty placeholder.</source>
        <translation>模板 %1：占位符为空。</translation>
    </message>
    <message>
        <source>Template %1: &quot;{{/%2}}&quot; does not close the open section.</source>
        <translation>模板 %1：“{{/%2}}”与当前打开的区段不匹配。</translation>
    </message>
    <message>
        <source>Template %1: section &quot;%2&quot; is not closed.</source>
        <translation>模板 %1：区段“%2”没有结束标记。</translation>
    </message>
    <message>
        <source>Template %1: unknown placeholder &quot;%2&quot;.</source>
        <translation>模板 %1：未知的占位符“%2”。</translation>
    </message>
    <message>
        <source>Cannot read the document template %1: %2</source>
        <translation>无法读取文书模板 %1：%2</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>UnionDesk database</source>
        <translation>工会工作台数据库</translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation>%1 文件</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>查找范围：</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>文件名：</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>文件类型：</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>选择(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>HubBlobs</name>
    <message>
        <source>Ask about at most 1,000 files at a time.</source>
        <translation>每次最多查询 1,000 个文件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SHA-256 in lowercase hex.</source>
        <translation>“%1”不是小写十六进制形式的 SHA-256 值。</translation>
    </message>
    <message>
        <source>A file is sent as its SHA-256, its size (at most %1 MB) and chunks of at most %2 MB at increasing offsets.</source>
        <translation>文件须以其 SHA-256 值、大小（最大 %1 MB）和按偏移量递增的分块（每块最大 %2 MB）发送。</translation>
    </message>
    <message>
        <source>This file was announced with another size (%1 bytes).</source>
        <translation>该文件此前申报的大小不同（%1 字节）。</translation>
    </message>
    <message>
        <source>The hub has the first %1 bytes of this file; go on from there.</source>
        <translation>枢纽已收到该文件的前 %1 字节；请从此处继续发送。</translation>
    </message>
    <message>
        <source>The file&apos;s bytes do not match its SHA-256; it was thrown away. Send it again.</source>
        <translation>文件内容与其 SHA-256 值不符，已丢弃。请重新发送。</translation>
    </message>
</context>
<context>
    <name>HubCommand</name>
    <message>
        <source>--host NAME[,NAME...] --out-cert FILE --out-key FILE [--days N]</source>
        <translation>--host NAME[,NAME...] --out-cert FILE --out-key FILE [--days N]</translation>
    </message>
    <message>
        <source>make a self-signed TLS certificate (EC P-256, also valid for localhost and
127.0.0.1, usable as its own CA for pinning) and its key (file 0600); %1 days
unless --days says otherwise</source>
        <translation>生成自签名 TLS 证书（EC P-256，同时适用于 localhost 和
127.0.0.1，可作为自身的 CA 用于证书固定）及其私钥（文件权限 0600）；
有效期 %1 天，可用 --days 另行指定</translation>
    </message>
    <message>
        <source>--dir DIR --org-unit CODE [--port N] [--name NAME] [--host NAME[,NAME...]]
                      [--parent URL [--parent-certificate FILE]]</source>
        <translation>--dir DIR --org-unit CODE [--port N] [--name NAME] [--host NAME[,NAME...]]
                      [--parent URL [--parent-certificate FILE]]</translation>
    </message>
    <message>
        <source>make a new hub folder for the district or city CODE (e.g. 110105): hub.conf (port
8443 unless --port says otherwise, an SQLite database hub.db with the hub&apos;s
identity), its signing key hub.sign, and a self-signed hub.crt and hub.key for this
computer&apos;s name and the --host names; --parent: the hub above (a district&apos;s city
hub) and its certificate when self-signed; then start it with
uniondesk-hub --config DIR/hub.conf</source>
        <translation>为区或市 CODE（如 110105）新建枢纽文件夹：hub.conf（端口默认
8443，可用 --port 另行指定；SQLite 数据库 hub.db，存放枢纽身份）、
签名密钥 hub.sign，以及针对本机名称和 --host 所列名称的自签名 hub.crt
和 hub.key；--parent：上级枢纽（区枢纽的上级为市枢纽）
及其证书（自签名时）；然后用以下命令启动：
uniondesk-hub --config DIR/hub.conf</translation>
    </message>
    <message>
        <source>--config FILE [--pending]</source>
        <translation>--config FILE [--pending]</translation>
    </message>
    <message>
        <source>list the nodes enrolled at the hub, or asking to be (with --pending), with their
units, status and key fingerprints</source>
        <translation>列出已接入本枢纽的节点，或（指定 --pending 时）正在申请接入的节点，
包括其组织机构、状态和密钥指纹</translation>
    </message>
    <message>
        <source>--config FILE NODE [--as desktop|hub|reviewer] [--org-unit CODE]
                      [--block SERIES:FIRST-LAST ...]</source>
        <translation>--config FILE NODE [--as desktop|hub|reviewer] [--org-unit CODE]
                      [--block SERIES:FIRST-LAST ...]</translation>
    </message>
    <message>
        <source>approve a node&apos;s enrollment after comparing its key fingerprint by phone: the unit
it may write (default: the unit it asked for), and its blocks of the numbers users
see, e.g. --block mediation_case:101-200, so no two desktops give the same number</source>
        <translation>电话核对密钥指纹后批准节点的接入申请：指定其可写入的组织机构
（默认为其申请的组织机构），以及面向用户的编号段，
如 --block mediation_case:101-200，以免两台电脑给出相同编号</translation>
    </message>
    <message>
        <source>--config FILE NODE</source>
        <translation>--config FILE NODE</translation>
    </message>
    <message>
        <source>end a node&apos;s enrollment: every later request of its key is refused</source>
        <translation>终止节点的接入：此后凡以其密钥发出的请求一律拒绝</translation>
    </message>
    <message>
        <source>--config FILE</source>
        <translation>--config FILE</translation>
    </message>
    <message>
        <source>ask the parent hub named in the configuration ([parent] url, certificate) to
enroll this hub; its administrator approves it with hub approve ... --as hub</source>
        <translation>向配置中指定的上级枢纽（[parent] url、certificate）提交
本枢纽的接入申请；由上级枢纽管理员用 hub approve ... --as hub 批准</translation>
    </message>
    <message>
        <source>forward now what reached this hub to its parent and take what came down (the
running hub does this every [parent] interval seconds by itself)</source>
        <translation>立即将本枢纽收到的数据转发给上级枢纽，并接收下发的数据（运行中的
枢纽每隔 [parent] interval 秒会自动执行）</translation>
    </message>
    <message>
        <source>--config FILE BUNDLE --ack FILE</source>
        <translation>--config FILE BUNDLE --ack FILE</translation>
    </message>
    <message>
        <source>take in a station&apos;s bundle from a USB stick, as if it had been pushed, and write the
signed acknowledgement to take back</source>
        <translation>从 U 盘导入服务站的数据包（视同上传），并写出
经签名的回执，供带回服务站</translation>
    </message>
    <message>
        <source>Usage: uniondesk-cli hub COMMAND [options]</source>
        <translation>用法：uniondesk-cli hub COMMAND [选项]</translation>
    </message>
    <message>
        <source>Run &quot;uniondesk-cli hub --help&quot; for the hub commands.</source>
        <translation>运行“uniondesk-cli hub --help”查看枢纽命令。</translation>
    </message>
    <message>
        <source>hub needs a command: %1.</source>
        <translation>hub 需要指定命令：%1。</translation>
    </message>
    <message>
        <source>Unknown hub command &quot;%1&quot;; use %2.</source>
        <translation>未知的枢纽命令“%1”；可用命令：%2。</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>未知选项 %1。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>hub cert needs --host with at least one host name or IP address.</source>
        <translation>hub cert 需要 --host，并至少指定一个主机名或 IP 地址。</translation>
    </message>
    <message>
        <source>hub cert needs --out-cert FILE and --out-key FILE.</source>
        <translation>hub cert 需要 --out-cert FILE 和 --out-key FILE。</translation>
    </message>
    <message>
        <source>--days must be a number of days from 1 to 36500, not &quot;%1&quot;.</source>
        <translation>--days 须为 1 至 36500 之间的天数，而不是“%1”。</translation>
    </message>
    <message>
        <source>Certificate: %1 (valid %2 days)</source>
        <translation>证书：%1（有效期 %2 天）</translation>
    </message>
    <message>
        <source>Key: %1 (keep it secret)</source>
        <translation>私钥：%1（请妥善保密）</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256 指纹：%1</translation>
    </message>
    <message>
        <source>hub init needs --dir DIR, the folder of the new hub.</source>
        <translation>hub init 需要 --dir DIR，即新枢纽的文件夹。</translation>
    </message>
    <message>
        <source>hub init needs --org-unit CODE, the district or city the hub serves (e.g. 110105).</source>
        <translation>hub init 需要 --org-unit CODE，即本枢纽服务的区或市（如 110105）。</translation>
    </message>
    <message>
        <source>--port must be a port number from 1 to 65535, not &quot;%1&quot;.</source>
        <translation>--port 须为 1 至 65535 之间的端口号，而不是“%1”。</translation>
    </message>
    <message>
        <source>--parent must be the parent hub&apos;s https:// address, such as https://city.example:8443.</source>
        <translation>--parent 须为上级枢纽的 https:// 地址，如 https://city.example:8443。</translation>
    </message>
    <message>
        <source>The parent hub&apos;s certificate %1 does not exist.</source>
        <translation>上级枢纽的证书 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 already exists: %2 holds a hub already. Choose another folder.</source>
        <translation>%1 已存在：%2 中已有枢纽。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>New hub &quot;%1&quot; in %2:</source>
        <translation>新枢纽“%1”，位于 %2：</translation>
    </message>
    <message>
        <source>  configuration  %1 (port %2)</source>
        <translation>  配置文件  %1（端口 %2）</translation>
    </message>
    <message>
        <source>  certificate    %1 (SHA-256 %2)</source>
        <translation>  证书      %1（SHA-256 %2）</translation>
    </message>
    <message>
        <source>  key            %1</source>
        <translation>  私钥      %1</translation>
    </message>
    <message>
        <source>  signing key    %1 (fingerprint %2)</source>
        <translation>  签名密钥  %1（指纹 %2）</translation>
    </message>
    <message>
        <source>Start it with: uniondesk-hub --config %1</source>
        <translation>启动命令：uniondesk-hub --config %1</translation>
    </message>
    <message>
        <source>Name the hub with --config FILE (its hub.conf).</source>
        <translation>请用 --config FILE 指定枢纽（其 hub.conf）。</translation>
    </message>
    <message>
        <source>%1 has no hub identity; make the hub with &quot;uniondesk-cli hub init&quot;.</source>
        <translation>%1 没有枢纽身份；请用“uniondesk-cli hub init”创建枢纽。</translation>
    </message>
    <message>
        <source>No node is waiting for approval.</source>
        <translation>没有等待批准的节点。</translation>
    </message>
    <message>
        <source>No node has asked to enroll yet.</source>
        <translation>尚无节点申请接入。</translation>
    </message>
    <message>
        <source>%1  %2  %3 %4  %5  %6  fingerprint %7</source>
        <translation>%1  %2  %3 %4  %5  %6  指纹 %7</translation>
    </message>
    <message>
        <source>    WARNING: %1</source>
        <translation>    警告：%1</translation>
    </message>
    <message>
        <source>--block needs SERIES:FIRST-LAST.</source>
        <translation>--block 需要 SERIES:FIRST-LAST。</translation>
    </message>
    <message>
        <source>hub approve needs the id of one node (see &quot;uniondesk-cli hub nodes --pending&quot;).</source>
        <translation>hub approve 需要一个节点的标识（见“uniondesk-cli hub nodes --pending”）。</translation>
    </message>
    <message>
        <source>Approved %1 (%2) as %3 for unit %4 %5.</source>
        <translation>已批准 %1（%2）作为 %3 接入，组织机构：%4 %5。</translation>
    </message>
    <message>
        <source>hub revoke needs the id of one node.</source>
        <translation>hub revoke 需要一个节点的标识。</translation>
    </message>
    <message>
        <source>Revoked %1: its requests are refused from now on.</source>
        <translation>已撤销 %1：此后其请求一律拒绝。</translation>
    </message>
    <message>
        <source>%1 names no parent hub ([parent] url).</source>
        <translation>%1 未指定上级枢纽（[parent] url）。</translation>
    </message>
    <message>
        <source>Enrollment of hub %1 requested at the parent hub (status: %2).</source>
        <translation>已向上级枢纽提交枢纽 %1 的接入申请（状态：%2）。</translation>
    </message>
    <message>
        <source>Forwarded %1 record(s) in %2 batch(es) to the parent hub (%3 refused, %4 conflict(s)); %5 item(s) came down.</source>
        <translation>已向上级枢纽转发 %1 条记录，共 %2 个批次（拒收 %3 条，冲突 %4 处）；下发 %5 项。</translation>
    </message>
    <message>
        <source>hub bundle needs --config FILE, the bundle and --ack FILE.</source>
        <translation>hub bundle 需要 --config FILE、数据包和 --ack FILE。</translation>
    </message>
    <message>
        <source>Bundle of node %1 taken in: %2 record(s) accepted, %3 not; acknowledgement written to %4.</source>
        <translation>已导入节点 %1 的数据包：接收记录 %2 条，未接收 %3 条；回执已写入 %4。</translation>
    </message>
    <message>
        <source>--config FILE --from DATABASE [--table TABLE ...]</source>
        <translation>--config FILE --from DATABASE [--table TABLE ...]</translation>
    </message>
    <message>
        <source>send the reference data made or changed in this union&apos;s own UnionDesk database (policy
values such as the local 低保 standard, the holiday calendar, code lists, org units) down
to every node below at their next sync; it replaces their own copies</source>
        <translation>把本级工会自己的 UnionDesk 数据库中新建或修改的基础数据（政策标准如本地低保标准、
节假日日历、代码表、组织机构）下发给下级各节点，下次同步时生效，
并取代下级原有的副本</translation>
    </message>
    <message>
        <source>%1 is not reference data; publish org_units, code_items, calendar_days or policy_values.</source>
        <translation>%1 不是基础数据；可下发的是 org_units、code_items、calendar_days 或 policy_values。</translation>
    </message>
    <message>
        <source>hub publish needs --from DATABASE, the union&apos;s own UnionDesk database.</source>
        <translation>hub publish 需要 --from DATABASE，即本级工会自己的 UnionDesk 数据库。</translation>
    </message>
    <message>
        <source>Published %1 reference record(s); the nodes below take them at their next sync.</source>
        <translation>已下发 %1 条基础数据；下级各节点在下次同步时接收。</translation>
    </message>
</context>
<context>
    <name>HubConfig</name>
    <message>
        <source>%1 is missing; set it in %2.</source>
        <translation>缺少 %1；请在 %2 中设置。</translation>
    </message>
    <message>
        <source>%1 must be a port number from 1 to 65535, not &quot;%2&quot; (in %3).</source>
        <translation>%1 须为 1 至 65535 之间的端口号，而不是“%2”（见 %3）。</translation>
    </message>
    <message>
        <source>%1 names the file %2, which does not exist; correct it in %3.</source>
        <translation>%1 指定的文件 %2 不存在；请在 %3 中更正。</translation>
    </message>
    <message>
        <source>The configuration file %1 does not exist.</source>
        <translation>配置文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The configuration file %1 cannot be read.</source>
        <translation>无法读取配置文件 %1。</translation>
    </message>
    <message>
        <source>The configuration file %1 is not a valid INI file; compare it with hub.conf.example.</source>
        <translation>配置文件 %1 不是有效的 INI 文件；请与 hub.conf.example 对照。</translation>
    </message>
    <message>
        <source>%1 must be an IP address such as 0.0.0.0 or 127.0.0.1, not &quot;%2&quot; (in %3).</source>
        <translation>%1 须为 IP 地址，如 0.0.0.0 或 127.0.0.1，而不是“%2”（见 %3）。</translation>
    </message>
    <message>
        <source>%1: the folder of %2 does not exist; create it or correct the path in %3.</source>
        <translation>%1：%2 所在的文件夹不存在；请创建该文件夹，或在 %3 中更正路径。</translation>
    </message>
    <message>
        <source>%1 must be sqlite or postgres, not &quot;%2&quot; (in %3).</source>
        <translation>%1 须为 sqlite 或 postgres，而不是“%2”（见 %3）。</translation>
    </message>
    <message>
        <source>%1 must be an https:// address such as https://city.example:8443, or empty for no parent, not &quot;%2&quot; (in %3).</source>
        <translation>%1 须为 https:// 地址，如 https://city.example:8443，无上级时留空，而不是“%2”（见 %3）。</translation>
    </message>
    <message>
        <source>%1 must be a number of seconds from 1 to 86400, not &quot;%2&quot; (in %3).</source>
        <translation>%1 须为 1 至 86400 之间的秒数，而不是“%2”（见 %3）。</translation>
    </message>
    <message>
        <source>Cannot replace the configuration file %1.</source>
        <translation>无法替换配置文件 %1。</translation>
    </message>
    <message>
        <source>Cannot write the configuration file %1.</source>
        <translation>无法写入配置文件 %1。</translation>
    </message>
</context>
<context>
    <name>HubDatabase</name>
    <message>
        <source>The file %1 among the hub migrations is not named NNNN_name.sql.</source>
        <translation>枢纽数据库升级脚本中的文件 %1 未按 NNNN_name.sql 命名。</translation>
    </message>
    <message>
        <source>Hub migration %1 is there twice.</source>
        <translation>枢纽数据库升级脚本 %1 重复出现。</translation>
    </message>
    <message>
        <source>Hub migration %1 is missing from this build.</source>
        <translation>本版本缺少枢纽数据库升级脚本 %1。</translation>
    </message>
    <message>
        <source>Hub migration %1 must be one file for both databases or one file for each (.sqlite.sql and .pg.sql).</source>
        <translation>枢纽数据库升级脚本 %1 须为两种数据库共用的一个文件，或每种数据库各一个文件（.sqlite.sql 和 .pg.sql）。</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (on Debian: the package libqt6sql6-psql). Install it, or keep the hub database in an SQLite file.</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（Debian 上为 libqt6sql6-psql 软件包）。请安装该驱动，或将枢纽数据库保存为 SQLite 文件。</translation>
    </message>
    <message>
        <source>No PostgreSQL database name was given for the hub database. Set it in the hub configuration.</source>
        <translation>未指定枢纽数据库的 PostgreSQL 数据库名称。请在枢纽配置中设置。</translation>
    </message>
    <message>
        <source>Cannot connect to the hub database %1: %2
Check that the server is running and the address, database name, user and password in the hub configuration.</source>
        <translation>无法连接枢纽数据库 %1：%2
请检查数据库服务器是否正在运行，并核对枢纽配置中的地址、数据库名称、用户名和密码。</translation>
    </message>
    <message>
        <source>Cannot configure the hub database %1 (%2): %3</source>
        <translation>无法配置枢纽数据库 %1（%2）：%3</translation>
    </message>
    <message>
        <source>No file was given for the hub database. Set it in the hub configuration.</source>
        <translation>未指定枢纽数据库文件。请在枢纽配置中设置。</translation>
    </message>
    <message>
        <source>The hub database %1 is not a file.</source>
        <translation>枢纽数据库 %1 不是文件。</translation>
    </message>
    <message>
        <source>Cannot open the hub database %1: %2</source>
        <translation>无法打开枢纽数据库 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a hub database (it is not an SQLite file or it is damaged).</source>
        <translation>%1 不是枢纽数据库（不是 SQLite 文件，或文件已损坏）。</translation>
    </message>
    <message>
        <source>%1 is a UnionDesk node&apos;s database, not a hub database. Give the hub a file of its own.</source>
        <translation>%1 是工会工作台节点的数据库，不是枢纽数据库。请为枢纽单独指定一个文件。</translation>
    </message>
    <message>
        <source>%1 is an SQLite file of another program, not a hub database.</source>
        <translation>%1 是其他程序的 SQLite 文件，不是枢纽数据库。</translation>
    </message>
    <message>
        <source>Cannot lock the hub database %1 for its upgrade: %2</source>
        <translation>无法锁定枢纽数据库 %1 以进行升级：%2</translation>
    </message>
    <message>
        <source>Cannot read the hub database %1: %2</source>
        <translation>无法读取枢纽数据库 %1：%2</translation>
    </message>
    <message>
        <source>The database %1 holds tables of something else than a UnionDesk hub. Give the hub an empty database of its own; nothing has been changed.</source>
        <translation>数据库 %1 中含有不属于工会工作台枢纽的数据表。请为枢纽单独指定一个空数据库；未作任何改动。</translation>
    </message>
    <message>
        <source>Cannot prepare the hub database %1: %2</source>
        <translation>无法准备枢纽数据库 %1：%2</translation>
    </message>
    <message>
        <source>This program&apos;s hub migrations are broken: %1</source>
        <translation>本程序的枢纽数据库升级脚本有误：%1</translation>
    </message>
    <message>
        <source>Cannot read the hub schema version of %1.</source>
        <translation>无法读取 %1 的枢纽数据结构版本。</translation>
    </message>
    <message>
        <source>The hub database %1 was written by a newer UnionDesk hub (hub schema version %2; this program understands up to %3). Install the newer version to use it; the database has not been changed.</source>
        <translation>枢纽数据库 %1 由更新版本的工会工作台枢纽写入（枢纽数据结构版本 %2；本程序最高支持 %3）。请安装新版本后再使用；该数据库未作任何改动。</translation>
    </message>
    <message>
        <source>Cannot read hub migration %1.</source>
        <translation>无法读取枢纽数据库升级脚本 %1。</translation>
    </message>
    <message>
        <source>The hub database %1 was upgraded by a newer UnionDesk hub meanwhile (hub schema version %2; this program understands up to %3). Install the newer version to use it.</source>
        <translation>枢纽数据库 %1 在此期间已被更新版本的工会工作台枢纽升级（枢纽数据结构版本 %2；本程序最高支持 %3）。请安装新版本后再使用。</translation>
    </message>
    <message>
        <source>Hub migration %1 failed on %2, nothing of it was applied: %3</source>
        <translation>枢纽数据库升级脚本 %1 在 %2 上执行失败，其中的更改均未应用：%3</translation>
    </message>
    <message>
        <source>The hub database %1 is busy: another process has been writing to it for more than 10 seconds. Try again later.</source>
        <translation>枢纽数据库 %1 正忙：另一进程持续写入已超过 10 秒。请稍后再试。</translation>
    </message>
    <message>
        <source>Cannot start a transaction on the hub database %1: %2</source>
        <translation>无法在枢纽数据库 %1 上开始事务：%2</translation>
    </message>
    <message>
        <source>The transaction on the hub database is not open.</source>
        <translation>枢纽数据库上的事务未开启。</translation>
    </message>
    <message>
        <source>A transaction on the hub database was committed while one inside it was still open.</source>
        <translation>枢纽数据库上的事务在其内部事务尚未结束时被提交。</translation>
    </message>
    <message>
        <source>Cannot save the changes to the hub database %1: a statement of the transaction failed, nothing of it was saved (%2).</source>
        <translation>无法保存对枢纽数据库 %1 的更改：事务中的一条语句执行失败，所有更改均未保存（%2）。</translation>
    </message>
    <message>
        <source>Cannot save the changes to the hub database %1: %2</source>
        <translation>无法保存对枢纽数据库 %1 的更改：%2</translation>
    </message>
    <message>
        <source>Cannot undo the changes on the hub database %1: %2</source>
        <translation>无法撤销对枢纽数据库 %1 的更改：%2</translation>
    </message>
</context>
<context>
    <name>HubReviews</name>
    <message>
        <source>Records of %1 are not reviewed on their own; review the case or register entry they belong to.</source>
        <translation>%1 记录不单独审核；请审核其所属的案件或信息库记录。</translation>
    </message>
    <message>
        <source>The review queue shows pending, new, changed, returned or all records.</source>
        <translation>审核队列只能显示 pending（待审核）、new（新增）、changed（已更改）、returned（已退回）或 all（全部）记录。</translation>
    </message>
    <message>
        <source>There is no such record under this reviewer&apos;s unit.</source>
        <translation>本审核人所属组织机构下没有该记录。</translation>
    </message>
    <message>
        <source>A decision names a case or register entry and the version reviewed.</source>
        <translation>审核决定须指明案件或信息库记录，以及所审核的版本。</translation>
    </message>
    <message>
        <source>A reviewer approves, returns, locks or unlocks a record.</source>
        <translation>审核人只能批准（approve）、退回（return）、锁定（lock）或解锁（unlock）记录。</translation>
    </message>
    <message>
        <source>Say why the record is returned, so the station knows what to correct.</source>
        <translation>请说明退回原因，以便服务站知道需要更正什么。</translation>
    </message>
    <message>
        <source>This hub has no identity.</source>
        <translation>本枢纽没有身份。</translation>
    </message>
    <message>
        <source>The station changed this record meanwhile (it is now at version %1, you reviewed version %2). Open it again and review what it says now.</source>
        <translation>服务站在此期间修改了该记录（现为第 %1 版，您审核的是第 %2 版）。请重新打开，按当前内容审核。</translation>
    </message>
    <message>
        <source>Say whether the two are the same person (same) or not (different).</source>
        <translation>请说明两者是否为同一人（same）或不是（different）。</translation>
    </message>
    <message>
        <source>There is no such pair under this reviewer&apos;s unit.</source>
        <translation>本审核人所属组织机构下没有该疑似重复记录对。</translation>
    </message>
</context>
<context>
    <name>HubService</name>
    <message>
        <source>%1 %2 is not part of the sync protocol.</source>
        <translation>%1 %2 不属于同步协议。</translation>
    </message>
    <message>
        <source>There is nothing at %1 on this hub.</source>
        <translation>本枢纽上 %1 处没有内容。</translation>
    </message>
    <message>
        <source>The request is not signed. Update UnionDesk on the sending computer and try again.</source>
        <translation>该请求未签名。请更新发送方电脑上的工会工作台后重试。</translation>
    </message>
    <message>
        <source>This computer (node %1) is not enrolled at this hub. Ask to enroll it first.</source>
        <translation>本机（节点 %1）未接入本枢纽。请先申请接入。</translation>
    </message>
    <message>
        <source>The hub&apos;s administrator has revoked this computer&apos;s enrollment. Ask them why; its changes are kept here and can be sent once it is enrolled again.</source>
        <translation>枢纽管理员已撤销本机的接入。请向其询问原因；本机的更改保留在此，重新接入后即可发送。</translation>
    </message>
    <message>
        <source>This computer&apos;s enrollment has not been approved yet. Its changes are kept and sent once the hub&apos;s administrator approves it.</source>
        <translation>本机的接入申请尚未获批准。其更改予以保留，待枢纽管理员批准后发送。</translation>
    </message>
    <message>
        <source>This request was received before (the same nonce); it is not taken twice.</source>
        <translation>此前已收到过该请求（nonce 相同）；不会重复接收。</translation>
    </message>
    <message>
        <source>The enrollment request is not signed by the key it carries.</source>
        <translation>接入申请未经其所附密钥签名。</translation>
    </message>
    <message>
        <source>The unit %1 is not in this hub&apos;s org tree. Check the unit the computer was set up for.</source>
        <translation>组织机构 %1 不在本枢纽的组织机构树中。请核对该电脑设置时所用的组织机构。</translation>
    </message>
    <message>
        <source>The message names another node than the one that signed it.</source>
        <translation>消息中指明的节点与签名的节点不一致。</translation>
    </message>
    <message>
        <source>A batch holds at most %1 records. Update UnionDesk on the sending computer.</source>
        <translation>每个批次最多 %1 条记录。请更新发送方电脑上的工会工作台。</translation>
    </message>
    <message>
        <source>A pull names where to start (since=N, N ≥ 0) and at most how many items (limit).</source>
        <translation>下载请求须指明起始位置（since=N，N ≥ 0）和最多项数（limit）。</translation>
    </message>
    <message>
        <source>This computer is enrolled to send records, not to review them. Ask the hub&apos;s administrator to enroll a reviewer&apos;s computer as a reviewer.</source>
        <translation>本机接入的身份是报送记录，而非审核记录。请枢纽管理员将审核人的电脑以审核人（reviewer）身份接入。</translation>
    </message>
    <message>
        <source>A file chunk names its offset and the file&apos;s size.</source>
        <translation>文件分块须指明其偏移量和文件大小。</translation>
    </message>
    <message>
        <source>The hub reads bodies sent as is or compressed with zstd or deflate, not &quot;%1&quot;.</source>
        <translation>本枢纽只接收未压缩或以 zstd、deflate 压缩的请求内容，不接收“%1”。</translation>
    </message>
    <message>
        <source>The body is not compressed the way its Content-Encoding (%1) says. Send it again.</source>
        <translation>请求内容的压缩方式与其 Content-Encoding（%1）不符，请重新发送。</translation>
    </message>
</context>
<context>
    <name>HubSetup</name>
    <message>
        <source>The hub database %1 has no hub identity yet. Make it with &quot;uniondesk-cli hub init --dir DIR --org-unit CODE&quot;.</source>
        <translation>枢纽数据库 %1 尚无枢纽身份。请用“uniondesk-cli hub init --dir DIR --org-unit CODE”创建。</translation>
    </message>
    <message>
        <source>Forwarding to the parent hub %1 cannot start: %2</source>
        <translation>无法开始向上级枢纽 %1 转发：%2</translation>
    </message>
    <message>
        <source>The database password file %1 cannot be read: %2</source>
        <translation>无法读取数据库密码文件 %1：%2</translation>
    </message>
    <message>
        <source>The unit %1 is not in the org tree. Give the code of the district or city this hub serves, e.g. 110105 for 朝阳区.</source>
        <translation>组织机构 %1 不在组织机构树中。请填写本枢纽服务的区或市的代码，如朝阳区为 110105。</translation>
    </message>
    <message>
        <source>This hub database already belongs to the hub of unit %1.</source>
        <translation>该枢纽数据库已属于组织机构 %1 的枢纽。</translation>
    </message>
</context>
<context>
    <name>HubStore</name>
    <message>
        <source>The hub&apos;s identity could not be saved: %1</source>
        <translation>无法保存枢纽身份：%1</translation>
    </message>
    <message>
        <source>This hub database already belongs to another hub (%1, unit %2).</source>
        <translation>该枢纽数据库已属于另一个枢纽（%1，组织机构 %2）。</translation>
    </message>
    <message>
        <source>The org tree shipped with this program is missing.</source>
        <translation>本程序随附的组织机构树缺失。</translation>
    </message>
    <message>
        <source>The enrollment request is incomplete (node, unit or tier missing).</source>
        <translation>接入申请不完整（缺少节点、组织机构或层级）。</translation>
    </message>
    <message>
        <source>Node %1 is already enrolled here with another key. If the computer was reinstalled, the hub&apos;s administrator must revoke the old enrollment first.</source>
        <translation>节点 %1 已用另一密钥接入本枢纽。如该电脑重装过系统，须由枢纽管理员先撤销原有接入。</translation>
    </message>
    <message>
        <source>The hub has too many enrollment requests waiting; ask its administrator to deal with them.</source>
        <translation>本枢纽待处理的接入申请过多；请联系枢纽管理员处理。</translation>
    </message>
    <message>
        <source>The enrollment request could not be stored: %1</source>
        <translation>无法保存接入申请：%1</translation>
    </message>
    <message>
        <source>The enrollment request could not be read back.</source>
        <translation>无法读回接入申请。</translation>
    </message>
    <message>
        <source>No node %1 has asked to enroll here.</source>
        <translation>没有节点 %1 向本枢纽申请接入。</translation>
    </message>
    <message>
        <source>A node is a desktop, a hub or a reviewer, not &quot;%1&quot;.</source>
        <translation>节点只能是 desktop（桌面端）、hub（枢纽）或 reviewer（审核人），而不是“%1”。</translation>
    </message>
    <message>
        <source>The unit %1 is not in this hub&apos;s org tree.</source>
        <translation>组织机构 %1 不在本枢纽的组织机构树中。</translation>
    </message>
    <message>
        <source>The unit %1 (%2) is not under this hub&apos;s own unit %3; a node can only be enrolled for a unit below its hub.</source>
        <translation>组织机构 %1（%2）不在本枢纽所属组织机构 %3 之下；节点只能以其枢纽下级的组织机构接入。</translation>
    </message>
    <message>
        <source>A number block is a series with a first and a last number, e.g. mediation_case:101-200.</source>
        <translation>编号段由序列及起止编号组成，如 mediation_case:101-200。</translation>
    </message>
    <message>
        <source>The numbers %1–%2 of %3 overlap those given to %4 (%5–%6).</source>
        <translation>%3 的编号 %1–%2 与分配给 %4 的编号段（%5–%6）重叠。</translation>
    </message>
    <message>
        <source>No node %1 is known here.</source>
        <translation>本枢纽不认识节点 %1。</translation>
    </message>
    <message>
        <source>A number block is written SERIES:FIRST-LAST, e.g. mediation_case:101-200, not &quot;%1&quot;.</source>
        <translation>号段的写法是 SERIES:FIRST-LAST，例如 mediation_case:101-200，而不是“%1”。</translation>
    </message>
</context>
<context>
    <name>HubSync</name>
    <message>
        <source>This hub speaks sync protocol %1 only; this program speaks %2 to %3. Update the program whose version is older. Changes are kept and sent once both agree.</source>
        <translation>本枢纽只支持同步协议 %1；本程序支持 %2 至 %3。请更新版本较旧的一方。更改予以保留，待双方协议一致后发送。</translation>
    </message>
    <message>
        <source>This hub does not know the table %1; update UnionDesk at the hub.</source>
        <translation>本枢纽不认识数据表 %1；请更新枢纽上的工会工作台。</translation>
    </message>
    <message>
        <source>%1 flows down from the union above and is not taken from below.</source>
        <translation>%1 由上级工会下发，不接收下级报送。</translation>
    </message>
    <message>
        <source>The record belongs to unit %1, which is not under %2, the unit this node was enrolled for.</source>
        <translation>该记录属于组织机构 %1，不在本节点接入时指定的组织机构 %2 之下。</translation>
    </message>
    <message>
        <source>A desktop sends only the records it made itself.</source>
        <translation>桌面端只能报送本机创建的记录。</translation>
    </message>
    <message>
        <source>A reviewer&apos;s desktop sends decisions, not records.</source>
        <translation>审核人的电脑只报送审核决定，不报送记录。</translation>
    </message>
    <message>
        <source>This record was also changed elsewhere; both versions are kept for a person to compare.</source>
        <translation>该记录在别处也被修改；两个版本均予保留，由人工比对。</translation>
    </message>
    <message>
        <source>This hub speaks sync protocol %1 only.</source>
        <translation>本枢纽只支持同步协议 %1。</translation>
    </message>
    <message>
        <source>The batch names another node than the one that signed it.</source>
        <translation>该批次指明的节点与签名的节点不一致。</translation>
    </message>
    <message>
        <source>The audit log of node %1 ends at entry %2, but it had reached entry %3: entries were removed.</source>
        <translation>节点 %1 的审计日志止于第 %2 条，但此前已到第 %3 条：有条目被删除。</translation>
    </message>
    <message>
        <source>The audit log of node %1 was rewritten: its entry %2 is not the one it sent before.</source>
        <translation>节点 %1 的审计日志被改写：其第 %2 条与此前发送的不一致。</translation>
    </message>
    <message>
        <source>%1 is not reference data.</source>
        <translation>%1 不是基础数据。</translation>
    </message>
</context>
<context>
    <name>IdDocument</name>
    <message>
        <source>Resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <source>Foreign permanent resident ID card</source>
        <translation>外国人永久居留身份证</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>Mainland travel permit (Hong Kong/Macao residents)</source>
        <translation>港澳居民来往内地通行证</translation>
    </message>
    <message>
        <source>Mainland travel permit (Taiwan residents)</source>
        <translation>台湾居民来往大陆通行证</translation>
    </message>
    <message>
        <source>Residence permit (Hong Kong/Macao/Taiwan residents)</source>
        <translation>港澳台居民居住证</translation>
    </message>
    <message>
        <source>No ID number was entered.</source>
        <translation>未填写证件号码。</translation>
    </message>
    <message>
        <source>A residence permit number has 18 characters; this one has %1.</source>
        <translation>居住证号码应为 18 位；当前输入为 %1 位。</translation>
    </message>
    <message>
        <source>A residence permit number for Hong Kong, Macao or Taiwan residents starts with 810000, 820000 or 830000; this one starts with %1.</source>
        <translation>港澳台居民居住证号码以 810000、820000 或 830000 开头；当前号码以 %1 开头。</translation>
    </message>
    <message>
        <source>A foreign permanent resident ID number has 18 digits starting with 9 (cards since 2023) or 3 letters and 12 digits (older cards).</source>
        <translation>外国人永久居留身份证号码为以 9 开头的 18 位数字（2023 年起的新版证件），或 3 位字母加 12 位数字（旧版证件）。</translation>
    </message>
    <message>
        <source>The first 17 characters of a foreign permanent resident ID number must be digits, the last a digit or X.</source>
        <translation>外国人永久居留身份证号码前 17 位须为数字，最后一位为数字或 X。</translation>
    </message>
    <message>
        <source>Digits 7 to 14 of a foreign permanent resident ID number are the birth date; %1 is not a possible one.</source>
        <translation>外国人永久居留身份证号码第 7 至 14 位为出生日期；%1 不是有效日期。</translation>
    </message>
    <message>
        <source>The check digit should be %1, not %2. If the last character is right, another digit may be mistyped.</source>
        <translation>校验码应为 %1，而不是 %2。如果最后一位无误，则可能是其他某位数字输错。</translation>
    </message>
    <message>
        <source>A passport number has 5 to 17 letters or digits, without spaces or other signs.</source>
        <translation>护照号码为 5 至 17 位字母或数字，不含空格或其他符号。</translation>
    </message>
    <message>
        <source>A Mainland travel permit for Hong Kong and Macao residents is H or M followed by 8 or 10 digits.</source>
        <translation>港澳居民来往内地通行证号码为 H 或 M 加 8 位或 10 位数字。</translation>
    </message>
    <message>
        <source>A Mainland travel permit for Taiwan residents has 8 or 10 digits.</source>
        <translation>台湾居民来往大陆通行证号码为 8 位或 10 位数字。</translation>
    </message>
</context>
<context>
    <name>LongTask</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>MediationCommands</name>
    <message>
        <source>Register case</source>
        <translation>受理登记</translation>
    </message>
    <message>
        <source>case closed (%1)</source>
        <translation>案件已结案（%1）</translation>
    </message>
    <message>
        <source>Move case to %1</source>
        <translation>案件转为“%1”</translation>
    </message>
    <message numerus="yes">
        <source>Extend the mediation window by %n day(s)</source>
        <translation>
            <numerusform>调解期限延长 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit case</source>
        <translation>修改案件</translation>
    </message>
    <message>
        <source>Add session</source>
        <translation>添加调解笔录</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>修改调解笔录</translation>
    </message>
    <message>
        <source>Remove session</source>
        <translation>删除调解笔录</translation>
    </message>
    <message>
        <source>Save agreement</source>
        <translation>保存调解协议</translation>
    </message>
    <message>
        <source>Save claims</source>
        <translation>保存请求事项</translation>
    </message>
    <message>
        <source>Save parties</source>
        <translation>保存当事人</translation>
    </message>
    <message>
        <source>Add payment</source>
        <translation>登记履行款项</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>添加证据材料</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>删除证据材料</translation>
    </message>
    <message>
        <source>Add calendar day %1</source>
        <translation>添加日历日 %1</translation>
    </message>
    <message>
        <source>Change calendar day %1</source>
        <translation>修改日历日 %1</translation>
    </message>
    <message>
        <source>Remove calendar day %1</source>
        <translation>删除日历日 %1</translation>
    </message>
    <message>
        <source>Save roster</source>
        <translation>保存职工名单</translation>
    </message>
    <message>
        <source>Correct payment</source>
        <translation>更正支付</translation>
    </message>
    <message>
        <source>Void payment</source>
        <translation>作废支付</translation>
    </message>
    <message>
        <source>Void session record</source>
        <translation>作废调解笔录</translation>
    </message>
</context>
<context>
    <name>MediationDeadlines</name>
    <message>
        <source>Decide on acceptance</source>
        <translation>受理审查期限</translation>
    </message>
    <message>
        <source>%1 working days after the application was received on %2.</source>
        <translation>收到申请之日（%2）后 %1 个工作日。</translation>
    </message>
    <message>
        <source>%1 days from receipt on %2 (art. 14).</source>
        <translation>自收到申请之日（%2）起 %1 日（第十四条）。</translation>
    </message>
    <message>
        <source>Extended by %1 days with both parties&apos; consent.</source>
        <translation>经双方同意延长 %1 日。</translation>
    </message>
    <message>
        <source>Mediation window ends</source>
        <translation>调解期限届满</translation>
    </message>
    <message>
        <source>Apply for arbitration review (optional)</source>
        <translation>申请仲裁审查（双方自愿）</translation>
    </message>
    <message>
        <source>Both parties apply jointly within %1 days of the agreement taking effect on %2.</source>
        <translation>双方应自调解协议生效之日（%2）起 %1 日内共同申请。</translation>
    </message>
    <message>
        <source>Apply for judicial confirmation (optional)</source>
        <translation>申请司法确认（双方自愿）</translation>
    </message>
    <message>
        <source>Both parties apply jointly to the court within %1 days of the agreement taking effect on %2.</source>
        <translation>双方应自调解协议生效之日（%2）起 %1 日内共同向人民法院申请。</translation>
    </message>
    <message>
        <source>%1: paid in full.</source>
        <translation>%1：已全额支付。</translation>
    </message>
    <message>
        <source>%1: payment date in the agreement; %2 yuan of %3 yuan unpaid.</source>
        <translation>%1：协议约定的支付日期；%3 元中尚有 %2 元未付。</translation>
    </message>
    <message>
        <source>Agreed payment of %1 yuan</source>
        <translation>协议约定支付 %1 元</translation>
    </message>
    <message>
        <source>%1 days after the agreement took effect on %2.</source>
        <translation>协议生效之日（%2）后 %1 日。</translation>
    </message>
    <message>
        <source>Follow-up visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Arbitration limitation (reminder)</source>
        <translation>仲裁时效（提醒）</translation>
    </message>
    <message>
        <source>Reminder only: %1 months from receipt on %2. The one-year limit for arbitration (art. 27) runs from when the worker knew of the infringement and starts again after the mediation application; check the actual date before advising.</source>
        <translation>仅作提醒：自收到申请之日（%2）起 %1 个月。一年的仲裁时效（第二十七条）从劳动者知道或者应当知道其权利被侵害之日起计算，并因申请调解而中断、重新计算；向当事人说明前请核实实际日期。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Lapsed (not used)</source>
        <translation>逾期未申请</translation>
    </message>
    <message>
        <source>The last day, %1, is a rest day, so the period ends on the next working day, %2 (Civil Procedure Law art. 85).</source>
        <translation>期限的最后一日 %1 为法定休假日，期限顺延至其后第一个工作日 %2（民事诉讼法第八十五条）。</translation>
    </message>
    <message>
        <source>%1 days from receipt on %2 for a case delegated by a court.</source>
        <translation>人民法院委派调解的案件，自收到之日（%2）起 %1 日。</translation>
    </message>
    <message>
        <source>%1 days after the case was closed on %2.</source>
        <translation>结案之日（%2）后 %1 日。</translation>
    </message>
</context>
<context>
    <name>MediationDemo</name>
    <message>
        <source>Demo case of %1 received on %2: %3</source>
        <translation>%2 收到的 %1 的演示案件：%3</translation>
    </message>
</context>
<context>
    <name>MediationDocumentData</name>
    <message>
        <source>Case %1 has no mediation sessions to record.</source>
        <translation>案件 %1 尚无调解笔录。</translation>
    </message>
    <message>
        <source>Case %1 has no mediation session with id %2.</source>
        <translation>案件 %1 中没有编号为 %2 的调解记录。</translation>
    </message>
    <message>
        <source>Case %1 has no agreed terms yet: add the agreed items or the terms first.</source>
        <translation>案件 %1 尚无协议内容：请先填写协议款项或协议条款。</translation>
    </message>
    <message>
        <source>Case %1 has not failed: a termination notice is only issued when mediation ends without agreement.</source>
        <translation>案件 %1 不是调解不成结案：只有调解未达成协议而终止时才出具终止调解通知书。</translation>
    </message>
    <message>
        <source>Case %1 was not rejected: a notice of non-acceptance is only issued for a rejected application.</source>
        <translation>案件 %1 未被决定不予受理：只有对不予受理的申请才出具不予受理通知书。</translation>
    </message>
    <message>
        <source>Unknown document kind.</source>
        <translation>未知的文书类型。</translation>
    </message>
    <message>
        <source>Case %1 has not been accepted: a notice of acceptance is only issued for an accepted case.</source>
        <translation>案件 %1 尚未受理：受理通知书只对已受理的案件出具。</translation>
    </message>
    <message>
        <source>Case %1 has not been accepted: the notice of rights and duties is given to the parties of an accepted case.</source>
        <translation>案件 %1 尚未受理：权利义务告知书只送达已受理案件的当事人。</translation>
    </message>
    <message>
        <source>Case %1 has no extension of the mediation window: record the extension both parties agreed to first.</source>
        <translation>案件 %1 没有延长调解期限：请先登记双方同意的延期。</translation>
    </message>
    <message>
        <source>Case %1 has no proposal yet: write the mediator&apos;s proposals in a session record (or the opinion) first.</source>
        <translation>案件 %1 尚无调解建议：请先在调解笔录（或调解意见）中写明调解员的建议。</translation>
    </message>
    <message>
        <source>Case %1 has no agreement: a notice of non-performance needs an agreement that was not performed.</source>
        <translation>案件 %1 没有调解协议：不履行调解协议通知书须以达成而未履行的调解协议为前提。</translation>
    </message>
    <message>
        <source>Case %1 has been paid in full: there is nothing to give notice of.</source>
        <translation>案件 %1 已全部履行：无需发出通知。</translation>
    </message>
    <message>
        <source>Case %1 has no follow-up recorded yet.</source>
        <translation>案件 %1 尚无回访记录。</translation>
    </message>
</context>
<context>
    <name>MediationRepository</name>
    <message numerus="yes">
        <source>%1 et al. (%n applicants)</source>
        <translation>
            <numerusform>%1 等 %n 名申请人</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MediationService</name>
    <message>
        <source>Enter the date the application was received; the 15-day window starts on it.</source>
        <translation>请填写收到申请日期；15 日调解期限自该日起算。</translation>
    </message>
    <message>
        <source>The date received (%1) is in the future.</source>
        <translation>收到申请日期（%1）晚于今天。</translation>
    </message>
    <message>
        <source>The date received (%1) is more than five years ago; check the year.</source>
        <translation>收到申请日期（%1）在五年以前；请核对年份。</translation>
    </message>
    <message>
        <source>The case number %1 is already used by the case received on %2.</source>
        <translation>案号 %1 已被 %2 收到的案件使用。</translation>
    </message>
    <message>
        <source>A case number has at most 100 characters.</source>
        <translation>案号最多 100 个字符。</translation>
    </message>
    <message>
        <source>Choose how the dispute came in (written or oral application, referral, hotline...).</source>
        <translation>请选择案件来源（书面或口头申请、转来、热线等）。</translation>
    </message>
    <message>
        <source>Choose the employer (the respondent) from the register.</source>
        <translation>请从信息库中选择用人单位（被申请人）。</translation>
    </message>
    <message>
        <source>Choose the dispute type.</source>
        <translation>请选择争议类型。</translation>
    </message>
    <message>
        <source>Describe the facts and reasons of the dispute.</source>
        <translation>请填写争议的事实与理由。</translation>
    </message>
    <message>
        <source>Add at least one applicant from the register.</source>
        <translation>请从信息库中至少添加一名申请人。</translation>
    </message>
    <message>
        <source>Applicant &quot;%1&quot; is not in the register; add the worker first.</source>
        <translation>申请人“%1”不在信息库中；请先添加该职工。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice as an applicant.</source>
        <translation>“%1”被重复列为申请人。</translation>
    </message>
    <message>
        <source>The ID number of applicant &quot;%1&quot; is not valid: %2</source>
        <translation>申请人“%1”的身份证号码无效：%2</translation>
    </message>
    <message>
        <source>Every agent needs a name.</source>
        <translation>每位委托代理人都须填写姓名。</translation>
    </message>
    <message>
        <source>A collective dispute involves at least %1 workers with a common claim; this one has %2.</source>
        <translation>集体争议至少涉及 %1 名有共同请求的职工；本案为 %2 名。</translation>
    </message>
    <message>
        <source>%1 workers with a common claim make a collective dispute; mark the case as collective and mark its elected representatives.</source>
        <translation>%1 名职工有共同请求，属于集体争议；请将本案标记为集体争议，并标出推举的代表。</translation>
    </message>
    <message>
        <source>The number of workers involved must be between 0 and 100,000.</source>
        <translation>涉及职工人数须在 0 至 100000 之间。</translation>
    </message>
    <message>
        <source>Claim %1: choose what is claimed.</source>
        <translation>第 %1 项请求：请选择请求项目。</translation>
    </message>
    <message>
        <source>Claim %1: an amount cannot be negative.</source>
        <translation>第 %1 项请求：金额不能为负数。</translation>
    </message>
    <message>
        <source>Claim %1: %2 yuan is more than any single claim can be.</source>
        <translation>第 %1 项请求：%2 元超出单项请求金额的上限。</translation>
    </message>
    <message>
        <source>Case registered</source>
        <translation>案件已登记</translation>
    </message>
    <message>
        <source>The case no longer exists.</source>
        <translation>该案件已不存在。</translation>
    </message>
    <message>
        <source>The case was changed meanwhile (in another window or by another user); reload it and try again.</source>
        <translation>该案件在此期间已被修改（在其他窗口中或由其他用户）；请重新载入后再试。</translation>
    </message>
    <message>
        <source>%1 → %2 on %3</source>
        <translation>%1 → %2（%3）</translation>
    </message>
    <message>
        <source>%1 → %2 on %3: %4</source>
        <translation>%1 → %2（%3）：%4</translation>
    </message>
    <message>
        <source>An extension is between 1 and 60 days.</source>
        <translation>延长天数须在 1 至 60 日之间。</translation>
    </message>
    <message>
        <source>Record both parties&apos; consent to the extension (who agreed, when, how).</source>
        <translation>请记录双方同意延长的情况（何人、何时、以何种方式同意）。</translation>
    </message>
    <message>
        <source>Only a case in mediation can have its window extended.</source>
        <translation>只有调解中的案件才能延长调解期限。</translation>
    </message>
    <message>
        <source>+%1 days: %2</source>
        <translation>延长 %1 日：%2</translation>
    </message>
    <message>
        <source>Mediation window extended by %1 days with both parties&apos; consent</source>
        <translation>经双方同意，调解期限延长 %1 日</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; of a case cannot be edited here.</source>
        <translation>案件的“%1”字段不能在此处修改。</translation>
    </message>
    <message>
        <source>Enter the date and time of the session.</source>
        <translation>请填写调解的日期和时间。</translation>
    </message>
    <message>
        <source>Enter the mediator(s) who held the session.</source>
        <translation>请填写主持调解的调解员。</translation>
    </message>
    <message>
        <source>The session (%1) is before the application was received (%2).</source>
        <translation>调解时间（%1）早于收到申请日期（%2）。</translation>
    </message>
    <message>
        <source>Mediation session recorded</source>
        <translation>已记录调解笔录</translation>
    </message>
    <message>
        <source>Session record removed</source>
        <translation>已删除调解笔录</translation>
    </message>
    <message>
        <source>Line %1: choose the kind of amount.</source>
        <translation>第 %1 行：请选择款项类别。</translation>
    </message>
    <message>
        <source>Line %1: the amount must be between 0 and %2 yuan.</source>
        <translation>第 %1 行：金额须在 0 至 %2 元之间。</translation>
    </message>
    <message>
        <source>The case is closed; its agreement cannot change any more.</source>
        <translation>该案件已结案，调解协议不能再修改。</translation>
    </message>
    <message>
        <source>%1 yuan has already been paid; the agreed sum cannot be less (%2 yuan).</source>
        <translation>已支付 %1 元，协议金额（%2 元）不能低于已支付金额。</translation>
    </message>
    <message>
        <source>A payment date (%1) is before the agreement&apos;s date (%2).</source>
        <translation>有一笔支付的日期（%1）早于协议日期（%2）。</translation>
    </message>
    <message>
        <source>A payment must be more than zero.</source>
        <translation>支付金额必须大于零。</translation>
    </message>
    <message>
        <source>Enter the date of the payment.</source>
        <translation>请填写支付日期。</translation>
    </message>
    <message>
        <source>The payment date (%1) is in the future.</source>
        <translation>支付日期（%1）晚于今天。</translation>
    </message>
    <message>
        <source>Payments are recorded under an agreement; this case has none yet.</source>
        <translation>支付须在调解协议下登记；本案尚无调解协议。</translation>
    </message>
    <message>
        <source>The payment date (%1) is before the agreement took effect (%2).</source>
        <translation>支付日期（%1）早于调解协议生效日期（%2）。</translation>
    </message>
    <message>
        <source>This payment would bring the total paid to %1 yuan, above the agreed %2 yuan.</source>
        <translation>登记此笔支付后，累计支付金额将达 %1 元，超过协议金额 %2 元。</translation>
    </message>
    <message>
        <source>Payment recorded</source>
        <translation>已登记支付</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file.</source>
        <translation>“%1”不是文件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 MB; evidence files may be at most %3 MB.</source>
        <translation>“%1”大小为 %2 MB；证据文件最大为 %3 MB。</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot; completely.</source>
        <translation>无法完整读取“%1”。</translation>
    </message>
    <message>
        <source>Cannot store &quot;%1&quot;: %2</source>
        <translation>无法保存“%1”：%2</translation>
    </message>
    <message>
        <source>Evidence attached</source>
        <translation>已附加证据</translation>
    </message>
    <message>
        <source>Evidence removed from the case</source>
        <translation>已从案件中移除证据</translation>
    </message>
    <message>
        <source>The case is closed; its parties cannot change any more.</source>
        <translation>案件已结案，当事人不能再变更。</translation>
    </message>
    <message>
        <source>Parties changed</source>
        <translation>变更当事人</translation>
    </message>
    <message numerus="yes">
        <source>%1 is too long: at most %n character(s), this has %2.</source>
        <translation>
            <numerusform>%1过长：最多 %n 个字符，现有 %2 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>The facts and reasons</source>
        <translation>事实与理由</translation>
    </message>
    <message>
        <source>The requests</source>
        <translation>请求事项</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>An agent&apos;s name</source>
        <translation>委托代理人姓名</translation>
    </message>
    <message>
        <source>An agent&apos;s phone number</source>
        <translation>委托代理人电话</translation>
    </message>
    <message>
        <source>An agent&apos;s relation to the party</source>
        <translation>委托代理人与当事人的关系</translation>
    </message>
    <message>
        <source>The description of claim %1</source>
        <translation>第 %1 项请求的说明</translation>
    </message>
    <message>
        <source>A collective dispute may elect %1 to %2 representatives among the applicants; %3 are marked. Check that this is what the workers chose.</source>
        <translation>集体争议可由申请人推举 %1 至 %2 名代表；当前标记了 %3 名。请核实这是职工推举的结果。</translation>
    </message>
    <message>
        <source>(warning overridden: %1)</source>
        <translation>（已忽略警告：%1）</translation>
    </message>
    <message>
        <source>A payment made at signing is dated the day the agreement took effect (%1).</source>
        <translation>签订时当场支付的款项，日期为调解协议生效之日（%1）。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Imported from an earlier register: %1</source>
        <translation>从原有名册导入：%1</translation>
    </message>
    <message>
        <source>The date %1 is before the payment of %2; the case cannot have been performed before it was paid.</source>
        <translation>日期 %1 早于 %2 的支付；案件不能在款项付清之前履行完毕。</translation>
    </message>
    <message>
        <source>This session record was voided on %1; it is kept as it was.</source>
        <translation>该调解笔录已于 %1 作废，按原样保留。</translation>
    </message>
    <message>
        <source>The session of %1 was held before today; give the reason for changing its record.</source>
        <translation>%1 的调解在今天之前进行，修改其笔录须填写原因。</translation>
    </message>
    <message>
        <source>Session record changed: %1</source>
        <translation>修改调解笔录：%1</translation>
    </message>
</context>
<context>
    <name>MediationStateMachine</name>
    <message>
        <source>Received</source>
        <translation>待受理</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>In mediation</source>
        <translation>调解中</translation>
    </message>
    <message>
        <source>Agreement reached</source>
        <translation>调解成功</translation>
    </message>
    <message>
        <source>Mediation ended without agreement</source>
        <translation>调解不成（终止调解）</translation>
    </message>
    <message>
        <source>Arbitration review applied for</source>
        <translation>已申请仲裁审查</translation>
    </message>
    <message>
        <source>Judicial confirmation applied for</source>
        <translation>已申请司法确认</translation>
    </message>
    <message>
        <source>Being performed</source>
        <translation>履行中</translation>
    </message>
    <message>
        <source>Performed</source>
        <translation>履行完毕</translation>
    </message>
    <message>
        <source>Not performed (breached)</source>
        <translation>未履行调解协议</translation>
    </message>
    <message>
        <source>The case is closed (%1); its status cannot change any more.</source>
        <translation>该案件已结案（%1），状态不能再变更。</translation>
    </message>
    <message>
        <source>A case that is &quot;%1&quot; cannot become &quot;%2&quot;.</source>
        <translation>状态为“%1”的案件不能变更为“%2”。</translation>
    </message>
    <message>
        <source>Enter the date on which the case became &quot;%1&quot;.</source>
        <translation>请填写案件变为“%1”的日期。</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>The date %1 is before the application was received (%2).</source>
        <translation>日期 %1 早于收到申请日期（%2）。</translation>
    </message>
    <message>
        <source>The employer refused mediation; the case cannot be accepted. Record it as not accepted and tell the applicant about arbitration.</source>
        <translation>用人单位拒绝调解，案件不能受理。请登记为不予受理，并告知申请人可以申请劳动争议仲裁。</translation>
    </message>
    <message>
        <source>A case needs at least one applicant before it is accepted.</source>
        <translation>受理前，案件至少须有一名申请人。</translation>
    </message>
    <message>
        <source>A case needs the employer before it is accepted.</source>
        <translation>受理前，案件须填写用人单位。</translation>
    </message>
    <message>
        <source>Choose the dispute type before accepting the case.</source>
        <translation>请在受理前选择争议类型。</translation>
    </message>
    <message>
        <source>Mediation cannot start (%1) before the case was accepted (%2).</source>
        <translation>调解开始日期（%1）不能早于受理日期（%2）。</translation>
    </message>
    <message>
        <source>Enter the agreement&apos;s terms or at least one agreed amount first.</source>
        <translation>请先填写协议条款或至少一项协议款项。</translation>
    </message>
    <message>
        <source>A payment date (%1) is before the agreement&apos;s date (%2).</source>
        <translation>有一笔支付的日期（%1）早于协议日期（%2）。</translation>
    </message>
    <message>
        <source>Choose why mediation ended without agreement.</source>
        <translation>请选择调解不成的原因。</translation>
    </message>
    <message>
        <source>The mediation window has not expired: it ends on %1.</source>
        <translation>调解期限尚未届满，将于 %1 届满。</translation>
    </message>
    <message>
        <source>%1 yuan of the agreed sum is still unpaid; record the payments first.</source>
        <translation>协议金额中尚有 %1 元未支付；请先登记支付情况。</translation>
    </message>
    <message>
        <source>Describe how the agreement was not performed.</source>
        <translation>请说明协议未履行的情况。</translation>
    </message>
    <message>
        <source>The date %1 is before the review was applied for (%2).</source>
        <translation>日期 %1 早于申请审查确认的日期（%2）。</translation>
    </message>
    <message>
        <source>The date %1 is before the agreement took effect (%2).</source>
        <translation>日期 %1 早于调解协议生效日期（%2）。</translation>
    </message>
    <message>
        <source>The date %1 is before the case was accepted (%2).</source>
        <translation>日期 %1 早于案件受理日期（%2）。</translation>
    </message>
    <message>
        <source>Withdrawn before acceptance</source>
        <translation>受理前撤回</translation>
    </message>
    <message>
        <source>Applicant &quot;%1&quot; (born %2) was under 16 on %3: employing a child is unlawful. Consider referring the matter to labour inspection.</source>
        <translation>申请人“%1”（%2 出生）在 %3 时未满 16 周岁：使用童工属违法行为。请考虑转介劳动保障监察。</translation>
    </message>
    <message>
        <source>To go ahead anyway, give the reason for overriding the warning.</source>
        <translation>如仍要继续，请填写忽略警告的理由。</translation>
    </message>
    <message>
        <source>Mediation needs both parties&apos; agreement: record that the employer agreed to mediation (respondent&apos;s consent: yes) before accepting the case. If the employer refuses, record the case as not accepted.</source>
        <translation>调解须双方自愿：受理前请登记用人单位同意调解（被申请人同意：是）。如用人单位拒绝调解，请将案件登记为不予受理。</translation>
    </message>
    <message>
        <source>Choose the reason for not accepting the case; it goes into the written notice.</source>
        <translation>请选择不予受理的理由；该理由将写入书面通知。</translation>
    </message>
    <message>
        <source>Describe the reason for not accepting the case in words; it goes into the written notice.</source>
        <translation>请用文字说明不予受理的理由；该理由将写入书面通知。</translation>
    </message>
    <message>
        <source>The mediation window ended on %1; the agreement comes after it. Record both parties&apos; consent to an extension, or give the reason for going ahead.</source>
        <translation>调解期限已于 %1 届满，调解协议在此之后达成。请登记双方同意延长调解期限的情况，或填写继续操作的理由。</translation>
    </message>
    <message>
        <source>Arbitration review had to be applied for by %1; the arbitration commission may refuse a late application (an application posted in time counts).</source>
        <translation>仲裁审查应于 %1 前申请；逾期申请的，仲裁委员会可能不予受理（期满前交邮的，不算过期）。</translation>
    </message>
    <message>
        <source>Judicial confirmation had to be applied for by %1; the court may refuse a late application (an application posted in time counts).</source>
        <translation>司法确认应于 %1 前申请；逾期申请的，人民法院可能不予受理（期满前交邮的，不算过期）。</translation>
    </message>
    <message>
        <source>The date %1 is before the case&apos;s previous status change (%2, to &quot;%3&quot;).</source>
        <translation>日期 %1 早于本案上一次变更状态的日期（%2，变更为“%3”）。</translation>
    </message>
</context>
<context>
    <name>MediationStatistics</name>
    <message>
        <source>(not recorded)</source>
        <translation>（未登记）</translation>
    </message>
    <message>
        <source>The statistics need a valid period.</source>
        <translation>统计需要有效的统计期间。</translation>
    </message>
    <message>
        <source>The mediation statistics cannot be read: %1</source>
        <translation>无法读取调解统计：%1</translation>
    </message>
    <message>
        <source>%1 is &quot;paid&quot; (the amount actually paid) or &quot;agreed&quot; (the amount agreed); &quot;%2&quot; is neither.</source>
        <translation>%1 的值为“paid”（实际履行金额）或“agreed”（协议金额）；“%2”均不是。</translation>
    </message>
    <message>
        <source>The statistics were cancelled.</source>
        <translation>统计已取消。</translation>
    </message>
</context>
<context>
    <name>MediationStatisticsExport</name>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>调解成功</translation>
    </message>
    <message>
        <source>Recovered (yuan)</source>
        <translation>挽回经济损失（元）</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Labour-dispute mediation statistics</source>
        <translation>劳动争议调解统计</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>统计期间</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>截至日期</translation>
    </message>
    <message>
        <source>Organisation units</source>
        <translation>组织机构</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Codes starting with %1</source>
        <translation>代码以 %1 开头</translation>
    </message>
    <message>
        <source>Pending from the previous period</source>
        <translation>上期未结</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Succeeded (agreement reached)</source>
        <translation>调解成功（达成协议）</translation>
    </message>
    <message>
        <source>Ended without agreement</source>
        <translation>调解不成</translation>
    </message>
    <message>
        <source>Success rate (%)</source>
        <translation>成功率（%）</translation>
    </message>
    <message>
        <source>Economic loss recovered (ten thousand yuan)</source>
        <translation>挽回经济损失（万元）</translation>
    </message>
    <message>
        <source>Workers involved</source>
        <translation>涉及职工人数</translation>
    </message>
    <message>
        <source>Collective disputes</source>
        <translation>集体劳动争议</translation>
    </message>
    <message>
        <source>Workers in collective disputes</source>
        <translation>集体劳动争议涉及职工人数</translation>
    </message>
    <message>
        <source>Pending at the end of the period</source>
        <translation>期末未结</translation>
    </message>
    <message>
        <source>By dispute type</source>
        <translation>按争议类型</translation>
    </message>
    <message>
        <source>By source</source>
        <translation>按案件来源</translation>
    </message>
    <message>
        <source>An Excel report needs a file name ending in .xlsx: %1</source>
        <translation>Excel 报表的文件名须以 .xlsx 结尾：%1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Economic loss recovered: amount agreed (yuan)</source>
        <translation>挽回经济损失：协议金额（元）</translation>
    </message>
    <message>
        <source>Economic loss recovered: amount paid (yuan)</source>
        <translation>挽回经济损失：实际履行金额（元）</translation>
    </message>
    <message>
        <source>Amount paid (yuan)</source>
        <translation>实际履行金额（元）</translation>
    </message>
    <message>
        <source>Amount agreed (yuan)</source>
        <translation>协议金额（元）</translation>
    </message>
    <message>
        <source>Withdrawn before acceptance</source>
        <translation>受理前撤回</translation>
    </message>
    <message>
        <source>Withdrawn after acceptance</source>
        <translation>受理后撤回</translation>
    </message>
    <message>
        <source>Of which withdrawn after the parties settled</source>
        <translation>其中：和解后撤回</translation>
    </message>
    <message>
        <source>Paid in full or in part at signing (cases)</source>
        <translation>签订时全部或部分当场履行（件）</translation>
    </message>
    <message>
        <source>Paid at signing (yuan)</source>
        <translation>当场履行金额（元）</translation>
    </message>
    <message>
        <source>Cases involving migrant workers</source>
        <translation>涉及农民工的案件</translation>
    </message>
    <message>
        <source>Workers in cases involving migrant workers</source>
        <translation>涉及农民工案件的职工人数</translation>
    </message>
    <message>
        <source>Economic loss recovered for migrant workers (yuan)</source>
        <translation>为农民工挽回经济损失（元）</translation>
    </message>
    <message>
        <source>Unpaid-wage cases</source>
        <translation>欠薪案件</translation>
    </message>
    <message>
        <source>Workers in unpaid-wage cases</source>
        <translation>欠薪案件涉及职工人数</translation>
    </message>
    <message>
        <source>Economic loss recovered in unpaid-wage cases (yuan)</source>
        <translation>欠薪案件挽回经济损失（元）</translation>
    </message>
    <message>
        <source>Referrals by kind</source>
        <translation>按类别统计的转介</translation>
    </message>
    <message>
        <source>From cases</source>
        <translation>来自案件</translation>
    </message>
    <message>
        <source>From receptions</source>
        <translation>来自接待登记</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Receptions by kind</source>
        <translation>按类别统计的接待登记</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>%1 and the units under it</source>
        <translation>%1及所属单位</translation>
    </message>
</context>
<context>
    <name>MediationTerms</name>
    <message>
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>Year of the case number</source>
        <translation>案号年度</translation>
    </message>
    <message>
        <source>Serial number of the case</source>
        <translation>案号序号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>案件状态</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>收到申请日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>案件来源</translation>
    </message>
    <message>
        <source>Collective dispute</source>
        <translation>集体争议</translation>
    </message>
    <message>
        <source>Workers involved</source>
        <translation>涉及职工人数</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>用人单位</translation>
    </message>
    <message>
        <source>Dispute type</source>
        <translation>争议类型</translation>
    </message>
    <message>
        <source>Further dispute types</source>
        <translation>其他争议类型</translation>
    </message>
    <message>
        <source>Facts and reasons</source>
        <translation>事实与理由</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求事项</translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>Employer agrees to mediation</source>
        <translation>用人单位同意调解</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>受理决定日期</translation>
    </message>
    <message>
        <source>Reasons for not accepting</source>
        <translation>不予受理理由</translation>
    </message>
    <message>
        <source>Window extended by (days)</source>
        <translation>延长调解期限（天）</translation>
    </message>
    <message>
        <source>Window extended</source>
        <translation>延长调解期限</translation>
    </message>
    <message>
        <source>Agreement effective</source>
        <translation>协议生效日期</translation>
    </message>
    <message>
        <source>Other terms of the agreement</source>
        <translation>协议其他条款</translation>
    </message>
    <message>
        <source>Claims waived</source>
        <translation>放弃的请求</translation>
    </message>
    <message>
        <source>Tax borne by</source>
        <translation>税费承担方</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>结案方式</translation>
    </message>
    <message>
        <source>Mediators&apos; opinion</source>
        <translation>调解意见</translation>
    </message>
    <message>
        <source>Kind of review</source>
        <translation>审查确认方式</translation>
    </message>
    <message>
        <source>Review applied for</source>
        <translation>申请审查确认日期</translation>
    </message>
    <message>
        <source>Result of the review</source>
        <translation>审查确认结果</translation>
    </message>
    <message>
        <source>Followed up on</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <source>Follow-up note</source>
        <translation>回访情况</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Status changed on</source>
        <translation>状态变更日期</translation>
    </message>
    <message>
        <source>Mediation case</source>
        <translation>调解案件</translation>
    </message>
    <message>
        <source>Party to a case</source>
        <translation>案件当事人</translation>
    </message>
    <message>
        <source>Claim or agreed item</source>
        <translation>请求或协议项目</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>履行支付记录</translation>
    </message>
    <message>
        <source>Session record</source>
        <translation>调解笔录</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>证据材料</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>Mediator&apos;s training</source>
        <translation>调解员培训记录</translation>
    </message>
    <message>
        <source>Mediator of a case</source>
        <translation>案件承办调解员</translation>
    </message>
    <message>
        <source>Service of a document</source>
        <translation>文书送达</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>回访记录</translation>
    </message>
    <message>
        <source>Step after a breach</source>
        <translation>不履行协议后续处理</translation>
    </message>
    <message>
        <source>Supplementary agreement</source>
        <translation>补充协议</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>来访接待</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>转介记录</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>MediatorCommand</name>
    <message>
        <source>  mediator add NAME --qualification CODE [--sex male|female] [--phone P]
           [--employer NAME|CREDIT-CODE] [--workplace TEXT] [--note TEXT]
           [--appointed-on DATE] [--appointed-until DATE] [--appointed-by TEXT]
                      put a mediator on the register (qualification: union_staff, lawyer,
                      legal_worker, hr_professional, volunteer, other; --employer names the
                      employer of the register she works for, for the conflict check)
  mediator list [--all]
                      the register of mediators (active ones; --all: also inactive)</source>
        <translation>  mediator add NAME --qualification CODE [--sex male|female] [--phone P]
           [--employer NAME|CREDIT-CODE] [--workplace TEXT] [--note TEXT]
           [--appointed-on DATE] [--appointed-until DATE] [--appointed-by TEXT]
                      将调解员登记到调解员名册（qualification：union_staff、lawyer、
                      legal_worker、hr_professional、volunteer、other；--employer 指其
                      所在的信息库中的用人单位，用于回避审查）
  mediator list [--all]
                      调解员名册（在册调解员；--all：包括已停用的）</translation>
    </message>
    <message>
        <source>Usage: uniondesk-cli [--db PATH] mediator add|list [options]</source>
        <translation>用法：uniondesk-cli [--db PATH] mediator add|list [选项]</translation>
    </message>
    <message>
        <source>Run &quot;uniondesk-cli mediator --help&quot; for the mediator commands.</source>
        <translation>请运行 uniondesk-cli mediator --help 查看调解员命令。</translation>
    </message>
    <message>
        <source>mediator needs a command: add or list.</source>
        <translation>mediator 需要指定子命令：add 或 list。</translation>
    </message>
    <message>
        <source>Unknown mediator command &quot;%1&quot;; use add or list.</source>
        <translation>未知的 mediator 子命令“%1”，可用值为 add 或 list。</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>未知选项 %1。</translation>
    </message>
    <message>
        <source>mediator add needs exactly one name (in quotes if it has spaces).</source>
        <translation>mediator add 需要且只能有一个姓名（含空格时请加引号）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>“%1”不是日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>No employer named &quot;%1&quot; (or with that credit code) on the register; give the workplace in words with --workplace.</source>
        <translation>信息库中没有名为“%1”（或使用该统一社会信用代码）的用人单位；请用 --workplace 以文字填写工作单位。</translation>
    </message>
    <message>
        <source>Added mediator %1 to the register.</source>
        <translation>已将调解员 %1 登记到调解员名册。</translation>
    </message>
    <message>
        <source>mediator list takes no arguments.</source>
        <translation>mediator list 不接受参数。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>QUALIFICATION</source>
        <translation>资格</translation>
    </message>
    <message>
        <source>WORKS FOR</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>APPOINTED</source>
        <translation>聘任日期</translation>
    </message>
    <message>
        <source>UNTIL</source>
        <translation>聘任期至</translation>
    </message>
    <message>
        <source>TRAINING HOURS</source>
        <translation>培训学时</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>appointment ended</source>
        <translation>聘期已满</translation>
    </message>
    <message>
        <source>not yet appointed</source>
        <translation>尚未聘任</translation>
    </message>
</context>
<context>
    <name>MediatorCommands</name>
    <message>
        <source>Add mediator %1</source>
        <translation>添加调解员 %1</translation>
    </message>
    <message>
        <source>Edit mediator %1</source>
        <translation>修改调解员 %1</translation>
    </message>
    <message>
        <source>Remove mediator</source>
        <translation>删除调解员</translation>
    </message>
    <message>
        <source>Put mediator on the case</source>
        <translation>指派调解员办理本案</translation>
    </message>
    <message>
        <source>Take mediator off the case</source>
        <translation>撤出本案调解员</translation>
    </message>
</context>
<context>
    <name>MediatorRegister</name>
    <message>
        <source>Enter the mediator&apos;s name.</source>
        <translation>请填写调解员姓名。</translation>
    </message>
    <message>
        <source>Unknown sex &quot;%1&quot;.</source>
        <translation>未知性别“%1”。</translation>
    </message>
    <message>
        <source>Choose the mediator&apos;s qualification (art. 11 of the Labour Dispute Mediation and Arbitration Law).</source>
        <translation>请选择调解员的资格（《劳动争议调解仲裁法》第十一条）。</translation>
    </message>
    <message>
        <source>The appointment ends (%1) before it starts (%2).</source>
        <translation>聘任截止日期（%1）早于聘任开始日期（%2）。</translation>
    </message>
    <message>
        <source>Training %1: enter the date.</source>
        <translation>第 %1 次培训：请填写日期。</translation>
    </message>
    <message>
        <source>Training %1: the date %2 is in the future.</source>
        <translation>第 %1 次培训：日期 %2 晚于今天。</translation>
    </message>
    <message>
        <source>Training %1: enter the topic.</source>
        <translation>第 %1 次培训：请填写培训内容。</translation>
    </message>
    <message>
        <source>Training %1: the hours must be between 0 and %2.</source>
        <translation>第 %1 次培训：学时须在 0 至 %2 之间。</translation>
    </message>
    <message>
        <source>%1 is no longer active on the register of mediators and cannot be put on a new case.</source>
        <translation>%1 在调解员名册中已停用，不能指派办理新案件。</translation>
    </message>
    <message>
        <source>The appointment of %1 ended on %2; renew it on the register of mediators before putting her on a new case.</source>
        <translation>%1 的聘期已于 %2 届满；请先在调解员名册中续聘，再指派办理新案件。</translation>
    </message>
    <message>
        <source>The appointment of %1 starts on %2; she cannot be put on a case before then.</source>
        <translation>%1 的聘期自 %2 开始，此前不能指派办理案件。</translation>
    </message>
    <message>
        <source>%1 works for the employer of this case (%2): a mediator with an interest in the dispute should withdraw (回避). Give the reason she stays on the case, e.g. both parties agreed.</source>
        <translation>%1 在本案用人单位（%2）工作：与争议有利害关系的调解员应当回避。如其继续办理本案，请填写理由，例如双方当事人同意。</translation>
    </message>
    <message>
        <source>Unknown qualification &quot;%1&quot;.</source>
        <translation>未知资格“%1”。</translation>
    </message>
    <message>
        <source>Mediator added to the register</source>
        <translation>已将调解员登记到名册</translation>
    </message>
    <message>
        <source>The mediator is no longer on the register.</source>
        <translation>该调解员已不在调解员名册中。</translation>
    </message>
    <message numerus="yes">
        <source>%1 is on %n case(s) and stays on the register; mark her inactive instead.</source>
        <translation>
            <numerusform>%1 已参与 %n 件案件，不能从名册中删除；请改为标记为停用。</numerusform>
        </translation>
    </message>
    <message>
        <source>Mediator removed from the register</source>
        <translation>已将调解员从名册中删除</translation>
    </message>
    <message>
        <source>The case no longer exists.</source>
        <translation>该案件已不存在。</translation>
    </message>
    <message>
        <source>The case is closed; its mediators can no longer change.</source>
        <translation>该案件已结案，调解员不能再变更。</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot; of a mediator on a case.</source>
        <translation>未知的案件调解员角色“%1”。</translation>
    </message>
    <message>
        <source>%1 is already on this case.</source>
        <translation>%1 已在办理本案。</translation>
    </message>
    <message>
        <source>Mediator put on the case</source>
        <translation>已指派调解员办理本案</translation>
    </message>
    <message>
        <source>The mediator is no longer on this case.</source>
        <translation>该调解员已不在本案中。</translation>
    </message>
    <message>
        <source>Mediator taken off the case</source>
        <translation>已撤出本案调解员</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Enter an amount in yuan, for example 1200 or 1,200.50.</source>
        <translation>请输入以元为单位的金额，例如 1200 或 1,200.50。</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in yuan.</source>
        <translation>“%1”不是有效的金额（元）。</translation>
    </message>
    <message>
        <source>An amount has at most two decimals (fen).</source>
        <translation>金额最多保留两位小数（精确到分）。</translation>
    </message>
    <message>
        <source>%1 yuan is more than any single amount can be (at most %2 yuan).</source>
        <translation>%1 元超出单项金额的上限（最多 %2 元）。</translation>
    </message>
</context>
<context>
    <name>NameSortKeys</name>
    <message>
        <source>The name order could not be prepared: %1</source>
        <translation>无法准备姓名的拼音排序：%1</translation>
    </message>
</context>
<context>
    <name>NodeCommand</name>
    <message>
        <source>  node show           show the node and the body that issues its mediation documents
  node set-body NAME  set the issuing body of the mediation documents (e.g. a
                      劳动争议调解委员会, 调解室 or 调解中心); &quot;&quot; goes back to the name made
                      from the node&apos;s organisation unit</source>
        <translation>  node show           显示本节点及出具调解文书的机构
  node set-body NAME  设置调解文书的出具机构（例如劳动争议调解委员会、
                      调解室或调解中心）；&quot;&quot; 表示恢复为
                      根据本节点组织机构生成的名称</translation>
    </message>
    <message>
        <source>Usage: uniondesk-cli [--db PATH] node show|set-body NAME</source>
        <translation>用法：uniondesk-cli [--db PATH] node show|set-body NAME</translation>
    </message>
    <message>
        <source>Run &quot;uniondesk-cli node --help&quot; for the node commands.</source>
        <translation>请运行 uniondesk-cli node --help 查看节点命令。</translation>
    </message>
    <message>
        <source>node needs a command: show or set-body.</source>
        <translation>node 需要指定子命令：show 或 set-body。</translation>
    </message>
    <message>
        <source>Unknown node command &quot;%1&quot;; use show or set-body.</source>
        <translation>未知的 node 子命令“%1”，可用值为 show 或 set-body。</translation>
    </message>
    <message>
        <source>node show takes no arguments.</source>
        <translation>node show 不接受参数。</translation>
    </message>
    <message>
        <source>node set-body needs exactly one name (in quotes if it has spaces; &quot;&quot; to clear it).</source>
        <translation>node set-body 需要且只能有一个名称（含空格时请加引号；&quot;&quot; 表示清除）。</translation>
    </message>
    <message>
        <source>%1 does not exist; create the node first with &quot;uniondesk-cli init&quot;.</source>
        <translation>%1 不存在；请先用 uniondesk-cli init 创建节点。</translation>
    </message>
    <message>
        <source>%1 has not been set up as a node yet.</source>
        <translation>%1 尚未设置为节点。</translation>
    </message>
    <message>
        <source>Node: %1 (%2), organisation unit %3 %4, tier %5</source>
        <translation>节点：%1（%2），组织机构：%3 %4，层级：%5</translation>
    </message>
    <message>
        <source>Issuing body of the mediation documents: %1%2</source>
        <translation>调解文书出具机构：%1%2</translation>
    </message>
    <message>
        <source> (made from the organisation unit; not set)</source>
        <translation>（根据组织机构生成；未设置）</translation>
    </message>
</context>
<context>
    <name>NodeIdentity</name>
    <message>
        <source>City federation of trade unions</source>
        <translation>市总工会</translation>
    </message>
    <message>
        <source>District federation of trade unions</source>
        <translation>区总工会</translation>
    </message>
    <message>
        <source>Street/township union</source>
        <translation>街道（乡镇）工会</translation>
    </message>
    <message>
        <source>Enterprise union</source>
        <translation>企业工会</translation>
    </message>
    <message>
        <source>Industry union</source>
        <translation>产业（行业）工会</translation>
    </message>
    <message>
        <source>This database already belongs to a node; it cannot be set up twice.</source>
        <translation>此数据库已属于某个节点，不能重复设置。</translation>
    </message>
    <message>
        <source>The organisation unit %1 is not in the organisation tree.</source>
        <translation>组织机构 %1 不在组织机构树中。</translation>
    </message>
    <message>
        <source>The node could not be set up: %1</source>
        <translation>无法设置节点：%1</translation>
    </message>
    <message>
        <source>The name of the issuing body is too long (%1 characters; at most %2).</source>
        <translation>出具机构名称过长（%1 个字符；最多 %2 个）。</translation>
    </message>
    <message>
        <source>This database has no node identity yet. Set the node up first.</source>
        <translation>此数据库尚未设置节点身份。请先设置节点。</translation>
    </message>
    <message>
        <source>The issuing body could not be saved: %1</source>
        <translation>无法保存出具机构：%1</translation>
    </message>
    <message>
        <source>Issuing body of the mediation documents</source>
        <translation>调解文书出具机构</translation>
    </message>
    <message>
        <source>The audit entry could not be written: %1</source>
        <translation>未能写入审计记录：%1</translation>
    </message>
</context>
<context>
    <name>NodeKey</name>
    <message>
        <source>The node id &quot;%1&quot; is not valid.</source>
        <translation>节点标识“%1”无效。</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read: %2</source>
        <translation>无法读取密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>The key file %1 is damaged (it should hold %2 bytes).</source>
        <translation>密钥文件 %1 已损坏（应为 %2 字节）。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the node key.</source>
        <translation>无法为节点密钥创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write the node key to %1: %2</source>
        <translation>无法将节点密钥写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>加密库初始化失败。</translation>
    </message>
    <message>
        <source>A password needs at least 8 characters.</source>
        <translation>密码至少需要 8 个字符。</translation>
    </message>
    <message>
        <source>Not enough memory to protect the password.</source>
        <translation>内存不足，无法保护密码。</translation>
    </message>
</context>
<context>
    <name>PolicyCommand</name>
    <message>
        <source>  policy list [PREFIX]
                      the policy values (key, value, where the number comes from)
  policy set KEY VALUE [--reason R]
                      change a policy value, e.g. mediation.recovered_basis agreed (the
                      amount the statistics label as economic loss recovered: paid or
                      agreed); values fixed by law ([P]) cannot be changed</source>
        <translation>  policy list [PREFIX]
                      列出参数（名称、取值、数值依据）
  policy set KEY VALUE [--reason R]
                      修改参数，例如 mediation.recovered_basis agreed（统计中作为
                      挽回经济损失的金额：paid 实际履行金额或 agreed 协议金额）；
                      法律规定的数值（[P]）不能修改</translation>
    </message>
    <message>
        <source>Usage: uniondesk-cli [--db PATH] policy list|set ...</source>
        <translation>用法：uniondesk-cli [--db PATH] policy list|set ...</translation>
    </message>
    <message>
        <source>policy needs a command: list or set.</source>
        <translation>policy 需要指定子命令：list 或 set。</translation>
    </message>
    <message>
        <source>Unknown policy command &quot;%1&quot;; use list or set.</source>
        <translation>未知的 policy 子命令“%1”，可用值为 list 或 set。</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>未知选项 %1。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>policy set needs a key and a value, e.g. policy set mediation.recovered_basis agreed.</source>
        <translation>policy set 需要参数名称和取值，例如 policy set mediation.recovered_basis agreed。</translation>
    </message>
    <message>
        <source>Unknown policy key &quot;%1&quot;; &quot;uniondesk-cli policy list&quot; shows the keys.</source>
        <translation>未知参数“%1”；uniondesk-cli policy list 可列出所有参数。</translation>
    </message>
    <message>
        <source>%1 is fixed by law (%2) and cannot be changed.</source>
        <translation>%1 由法律规定（%2），不能修改。</translation>
    </message>
    <message>
        <source>Set with uniondesk-cli policy set</source>
        <translation>用 uniondesk-cli policy set 设置</translation>
    </message>
    <message>
        <source>%1 is now %2 (was %3).</source>
        <translation>%1 已改为 %2（原为 %3）。</translation>
    </message>
</context>
<context>
    <name>PolicyRepository</name>
    <message>
        <source>The policy key is missing.</source>
        <translation>缺少参数名称。</translation>
    </message>
    <message>
        <source>Give a reason for changing %1; it is recorded in the change history.</source>
        <translation>请填写修改 %1 的理由；理由将记入修改记录。</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>Cannot make %1 private to you.</source>
        <translation>无法把 %1 设为仅限本人访问。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 不是文件夹。</translation>
    </message>
    <message>
        <source>Cannot make the folder %1 private to you.</source>
        <translation>无法把文件夹 %1 设为仅限本人访问。</translation>
    </message>
</context>
<context>
    <name>ReceptionCommand</name>
    <message>
        <source>  reception add --kind CODE --asked TEXT [--date DATE] [--visitor NAME] [--phone P]
           [--employer NAME|CREDIT-CODE] [--workers N] [--migrant] [--dispute CODE]
           [--answer TEXT] [--outcome CODE] [--handled-by NAME]
                      log a consultation or visit that is not a case (kind: consultation,
                      phone, document_drafting, complaint, other; outcome: answered,
                      case_opened, referred, document_written, other); the date is today
                      unless given, the handler the signed-in user
  reception list [--from DATE] [--to DATE]
                      the reception log, newest first</source>
        <translation>  reception add --kind CODE --asked TEXT [--date DATE] [--visitor NAME] [--phone P]
           [--employer NAME|CREDIT-CODE] [--workers N] [--migrant] [--dispute CODE]
           [--answer TEXT] [--outcome CODE] [--handled-by NAME]
                      登记未立案的来访咨询或接待（kind：consultation、phone、
                      document_drafting、complaint、other；outcome：answered、
                      case_opened、referred、document_written、other）；未指定日期时
                      为今天，接待人为当前登录用户
  reception list [--from DATE] [--to DATE]
                      接待登记，最新的在前</translation>
    </message>
    <message>
        <source>Usage: uniondesk-cli [--db PATH] reception add|list [options]</source>
        <translation>用法：uniondesk-cli [--db PATH] reception add|list [选项]</translation>
    </message>
    <message>
        <source>Run &quot;uniondesk-cli reception --help&quot; for the reception commands.</source>
        <translation>请运行 uniondesk-cli reception --help 查看接待登记命令。</translation>
    </message>
    <message>
        <source>reception needs a command: add or list.</source>
        <translation>reception 需要指定子命令：add 或 list。</translation>
    </message>
    <message>
        <source>Unknown reception command &quot;%1&quot;; use add or list.</source>
        <translation>未知的 reception 子命令“%1”，可用值为 add 或 list。</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>未知选项 %1。</translation>
    </message>
    <message>
        <source>reception add takes options only (unexpected &quot;%1&quot;).</source>
        <translation>reception add 只接受选项（多余的“%1”）。</translation>
    </message>
    <message>
        <source>reception add needs --kind CODE.</source>
        <translation>reception add 需要 --kind CODE。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>“%1”不是日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>--workers needs a number, not &quot;%1&quot;.</source>
        <translation>--workers 需要一个数字，而不是“%1”。</translation>
    </message>
    <message>
        <source>Logged the reception of %1.</source>
        <translation>已登记对 %1 的接待。</translation>
    </message>
    <message>
        <source>reception list takes no arguments.</source>
        <translation>reception list 不接受参数。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>VISITOR</source>
        <translation>来访人</translation>
    </message>
    <message>
        <source>EMPLOYER</source>
        <translation>用人单位</translation>
    </message>
    <message>
        <source>WORKERS</source>
        <translation>职工人数</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>CASE</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>HANDLED BY</source>
        <translation>接待人</translation>
    </message>
    <message>
        <source>ASKED</source>
        <translation>咨询事项</translation>
    </message>
</context>
<context>
    <name>ReceptionCommands</name>
    <message>
        <source>Log reception</source>
        <translation>登记接待</translation>
    </message>
    <message>
        <source>Edit reception</source>
        <translation>修改接待登记</translation>
    </message>
    <message>
        <source>Remove reception</source>
        <translation>删除接待登记</translation>
    </message>
    <message>
        <source>Link reception to its case</source>
        <translation>将接待登记关联到案件</translation>
    </message>
    <message>
        <source>Refer visitor</source>
        <translation>转介来访人</translation>
    </message>
</context>
<context>
    <name>ReceptionLog</name>
    <message>
        <source>Enter the date of the visit or call.</source>
        <translation>请填写来访或来电日期。</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>Choose the kind of reception (consultation, phone, documents written…).</source>
        <translation>请选择接待类别（来访咨询、电话咨询、代写文书…）。</translation>
    </message>
    <message>
        <source>The number of workers must be between 1 and %1.</source>
        <translation>职工人数须在 1 至 %1 之间。</translation>
    </message>
    <message>
        <source>Write down what the visitor asked.</source>
        <translation>请记录来访人咨询的事项。</translation>
    </message>
    <message>
        <source>Unknown kind of reception &quot;%1&quot;.</source>
        <translation>未知的接待类别“%1”。</translation>
    </message>
    <message>
        <source>Unknown outcome &quot;%1&quot;.</source>
        <translation>未知的处理结果“%1”。</translation>
    </message>
    <message>
        <source>Unknown dispute type &quot;%1&quot;.</source>
        <translation>未知的争议类型“%1”。</translation>
    </message>
    <message>
        <source>Reception logged</source>
        <translation>已登记接待</translation>
    </message>
    <message>
        <source>The reception entry no longer exists.</source>
        <translation>该接待登记已不存在。</translation>
    </message>
    <message>
        <source>A referral was made from this reception; the entry stays in the log.</source>
        <translation>此次接待已作出转介，该登记不能删除。</translation>
    </message>
    <message>
        <source>Reception entry removed</source>
        <translation>已删除接待登记</translation>
    </message>
    <message>
        <source>Choose the case the reception became.</source>
        <translation>请选择该接待所转成的案件。</translation>
    </message>
    <message>
        <source>The case no longer exists.</source>
        <translation>该案件已不存在。</translation>
    </message>
    <message>
        <source>Reception linked to its case</source>
        <translation>已将接待登记关联到案件</translation>
    </message>
    <message>
        <source>Choose where the visitor is referred to.</source>
        <translation>请选择来访人的转介去向。</translation>
    </message>
    <message>
        <source>Unknown kind of referral &quot;%1&quot;.</source>
        <translation>未知的转介类别“%1”。</translation>
    </message>
    <message>
        <source>Enter the date of the referral.</source>
        <translation>请填写转介日期。</translation>
    </message>
    <message>
        <source>The referral (%1) is before the reception (%2).</source>
        <translation>转介日期（%1）早于接待日期（%2）。</translation>
    </message>
    <message>
        <source>Referral from a reception</source>
        <translation>从接待登记转介</translation>
    </message>
</context>
<context>
    <name>RecordCommand</name>
    <message>
        <source>Redo: %1</source>
        <translation>重做：%1</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>撤销：%1</translation>
    </message>
</context>
<context>
    <name>RecordReplay</name>
    <message>
        <source>The reference data of this version could not be prepared: %1</source>
        <translation>无法准备本版本的基础数据：%1</translation>
    </message>
    <message>
        <source>The records of %1 could not be read for the check.</source>
        <translation>检查时无法读取 %1 的记录。</translation>
    </message>
    <message>
        <source>Record %1 of %2 is in the audit log but its row has been removed.</source>
        <translation>%2 的记录 %1 在审计日志中有记载，但该记录已被删除。</translation>
    </message>
    <message>
        <source>Record %1 of %2 has no audit history: it was added outside UnionDesk.</source>
        <translation>%2 的记录 %1 没有审计历史：它是在 UnionDesk 之外添加的。</translation>
    </message>
    <message>
        <source>Record %1 of %2 differs from its audit history in: %3 (changed outside UnionDesk).</source>
        <translation>%2 的记录 %1 在以下字段与审计历史不符：%3（在 UnionDesk 之外被改动）。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more record(s) of %1 with problems.</source>
        <translation>
            <numerusform>……%1 还有 %n 条记录有问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Record %1 of %2 was purged at version %3, but its audit history does not end deleted at that version (its row was removed outside UnionDesk).</source>
        <translation>%2 的记录 %1 登记为在第 %3 版清除，但其审计历史并非在该版以删除告终（该记录在 UnionDesk 之外被删除）。</translation>
    </message>
</context>
<context>
    <name>RecordStore</name>
    <message>
        <source>This database has no node identity yet. Set the node up first (uniondesk-cli init).</source>
        <translation>此数据库尚未设置节点身份。请先设置节点（uniondesk-cli init）。</translation>
    </message>
    <message>
        <source>%1 is not a table of records.</source>
        <translation>%1 不是记录表。</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is required.</source>
        <translation>字段“%1”为必填项。</translation>
    </message>
    <message>
        <source>Another record already has the same %1.</source>
        <translation>已有其他记录使用了相同的 %1。</translation>
    </message>
    <message>
        <source>The record refers to something that does not exist.</source>
        <translation>该记录引用了不存在的对象。</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>未能保存更改：%1</translation>
    </message>
    <message>
        <source>The audit entry could not be written: %1</source>
        <translation>未能写入审计记录：%1</translation>
    </message>
    <message>
        <source>The change could not be queued for sync: %1</source>
        <translation>未能将更改加入同步队列：%1</translation>
    </message>
    <message>
        <source>%1 has no field &quot;%2&quot; that can be set.</source>
        <translation>%1 没有可设置的字段“%2”。</translation>
    </message>
    <message>
        <source>The record %1 does not exist.</source>
        <translation>记录 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 has no field &quot;%2&quot; that can be changed.</source>
        <translation>%1 没有可修改的字段“%2”。</translation>
    </message>
    <message>
        <source>This record was changed elsewhere meanwhile (it is now at version %1, the edit started from version %2). Reload it and edit again.</source>
        <translation>此记录在此期间已在别处被修改（当前为版本 %1，本次编辑基于版本 %2）。请重新加载后再编辑。</translation>
    </message>
    <message>
        <source>This record has been deleted; restore it before editing.</source>
        <translation>此记录已被删除，请先恢复再编辑。</translation>
    </message>
    <message>
        <source>This record was changed elsewhere meanwhile. Reload it and edit again.</source>
        <translation>此记录在此期间已在别处被修改。请重新加载后再编辑。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>parent unit</source>
        <translation>上级单位</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>organisation unit</source>
        <translation>组织机构</translation>
    </message>
    <message>
        <source>code list</source>
        <translation>代码表</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>A value is outside what is allowed; the change was not saved.</source>
        <translation>有数值超出允许范围，更改未保存。</translation>
    </message>
    <message>
        <source>%1 locked this record on %2 after review: it can no longer be changed here. Ask the reviewer to unlock it if something must be corrected.</source>
        <translation>%1 已于 %2 在审核后锁定该记录：此处不能再修改。如需更正，请审核人解除锁定。</translation>
    </message>
    <message>
        <source>This entry came from the union above (%1) and can only be changed there.</source>
        <translation>该条目来自上级工会（%1），只能在上级修改。</translation>
    </message>
    <message>
        <source>This record was made at another station or desktop (%1); only that one can change it.</source>
        <translation>该记录由其他服务站或电脑（%1）创建；只有创建方可以修改。</translation>
    </message>
    <message>
        <source>The received record of %1 has no &quot;%2&quot;.</source>
        <translation>接收到的 %1 记录缺少“%2”。</translation>
    </message>
    <message>
        <source>The received record of %1 has a field this version does not know: &quot;%2&quot;. Update UnionDesk on this computer.</source>
        <translation>接收到的 %1 记录含有本版本不认识的字段：“%2”。请更新本机的工会工作台。</translation>
    </message>
    <message>
        <source>The received record %1 of %2 has no valid version.</source>
        <translation>接收到的 %2 记录 %1 没有有效的版本号。</translation>
    </message>
</context>
<context>
    <name>RecordTermsSet</name>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>创建人</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>最后修改时间</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>修改人</translation>
    </message>
</context>
<context>
    <name>RegisterCommands</name>
    <message>
        <source>Unknown option %1.</source>
        <translation>未知选项 %1。</translation>
    </message>
    <message>
        <source>import needs what to import (workers or employers) and a file.</source>
        <translation>import 需要指定导入对象（workers 或 employers）和文件。</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;; use workers or employers.</source>
        <translation>未知类型“%1”，可用值为 workers 或 employers。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n worker(s) from %1.</source>
        <translation>
            <numerusform>已从 %1 导入 %n 名职工。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n employer(s) from %1.</source>
        <translation>
            <numerusform>已从 %1 导入 %n 家用人单位。</numerusform>
        </translation>
    </message>
    <message>
        <source>export needs what to export (workers or employers) and a file.</source>
        <translation>export 需要指定导出对象（workers 或 employers）和文件。</translation>
    </message>
    <message>
        <source>The file name must end in .csv or .xlsx: %1</source>
        <translation>文件名须以 .csv 或 .xlsx 结尾：%1</translation>
    </message>
    <message>
        <source>--full-id-numbers applies to workers only.</source>
        <translation>--full-id-numbers 仅适用于职工。</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name.</source>
        <translation>%1 已存在，请另选文件名。</translation>
    </message>
    <message>
        <source>--district takes the code of a district or street in the organisation tree, e.g. 110105; &quot;%1&quot; is not one.</source>
        <translation>--district 须为组织机构树中某个区或街道的代码，例如 110105；“%1”不是。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n worker(s) to %1 with full ID numbers.</source>
        <translation>
            <numerusform>已将 %n 名职工导出到 %1，含完整身份证号码。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n worker(s) to %1 (ID numbers masked).</source>
        <translation>
            <numerusform>已将 %n 名职工导出到 %1（身份证号码已遮蔽）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n employer(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 家用人单位导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add worker %1</source>
        <translation>添加职工 %1</translation>
    </message>
    <message>
        <source>Edit worker %1</source>
        <translation>修改职工 %1</translation>
    </message>
    <message>
        <source>Add employer %1</source>
        <translation>添加用人单位 %1</translation>
    </message>
    <message>
        <source>Edit employer %1</source>
        <translation>修改用人单位 %1</translation>
    </message>
    <message>
        <source>Delete worker %1</source>
        <translation>删除职工 %1</translation>
    </message>
    <message>
        <source>Delete employer %1</source>
        <translation>删除用人单位 %1</translation>
    </message>
    <message>
        <source>records merged</source>
        <translation>记录已合并</translation>
    </message>
    <message numerus="yes">
        <source>import of %n row(s)</source>
        <translation>
            <numerusform>已导入 %n 行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterExport</name>
    <message>
        <source>%1: unsupported file type; use .xlsx or .csv.</source>
        <translation>%1：不支持的文件类型，请使用 .xlsx 或 .csv。</translation>
    </message>
    <message>
        <source>The export could not be logged, so it was not written: %1</source>
        <translation>无法记录本次导出，因此未写入文件：%1</translation>
    </message>
    <message>
        <source>The export could not be logged, so it was removed again: %1</source>
        <translation>无法记录本次导出，因此已删除导出的文件：%1</translation>
    </message>
    <message>
        <source>A %1 may not see full ID numbers, so %2 cannot export them; export the list with masked ID numbers instead.</source>
        <translation>%1无权查看完整的身份证号码，因此 %2 不能导出完整号码；请改为导出隐去部分数字的名单。</translation>
    </message>
</context>
<context>
    <name>RegisterImporter</name>
    <message>
        <source>%1: not in the list of the register.</source>
        <translation>%1：不是信息库规定的可选值。</translation>
    </message>
    <message>
        <source>%1: write 是 or 否.</source>
        <translation>%1：请填写“是”或“否”。</translation>
    </message>
    <message>
        <source>%1: not a date; write it as 2024-01-31.</source>
        <translation>%1：不是日期，请按 2024-01-31 的格式填写。</translation>
    </message>
    <message>
        <source>The number was stored as a number, so Excel rounded its last digits. Format the column as text and enter the number again.</source>
        <translation>该号码以数值形式保存，Excel 已将其末几位舍入。请将该列设置为文本格式后重新输入号码。</translation>
    </message>
    <message>
        <source>The number is masked. Export again with full ID numbers to import it.</source>
        <translation>该号码已遮蔽。请重新导出含完整身份证号码的文件后再导入。</translation>
    </message>
    <message>
        <source>Sex: write 男 or 女.</source>
        <translation>性别：请填写“男”或“女”。</translation>
    </message>
    <message>
        <source>Unknown employer: it is not in the register. Import or enter the employer first.</source>
        <translation>未知的用人单位：信息库中没有该单位。请先导入或录入该用人单位。</translation>
    </message>
    <message>
        <source>Several employers in the register have this name; add the column 单位统一社会信用代码 to say which one.</source>
        <translation>信息库中有多个同名用人单位；请添加“单位统一社会信用代码”一列以指明是哪一个。</translation>
    </message>
    <message>
        <source>Unknown district: it is not in the organisation tree.</source>
        <translation>未知的区：不在组织机构树中。</translation>
    </message>
    <message>
        <source>Several districts have a street of this name; fill in the district.</source>
        <translation>多个区都有该名称的街道；请填写所在区。</translation>
    </message>
    <message>
        <source>Unknown street or township: it is not in the organisation tree.</source>
        <translation>未知的街道或乡镇：不在组织机构树中。</translation>
    </message>
    <message>
        <source>Unknown street or township: it is not in this district.</source>
        <translation>未知的街道或乡镇：不在该区内。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read, all imported.</source>
        <translation>
            <numerusform>共读取 %n 行，已全部导入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) in %1 row(s) of the file (%2 data rows read). Correct the file and import it again.</source>
        <translation>
            <numerusform>未导入任何数据：文件中有 %1 行存在共 %n 个问题（共读取 %2 行数据）。请更正文件后重新导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>Row %1, column %2</source>
        <translation>第 %1 行，%2 列</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>Unknown column(s). Rename them to the template&apos;s headers (%1) or delete them.</source>
        <translation>存在无法识别的列。请将其改为模板中的列名（%1）或删除。</translation>
    </message>
    <message>
        <source>This column gives the same information as another column; keep one of them.</source>
        <translation>此列与另一列内容重复，请只保留其中一列。</translation>
    </message>
    <message>
        <source>The column %1 is missing; it is required.</source>
        <translation>缺少必填列 %1。</translation>
    </message>
    <message>
        <source>The file has no data rows under the headers.</source>
        <translation>文件的表头下方没有数据行。</translation>
    </message>
    <message>
        <source>A value stands in a column without a header.</source>
        <translation>有数据位于没有表头的列中。</translation>
    </message>
    <message>
        <source>%1 Correct the code, or enter this employer by hand and give the reason for keeping it.</source>
        <translation>%1 请更正该代码，或手工录入该用人单位并填写保留理由。</translation>
    </message>
    <message>
        <source>Same as row %1.</source>
        <translation>与第 %1 行相同。</translation>
    </message>
    <message>
        <source>Same employer as row %1 (same name, no credit code).</source>
        <translation>与第 %1 行为同一用人单位（名称相同，且均无统一社会信用代码）。</translation>
    </message>
    <message>
        <source>Could not be saved: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message>
        <source>The import could not be logged, so nothing was imported: %1</source>
        <translation>无法记录本次导入，因此未导入任何数据：%1</translation>
    </message>
    <message>
        <source>A worker with this ID number is already in the register.</source>
        <translation>名册中已有使用该身份证号的职工。</translation>
    </message>
    <message>
        <source>An employer with this credit code is already in the register.</source>
        <translation>名册中已有使用该统一社会信用代码的单位。</translation>
    </message>
    <message>
        <source>ID type: write 居民身份证, 外国人永久居留身份证, 护照, 港澳居民来往内地通行证, 台湾居民来往大陆通行证 or 港澳台居民居住证.</source>
        <translation>证件类型：请填写居民身份证、外国人永久居留身份证、护照、港澳居民来往内地通行证、台湾居民来往大陆通行证或港澳台居民居住证。</translation>
    </message>
    <message>
        <source>%1 To import it as it is, add the column 证件号码保留原因 and write the reason in this row.</source>
        <translation>%1 如需按原样导入，请添加“证件号码保留原因”一列，并在本行填写原因。</translation>
    </message>
    <message>
        <source>The worker&apos;s full name.</source>
        <translation>职工姓名。</translation>
    </message>
    <message>
        <source>男 or 女; may be left empty when the resident ID number gives it.</source>
        <translation>男或女；有居民身份证号码时可不填。</translation>
    </message>
    <message>
        <source>Ethnic group, e.g. 汉族.</source>
        <translation>民族，如汉族。</translation>
    </message>
    <message>
        <source>Date of birth, e.g. 1985-03-02; may be left empty when the resident ID number gives it.</source>
        <translation>出生日期，如 1985-03-02；有居民身份证号码时可不填。</translation>
    </message>
    <message>
        <source>Resident ID number (18 characters), or the number of the document named under ID type. Format the column as text in Excel.</source>
        <translation>居民身份证号码（18 位），或“证件类型”所列证件的号码。请在 Excel 中把该列设为文本格式。</translation>
    </message>
    <message>
        <source>Phone number.</source>
        <translation>联系电话。</translation>
    </message>
    <message>
        <source>Home address.</source>
        <translation>家庭住址。</translation>
    </message>
    <message>
        <source>Household registration: 城镇 (urban) or 农村 (rural).</source>
        <translation>户口性质：城镇或农村。</translation>
    </message>
    <message>
        <source>The employer&apos;s name as in the register of employers.</source>
        <translation>用人单位名称，与用人单位名册一致。</translation>
    </message>
    <message>
        <source>The employer&apos;s unified social credit code (18 characters); finds the employer when the name is written differently.</source>
        <translation>用人单位统一社会信用代码（18 位）；名称写法不同时据此查找单位。</translation>
    </message>
    <message>
        <source>Post or job.</source>
        <translation>岗位或工种。</translation>
    </message>
    <message>
        <source>Union member: 是 or 否.</source>
        <translation>是否工会会员：是或否。</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation>备注。</translation>
    </message>
    <message>
        <source>The kind of ID document when it is not a resident ID (passport, residence permit …).</source>
        <translation>非居民身份证时的证件种类（护照、居住证等）。</translation>
    </message>
    <message>
        <source>Why an ID number that fails the check is to be kept as written.</source>
        <translation>未通过校验的证件号码仍按原样保留的原因。</translation>
    </message>
    <message>
        <source>The employer&apos;s full name as registered.</source>
        <translation>用人单位登记的全称。</translation>
    </message>
    <message>
        <source>Unified social credit code (18 characters).</source>
        <translation>统一社会信用代码（18 位）。</translation>
    </message>
    <message>
        <source>Kind of employer (enterprise, public institution …).</source>
        <translation>单位类型（企业、事业单位等）。</translation>
    </message>
    <message>
        <source>Industry, by name or code.</source>
        <translation>所属行业，名称或代码。</translation>
    </message>
    <message>
        <source>Number of employees.</source>
        <translation>职工人数。</translation>
    </message>
    <message>
        <source>Has a trade union: 是 or 否.</source>
        <translation>是否建会：是或否。</translation>
    </message>
    <message>
        <source>The day the union was founded, e.g. 2015-06-30.</source>
        <translation>建会日期，如 2015-06-30。</translation>
    </message>
    <message>
        <source>Has a workers&apos; congress (职代会): 是 or 否.</source>
        <translation>是否建立职代会：是或否。</translation>
    </message>
    <message>
        <source>Practises open factory affairs (厂务公开): 是 or 否.</source>
        <translation>是否实行厂务公开：是或否。</translation>
    </message>
    <message>
        <source>Practises collective bargaining (集体协商): 是 or 否.</source>
        <translation>是否开展集体协商：是或否。</translation>
    </message>
    <message>
        <source>Legal representative.</source>
        <translation>法定代表人。</translation>
    </message>
    <message>
        <source>Address.</source>
        <translation>地址。</translation>
    </message>
    <message>
        <source>District, e.g. 朝阳区.</source>
        <translation>所在区，如朝阳区。</translation>
    </message>
    <message>
        <source>Street or township, e.g. 八里庄街道.</source>
        <translation>所在街道（乡镇），如八里庄街道。</translation>
    </message>
    <message>
        <source>Why a credit code that fails the check is to be kept as written.</source>
        <translation>未通过校验的信用代码仍按原样保留的原因。</translation>
    </message>
    <message>
        <source>None of the file&apos;s columns is one the program reads, so the header row was not recognised. Give the columns the template&apos;s headers (%1).</source>
        <translation>文件中没有一列是本程序读取的列，未能识别表头行。请按模板的表头命名各列（%1）。</translation>
    </message>
    <message>
        <source>Columns not read (the program does not use them): %1</source>
        <translation>未读取的列（本程序不使用）：%1</translation>
    </message>
    <message>
        <source>Birth date: give the day too (1985-03-12); only a resident ID number can supply it.</source>
        <translation>出生日期：请写到日（如 1985-03-12）；只有居民身份证号码才能补出日期。</translation>
    </message>
    <message>
        <source>Birth date: the ID number gives %1, another month.</source>
        <translation>出生日期：身份证号码显示为 %1，年月不一致。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was saved.</source>
        <translation>导入已取消，未保存任何记录。</translation>
    </message>
</context>
<context>
    <name>RegisterService</name>
    <message>
        <source>Say why the two records are the same; the reason is kept in the audit log.</source>
        <translation>请说明两条记录为何是同一对象；理由将记入审计日志。</translation>
    </message>
    <message>
        <source>Choose two different records to merge.</source>
        <translation>请选择两条不同的记录进行合并。</translation>
    </message>
    <message>
        <source>A deleted or already merged record cannot be merged.</source>
        <translation>已删除或已合并的记录不能再合并。</translation>
    </message>
    <message>
        <source>The two workers have different ID numbers; they are not the same person.</source>
        <translation>两名职工的身份证号码不同，不是同一人。</translation>
    </message>
    <message>
        <source>The two employers have different credit codes; they are not the same employer.</source>
        <translation>两家单位的统一社会信用代码不同，不是同一单位。</translation>
    </message>
    <message>
        <source>Merged into %1 (%2): %3</source>
        <translation>已并入 %1（%2）：%3</translation>
    </message>
    <message>
        <source>Merged from %1 (%2): %3</source>
        <translation>已合并 %1（%2）的信息：%3</translation>
    </message>
    <message>
        <source>Employer %1 merged into %2: %3</source>
        <translation>用人单位 %1 已并入 %2：%3</translation>
    </message>
    <message>
        <source>The worker is no longer in the register.</source>
        <translation>该职工已不在名册中。</translation>
    </message>
    <message>
        <source>The employer is no longer in the register.</source>
        <translation>该用人单位已不在名册中。</translation>
    </message>
    <message>
        <source>The record was not checked, so it was not saved.</source>
        <translation>该记录未经校验，未予保存。</translation>
    </message>
</context>
<context>
    <name>RegisterTerms</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>职工</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>用人单位</translation>
    </message>
    <message>
        <source>Employer name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>已合并到</translation>
    </message>
</context>
<context>
    <name>RegisterValidator</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Hukou type</source>
        <translation>户口性质</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Union member</source>
        <translation>工会会员</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Reason to keep the credit code</source>
        <translation>保留该信用代码的理由</translation>
    </message>
    <message>
        <source>Employer type</source>
        <translation>单位类型</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>所属行业</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>职工人数</translation>
    </message>
    <message>
        <source>Union founded</source>
        <translation>已建工会</translation>
    </message>
    <message>
        <source>Union founded on</source>
        <translation>建会日期</translation>
    </message>
    <message>
        <source>Workers&apos; congress</source>
        <translation>职工代表大会</translation>
    </message>
    <message>
        <source>Open factory affairs</source>
        <translation>厂务公开</translation>
    </message>
    <message>
        <source>Collective bargaining</source>
        <translation>集体协商</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>District</source>
        <translation>所在区</translation>
    </message>
    <message>
        <source>Street/township</source>
        <translation>所在街道（乡镇）</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date; write it as 2024-03-31.</source>
        <translation>%1：“%2”不是有效日期，请按 2024-03-31 的格式填写。</translation>
    </message>
    <message>
        <source>%1: %2 is in the future.</source>
        <translation>%1：%2 晚于今天。</translation>
    </message>
    <message>
        <source>%1: %2 is too early.</source>
        <translation>%1：%2 过早，不合常理。</translation>
    </message>
    <message>
        <source>A worker has no field &quot;%1&quot;.</source>
        <translation>职工信息中没有“%1”这一项。</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>姓名为必填项。</translation>
    </message>
    <message>
        <source>Sex: &quot;%1&quot; is neither male nor female.</source>
        <translation>性别：“%1”既不是男也不是女。</translation>
    </message>
    <message>
        <source>The birth date %1 does not match the ID number, which says %2.</source>
        <translation>出生日期 %1 与身份证号码不符，号码显示为 %2。</translation>
    </message>
    <message>
        <source>The sex does not match the ID number (its 17th digit says %1).</source>
        <translation>性别与身份证号码不符（第 17 位显示为%1）。</translation>
    </message>
    <message>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not in the list.</source>
        <translation>%1：“%2”不在可选范围内。</translation>
    </message>
    <message>
        <source>The employer is not in the register.</source>
        <translation>该工作单位不在信息库中。</translation>
    </message>
    <message>
        <source>Phone: &quot;%1&quot; is not a phone number.</source>
        <translation>联系电话：“%1”不是有效的电话号码。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is neither yes nor no.</source>
        <translation>%1：“%2”应为“是”或“否”。</translation>
    </message>
    <message>
        <source>An employer has no field &quot;%1&quot;.</source>
        <translation>用人单位信息中没有“%1”这一项。</translation>
    </message>
    <message>
        <source>The employer&apos;s name is required.</source>
        <translation>单位名称为必填项。</translation>
    </message>
    <message>
        <source>Employees: &quot;%1&quot; is not a number of people.</source>
        <translation>职工人数：“%1”不是有效人数。</translation>
    </message>
    <message>
        <source>A union founding date is given, but the employer is marked as having no union.</source>
        <translation>填写了建会日期，但该单位被标记为未建工会。</translation>
    </message>
    <message>
        <source>District: &quot;%1&quot; is not a known district.</source>
        <translation>所在区：“%1”不是已知的区。</translation>
    </message>
    <message>
        <source>Street/township: &quot;%1&quot; is not a known street or township.</source>
        <translation>所在街道（乡镇）：“%1”不是已知的街道或乡镇。</translation>
    </message>
    <message>
        <source>Street/township: &quot;%1&quot; is not in the chosen district.</source>
        <translation>所在街道（乡镇）：“%1”不在所选的区内。</translation>
    </message>
    <message numerus="yes">
        <source>%1 is too long: at most %n character(s), this has %2.</source>
        <translation>
            <numerusform>%1过长：最多 %n 个字符，现有 %2 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>Reason to keep the ID number</source>
        <translation>证件号码保留原因</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>  report mediation (--period P | --from DATE --to DATE) --format csv|xlsx|json
           [--output FILE] [--org-unit PREFIX]
                      mediation statistics of a period (accepted, closed, succeeded,
                      success rate, money recovered, workers, by dispute type and source);
                      P is 2026, 2026-H1, 2026-Q1 or 2026-03, DATE is yyyy-MM-dd (both days
                      included); CSV and JSON go to standard output without --output,
                      XLSX needs --output FILE.xlsx; --org-unit counts only the cases of
                      organisation units whose code starts with PREFIX</source>
        <translation>  report mediation (--period P | --from DATE --to DATE) --format csv|xlsx|json
           [--output FILE] [--org-unit PREFIX]
                      某一期间的调解统计（受理、结案、调解成功、成功率、挽回经济损失、
                      涉及职工人数，并按争议类型和案件来源分列）；P 为 2026、2026-H1、
                      2026-Q1 或 2026-03，DATE 为 yyyy-MM-dd（含起止两日）；未给 --output 时
                      CSV 和 JSON 输出到标准输出，XLSX 须指定 --output FILE.xlsx；
                      --org-unit 只统计代码以 PREFIX 开头的
                      组织机构的案件</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>未知选项 %1。</translation>
    </message>
    <message>
        <source>report needs what to report: mediation.</source>
        <translation>report 须指定报表：mediation。</translation>
    </message>
    <message>
        <source>Unknown report &quot;%1&quot;; the reports are: mediation.</source>
        <translation>未知报表“%1”；可用的报表：mediation。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>Give either --period or --from and --to, not both.</source>
        <translation>请指定 --period，或同时指定 --from 和 --to，二者不能并用。</translation>
    </message>
    <message>
        <source>--from &quot;%1&quot; is not a date; write yyyy-MM-dd, e.g. 2026-01-01.</source>
        <translation>--from“%1”不是日期；请按 yyyy-MM-dd 填写，例如 2026-01-01。</translation>
    </message>
    <message>
        <source>--to &quot;%1&quot; is not a date; write yyyy-MM-dd, e.g. 2026-03-31.</source>
        <translation>--to“%1”不是日期；请按 yyyy-MM-dd 填写，例如 2026-03-31。</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2.</source>
        <translation>--from %1 晚于 --to %2。</translation>
    </message>
    <message>
        <source>--from and --to go together: give both days of the period.</source>
        <translation>--from 和 --to 须同时指定：请给出统计期间的起止两日。</translation>
    </message>
    <message>
        <source>report mediation needs a period: --period 2026-Q1, or --from DATE --to DATE.</source>
        <translation>report mediation 须指定统计期间：--period 2026-Q1，或 --from 日期 --to 日期。</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use csv, xlsx or json.</source>
        <translation>未知格式“%1”；请使用 csv、xlsx 或 json。</translation>
    </message>
    <message>
        <source>report mediation needs --format csv, xlsx or json.</source>
        <translation>report mediation 须指定 --format csv、xlsx 或 json。</translation>
    </message>
    <message>
        <source>An Excel report is a file: give --output FILE.xlsx.</source>
        <translation>Excel 报表只能写入文件：请指定 --output FILE.xlsx。</translation>
    </message>
    <message>
        <source>An Excel report needs a file name ending in .xlsx: %1</source>
        <translation>Excel 报表的文件名须以 .xlsx 结尾：%1</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 是文件夹；请指定文件名。</translation>
    </message>
    <message>
        <source>Mediation statistics for %1 (%2 to %3) written to %4.</source>
        <translation>%1（%2 至 %3）的调解统计已写入 %4。</translation>
    </message>
</context>
<context>
    <name>RequestSignature</name>
    <message>
        <source>The request has no %1 header, so it is not signed. Update UnionDesk on the sending computer and try again.</source>
        <translation>该请求没有 %1 请求头，即未签名。请更新发送方电脑上的工会工作台后重试。</translation>
    </message>
    <message>
        <source>The request&apos;s %1 header is not valid. Update UnionDesk on the sending computer and try again.</source>
        <translation>该请求的 %1 请求头无效。请更新发送方电脑上的工会工作台后重试。</translation>
    </message>
    <message>
        <source>The request&apos;s signature does not match the key registered for node %1. If this node&apos;s key was replaced, enroll it again.</source>
        <translation>该请求的签名与节点 %1 登记的密钥不符。如该节点的密钥已更换，请重新申请接入。</translation>
    </message>
    <message numerus="yes">
        <source>The sending computer&apos;s clock is %n minute(s) ahead of the hub&apos;s. Set its date, time and time zone right and try again.</source>
        <translation>
            <numerusform>发送方电脑的时钟比枢纽快 %n 分钟。请校正其日期、时间和时区后重试。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sending computer&apos;s clock is %n minute(s) behind the hub&apos;s. Set its date, time and time zone right and try again.</source>
        <translation>
            <numerusform>发送方电脑的时钟比枢纽慢 %n 分钟。请校正其日期、时间和时区后重试。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResidentId</name>
    <message>
        <source>a space</source>
        <translation>空格</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (U+%2, a full-width digit)</source>
        <translation>&apos;%1&apos;（U+%2，全角数字）</translation>
    </message>
    <message>
        <source>No resident ID number was entered.</source>
        <translation>未输入居民身份证号码。</translation>
    </message>
    <message>
        <source>A resident ID number has 18 characters (15 on old first-generation cards); this one has %1.</source>
        <translation>居民身份证号码应为 18 位（早期第一代身份证为 15 位），当前输入为 %1 位。</translation>
    </message>
    <message>
        <source>Character %1 is %2, but a 15-digit ID number contains only digits.</source>
        <translation>第 %1 位是%2，但 15 位身份证号码只能由数字组成。</translation>
    </message>
    <message>
        <source>The last character is %1, but it must be a digit or X.</source>
        <translation>最后一位是%1，但只能是数字或 X。</translation>
    </message>
    <message>
        <source>Character %1 is %2, but the first 17 characters of an ID number must be digits.</source>
        <translation>第 %1 位是%2，但身份证号码的前 17 位必须是数字。</translation>
    </message>
    <message>
        <source>Birth date %1 does not exist.</source>
        <translation>出生日期 %1 不是有效日期。</translation>
    </message>
    <message>
        <source>Birth date %1 is before %2; check the digits of the date.</source>
        <translation>出生日期 %1 早于 %2，请核对日期的各位数字。</translation>
    </message>
    <message>
        <source>Birth date %1 is in the future (today is %2).</source>
        <translation>出生日期 %1 晚于今天（今天是 %2）。</translation>
    </message>
    <message>
        <source>The check digit should be %1, not %2. If the last character is right, another digit may be mistyped.</source>
        <translation>校验码应为 %1，而不是 %2。如果最后一位无误，则可能是其他某位数字输错。</translation>
    </message>
    <message>
        <source>The first six digits %1 are in no list of GB/T 2260 area codes, current or retired. Check the number against the card; if it is right, keep it and give the reason.</source>
        <translation>前六位 %1 不在 GB/T 2260 的任何现行或已撤销的行政区划代码中。请对照证件核对号码；如无误，可保留并填写理由。</translation>
    </message>
</context>
<context>
    <name>ReviewClient</name>
    <message>
        <source>This database has no node identity yet; set the node up first.</source>
        <translation>此数据库尚未设置节点身份；请先设置节点。</translation>
    </message>
    <message>
        <source>This computer is not enrolled with a hub. Enroll it as a reviewer first.</source>
        <translation>本机尚未接入枢纽。请先以审核人身份申请接入。</translation>
    </message>
</context>
<context>
    <name>ReviewCommand</name>
    <message>
        <source>  review list [--table T] [--unit CODE] [--state pending|new|changed|returned|all]
                      the hub&apos;s queue of records from below (reviewers&apos; desktops)
  review show TABLE ID  one record as it reached the hub, with its reviews
  review decide TABLE ID VERSION approve|return|lock|unlock [--reason TEXT]
                      a decision; it reaches the station on its next sync
  review duplicates [--all]  people or employers registered by two units with the same
                      ID number or credit code
  review pair TABLE ID ID same|different  what the two records of a pair are</source>
        <translation>  review list [--table T] [--unit CODE] [--state pending|new|changed|returned|all]
                      枢纽上来自下级的记录审核队列（供审核人电脑使用）
  review show TABLE ID  显示到达枢纽时的一条记录及其审核情况
  review decide TABLE ID VERSION approve|return|lock|unlock [--reason TEXT]
                      作出审核决定；服务站下次同步时收到
  review duplicates [--all]  两个组织机构以相同身份证号码或统一社会信用代码
                      登记的人员或用人单位（疑似重复）
  review pair TABLE ID ID same|different  判定一对记录是否为同一对象</translation>
    </message>
    <message>
        <source>Usage: uniondesk-cli [--db PATH] review list|show|decide ...</source>
        <translation>用法：uniondesk-cli [--db PATH] review list|show|decide ...</translation>
    </message>
    <message>
        <source>Run &quot;uniondesk-cli review --help&quot; for the review commands.</source>
        <translation>运行“uniondesk-cli review --help”查看审核命令。</translation>
    </message>
    <message>
        <source>review needs a command: list, show or decide.</source>
        <translation>review 需要指定命令：list、show 或 decide。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>review show needs TABLE and ID.</source>
        <translation>review show 需要 TABLE 和 ID。</translation>
    </message>
    <message>
        <source>review pair needs TABLE, the two ids and same or different.</source>
        <translation>review pair 需要 TABLE、两个标识以及 same 或 different。</translation>
    </message>
    <message>
        <source>review decide needs TABLE, ID, VERSION and the decision.</source>
        <translation>review decide 需要 TABLE、ID、VERSION 和审核决定。</translation>
    </message>
    <message>
        <source>Unknown review command &quot;%1&quot;; use list, show, decide, duplicates or pair.</source>
        <translation>未知的审核命令“%1”；可用命令：list、show、decide、duplicates 或 pair。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>Only a reviewer or an administrator may review records.</source>
        <translation>只有审核人或管理员可以审核记录。</translation>
    </message>
    <message>
        <source>Nothing to review.</source>
        <translation>没有需要审核的记录。</translation>
    </message>
    <message>
        <source>%1 %2, version %3, unit %4</source>
        <translation>%1 %2，第 %3 版，组织机构 %4</translation>
    </message>
    <message>
        <source>  review of version %1: %2 by %3 on %4 %5</source>
        <translation>  第 %1 版的审核：%2，审核人 %3，日期 %4 %5</translation>
    </message>
    <message>
        <source>No possible duplicates.</source>
        <translation>没有疑似重复的记录。</translation>
    </message>
    <message>
        <source>Recorded: %1.</source>
        <translation>已记录：%1。</translation>
    </message>
    <message>
        <source>VERSION is the version you reviewed, a number such as 3.</source>
        <translation>VERSION 为您所审核的版本，是一个数字，如 3。</translation>
    </message>
    <message>
        <source>Decision recorded (%1); it reaches the station on its next sync.</source>
        <translation>审核决定已记录（%1）；服务站下次同步时收到。</translation>
    </message>
</context>
<context>
    <name>SelfSignedCert</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The certificate must last from 1 to 36500 days, not %1.</source>
        <translation>证书有效期须为 1 至 36500 天，而不是 %1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a host name nor an IP address.</source>
        <translation>“%1”既不是主机名，也不是 IP 地址。</translation>
    </message>
    <message>
        <source>Cannot make the certificate (%1: %2).</source>
        <translation>无法生成证书（%1：%2）。</translation>
    </message>
    <message>
        <source>%1 already exists; remove it first or choose another name.</source>
        <translation>%1 已存在；请先删除，或另选文件名。</translation>
    </message>
</context>
<context>
    <name>ServiceCommand</name>
    <message>
        <source>Redo: %1</source>
        <translation>重做：%1</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>撤销：%1</translation>
    </message>
</context>
<context>
    <name>StatisticsPeriod</name>
    <message>
        <source>A period needs a valid first and last day.</source>
        <translation>统计期间须有有效的起止日期。</translation>
    </message>
    <message>
        <source>A period must lie between the years %1 and %2.</source>
        <translation>统计期间须在 %1 年至 %2 年之间。</translation>
    </message>
    <message>
        <source>The period starts (%1) after it ends (%2).</source>
        <translation>统计期间的起始日期（%1）晚于截止日期（%2）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a period; write a year (2026), a half-year (2026-H1), a quarter (2026-Q1), a month (2026-03) or a range of days (2026-01-05..2026-02-10).</source>
        <translation>“%1”不是统计期间；请填写年份（2026）、半年（2026-H1）、季度（2026-Q1）、月份（2026-03）或日期范围（2026-01-05..2026-02-10）。</translation>
    </message>
    <message>
        <source>%2/%1</source>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <source>Q%2 %1</source>
        <translation>%1年第%2季度</translation>
    </message>
    <message>
        <source>First half of %1</source>
        <translation>%1年上半年</translation>
    </message>
    <message>
        <source>Second half of %1</source>
        <translation>%1年下半年</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>%1年</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1至%2</translation>
    </message>
</context>
<context>
    <name>SyncBundle</name>
    <message>
        <source>The bundle %1 cannot be written (zip error %2).</source>
        <translation>无法写入数据包 %1（zip 错误 %2）。</translation>
    </message>
    <message>
        <source>The bundle %1 cannot be written: %2</source>
        <translation>无法写入数据包 %1：%2</translation>
    </message>
    <message>
        <source>The bundle %1 cannot be put in place.</source>
        <translation>无法将数据包 %1 放到目标位置。</translation>
    </message>
    <message>
        <source>The bundle %1 cannot be opened.</source>
        <translation>无法打开数据包 %1。</translation>
    </message>
    <message>
        <source>%1 is not a whole UnionDesk bundle: the file is damaged or was cut short (copy it again from the station).</source>
        <translation>%1 不是完整的工会工作台数据包：文件已损坏或不完整（请从服务站重新拷贝）。</translation>
    </message>
    <message>
        <source>%1 is damaged.</source>
        <translation>%1 已损坏。</translation>
    </message>
    <message>
        <source>%1 holds an entry larger than a bundle may be.</source>
        <translation>%1 中有一项超出了数据包允许的大小。</translation>
    </message>
    <message>
        <source>%1 is damaged: an entry cannot be read whole.</source>
        <translation>%1 已损坏：有一项无法完整读取。</translation>
    </message>
    <message>
        <source>%1 is not a UnionDesk bundle.</source>
        <translation>%1 不是工会工作台数据包。</translation>
    </message>
    <message>
        <source>%1 was written by another version of UnionDesk (bundle format %2); update the program that reads it.</source>
        <translation>%1 由其他版本的工会工作台写入（数据包格式 %2）；请更新读取它的程序。</translation>
    </message>
    <message>
        <source>%1 is not signed.</source>
        <translation>%1 未签名。</translation>
    </message>
    <message>
        <source>%1 has been changed: its entries are not those its manifest lists.</source>
        <translation>%1 已被改动：其中的内容与清单所列不符。</translation>
    </message>
    <message>
        <source>%1 has been changed: %2 does not match its manifest.</source>
        <translation>%1 已被改动：%2 与清单不符。</translation>
    </message>
    <message>
        <source>This is not a bundle of changes from a station.</source>
        <translation>这不是服务站的更改数据包。</translation>
    </message>
    <message>
        <source>A record of the bundle cannot be read.</source>
        <translation>无法读取数据包中的一条记录。</translation>
    </message>
    <message>
        <source>The bundle holds %1 records, its manifest says %2.</source>
        <translation>数据包中有 %1 条记录，但清单记载为 %2 条。</translation>
    </message>
    <message>
        <source>This is not an acknowledgement from a hub.</source>
        <translation>这不是枢纽的回执。</translation>
    </message>
    <message>
        <source>The hub&apos;s answer in the bundle cannot be read.</source>
        <translation>无法读取数据包中枢纽的答复。</translation>
    </message>
</context>
<context>
    <name>SyncCodec</name>
    <message>
        <source>The request is larger than %1 bytes once unpacked. Send it in smaller parts.</source>
        <translation>该请求解压后超过 %1 字节。请分批发送。</translation>
    </message>
    <message>
        <source>The request&apos;s compressed body is damaged or cut off. Send it again.</source>
        <translation>该请求的压缩正文已损坏或不完整。请重新发送。</translation>
    </message>
    <message>
        <source>The request is larger than %1 bytes. Send it in smaller parts.</source>
        <translation>该请求超过 %1 字节。请分批发送。</translation>
    </message>
    <message>
        <source>The request is not valid JSON (%1 at byte %2). Send it again.</source>
        <translation>该请求不是有效的 JSON（%1，位于第 %2 字节）。请重新发送。</translation>
    </message>
    <message>
        <source>The request should be one JSON object.</source>
        <translation>该请求应为一个 JSON 对象。</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>  sync enroll --hub URL [--certificate FILE]
                      ask the hub of the union above to enroll this node (administrators);
                      prints the fingerprint to read out to the hub&apos;s administrator. FILE:
                      the hub&apos;s certificate when it is self-signed
  sync now            send what changed here to the hub and take what came down
  sync status         when sync last worked, what waits, what the hub refused
  sync conflicts      records changed at two places, with the fields that differ
  sync resolve ID --keep FIELD=local|remote [--keep ...]
                      settle a conflict field by field: keep this computer&apos;s value
                      (local) or the other version&apos;s (remote)
  sync bundle export FILE  the changes waiting to go up, as a signed bundle for a USB stick
  sync bundle ack FILE     take in the hub&apos;s acknowledgement bundle</source>
        <translation>  sync enroll --hub URL [--certificate FILE]
                      向上级工会的枢纽申请接入本节点（限管理员）；
                      显示密钥指纹，供向枢纽管理员宣读核对。FILE：
                      枢纽使用自签名证书时，枢纽的证书文件
  sync now            将本机的更改上传到枢纽，并接收下发的数据
  sync status         显示上次同步成功的时间、待上传的内容和枢纽拒收的记录
  sync conflicts      列出在两处被修改的记录，以及取值不同的字段
  sync resolve ID --keep FIELD=local|remote [--keep ...]
                      逐字段解决冲突：保留本机的值
                      （local）或另一版本的值（remote）
  sync bundle export FILE  将待上传的更改导出为经签名的数据包，用 U 盘报送
  sync bundle ack FILE     导入枢纽的回执数据包</translation>
    </message>
    <message>
        <source>Usage: uniondesk-cli [--db PATH] sync enroll --hub URL [--certificate FILE] | now | status | conflicts | resolve ID --keep FIELD=local|remote</source>
        <translation>用法：uniondesk-cli [--db PATH] sync enroll --hub URL [--certificate FILE] | now | status | conflicts | resolve ID --keep FIELD=local|remote</translation>
    </message>
    <message>
        <source>Run &quot;uniondesk-cli sync --help&quot; for the sync commands.</source>
        <translation>运行“uniondesk-cli sync --help”查看同步命令。</translation>
    </message>
    <message>
        <source>sync needs a command: enroll, now or status.</source>
        <translation>sync 需要指定命令：enroll、now 或 status。</translation>
    </message>
    <message>
        <source>Unknown or incomplete option for sync enroll: %1</source>
        <translation>sync enroll 的选项未知或不完整：%1</translation>
    </message>
    <message>
        <source>sync enroll needs the hub&apos;s address: --hub https://HOST:PORT</source>
        <translation>sync enroll 需要枢纽地址：--hub https://HOST:PORT</translation>
    </message>
    <message>
        <source>sync bundle takes export FILE or ack FILE.</source>
        <translation>sync bundle 需要 export FILE 或 ack FILE。</translation>
    </message>
    <message>
        <source>sync resolve needs the conflict&apos;s id (see &quot;uniondesk-cli sync conflicts&quot;).</source>
        <translation>sync resolve 需要冲突的标识（见“uniondesk-cli sync conflicts”）。</translation>
    </message>
    <message>
        <source>sync %1 takes no arguments.</source>
        <translation>sync %1 不接受参数。</translation>
    </message>
    <message>
        <source>Unknown sync command &quot;%1&quot;; use enroll, now, status, conflicts or resolve.</source>
        <translation>未知的同步命令“%1”；可用命令：enroll、now、status、conflicts 或 resolve。</translation>
    </message>
    <message>
        <source>%1 does not exist; create the node first with &quot;uniondesk-cli init&quot;.</source>
        <translation>%1 不存在；请先用“uniondesk-cli init”创建节点。</translation>
    </message>
    <message>
        <source>%1 has not been set up as a node yet.</source>
        <translation>%1 尚未设置为节点。</translation>
    </message>
    <message>
        <source>Only an administrator may enroll this node with a hub.</source>
        <translation>只有管理员可以为本节点申请接入枢纽。</translation>
    </message>
    <message>
        <source>The certificate %1 cannot be read: %2</source>
        <translation>无法读取证书 %1：%2</translation>
    </message>
    <message>
        <source>Key fingerprint of this node: %1 — read it out to the hub&apos;s administrator, who compares it before approving.</source>
        <translation>本节点的密钥指纹：%1 —— 请向枢纽管理员宣读，由其核对后批准。</translation>
    </message>
    <message>
        <source>Sync done: %1 record(s) sent in %2 batch(es), %3 refused, %4 conflict(s); %5 item(s) received.</source>
        <translation>同步完成：上传 %1 条记录，共 %2 个批次，拒收 %3 条，冲突 %4 处；接收 %5 项。</translation>
    </message>
    <message>
        <source>Nothing waits to be sent.</source>
        <translation>没有待上传的内容。</translation>
    </message>
    <message>
        <source>Bundle %1 written: batch %2 with %3 record(s). Take it to the hub; bring back its acknowledgement.</source>
        <translation>已写出数据包 %1：批次 %2，含 %3 条记录。请将其带到枢纽导入，并带回回执。</translation>
    </message>
    <message>
        <source>Acknowledgement taken in: %1 record(s) answered by the hub.</source>
        <translation>已导入回执：枢纽已答复 %1 条记录。</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>没有未解决的冲突。</translation>
    </message>
    <message>
        <source>%1  %2 %3: this computer&apos;s version %4, the other version %5 (kept by every tier: %6)</source>
        <translation>%1  %2 %3：本机版本 %4，另一版本 %5（各级统一保留：%6）</translation>
    </message>
    <message>
        <source>this computer&apos;s</source>
        <translation>本机版本</translation>
    </message>
    <message>
        <source>the other</source>
        <translation>另一版本</translation>
    </message>
    <message>
        <source>Unknown or incomplete option for sync resolve: %1</source>
        <translation>sync resolve 的选项未知或不完整：%1</translation>
    </message>
    <message>
        <source>--keep takes FIELD=local or FIELD=remote.</source>
        <translation>--keep 的写法为 FIELD=local 或 FIELD=remote。</translation>
    </message>
    <message>
        <source>Conflict %1 settled; the record goes up with the next sync.</source>
        <translation>冲突 %1 已解决；该记录将在下次同步时上传。</translation>
    </message>
    <message>
        <source>Hub: %1</source>
        <translation>枢纽：%1</translation>
    </message>
    <message>
        <source>(none: enroll first)</source>
        <translation>（无：请先申请接入）</translation>
    </message>
    <message>
        <source>Enrollment: %1%2</source>
        <translation>接入状态：%1%2</translation>
    </message>
    <message>
        <source>Last success: %1</source>
        <translation>最近一次成功同步：%1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>最近一次错误：%1</translation>
    </message>
    <message>
        <source>Waiting to send: %1 record(s); sent, not yet answered: %2; refused by the hub: %3; open conflicts: %4</source>
        <translation>待上传：%1 条记录；已上传未答复：%2；枢纽拒收：%3；未解决的冲突：%4</translation>
    </message>
    <message>
        <source>  refused by the hub: %1 %2 (version %3): %4</source>
        <translation>  枢纽拒收：%1 %2（第 %3 版）：%4</translation>
    </message>
    <message>
        <source>  received but not applied: %1 %2 (version %3): %4</source>
        <translation>  已接收未应用：%1 %2（第 %3 版）：%4</translation>
    </message>
    <message>
        <source>Enrollment of node %1 requested at %2 (status: %3).</source>
        <translation>已向 %2 提出节点 %1 的接入申请（状态：%3）。</translation>
    </message>
</context>
<context>
    <name>SyncConflicts</name>
    <message>
        <source>There is no open conflict %1.</source>
        <translation>没有未解决的冲突 %1。</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is not one where the two versions differ.</source>
        <translation>字段“%1”不是两个版本取值不同的字段。</translation>
    </message>
    <message>
        <source>Keep each field from this computer (local) or from the other version (remote).</source>
        <translation>每个字段请选择保留本机的值（local）或另一版本的值（remote）。</translation>
    </message>
    <message>
        <source>conflict resolved field by field (versions %1 and %2)</source>
        <translation>逐字段解决冲突（版本 %1 和 %2）</translation>
    </message>
</context>
<context>
    <name>SyncFieldReader</name>
    <message>
        <source>The field &quot;%1&quot; is missing.</source>
        <translation>缺少字段“%1”。</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; should be text.</source>
        <translation>字段“%1”应为文本。</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is empty.</source>
        <translation>字段“%1”为空。</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is longer than %2 characters.</source>
        <translation>字段“%1”超过 %2 个字符。</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; holds control characters.</source>
        <translation>字段“%1”含有控制字符。</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; may only hold the letters a-z, digits and underscores.</source>
        <translation>字段“%1”只能包含字母 a-z、数字和下划线。</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; may only hold digits, the letters a-f and hyphens.</source>
        <translation>字段“%1”只能包含数字、字母 a-f 和连字符。</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; may only hold letters, digits, hyphens and underscores.</source>
        <translation>字段“%1”只能包含字母、数字、连字符和下划线。</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is not a UUID.</source>
        <translation>字段“%1”不是 UUID。</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is not a hash of 64 lowercase hex digits.</source>
        <translation>字段“%1”不是由 64 位小写十六进制数字组成的哈希值。</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is not base64 text.</source>
        <translation>字段“%1”不是 base64 文本。</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is not a UTC time such as 2026-12-07T19:05:00.000Z.</source>
        <translation>字段“%1”不是 UTC 时间（如 2026-12-07T19:05:00.000Z）。</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; should be a whole number.</source>
        <translation>字段“%1”应为整数。</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; should be between %2 and %3.</source>
        <translation>字段“%1”应在 %2 至 %3 之间。</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; should be true or false.</source>
        <translation>字段“%1”应为 true 或 false。</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; should be a JSON object.</source>
        <translation>字段“%1”应为 JSON 对象。</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; should be a list.</source>
        <translation>字段“%1”应为列表。</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; holds %2 items; at most %3 are allowed.</source>
        <translation>字段“%1”有 %2 项；最多允许 %3 项。</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; has the unknown value &quot;%2&quot; (expected one of: %3).</source>
        <translation>字段“%1”的值“%2”未知（应为以下之一：%3）。</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; (%2) should be lower than &quot;%3&quot; (%4).</source>
        <translation>字段“%1”（%2）应小于“%3”（%4）。</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; holds the column name &quot;%2&quot;; column names are 1 to %3 of the letters a-z, digits and underscores.</source>
        <translation>字段“%1”中的列名“%2”无效；列名须由 1 至 %3 个字母 a-z、数字或下划线组成。</translation>
    </message>
    <message>
        <source>The field &quot;protocol_min&quot; (%1) is greater than &quot;protocol_max&quot; (%2).</source>
        <translation>字段“protocol_min”（%1）大于“protocol_max”（%2）。</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; (%2) is greater than &quot;%3&quot; (%4).</source>
        <translation>字段“%1”（%2）大于“%3”（%4）。</translation>
    </message>
    <message>
        <source>The field &quot;from_seq&quot; (%1) is greater than &quot;to_seq&quot; (%2).</source>
        <translation>字段“from_seq”（%1）大于“to_seq”（%2）。</translation>
    </message>
    <message>
        <source>The field &quot;public_key&quot; should hold %1 bytes.</source>
        <translation>字段“public_key”应为 %1 字节。</translation>
    </message>
    <message>
        <source>The field &quot;signature&quot; should hold %1 bytes.</source>
        <translation>字段“signature”应为 %1 字节。</translation>
    </message>
</context>
<context>
    <name>SyncKeys</name>
    <message>
        <source>The node id &quot;%1&quot; is not valid.</source>
        <translation>节点标识“%1”无效。</translation>
    </message>
    <message>
        <source>The key name &quot;%1&quot; is not valid.</source>
        <translation>密钥名称“%1”无效。</translation>
    </message>
    <message>
        <source>The signing key file %1 already exists. Use it, or move it away first if it is no longer wanted.</source>
        <translation>签名密钥文件 %1 已存在。请使用该文件；如已不再需要，请先将其移走。</translation>
    </message>
    <message>
        <source>The cryptography library cannot be started.</source>
        <translation>无法启动加密库。</translation>
    </message>
    <message>
        <source>There is no signing key file %1. Restore it from a backup, or enroll this node again with a new key.</source>
        <translation>签名密钥文件 %1 不存在。请从备份恢复，或用新密钥为本节点重新申请接入。</translation>
    </message>
    <message>
        <source>The signing key file %1 cannot be read: %2</source>
        <translation>无法读取签名密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>The signing key file %1 is damaged. Restore it from a backup, or enroll this node again with a new key.</source>
        <translation>签名密钥文件 %1 已损坏。请从备份恢复，或用新密钥为本节点重新申请接入。</translation>
    </message>
    <message>
        <source>The folder %1 for the signing key does not exist.</source>
        <translation>签名密钥所在的文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot write the signing key to %1: %2</source>
        <translation>无法将签名密钥写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>SyncLedger</name>
    <message>
        <source>This database has no node identity yet; set the node up first.</source>
        <translation>此数据库尚未设置节点身份；请先设置节点。</translation>
    </message>
    <message>
        <source>The hub answered for another batch (%1 instead of %2).</source>
        <translation>枢纽答复的是另一个批次（%1，而非 %2）。</translation>
    </message>
    <message>
        <source>The hub acknowledged the changes up to %1, but the batch ends at %2.</source>
        <translation>枢纽确认收到截至 %1 的更改，但该批次截至 %2。</translation>
    </message>
    <message>
        <source>conflict: the version kept by every tier</source>
        <translation>冲突：各级统一保留的版本</translation>
    </message>
    <message>
        <source>review from the union above</source>
        <translation>上级工会的审核</translation>
    </message>
    <message>
        <source>reference data from the union above</source>
        <translation>上级工会下发的基础数据</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>待上传</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已上传</translation>
    </message>
    <message>
        <source>At the union above</source>
        <translation>已报上级</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>被拒收</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Kept here</source>
        <translation>仅存本机</translation>
    </message>
    <message>
        <source>%1 is not reference data.</source>
        <translation>%1 不是基础数据。</translation>
    </message>
    <message>
        <source>The record %1 of %2 is in the queue of changes but not in its table.</source>
        <translation>%2 的记录 %1 在待同步队列中，但表中没有这条记录。</translation>
    </message>
</context>
<context>
    <name>TabularFile</name>
    <message>
        <source>The workbook part %1 cannot be read (encrypted, damaged or too large).</source>
        <translation>无法读取工作簿部件 %1（已加密、已损坏或过大）。</translation>
    </message>
    <message>
        <source>The workbook part %1 is cut off.</source>
        <translation>工作簿部件 %1 不完整。</translation>
    </message>
    <message>
        <source>The workbook part %1 is damaged.</source>
        <translation>工作簿部件 %1 已损坏。</translation>
    </message>
    <message>
        <source>The workbook part %1 is damaged: %2</source>
        <translation>工作簿部件 %1 已损坏：%2</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt)</source>
        <translation>电子表格 (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv *.txt)</source>
        <translation>CSV 文件 (*.csv *.txt)</translation>
    </message>
    <message>
        <source>%1: this spreadsheet format cannot be read. Open it in Excel or WPS and save it as an Excel workbook (.xlsx) or CSV.</source>
        <translation>%1：无法读取此电子表格格式。请用 Excel 或 WPS 打开，另存为 Excel 工作簿（.xlsx）或 CSV 文件。</translation>
    </message>
    <message>
        <source>%1: unsupported file type; use an Excel workbook (.xlsx) or a CSV file (.csv, .txt).</source>
        <translation>%1：不支持的文件类型，请使用 Excel 工作簿（.xlsx）或 CSV 文件（.csv、.txt）。</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened: %2</source>
        <translation>无法打开文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 is an Excel workbook, not a CSV file; name it .xlsx.</source>
        <translation>%1 是 Excel 工作簿而不是 CSV 文件，请将扩展名改为 .xlsx。</translation>
    </message>
    <message>
        <source>a quoted value that starts on line %1 is never closed (a quotation mark is missing).</source>
        <translation>从第 %1 行开始的带引号的值没有结束（缺少引号）。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1: unsupported file type; use .xlsx or .csv.</source>
        <translation>%1：不支持的文件类型，请使用 .xlsx 或 .csv。</translation>
    </message>
    <message>
        <source>%1 is not a readable Excel workbook (.xlsx). If it is an old .xls file or protected with a password, save it again as .xlsx or CSV.</source>
        <translation>%1 不是可读取的 Excel 工作簿（.xlsx）。如果是旧版 .xls 文件或设有密码保护，请另存为 .xlsx 或 CSV 文件。</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (xl/workbook.xml is missing).</source>
        <translation>%1 不是 Excel 工作簿（缺少 xl/workbook.xml）。</translation>
    </message>
    <message>
        <source>%1: the workbook has no worksheet.</source>
        <translation>%1：工作簿中没有工作表。</translation>
    </message>
    <message>
        <source>%1: too many rows for one Excel sheet (at most %2); export to CSV instead.</source>
        <translation>%1：行数超过单个 Excel 工作表的上限（最多 %2 行），请改为导出 CSV 文件。</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>%1 cannot be written: the finished file could not be put in place.</source>
        <translation>无法写入 %1：无法将生成的文件放到目标位置。</translation>
    </message>
    <message>
        <source>%1 cannot be written: the Excel library (libxlsxwriter) cannot be loaded: %2</source>
        <translation>无法写入 %1：无法加载 Excel 组件（libxlsxwriter）：%2</translation>
    </message>
    <message>
        <source>this is not a text file (it holds binary data), so it cannot be read as CSV. Choose the CSV or Excel file exported from the spreadsheet.</source>
        <translation>这不是文本文件（含有二进制数据），不能作为 CSV 读取。请选择从表格软件导出的 CSV 或 Excel 文件。</translation>
    </message>
    <message>
        <source>the file has more than %1 cells; it cannot be imported. Split it into several files.</source>
        <translation>文件超过 %1 个单元格，无法导入。请拆分成几个文件。</translation>
    </message>
    <message>
        <source>the file has more than %1 rows; an import takes at most %1. Split it into several files.</source>
        <translation>文件超过 %1 行，一次最多导入 %1 行。请拆分成几个文件。</translation>
    </message>
    <message>
        <source>line %1 is longer than %2 characters; it cannot be imported (is a quotation mark missing?).</source>
        <translation>第 %1 行超过 %2 个字符，无法导入（是否缺少引号？）。</translation>
    </message>
    <message>
        <source>line %1 holds a value of more than %2 characters, more than Excel allows in a cell; shorten it.</source>
        <translation>第 %1 行有一个值超过 %2 个字符，超出 Excel 单元格的上限，请缩短。</translation>
    </message>
    <message>
        <source>%1 cannot be read: there is not enough memory. Close other programs, or split the file into several smaller ones.</source>
        <translation>无法读取 %1：内存不足。请关闭其他程序，或把文件拆分成几个较小的文件。</translation>
    </message>
    <message>
        <source>%1 is too large to import (%2 MB; at most %3 MB). Split it into several files.</source>
        <translation>%1 太大，无法导入（%2 MB；最多 %3 MB）。请拆分成几个文件。</translation>
    </message>
    <message>
        <source>The workbook holds more text than an import can take (more than %1 million characters). Split it into several files.</source>
        <translation>工作簿中的文字超出一次导入的上限（超过 %1 百万个字符）。请拆分成几个文件。</translation>
    </message>
    <message>
        <source>Cell %1%2 holds more than %3 characters, more than Excel allows in a cell; shorten it.</source>
        <translation>单元格 %1%2 超过 %3 个字符，超出 Excel 单元格的上限，请缩短。</translation>
    </message>
    <message>
        <source>The workbook has more than %1 different texts; it cannot be imported. Split it into several files.</source>
        <translation>工作簿中不同的文字超过 %1 条，无法导入。请拆分成几个文件。</translation>
    </message>
    <message>
        <source>The workbook holds a text of more than %1 characters, more than Excel allows in a cell; shorten it.</source>
        <translation>工作簿中有一段文字超过 %1 个字符，超出 Excel 单元格的上限，请缩短。</translation>
    </message>
    <message>
        <source>The workbook has more cell formats than Excel allows; it is damaged.</source>
        <translation>工作簿的单元格格式数量超出 Excel 的上限，文件已损坏。</translation>
    </message>
    <message>
        <source>The sheet has more than %1 rows; an import takes at most %1. Split it into several files.</source>
        <translation>工作表超过 %1 行，一次最多导入 %1 行。请拆分成几个文件。</translation>
    </message>
    <message>
        <source>Cell %1%2 lies beyond the first %3 columns; an import reads at most %3 columns. Delete what stands there.</source>
        <translation>单元格 %1%2 位于前 %3 列之外，导入最多读取 %3 列。请删除该处内容。</translation>
    </message>
    <message>
        <source>The sheet has more than %1 cells; it cannot be imported. Split it into several files.</source>
        <translation>工作表超过 %1 个单元格，无法导入。请拆分成几个文件。</translation>
    </message>
    <message>
        <source> [cut off: the full text is longer than an Excel cell can hold]</source>
        <translation>［已截断：全文超出 Excel 单元格的容量］</translation>
    </message>
    <message>
        <source>The workbook part %1 holds a value longer than Excel allows in a cell (%2 characters); it cannot be imported.</source>
        <translation>工作簿部件 %1 中有一个值超过 Excel 单元格允许的长度（%2 个字符），无法导入。</translation>
    </message>
    <message>
        <source>The workbook part %1 is too large when unpacked (more than %2 MB); it cannot be imported. Split the sheet into several files.</source>
        <translation>工作簿部件 %1 解压后过大（超过 %2 MB），无法导入。请把工作表拆分成几个文件。</translation>
    </message>
    <message>
        <source>The workbook part %1 is packed far more tightly than a real spreadsheet (more than %2 times); the file is damaged or made to exhaust memory, and is not imported.</source>
        <translation>工作簿部件 %1 的压缩比远高于正常表格（超过 %2 倍），文件已损坏或被恶意构造以耗尽内存，不予导入。</translation>
    </message>
    <message>
        <source>The workbook is too large to import (%1 MB; at most %2 MB). Split it into several files.</source>
        <translation>工作簿太大，无法导入（%1 MB；最多 %2 MB）。请拆分成几个文件。</translation>
    </message>
    <message>
        <source>The workbook has %1 parts, more than a spreadsheet has (at most %2); it is not imported.</source>
        <translation>工作簿包含 %1 个部件，超出正常表格的数量（最多 %2 个），不予导入。</translation>
    </message>
</context>
<context>
    <name>TombstonePurge</name>
    <message>
        <source>A change of it is still waiting to be sent.</source>
        <translation>该记录还有修改等待上报。</translation>
    </message>
    <message>
        <source>A conflict on it waits for a person.</source>
        <translation>该记录存在冲突，等待人工处理。</translation>
    </message>
    <message>
        <source>deleted at every tier</source>
        <translation>各级均已确认删除</translation>
    </message>
    <message>
        <source>Other records still refer to it.</source>
        <translation>仍有其他记录引用该记录。</translation>
    </message>
</context>
<context>
    <name>TransitionPreview</name>
    <message>
        <source>Status: %1 → %2</source>
        <translation>状态：%1 → %2</translation>
    </message>
    <message>
        <source>Change to %1</source>
        <translation>变更为 %1</translation>
    </message>
    <message>
        <source>Date of the decision not to accept: %1</source>
        <translation>不予受理决定日期：%1</translation>
    </message>
    <message>
        <source>Date of acceptance: %1</source>
        <translation>受理日期：%1</translation>
    </message>
    <message>
        <source>Date the agreement took effect: %1</source>
        <translation>达成协议日期：%1</translation>
    </message>
    <message>
        <source>Date judicial confirmation was applied for: %1</source>
        <translation>申请司法确认日期：%1</translation>
    </message>
    <message>
        <source>Date arbitration review was applied for: %1</source>
        <translation>申请仲裁审查确认日期：%1</translation>
    </message>
    <message>
        <source>Date the case closed: %1</source>
        <translation>结案日期：%1</translation>
    </message>
    <message>
        <source>Date of the status change: %1</source>
        <translation>状态变更日期：%1</translation>
    </message>
    <message>
        <source>A later status change cannot be dated before %1.</source>
        <translation>此后的状态变更日期不得早于 %1。</translation>
    </message>
    <message>
        <source>The case counts as accepted in the statistics of %1.</source>
        <translation>本案计入 %1 的受理数统计。</translation>
    </message>
    <message>
        <source>The mediation window keeps running from the day of receipt; it ends on %1.</source>
        <translation>调解期限自收到申请之日起计算，至 %1 届满。</translation>
    </message>
    <message>
        <source>The case counts as not accepted in the statistics of %1.</source>
        <translation>本案计入 %1 的不予受理数统计。</translation>
    </message>
    <message>
        <source>The notice of non-acceptance becomes printable.</source>
        <translation>可打印不予受理通知书。</translation>
    </message>
    <message>
        <source>The case ends without a notice of non-acceptance.</source>
        <translation>案件就此终结，不出具不予受理通知书。</translation>
    </message>
    <message>
        <source>The mediation window keeps running; it ends on %1.</source>
        <translation>调解期限继续计算，至 %1 届满。</translation>
    </message>
    <message>
        <source>The mediation window stops.</source>
        <translation>调解期限停止计算。</translation>
    </message>
    <message numerus="yes">
        <source>The payment deadlines of the agreement begin: %n payment date(s), the first on %1.</source>
        <translation>
            <numerusform>调解协议约定的履行期限开始计算：共 %n 个付款日期，最早为 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>From this date run the periods to apply for arbitration review or judicial confirmation.</source>
        <translation>申请仲裁审查确认或司法确认的期限自该日起计算。</translation>
    </message>
    <message>
        <source>The case counts as mediated successfully (an agreement) in the statistics of %1.</source>
        <translation>本案计入 %1 的调解成功数统计。</translation>
    </message>
    <message>
        <source>The case counts as mediation failed in the statistics of %1.</source>
        <translation>本案计入 %1 的调解不成功数统计。</translation>
    </message>
    <message>
        <source>The termination notice becomes printable; it tells the parties they may apply for arbitration.</source>
        <translation>可打印终止调解通知书，告知当事人可以申请劳动争议仲裁。</translation>
    </message>
    <message>
        <source>The decision on the application is recorded with the case when it arrives.</source>
        <translation>收到对申请的决定后，在本案中登记其结果。</translation>
    </message>
    <message>
        <source>The agreement is being paid: %1 yuan is outstanding.</source>
        <translation>调解协议履行中：尚有 %1 元未支付。</translation>
    </message>
    <message>
        <source>Everything agreed has been paid: the case counts as performed.</source>
        <translation>协议约定款项已全部支付，本案计为履行完毕。</translation>
    </message>
    <message>
        <source>The worker may apply for arbitration, or for a payment order where the law allows it.</source>
        <translation>职工可以申请劳动争议仲裁，符合法定情形的也可以申请支付令。</translation>
    </message>
    <message>
        <source>The case leaves the list of open cases.</source>
        <translation>本案从在办案件列表中移出。</translation>
    </message>
    <message>
        <source>Afterwards the agreement&apos;s terms and amounts can no longer be edited; a change needs a supplementary agreement.</source>
        <translation>此后调解协议的条款和金额不能再修改，如需变更须另行签订补充协议。</translation>
    </message>
    <message>
        <source>This ends the case: its status cannot change any more, and the change cannot be undone.</source>
        <translation>本案就此结案：此后不能再变更状态，本次变更也不能撤销。</translation>
    </message>
    <message>
        <source>%1 yuan of the agreement is still unpaid: the case can be performed only once it is paid in full.</source>
        <translation>调解协议尚有 %1 元未支付：全部付清后才能变更为履行完毕。</translation>
    </message>
</context>
<context>
    <name>UserCommand</name>
    <message>
        <source>No password on standard input (--password-stdin reads one line).</source>
        <translation>标准输入中没有密码（--password-stdin 读取一行）。</translation>
    </message>
    <message>
        <source>  user add USERNAME --role ROLE [--name NAME] [--org CODE] [--password-stdin]
           [--reason R]
                      add an account; without --password-stdin a password is generated
                      and printed once
  user list           list the accounts: user name, name, role, organisation unit, status
  user disable USERNAME [--reason R]   |   user enable USERNAME [--reason R]
  user passwd USERNAME [--password-stdin] [--reason R]
                      set a new password (generated and printed once unless read from stdin);
                      also lifts a lock-out
  user role USERNAME ROLE [--reason R]
                      roles: mediator, union_chair, reviewer, administrator</source>
        <translation>  user add USERNAME --role ROLE [--name NAME] [--org CODE] [--password-stdin]
           [--reason R]
                      添加账号；未指定 --password-stdin 时自动生成密码，
                      并只显示一次
  user list           列出账号：用户名、姓名、角色、组织机构、状态
  user disable USERNAME [--reason R]   |   user enable USERNAME [--reason R]
  user passwd USERNAME [--password-stdin] [--reason R]
                      设置新密码（除非从标准输入读取，否则自动生成并只显示一次）；
                      同时解除锁定
  user role USERNAME ROLE [--reason R]
                      角色：mediator 调解员，union_chair 工会主席，reviewer 审核人，administrator 管理员</translation>
    </message>
    <message>
        <source>Run &quot;uniondesk-cli user --help&quot; for the user commands.</source>
        <translation>请运行 uniondesk-cli user --help 查看用户管理命令。</translation>
    </message>
    <message>
        <source>%1 does not exist; create the node first with &quot;uniondesk-cli init&quot;.</source>
        <translation>%1 不存在；请先用 uniondesk-cli init 创建节点。</translation>
    </message>
    <message>
        <source>%1 has not been set up as a node yet.</source>
        <translation>%1 尚未设置为节点。</translation>
    </message>
    <message>
        <source>user needs a command: add, list, disable, enable, passwd or role.</source>
        <translation>user 需要指定子命令：add、list、disable、enable、passwd 或 role。</translation>
    </message>
    <message>
        <source>Usage: uniondesk-cli [--db PATH] user COMMAND [options]</source>
        <translation>用法：uniondesk-cli [--db PATH] user 命令 [选项]</translation>
    </message>
    <message>
        <source>Unknown user command &quot;%1&quot;; use add, list, disable, enable, passwd or role.</source>
        <translation>未知的 user 子命令“%1”，可用值为 add、list、disable、enable、passwd 或 role。</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>未知选项 %1。</translation>
    </message>
    <message>
        <source>user add needs exactly one user name.</source>
        <translation>user add 需要且只需要一个用户名。</translation>
    </message>
    <message>
        <source>user add needs --role ROLE (%1).</source>
        <translation>user add 需要指定 --role ROLE（%1）。</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;; use %2.</source>
        <translation>未知角色“%1”，可用值为 %2。</translation>
    </message>
    <message>
        <source>Added user &quot;%1&quot; (%2).</source>
        <translation>已添加用户“%1”（%2）。</translation>
    </message>
    <message>
        <source>Initial password: %1 (shown once; change it after the first login)</source>
        <translation>初始密码：%1（只显示一次；请在首次登录后修改）</translation>
    </message>
    <message>
        <source>user list takes no arguments.</source>
        <translation>user list 不接受参数。</translation>
    </message>
    <message>
        <source>USER NAME</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>ORG UNIT</source>
        <translation>组织机构</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <source>user disable needs exactly one user name.</source>
        <translation>user disable 需要且只需要一个用户名。</translation>
    </message>
    <message>
        <source>user enable needs exactly one user name.</source>
        <translation>user enable 需要且只需要一个用户名。</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>用户“%1”不存在。</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; is disabled.</source>
        <translation>用户“%1”已停用。</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; is enabled.</source>
        <translation>用户“%1”已启用。</translation>
    </message>
    <message>
        <source>user passwd needs exactly one user name.</source>
        <translation>user passwd 需要且只需要一个用户名。</translation>
    </message>
    <message>
        <source>New password set for &quot;%1&quot;.</source>
        <translation>已为“%1”设置新密码。</translation>
    </message>
    <message>
        <source>New password: %1 (shown once)</source>
        <translation>新密码：%1（只显示一次）</translation>
    </message>
    <message>
        <source>user role needs a user name and a role (%1).</source>
        <translation>user role 需要指定用户名和角色（%1）。</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; is now %2.</source>
        <translation>用户“%1”的角色现为%2。</translation>
    </message>
</context>
<context>
    <name>WriteNotice</name>
    <message>
        <source>The database is not open.</source>
        <translation>数据库未打开。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>importing %L1 workers</source>
        <translation>正在导入 %L1 名职工</translation>
    </message>
    <message>
        <source>importing %L1 employers</source>
        <translation>正在导入 %L1 家用人单位</translation>
    </message>
    <message>
        <source>importing %L1 mediation cases</source>
        <translation>正在导入 %L1 件调解案件</translation>
    </message>
    <message>
        <source>creating demo data (%L1 workers)</source>
        <translation>正在生成演示数据（%L1 名职工）</translation>
    </message>
    <message>
        <source>saving a large amount of data</source>
        <translation>正在保存大量数据</translation>
    </message>
    <message>
        <source>The database is busy: another user or program has been saving to it for a while. Please try again in a moment; nothing you entered has been lost.</source>
        <translation>数据库正忙：另一位用户或另一个程序正在保存数据。请稍后再试，您填写的内容没有丢失。</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>另一位用户</translation>
    </message>
    <message>
        <source>Another job is writing to the database: %1 is %2 (started at %3, expected to finish at %4). Please try again later; nothing you entered has been lost.</source>
        <translation>另一项工作正在写入数据库：%1%2（开始于 %3，预计 %4 完成）。请稍后再试，您填写的内容没有丢失。</translation>
    </message>
    <message>
        <source>Another job is writing to the database: %1 is %2 (started at %3; its end cannot be estimated yet). Please try again later; nothing you entered has been lost.</source>
        <translation>另一项工作正在写入数据库：%1%2（开始于 %3，暂时无法估计完成时间）。请稍后再试，您填写的内容没有丢失。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open this node database.</source>
        <translation>打开此节点数据库。</translation>
    </message>
    <message>
        <source>Language: zh_CN or en.</source>
        <translation>界面语言：zh_CN 或 en。</translation>
    </message>
</context>
<context>
    <name>ud::AboutDialog</name>
    <message>
        <source>About UnionDesk</source>
        <translation>关于工会工作台</translation>
    </message>
    <message>
        <source>&lt;h2&gt;UnionDesk 工会工作台&lt;/h2&gt;&lt;p&gt;Casework for labour-dispute mediation, collective contracts and hardship-household files.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;UnionDesk 工会工作台&lt;/h2&gt;&lt;p&gt;劳动争议调解、集体合同和困难职工档案业务办理。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>Qt version:</source>
        <translation>Qt 版本：</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>数据结构版本：</translation>
    </message>
    <message>
        <source>%1 (this program: %2)</source>
        <translation>%1（本程序：%2）</translation>
    </message>
    <message>
        <source>this program: %1</source>
        <translation>本程序：%1</translation>
    </message>
    <message>
        <source>Node:</source>
        <translation>节点：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Node id:</source>
        <translation>节点标识：</translation>
    </message>
    <message>
        <source>Organisation unit:</source>
        <translation>组织机构：</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>未打开</translation>
    </message>
</context>
<context>
    <name>ud::AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>e.g. wang.fang</source>
        <translation>例如 wang.fang</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>Fill in a random password and show it, to hand on to the user</source>
        <translation>填入随机密码并显示出来，以便转交给该用户</translation>
    </message>
    <message>
        <source>Optional, e.g. new mediator of the station</source>
        <translation>选填，例如：服务站新任调解员</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>姓名(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Organisation unit code:</source>
        <translation>组织机构代码(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>确认密码(&amp;E)：</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>理由(&amp;S)：</translation>
    </message>
    <message>
        <source>The two passwords are not the same; type the password again in both fields.</source>
        <translation>两次输入的密码不一致，请在两个输入框中重新输入密码。</translation>
    </message>
</context>
<context>
    <name>ud::AgreementStatementBox</name>
    <message>
        <source>Stated in the agreement</source>
        <translation>协议载明</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>保存(&amp;V)</translation>
    </message>
    <message>
        <source>e.g. bank transfer to the worker&apos;s wage card; cash paid at signing</source>
        <translation>例如：转账至职工工资卡；签订时当场支付现金</translation>
    </message>
    <message>
        <source>What the employer says about the claims</source>
        <translation>用人单位对请求事项的意见</translation>
    </message>
    <message>
        <source>Saved what the agreement states.</source>
        <translation>已保存协议载明的内容。</translation>
    </message>
    <message>
        <source>&amp;Way of performance:</source>
        <translation>履行方式(&amp;W)：</translation>
    </message>
    <message>
        <source>Respondent&apos;s positio&amp;n:</source>
        <translation>被申请人意见(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>ud::CalendarDialog</name>
    <message>
        <source>Holidays and adjusted working days</source>
        <translation>节假日与调休上班日</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Public holiday (day off)</source>
        <translation>法定节假日（放假）</translation>
    </message>
    <message>
        <source>Adjusted working day (weekend worked)</source>
        <translation>调休上班日（周末上班）</translation>
    </message>
    <message>
        <source>e.g. Spring Festival</source>
        <translation>例如：春节</translation>
    </message>
    <message>
        <source>e.g. the State Council notice the dates come from</source>
        <translation>例如：日期所依据的国务院办公厅通知</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>保存修改(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Reason for the &amp;change:</source>
        <translation>修改理由(&amp;C)：</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>上班</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>放假</translation>
    </message>
    <message>
        <source>%1 days off, %2 adjusted working days</source>
        <translation>放假 %1 天，调休上班 %2 天</translation>
    </message>
    <message>
        <source>No public holidays or adjusted working days are entered for %1. Until they are, deadlines counted in working days treat every Monday to Friday of %1 as a working day.</source>
        <translation>尚未录入 %1 年的法定节假日和调休上班日。录入之前，按工作日计算的期限会把 %1 年的每个周一至周五都当作工作日。</translation>
    </message>
    <message>
        <source>The date of an entry cannot be changed. Remove it and add the new date.</source>
        <translation>记录的日期不能修改。请删除该记录，再添加新的日期。</translation>
    </message>
</context>
<context>
    <name>ud::CaseDialog</name>
    <message>
        <source>Change &amp;status…</source>
        <translation>变更状态(&amp;S)…</translation>
    </message>
    <message>
        <source>E&amp;xtend window…</source>
        <translation>延长调解期限(&amp;X)…</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进展</translation>
    </message>
    <message>
        <source>&amp;Record a session…</source>
        <translation>记录调解笔录(&amp;R)…</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>调解笔录</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>履行期限</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>删除项目</translation>
    </message>
    <message>
        <source>Other terms:</source>
        <translation>其他条款：</translation>
    </message>
    <message>
        <source>Claims waived:</source>
        <translation>放弃的请求：</translation>
    </message>
    <message>
        <source>Tax borne by:</source>
        <translation>税费承担方：</translation>
    </message>
    <message>
        <source>Save a&amp;greement terms</source>
        <translation>保存协议条款(&amp;G)</translation>
    </message>
    <message>
        <source>Agreement terms saved.</source>
        <translation>协议条款已保存。</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>支付日期</translation>
    </message>
    <message>
        <source>How</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Amount in yuan</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Bank transfer, cash…</source>
        <translation>银行转账、现金…</translation>
    </message>
    <message>
        <source>Record &amp;payment</source>
        <translation>登记支付(&amp;P)</translation>
    </message>
    <message>
        <source>Payment recorded.</source>
        <translation>支付已登记。</translation>
    </message>
    <message>
        <source>Agreement and payments</source>
        <translation>协议与履行</translation>
    </message>
    <message>
        <source>&amp;Attach a file…</source>
        <translation>附加文件(&amp;A)…</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>附加证据</translation>
    </message>
    <message>
        <source>Scans and photos (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation>扫描件和照片 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;所有文件 (*)</translation>
    </message>
    <message>
        <source>What does it show?</source>
        <translation>证明内容</translation>
    </message>
    <message>
        <source>Evidence attached.</source>
        <translation>证据已附加。</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>文书：</translation>
    </message>
    <message>
        <source>The case no longer exists.</source>
        <translation>该案件已不存在。</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>案件 %1</translation>
    </message>
    <message>
        <source>representative</source>
        <translation>代表</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>委托代理人</translation>
    </message>
    <message>
        <source>Total: %1 yuan</source>
        <translation>合计：%1 元</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>请求项目</translation>
    </message>
    <message>
        <source>Agreed %1 yuan · paid %2 yuan · outstanding %3 yuan</source>
        <translation>协议金额 %1 元 · 已支付 %2 元 · 未支付 %3 元</translation>
    </message>
    <message>
        <source>No preview for %1 (%2).</source>
        <translation>无法预览 %1（%2）。</translation>
    </message>
    <message>
        <source>The image %1 cannot be shown.</source>
        <translation>无法显示图片 %1。</translation>
    </message>
    <message>
        <source>The case is now &quot;%1&quot;.</source>
        <translation>案件状态已变更为“%1”。</translation>
    </message>
    <message>
        <source>Extend the mediation window</source>
        <translation>延长调解期限</translation>
    </message>
    <message>
        <source>Extend by (days):</source>
        <translation>延长天数：</translation>
    </message>
    <message>
        <source>Both parties&apos; consent (who, when, how it was recorded):</source>
        <translation>双方同意情况（何人、何时同意，以何种方式记录）：</translation>
    </message>
    <message numerus="yes">
        <source>Window extended by %n days.</source>
        <translation>
            <numerusform>调解期限已延长 %n 日。</numerusform>
        </translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>第 %1 项：%2</translation>
    </message>
    <message>
        <source>Intake form (受理登记表)</source>
        <translation>受理登记表</translation>
    </message>
    <message>
        <source>Session records (调解笔录)</source>
        <translation>调解笔录</translation>
    </message>
    <message>
        <source>Mediation agreement, three copies (调解协议书)</source>
        <translation>调解协议书（一式三份）</translation>
    </message>
    <message>
        <source>Termination notice (终止调解通知书)</source>
        <translation>终止调解通知书</translation>
    </message>
    <message>
        <source>Notice of non-acceptance (不予受理通知书)</source>
        <translation>不予受理通知书</translation>
    </message>
    <message>
        <source>Save document as PDF</source>
        <translation>将文书另存为 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Parties saved.</source>
        <translation>当事人已保存。</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Payment order (art. 16)</source>
        <translation>支付令（第十六条）</translation>
    </message>
    <message>
        <source>can apply</source>
        <translation>可申请</translation>
    </message>
    <message>
        <source>Paid a&amp;t signing</source>
        <translation>签订时当场履行(&amp;T)</translation>
    </message>
    <message>
        <source>After the agreement</source>
        <translation>协议签订后</translation>
    </message>
    <message>
        <source>Issuing &amp;body…</source>
        <translation>出具机构(&amp;B)…</translation>
    </message>
    <message>
        <source>The name of the mediation body the documents are issued by</source>
        <translation>出具文书的调解组织名称</translation>
    </message>
    <message>
        <source>Case file cover and index (案卷封面及卷内目录)</source>
        <translation>案卷封面及卷内目录</translation>
    </message>
    <message>
        <source>Notice of acceptance to the applicant (受理通知书)</source>
        <translation>受理通知书（申请人）</translation>
    </message>
    <message>
        <source>Notice of acceptance to the respondent (受理通知书)</source>
        <translation>受理通知书（被申请人）</translation>
    </message>
    <message>
        <source>Rights and duties, to the applicant (权利义务告知书)</source>
        <translation>权利义务告知书（申请人）</translation>
    </message>
    <message>
        <source>Rights and duties, to the respondent (权利义务告知书)</source>
        <translation>权利义务告知书（被申请人）</translation>
    </message>
    <message>
        <source>Extension signed by both parties (延期调解确认书)</source>
        <translation>延期调解确认书</translation>
    </message>
    <message>
        <source>Mediator&apos;s proposal (调解建议书)</source>
        <translation>调解建议书</translation>
    </message>
    <message>
        <source>Notice of non-performance (不履行调解协议通知书)</source>
        <translation>不履行调解协议通知书</translation>
    </message>
    <message>
        <source>Follow-up record (回访记录)</source>
        <translation>回访记录</translation>
    </message>
    <message>
        <source>The documents are now issued by %1.</source>
        <translation>文书现由%1出具。</translation>
    </message>
    <message>
        <source>Pr&amp;int preview…</source>
        <translation>打印预览(&amp;I)…</translation>
    </message>
    <message>
        <source>Change an earlier session&apos;s record</source>
        <translation>修改以前的调解笔录</translation>
    </message>
    <message>
        <source>The session of %1 was held before today; say why its record is changed.</source>
        <translation>%1 的调解在今天之前进行，请说明修改笔录的原因。</translation>
    </message>
    <message>
        <source>&amp;Save the change</source>
        <translation>保存修改(&amp;S)</translation>
    </message>
    <message>
        <source>Add ite&amp;m</source>
        <translation>添加项目(&amp;M)</translation>
    </message>
    <message>
        <source>No evidence attached yet. Scans and photos of contracts, pay slips, attendance records or chat messages are added with &quot;Attach a file…&quot;.</source>
        <translation>尚未添加证据。劳动合同、工资条、考勤记录、聊天记录等的扫描件或照片，请用“附加文件…”添加。</translation>
    </message>
    <message>
        <source>Select a file on the left to see it here.</source>
        <translation>在左侧选择一个文件，即可在此查看。</translation>
    </message>
    <message numerus="yes">
        <source>%1 workers involved</source>
        <translation>
            <numerusform>涉及职工 %1 人</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ud::CaseFilterNote</name>
    <message>
        <source>Show &amp;all cases</source>
        <translation>显示全部案件(&amp;A)</translation>
    </message>
    <message>
        <source>Clear the search and every filter</source>
        <translation>清空搜索和全部筛选条件</translation>
    </message>
    <message>
        <source>%1 case(s)</source>
        <translation>%1 件</translation>
    </message>
    <message>
        <source>%1+ cases, counting…</source>
        <translation>%1+ 件，正在计数…</translation>
    </message>
    <message>
        <source>Shown: %1 — %2</source>
        <translation>当前显示：%1 — %2</translation>
    </message>
</context>
<context>
    <name>ud::CaseFollowOnRecordDialog</name>
    <message>
        <source>yyyy-mm-dd, empty if not yet</source>
        <translation>yyyy-mm-dd，尚无则留空</translation>
    </message>
    <message>
        <source>Yuan; negative when the sum is reduced</source>
        <translation>元；减少金额时填负数</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date (yyyy-mm-dd).</source>
        <translation>%1“%2”不是日期（yyyy-mm-dd）。</translation>
    </message>
</context>
<context>
    <name>ud::CaseFollowOnTab</name>
    <message>
        <source>Review of the agreement</source>
        <translation>调解协议的审查确认</translation>
    </message>
    <message>
        <source>Record &amp;outcome…</source>
        <translation>登记结果(&amp;O)…</translation>
    </message>
    <message>
        <source>Service of documents (送达)</source>
        <translation>文书送达</translation>
    </message>
    <message>
        <source>Served on</source>
        <translation>送达日期</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>How</source>
        <translation>送达方式</translation>
    </message>
    <message>
        <source>On</source>
        <translation>受送达人</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>签收人</translation>
    </message>
    <message>
        <source>Add ser&amp;vice…</source>
        <translation>添加送达(&amp;V)…</translation>
    </message>
    <message>
        <source>Steps after a breach</source>
        <translation>未履行调解协议后的措施</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>法院或机构</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Next step due</source>
        <translation>下一步期限</translation>
    </message>
    <message>
        <source>Add ste&amp;p…</source>
        <translation>添加措施(&amp;P)…</translation>
    </message>
    <message>
        <source>Refer to a&amp;rbitration…</source>
        <translation>转介仲裁(&amp;R)…</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>转介</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>转介日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>转介至</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Receiving body</source>
        <translation>接收单位</translation>
    </message>
    <message>
        <source>Add re&amp;ferral…</source>
        <translation>添加转介(&amp;F)…</translation>
    </message>
    <message>
        <source>Supplementary agreements (补充协议)</source>
        <translation>补充协议</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Change (yuan)</source>
        <translation>变更金额（元）</translation>
    </message>
    <message>
        <source>Add supp&amp;lementary agreement…</source>
        <translation>添加补充协议(&amp;L)…</translation>
    </message>
    <message>
        <source>Follow-up visits (回访)</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>回访对象</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>是否满意</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>回访情况</translation>
    </message>
    <message>
        <source>Add follo&amp;w-up…</source>
        <translation>添加回访(&amp;W)…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Arbitration mediation statement issued</source>
        <translation>已出具仲裁调解书</translation>
    </message>
    <message>
        <source>Not confirmed by the arbitration commission</source>
        <translation>仲裁委员会不予确认</translation>
    </message>
    <message>
        <source>Confirmed valid by the court</source>
        <translation>人民法院裁定确认有效</translation>
    </message>
    <message>
        <source>Application dismissed by the court</source>
        <translation>人民法院裁定驳回申请</translation>
    </message>
    <message>
        <source>Urging performance</source>
        <translation>督促履行</translation>
    </message>
    <message>
        <source>Notice of non-performance</source>
        <translation>不履行调解协议通知书</translation>
    </message>
    <message>
        <source>Payment order application</source>
        <translation>申请支付令</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>职工</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>用人单位</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Neither arbitration review nor judicial confirmation has been applied for.</source>
        <translation>未申请仲裁审查，也未申请司法确认。</translation>
    </message>
    <message>
        <source>Arbitration review</source>
        <translation>仲裁审查</translation>
    </message>
    <message>
        <source>Judicial confirmation</source>
        <translation>司法确认</translation>
    </message>
    <message>
        <source>%1 applied for on %2.</source>
        <translation>已于 %2 申请%1。</translation>
    </message>
    <message>
        <source>Outcome: %1 on %2</source>
        <translation>结果：%1（%2）</translation>
    </message>
    <message>
        <source>(document %1)</source>
        <translation>（文书编号 %1）</translation>
    </message>
    <message>
        <source>No outcome recorded yet.</source>
        <translation>尚未登记结果。</translation>
    </message>
    <message>
        <source>The agreement holds wages, overtime pay, work-injury medical costs, economic compensation or damages: the worker may apply to a court for a payment order (art. 16).</source>
        <translation>调解协议含有劳动报酬、加班费、工伤医疗费、经济补偿或者赔偿金事项：职工可以向人民法院申请支付令（第十六条）。</translation>
    </message>
    <message>
        <source>The agreement holds no item a payment order can enforce (art. 16); after a breach the worker applies for arbitration (art. 15).</source>
        <translation>调解协议不含可申请支付令的事项（第十六条）；用人单位不履行调解协议的，职工可以申请仲裁（第十五条）。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>(no outcome yet)</source>
        <translation>（尚无结果）</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <source>Decided on:</source>
        <translation>决定日期：</translation>
    </message>
    <message>
        <source>Document number:</source>
        <translation>文书编号：</translation>
    </message>
    <message>
        <source>Outcome of the review</source>
        <translation>审查确认结果</translation>
    </message>
    <message>
        <source>Review outcome saved.</source>
        <translation>已保存审查确认结果。</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>文书：</translation>
    </message>
    <message>
        <source>Served on:</source>
        <translation>送达日期：</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>送达方式：</translation>
    </message>
    <message>
        <source>Served on the:</source>
        <translation>受送达人：</translation>
    </message>
    <message>
        <source>Received by:</source>
        <translation>签收人：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Service of a document</source>
        <translation>文书送达</translation>
    </message>
    <message>
        <source>Service recorded.</source>
        <translation>已登记送达。</translation>
    </message>
    <message>
        <source>Done on:</source>
        <translation>回访日期：</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>（未登记）</translation>
    </message>
    <message>
        <source>Person reached:</source>
        <translation>回访对象：</translation>
    </message>
    <message>
        <source>What was asked and found:</source>
        <translation>回访内容及情况：</translation>
    </message>
    <message>
        <source>Satisfied:</source>
        <translation>是否满意：</translation>
    </message>
    <message>
        <source>Made by:</source>
        <translation>回访人：</translation>
    </message>
    <message>
        <source>Follow-up visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Follow-up recorded.</source>
        <translation>已登记回访。</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>措施：</translation>
    </message>
    <message>
        <source>Court or body:</source>
        <translation>人民法院或机构：</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>具体情况：</translation>
    </message>
    <message>
        <source>Outcome on:</source>
        <translation>结果日期：</translation>
    </message>
    <message>
        <source>Step after a breach</source>
        <translation>未履行调解协议后的措施</translation>
    </message>
    <message>
        <source>Step recorded.</source>
        <translation>已登记措施。</translation>
    </message>
    <message>
        <source>Referred to:</source>
        <translation>转介至：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Referred on:</source>
        <translation>转介日期：</translation>
    </message>
    <message>
        <source>Receiving body:</source>
        <translation>接收单位：</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>转介</translation>
    </message>
    <message>
        <source>Referral recorded.</source>
        <translation>已登记转介。</translation>
    </message>
    <message>
        <source>Signed on:</source>
        <translation>签订日期：</translation>
    </message>
    <message>
        <source>Terms:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <source>Change of the agreed sum:</source>
        <translation>协议金额变更：</translation>
    </message>
    <message>
        <source>Supplementary agreement</source>
        <translation>补充协议</translation>
    </message>
    <message>
        <source>Supplementary agreement recorded.</source>
        <translation>已登记补充协议。</translation>
    </message>
    <message>
        <source>Record removed (Edit &gt; Undo brings it back).</source>
        <translation>记录已删除（“编辑 &gt; 撤销”可恢复）。</translation>
    </message>
    <message>
        <source>Time to perform set (urging, notice):</source>
        <translation>限定履行期限（督促履行、通知书）：</translation>
    </message>
    <message>
        <source>Way of the follow-up:</source>
        <translation>回访方式：</translation>
    </message>
    <message>
        <source>Date of the step:</source>
        <translation>采取措施日期：</translation>
    </message>
</context>
<context>
    <name>ud::CaseImportButton</name>
    <message>
        <source>Import earlier cases</source>
        <translation>导入以往案件</translation>
    </message>
    <message>
        <source>case-register-template.csv</source>
        <translation>调解案件台账模板.csv</translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>I&amp;mport earlier cases…</source>
        <translation>导入以往案件(&amp;M)…</translation>
    </message>
    <message>
        <source>Import the cases of an earlier register (Excel or CSV), e.g. the station&apos;s register of past years</source>
        <translation>导入以往登记台账（Excel 或 CSV）中的案件，例如本站往年的台账</translation>
    </message>
    <message>
        <source>Checking and saving the cases…</source>
        <translation>正在检查并保存案件…</translation>
    </message>
</context>
<context>
    <name>ud::CaseMediatorsEditor</name>
    <message>
        <source>Lead mediator</source>
        <translation>主调解员</translation>
    </message>
    <message>
        <source>Assistant mediator</source>
        <translation>协助调解员</translation>
    </message>
    <message>
        <source>Recorder</source>
        <translation>记录员</translation>
    </message>
    <message>
        <source>&amp;Put on the case</source>
        <translation>指派办理本案(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Take off the case</source>
        <translation>撤出本案(&amp;T)</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Reason for staying despite a conflict (回避)</source>
        <translation>虽有回避事由仍继续办理的理由</translation>
    </message>
    <message>
        <source>Conflict of interest (回避)</source>
        <translation>回避事由</translation>
    </message>
    <message>
        <source>Mediator put on the case.</source>
        <translation>已指派调解员办理本案。</translation>
    </message>
    <message>
        <source> (inactive)</source>
        <translation>（已停用）</translation>
    </message>
    <message>
        <source> (not appointed today)</source>
        <translation>（今日不在聘期内）</translation>
    </message>
    <message>
        <source>Named before the register of mediators: %1</source>
        <translation>调解员名册建立前登记的调解员：%1</translation>
    </message>
    <message>
        <source>Also named on the case file as typed: %1</source>
        <translation>案卷上另按原文登记的调解员：%1</translation>
    </message>
    <message>
        <source>Add mediators to the register first (Mediation → Mediators).</source>
        <translation>请先将调解员登记到调解员名册（劳动争议调解 → 调解员）。</translation>
    </message>
    <message>
        <source>Choose a mediator of the case first.</source>
        <translation>请先选择本案的一名调解员。</translation>
    </message>
    <message>
        <source>Mediator taken off the case.</source>
        <translation>已撤出本案调解员。</translation>
    </message>
</context>
<context>
    <name>ud::CaseMendButtons</name>
    <message>
        <source>&amp;Correct payment…</source>
        <translation>更正支付(&amp;C)…</translation>
    </message>
    <message>
        <source>Void sessio&amp;n record…</source>
        <translation>作废调解笔录(&amp;N)…</translation>
    </message>
    <message>
        <source>Voided on %1: %2</source>
        <translation>已于 %1 作废：%2</translation>
    </message>
    <message>
        <source>%1 — voided on %2: %3</source>
        <translation>%1 — 已于 %2 作废：%3</translation>
    </message>
    <message>
        <source>Select a record that is not voided.</source>
        <translation>请选择一条未作废的记录。</translation>
    </message>
    <message>
        <source>Select a payment that is not voided.</source>
        <translation>请选择一笔未作废的支付。</translation>
    </message>
    <message>
        <source>The payment of %1 yuan on %2 will be kept on the case, marked as voided, and count nowhere.</source>
        <translation>%2 支付的 %1 元将保留在案卷中并标记为作废，不再计入任何金额。</translation>
    </message>
    <message>
        <source>The record of the session of %1 will be kept on the case, marked as voided, and left out of the papers.</source>
        <translation>%1 的调解笔录将保留在案卷中并标记为作废，不再列入文书。</translation>
    </message>
    <message>
        <source>Void payment</source>
        <translation>作废支付</translation>
    </message>
    <message>
        <source>Void session record</source>
        <translation>作废调解笔录</translation>
    </message>
    <message>
        <source>&amp;Void payment</source>
        <translation>作废支付(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Void record</source>
        <translation>作废笔录(&amp;V)</translation>
    </message>
    <message>
        <source>Payment voided.</source>
        <translation>支付已作废。</translation>
    </message>
    <message>
        <source>Session record voided.</source>
        <translation>调解笔录已作废。</translation>
    </message>
    <message>
        <source>Payment corrected.</source>
        <translation>支付已更正。</translation>
    </message>
    <message>
        <source>Void pa&amp;yment…</source>
        <translation>作废支付(&amp;Y)…</translation>
    </message>
</context>
<context>
    <name>ud::CasePartiesTab</name>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number / relation</source>
        <translation>身份证号 / 关系</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Elected representative</source>
        <translation>推举代表</translation>
    </message>
    <message>
        <source>A worker of the register joining the case: type a name</source>
        <translation>加入本案的职工（从信息库选择）：输入姓名</translation>
    </message>
    <message>
        <source>Add &amp;applicant</source>
        <translation>添加申请人(&amp;A)</translation>
    </message>
    <message>
        <source>Agent&apos;s name</source>
        <translation>委托代理人姓名</translation>
    </message>
    <message>
        <source>Lawyer, relative, union staff…</source>
        <translation>律师、近亲属、工会工作人员…</translation>
    </message>
    <message>
        <source>for the worker</source>
        <translation>职工方</translation>
    </message>
    <message>
        <source>for the employer</source>
        <translation>用人单位方</translation>
    </message>
    <message>
        <source>Add a&amp;gent</source>
        <translation>添加委托代理人(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Remove the selected party</source>
        <translation>移除所选当事人(&amp;R)</translation>
    </message>
    <message>
        <source>Save &amp;parties</source>
        <translation>保存当事人(&amp;P)</translation>
    </message>
    <message>
        <source>Choose a worker from the list that appears while typing; add new workers in the register first.</source>
        <translation>请从输入时出现的列表中选择职工；新职工请先在信息库中添加。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already an applicant.</source>
        <translation>“%1”已是申请人。</translation>
    </message>
    <message>
        <source>Type the agent&apos;s name.</source>
        <translation>请输入委托代理人姓名。</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Agent of the employer</source>
        <translation>用人单位委托代理人</translation>
    </message>
    <message>
        <source>Agent of the worker</source>
        <translation>职工委托代理人</translation>
    </message>
    <message>
        <source> (new)</source>
        <translation>（新增）</translation>
    </message>
    <message>
        <source>Roster saved.</source>
        <translation>职工名单已保存。</translation>
    </message>
    <message>
        <source>Agreed amount (yuan)</source>
        <translation>协议金额（元）</translation>
    </message>
    <message>
        <source>Authorised the representatives</source>
        <translation>已签署代表授权</translation>
    </message>
    <message>
        <source>Save &amp;roster</source>
        <translation>保存职工名单(&amp;R)</translation>
    </message>
    <message>
        <source>Each worker&apos;s agreed amount and whether the worker signed the authorisation of the elected representatives, printed with the agreement</source>
        <translation>每名职工的协议金额，以及该职工是否已签署对推举代表的授权委托，随调解协议一并打印</translation>
    </message>
    <message>
        <source>The amount for %1: %2</source>
        <translation>%1 的金额：%2</translation>
    </message>
</context>
<context>
    <name>ud::CasesModel</name>
    <message>
        <source>%1 (collective)</source>
        <translation>%1（集体）</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Claimed (yuan)</source>
        <translation>请求金额（元）</translation>
    </message>
    <message>
        <source>Paid of agreed (yuan)</source>
        <translation>已支付/协议金额（元）</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>下一期限</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 已逾期</translation>
    </message>
    <message>
        <source>%1 due soon</source>
        <translation>%1 即将到期</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s).</source>
        <translation>
            <numerusform>已逾期 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today.</source>
        <translation>今天到期。</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s).</source>
        <translation>
            <numerusform>还有 %n 天到期。</numerusform>
        </translation>
    </message>
    <message>
        <source>No holiday calendar entered for that year: weekends only.</source>
        <translation>该年度未录入节假日安排，仅按周末计算。</translation>
    </message>
    <message numerus="yes">
        <source>Collective dispute, %1 workers</source>
        <translation>
            <numerusform>集体争议，%1 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步状态</translation>
    </message>
</context>
<context>
    <name>ud::CommandFacade</name>
    <message>
        <source>An edit of %1 cannot go through the undo stack.</source>
        <translation>对 %1 的修改不能通过撤销栈进行。</translation>
    </message>
</context>
<context>
    <name>ud::ConflictDialog</name>
    <message>
        <source>Records changed at two places</source>
        <translation>两处都修改过的记录</translation>
    </message>
    <message>
        <source>These records were changed both here and elsewhere. Nothing was overwritten: the record holds the version every tier keeps, and this computer&apos;s version is kept beside it. Choose, field by field, which value stays.</source>
        <translation>这些记录在本机和其他地方都修改过。没有任何内容被覆盖：记录现为各级统一保留的版本，本机的版本另行保存。请逐项选择保留哪个值。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>The other version</source>
        <translation>另一版本</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>&amp;Settle</source>
        <translation>确认处理(&amp;S)</translation>
    </message>
    <message>
        <source>%1 %2 (here version %3, other version %4)</source>
        <translation>%1 %2（本机第 %3 版，另一版本第 %4 版）</translation>
    </message>
    <message>
        <source>No records wait to be settled.</source>
        <translation>没有待处理的冲突记录。</translation>
    </message>
    <message>
        <source>This computer&apos;s</source>
        <translation>本机的值</translation>
    </message>
    <message>
        <source>The other version&apos;s</source>
        <translation>另一版本的值</translation>
    </message>
    <message>
        <source>Every tier keeps this computer&apos;s version for now.</source>
        <translation>目前各级统一保留的是本机的版本。</translation>
    </message>
    <message>
        <source>Every tier keeps the other version for now; this computer&apos;s is shown beside it.</source>
        <translation>目前各级统一保留的是另一版本；本机的版本列在旁边。</translation>
    </message>
    <message>
        <source>Settled. The record goes up with the next sync.</source>
        <translation>已处理。该记录将在下次同步时上传。</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>ud::DuplicatePanel</name>
    <message>
        <source>&amp;Open that one</source>
        <translation>打开那条记录(&amp;O)</translation>
    </message>
    <message>
        <source>Create &amp;anyway</source>
        <translation>仍然新建(&amp;A)</translation>
    </message>
</context>
<context>
    <name>ud::EmployerDialog</name>
    <message>
        <source>Edit employer – %1</source>
        <translation>编辑用人单位 – %1</translation>
    </message>
    <message>
        <source>Add employer</source>
        <translation>添加用人单位</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>单位名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Credit code:</source>
        <translation>统一社会信用代码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Reason to keep it:</source>
        <translation>保留理由(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>单位类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>所属行业(&amp;I)：</translation>
    </message>
    <message>
        <source>E&amp;mployees:</source>
        <translation>职工人数(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Legal representative:</source>
        <translation>法定代表人(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>联系电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>所在区(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Street/township:</source>
        <translation>所在街道（乡镇）(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Union:</source>
        <translation>工会：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Systems in place:</source>
        <translation>已建立的制度：</translation>
    </message>
    <message>
        <source>Unified social credit code, 18 characters</source>
        <translation>统一社会信用代码，18 位</translation>
    </message>
    <message>
        <source>Why this code is kept although its check character fails</source>
        <translation>校验位不符但仍保留此代码的理由</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>不详</translation>
    </message>
    <message>
        <source>&amp;Founded</source>
        <translation>已建会(&amp;F)</translation>
    </message>
    <message>
        <source>founded on, yyyy-mm-dd</source>
        <translation>建会日期，yyyy-mm-dd</translation>
    </message>
    <message>
        <source>Workers&apos; congress (职代会)</source>
        <translation>职工代表大会（职代会）</translation>
    </message>
    <message>
        <source>Open factory affairs (厂务公开)</source>
        <translation>厂务公开</translation>
    </message>
    <message>
        <source>Collective bargaining (集体协商)</source>
        <translation>集体协商</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— 无 —</translation>
    </message>
    <message>
        <source>size not known</source>
        <translation>规模不详</translation>
    </message>
    <message>
        <source>100 or more employees (百人以上)</source>
        <translation>百人以上</translation>
    </message>
    <message>
        <source>under 100 employees</source>
        <translation>不足百人</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>An employer with this credit code is already in the register: %1. Nothing was saved.</source>
        <translation>已登记过使用此统一社会信用代码的用人单位：%1。未保存任何内容。</translation>
    </message>
    <message>
        <source>Open the existing record instead:</source>
        <translation>改为打开已有记录：</translation>
    </message>
    <message>
        <source>Possibly the same employer is already in the register. Open that record, or create a new one anyway.</source>
        <translation>信息库中可能已有同一用人单位。请打开那条记录，或仍然新建。</translation>
    </message>
</context>
<context>
    <name>ud::EmployersModel</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Kept although its check character fails: %1</source>
        <translation>校验位不符但已保留：%1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>单位类型</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>所属行业</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>职工人数</translation>
    </message>
    <message>
        <source>100+</source>
        <translation>百人以上</translation>
    </message>
    <message>
        <source>Union</source>
        <translation>已建会</translation>
    </message>
    <message>
        <source>District</source>
        <translation>所在区</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>所在街道（乡镇）</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步状态</translation>
    </message>
</context>
<context>
    <name>ud::EmployersTab</name>
    <message>
        <source>&amp;District:</source>
        <translation>所在区(&amp;D)：</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>全部区</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>所属行业(&amp;I)：</translation>
    </message>
    <message>
        <source>All industries</source>
        <translation>全部行业</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>规模(&amp;S)：</translation>
    </message>
    <message>
        <source>Any size</source>
        <translation>不限规模</translation>
    </message>
    <message>
        <source>Under 100</source>
        <translation>不足百人</translation>
    </message>
    <message>
        <source>100 or more (百人以上)</source>
        <translation>百人以上</translation>
    </message>
    <message>
        <source>%1 employers</source>
        <translation>共 %1 家用人单位</translation>
    </message>
    <message>
        <source>%1 of %2 employers loaded (scroll for more)</source>
        <translation>已载入 %1 家，共 %2 家用人单位（向下滚动载入更多）</translation>
    </message>
    <message>
        <source>No employer matches “%1” (names, addresses, credit codes and phones are searched).</source>
        <translation>没有与“%1”相符的用人单位（查找范围：名称、地址、统一社会信用代码、电话）。</translation>
    </message>
</context>
<context>
    <name>ud::EnrollDialog</name>
    <message>
        <source>Enroll with the hub</source>
        <translation>接入枢纽</translation>
    </message>
    <message>
        <source>https://hub.example:8443</source>
        <translation>https://hub.example:8443</translation>
    </message>
    <message>
        <source>Only when the hub&apos;s administrator gave you a certificate file</source>
        <translation>仅在枢纽管理员提供了证书文件时填写</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>This computer asks the hub of the union above to accept its records. The hub&apos;s administrator approves the request after comparing this computer&apos;s key fingerprint, which is shown here once the request is made.</source>
        <translation>本机将向上级工会的枢纽申请报送记录。枢纽管理员核对本机的密钥指纹后批准申请；提交申请后，指纹将显示在此处。</translation>
    </message>
    <message>
        <source>&amp;Hub address:</source>
        <translation>枢纽地址(&amp;H)：</translation>
    </message>
    <message>
        <source>Certificate &amp;file:</source>
        <translation>证书文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Request enrollment</source>
        <translation>申请接入(&amp;R)</translation>
    </message>
    <message>
        <source>The hub&apos;s certificate</source>
        <translation>枢纽的证书</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>证书 (*.crt *.pem *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a hub address. Type it as the hub&apos;s administrator gave it, for example https://hub.example:8443.</source>
        <translation>“%1”不是枢纽地址。请按枢纽管理员提供的地址填写，例如 https://hub.example:8443。</translation>
    </message>
    <message>
        <source>The certificate file %1 cannot be read (%2). Choose the file the hub&apos;s administrator gave you.</source>
        <translation>无法读取证书文件 %1（%2）。请选择枢纽管理员提供的文件。</translation>
    </message>
    <message>
        <source>%1 is not a certificate file (PEM). Choose the file the hub&apos;s administrator gave you.</source>
        <translation>%1 不是证书文件（PEM）。请选择枢纽管理员提供的文件。</translation>
    </message>
    <message>
        <source>The hub did not take the request: %1</source>
        <translation>枢纽未受理该申请：%1</translation>
    </message>
    <message>
        <source>The hub has already approved this computer.</source>
        <translation>枢纽已批准本机。</translation>
    </message>
    <message>
        <source>The hub has the request; it now waits for the hub&apos;s administrator to approve it.</source>
        <translation>枢纽已收到申请，正等待枢纽管理员批准。</translation>
    </message>
    <message>
        <source>%1

Key fingerprint of this computer: %2
Read it out to the hub&apos;s administrator, who compares it before approving.</source>
        <translation>%1

本机的密钥指纹：%2
请向枢纽管理员宣读，由其核对后批准。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ud::HelpBrowser</name>
    <message>
        <source>User guide</source>
        <translation>使用指南</translation>
    </message>
</context>
<context>
    <name>ud::HubAdminDialog</name>
    <message>
        <source>Hub administration</source>
        <translation>枢纽管理</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Open the hub&apos;s configuration file (hub.conf) on the computer that runs the hub.</source>
        <translation>请在运行枢纽的计算机上打开枢纽的配置文件（hub.conf）。</translation>
    </message>
    <message>
        <source>Only those &amp;waiting for approval</source>
        <translation>只显示待批准的(&amp;W)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>组织机构</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>密钥指纹</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>A station&apos;s or enterprise&apos;s desktop</source>
        <translation>服务站或企业的桌面端</translation>
    </message>
    <message>
        <source>A hub of the tier below</source>
        <translation>下一级的枢纽</translation>
    </message>
    <message>
        <source>A reviewer&apos;s desktop</source>
        <translation>审核人员的桌面端</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>撤销(&amp;V)</translation>
    </message>
    <message>
        <source>Configuration:</source>
        <translation>配置文件：</translation>
    </message>
    <message>
        <source>For &amp;unit:</source>
        <translation>组织机构(&amp;U)：</translation>
    </message>
    <message>
        <source>The hub&apos;s configuration</source>
        <translation>枢纽的配置文件</translation>
    </message>
    <message>
        <source>Hub configuration (*.conf);;All files (*)</source>
        <translation>枢纽配置文件 (*.conf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>This hub database has no hub identity yet; make the hub with &quot;uniondesk-cli hub init&quot;.</source>
        <translation>该枢纽数据库还没有枢纽身份；请先用“uniondesk-cli hub init”建立枢纽。</translation>
    </message>
    <message>
        <source>Hub of %1 (%2), node %3</source>
        <translation>%1（%2）的枢纽，节点 %3</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>待批准</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>枢纽</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审核人员</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>桌面端</translation>
    </message>
    <message>
        <source>Approved: the computer finds out at its next sync.</source>
        <translation>已批准：该计算机在下次同步时得知。</translation>
    </message>
    <message>
        <source>Revoked: every later request of that computer is refused.</source>
        <translation>已撤销：该计算机此后的所有请求都将被拒绝。</translation>
    </message>
    <message>
        <source>Approve a&amp;s:</source>
        <translation>批准为(&amp;S)：</translation>
    </message>
    <message>
        <source>Case &amp;number blocks:</source>
        <translation>案号号段(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>ud::HubHttp</name>
    <message>
        <source>Cannot read the TLS certificate %1: %2</source>
        <translation>无法读取 TLS 证书 %1：%2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate; make one with &quot;uniondesk-cli hub cert&quot;.</source>
        <translation>%1 中没有 PEM 格式的证书；请用“uniondesk-cli hub cert”生成。</translation>
    </message>
    <message>
        <source>Cannot read the TLS key %1: %2</source>
        <translation>无法读取 TLS 私钥 %1：%2</translation>
    </message>
    <message>
        <source>%1 holds no unencrypted PEM private key (EC or RSA).</source>
        <translation>%1 中没有未加密的 PEM 私钥（EC 或 RSA）。</translation>
    </message>
    <message>
        <source>The hub is already listening on port %1.</source>
        <translation>枢纽已在端口 %1 上监听。</translation>
    </message>
    <message>
        <source>The hub has no TLS certificate and key to serve with.</source>
        <translation>枢纽没有可用于提供服务的 TLS 证书和私钥。</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3. Is another hub or program using this port?</source>
        <translation>无法在 %1 的端口 %2 上监听：%3。是否有其他枢纽或程序正在使用该端口？</translation>
    </message>
    <message>
        <source>The request is larger than %1 MiB; send fewer records at a time.</source>
        <translation>请求超过 %1 MiB；请减少每次发送的记录数。</translation>
    </message>
    <message>
        <source>The hub failed to answer this request.</source>
        <translation>枢纽未能答复该请求。</translation>
    </message>
    <message>
        <source>There is nothing at %1 on this hub.</source>
        <translation>本枢纽上 %1 处没有内容。</translation>
    </message>
    <message>
        <source>The hub does not know this HTTP method.</source>
        <translation>枢纽不支持该 HTTP 方法。</translation>
    </message>
</context>
<context>
    <name>ud::HubMain</name>
    <message>
        <source>Usage: uniondesk-hub --config FILE
Serves the UnionDesk sync protocol to the nodes of this tier (HTTPS).

  --config FILE       the hub&apos;s configuration (see hub.conf.example; make one with
                      &quot;uniondesk-cli hub init&quot;)
  --version, --help   show the version or this help

Stops cleanly on SIGTERM or SIGINT.
Exit codes: 0 stopped, 2 wrong command line or configuration, 3 cannot listen on the
address or port, 4 the database cannot be opened.</source>
        <translation>用法：uniondesk-hub --config FILE
为本层级的节点提供工会工作台同步协议服务（HTTPS）。

  --config FILE       枢纽的配置文件（见 hub.conf.example；可用
                      “uniondesk-cli hub init”生成）
  --version, --help   显示版本号或本帮助

收到 SIGTERM 或 SIGINT 时正常停止。
退出码：0 已停止，2 命令行或配置有误，3 无法在该
地址或端口上监听，4 无法打开数据库。</translation>
    </message>
    <message>
        <source>--config needs the path of the configuration file.</source>
        <translation>--config 需要配置文件的路径。</translation>
    </message>
    <message>
        <source>Unknown argument &quot;%1&quot;; run &quot;uniondesk-hub --help&quot;.</source>
        <translation>未知参数“%1”；请运行“uniondesk-hub --help”。</translation>
    </message>
    <message>
        <source>No configuration given; run &quot;uniondesk-hub --config FILE&quot; (make one with &quot;uniondesk-cli hub init&quot;).</source>
        <translation>未指定配置文件；请运行“uniondesk-hub --config FILE”（可用“uniondesk-cli hub init”生成配置文件）。</translation>
    </message>
    <message>
        <source>Cannot set up the handling of SIGTERM and SIGINT.</source>
        <translation>无法设置对 SIGTERM 和 SIGINT 的处理。</translation>
    </message>
    <message>
        <source>The hub&apos;s database cannot be opened.</source>
        <translation>无法打开枢纽的数据库。</translation>
    </message>
</context>
<context>
    <name>ud::HubUplink</name>
    <message>
        <source>This hub has no identity yet; make it with &quot;uniondesk-cli hub init&quot;.</source>
        <translation>本枢纽尚无身份；请用“uniondesk-cli hub init”创建。</translation>
    </message>
    <message>
        <source>The parent hub is not configured for this hub.</source>
        <translation>本枢纽未配置上级枢纽。</translation>
    </message>
    <message>
        <source>The parent hub&apos;s answer could not be read: %1</source>
        <translation>无法读取上级枢纽的答复：%1</translation>
    </message>
    <message>
        <source>The parent hub has not approved this hub (%1).</source>
        <translation>上级枢纽尚未批准本枢纽（%1）。</translation>
    </message>
    <message>
        <source>The parent hub answered for another batch.</source>
        <translation>上级枢纽答复的是另一个批次。</translation>
    </message>
    <message>
        <source>What to forward could not be read: %1</source>
        <translation>无法读取待转发的内容：%1</translation>
    </message>
</context>
<context>
    <name>ud::ImportDialog</name>
    <message>
        <source>The file (Excel .xlsx or CSV) needs a row of headers and one row per record. The columns below are read; other columns are ignored. Save the template, fill it in and choose it to import: either every row is imported or none, with a report by row.</source>
        <translation>文件（Excel .xlsx 或 CSV）须有一行表头，每条记录一行。程序读取下列各列，其他列忽略。请保存模板，填写后选择该文件导入：要么全部导入，要么一行也不导入，并按行给出报告。</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列名</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>Also accepted</source>
        <translation>也可使用的表头</translation>
    </message>
    <message>
        <source>Save &amp;template…</source>
        <translation>保存模板(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Choose file to import…</source>
        <translation>选择要导入的文件(&amp;C)…</translation>
    </message>
    <message>
        <source>This or %1</source>
        <translation>此列或%1（二选一）</translation>
    </message>
    <message>
        <source>Template saved as %1.</source>
        <translation>模板已保存为 %1。</translation>
    </message>
    <message>
        <source>Save the template</source>
        <translation>保存模板</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 编码 (*.csv)</translation>
    </message>
</context>
<context>
    <name>ud::IntakeDialog</name>
    <message>
        <source>Your unsaved intake from %1 was restored.</source>
        <translation>已恢复 %1 未保存的受理登记草稿。</translation>
    </message>
    <message>
        <source>Total claimed: %1 yuan</source>
        <translation>请求金额合计：%1 元</translation>
    </message>
    <message>
        <source>New dispute case (intake)</source>
        <translation>新建争议案件（受理登记）</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>放弃草稿</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>收到申请日期(&amp;R)：</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>案件来源(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Employer (respondent):</source>
        <translation>用人单位（被申请人）(&amp;E)：</translation>
    </message>
    <message>
        <source>Employer agrees to mediation:</source>
        <translation>用人单位同意调解：</translation>
    </message>
    <message>
        <source>&amp;Dispute type:</source>
        <translation>争议类型(&amp;D)：</translation>
    </message>
    <message>
        <source>Further types:</source>
        <translation>其他争议类型：</translation>
    </message>
    <message>
        <source>Collective:</source>
        <translation>集体争议：</translation>
    </message>
    <message>
        <source>Workers involved:</source>
        <translation>涉及职工人数：</translation>
    </message>
    <message>
        <source>&amp;Applicants:</source>
        <translation>申请人(&amp;A)：</translation>
    </message>
    <message>
        <source>Agents:</source>
        <translation>委托代理人：</translation>
    </message>
    <message>
        <source>Claims:</source>
        <translation>请求项目：</translation>
    </message>
    <message>
        <source>&amp;Facts and reasons:</source>
        <translation>事实与理由(&amp;F)：</translation>
    </message>
    <message>
        <source>Requests:</source>
        <translation>请求事项：</translation>
    </message>
    <message>
        <source>&amp;Mediators:</source>
        <translation>调解员(&amp;M)：</translation>
    </message>
    <message>
        <source>Not yet asked</source>
        <translation>尚未征询</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>No, refuses mediation</source>
        <translation>不同意，拒绝调解</translation>
    </message>
    <message>
        <source>Collective dispute (10 or more workers with a common claim)</source>
        <translation>集体争议（10 名以上职工有共同请求）</translation>
    </message>
    <message>
        <source>Type a name, address or phone number of the register</source>
        <translation>输入信息库中的名称、地址或电话号码</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>用人单位</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>代表</translation>
    </message>
    <message>
        <source>Remove agent</source>
        <translation>删除委托代理人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>与当事人关系</translation>
    </message>
    <message>
        <source>For</source>
        <translation>代理方</translation>
    </message>
    <message>
        <source>Remove claim</source>
        <translation>删除请求项目</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>What happened, since when, what the employer says (事实与理由)</source>
        <translation>事实与理由：发生了什么、从何时开始、用人单位的说法</translation>
    </message>
    <message>
        <source>Choose a worker from the list that appears while typing; add new workers in the register first.</source>
        <translation>请从输入时出现的列表中选择职工；新职工请先在信息库中添加。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already an applicant.</source>
        <translation>“%1”已是申请人。</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an employer of the register; choose one from the list or add it in the register first.</source>
        <translation>“%1”不是信息库中的用人单位；请从列表中选择，或先在信息库中添加。</translation>
    </message>
    <message>
        <source>Claim %1: %2</source>
        <translation>第 %1 项请求：%2</translation>
    </message>
    <message>
        <source>Warning: %1 Register again to register the case as it is.</source>
        <translation>警告：%1 再次点击“登记案件”将按现状登记。</translation>
    </message>
    <message>
        <source>Names (the register of mediators has no one appointed yet)</source>
        <translation>填写姓名（调解员名册中尚无在聘调解员）</translation>
    </message>
    <message>
        <source>Choose from the register of mediators; several separated by 、</source>
        <translation>从调解员名册中选择；多人以“、”分隔</translation>
    </message>
    <message>
        <source>%1 is not a mediator of the register appointed today: choose one from the list, or add %1 to the register of mediators first.</source>
        <translation>%1 不是调解员名册中现聘的调解员：请从列表中选择，或先将 %1 录入调解员名册。</translation>
    </message>
    <message>
        <source>The register has %1 mediators named %2: choose her from the list.</source>
        <translation>调解员名册中有 %1 名调解员叫 %2：请从列表中选择。</translation>
    </message>
    <message>
        <source>%1 works for the employer of this case (回避): choose another mediator, or register the case without her and put her on it in the case&apos;s Mediators tab with the reason she stays.</source>
        <translation>%1 在本案用人单位任职（应当回避）：请另选调解员；如确需由其调解，请先登记案件，再在案件的“调解员”页签中添加并写明不回避的理由。</translation>
    </message>
    <message>
        <source>Re&amp;gister case</source>
        <translation>登记案件(&amp;G)</translation>
    </message>
    <message>
        <source>Add app&amp;licant</source>
        <translation>添加申请人(&amp;L)</translation>
    </message>
    <message>
        <source>Add age&amp;nt</source>
        <translation>添加委托代理人(&amp;N)</translation>
    </message>
    <message>
        <source>Add cla&amp;im</source>
        <translation>添加请求项目(&amp;I)</translation>
    </message>
</context>
<context>
    <name>ud::IssuingBodyDialog</name>
    <message>
        <source>Issuing body of the mediation documents</source>
        <translation>调解文书出具机构</translation>
    </message>
    <message>
        <source>The name printed at the head of every mediation document and beside its seal, as the union calls the body: a 劳动争议调解委员会, a 调解室 or a 调解中心. Leave it empty for the name made from this node&apos;s organisation unit.</source>
        <translation>印在每份调解文书抬头及印章旁的名称，按工会的习惯称谓填写：劳动争议调解委员会、调解室或调解中心。留空则使用根据本节点组织机构生成的名称。</translation>
    </message>
    <message>
        <source>&amp;Issuing body:</source>
        <translation>出具机构(&amp;I)：</translation>
    </message>
    <message>
        <source>This database has no node identity yet.</source>
        <translation>此数据库尚未设置节点身份。</translation>
    </message>
    <message>
        <source>Only an administrator can change the issuing body.</source>
        <translation>只有管理员可以更改出具机构。</translation>
    </message>
</context>
<context>
    <name>ud::LoginDialog</name>
    <message>
        <source>Log in to UnionDesk</source>
        <translation>登录工会工作台</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;UnionDesk&lt;/b&gt;</source>
        <translation>&lt;b&gt;工会工作台&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
</context>
<context>
    <name>ud::MainWindow</name>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New node database…</source>
        <translation>新建节点数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Check database</source>
        <translation>检查数据库(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;About UnionDesk</source>
        <translation>关于工会工作台(&amp;A)</translation>
    </message>
    <message>
        <source>&lt;h1&gt;UnionDesk 工会工作台&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;UnionDesk 工会工作台&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>No database is open. Create the database of this node (station, district or city union, enterprise union), or open an existing one.</source>
        <translation>尚未打开数据库。请为本节点（工会服务站、区总工会或市总工会、企业工会）创建数据库，或打开已有的数据库。</translation>
    </message>
    <message>
        <source>Create a node database…</source>
        <translation>创建节点数据库…</translation>
    </message>
    <message>
        <source>Open a database…</source>
        <translation>打开数据库…</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织机构</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>UnionDesk — %1</source>
        <translation>工会工作台 — %1</translation>
    </message>
    <message>
        <source>UnionDesk</source>
        <translation>工会工作台</translation>
    </message>
    <message>
        <source>no node</source>
        <translation>未设置节点</translation>
    </message>
    <message>
        <source>%1 has not been set up as a node yet.</source>
        <translation>%1 尚未设置为节点。</translation>
    </message>
    <message>
        <source>Could not undo or redo</source>
        <translation>无法撤销或重做</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>尚未打开数据库。</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>备份已保存到 %1</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>每日备份失败：%1</translation>
    </message>
    <message>
        <source>Daily backup written to %1</source>
        <translation>每日备份已保存到 %1</translation>
    </message>
    <message>
        <source>Database check</source>
        <translation>数据库检查</translation>
    </message>
    <message>
        <source>Schema version %1 · %2 audit entries · %3 changes waiting to sync</source>
        <translation>数据结构版本 %1 · 审计记录 %2 条 · 待同步的更改 %3 项</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message numerus="yes">
        <source>The check found %n problem(s). Restore the latest good backup or contact support.</source>
        <translation>
            <numerusform>检查发现 %n 个问题。请恢复最近一份正常的备份，或联系技术支持。</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the database to restore into first.</source>
        <translation>请先打开要恢复到的数据库。</translation>
    </message>
    <message>
        <source>Restored. The replaced file was kept as %1</source>
        <translation>已恢复。被替换的文件已保留为 %1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>UnionDesk database (*.db)</source>
        <translation>工会工作台数据库 (*.db)</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <source>Replace the open database with %1?

Schema version %2, node %3, %4 KB.
The current file is kept beside it, nothing is deleted.</source>
        <translation>是否用 %1 替换当前打开的数据库？

数据结构版本 %2，节点 %3，%4 KB。
当前文件将保留在同一目录中，不会删除任何内容。</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>恢复失败</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>职工（用人单位）信息库</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>%1 (%2) · %3 · %4</source>
        <translation>%1（%2）· %3 · %4</translation>
    </message>
    <message>
        <source>Nobody logged in; the database was not opened.</source>
        <translation>无人登录，未打开数据库。</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without activity</source>
        <translation>
            <numerusform>%n 分钟无操作，已锁定</numerusform>
        </translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation>劳动争议调解</translation>
    </message>
    <message>
        <source>The database files were removed by another program: nothing more is saved.</source>
        <translation>数据库文件已被其他程序删除：不再保存任何内容。</translation>
    </message>
    <message>
        <source>The database can no longer be written</source>
        <translation>数据库已无法写入</translation>
    </message>
    <message>
        <source>Cannot undo: %1</source>
        <translation>无法撤销：%1</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>使用指南(&amp;U)</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>正在写入备份…</translation>
    </message>
    <message>
        <source>Copying and checking the backup…</source>
        <translation>正在复制并检查备份…</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>同步(&amp;Y)</translation>
    </message>
    <message>
        <source>Sync &amp;panel</source>
        <translation>同步面板(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Hub administration…</source>
        <translation>枢纽管理(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Review queue…</source>
        <translation>审核队列(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>ud::MediationPage</name>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>在办案件</translation>
    </message>
    <message>
        <source>Search case number, parties, employer, facts…</source>
        <translation>搜索案号、当事人、用人单位、案情…</translation>
    </message>
    <message>
        <source>All dispute types</source>
        <translation>全部争议类型</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>收到日期自</translation>
    </message>
    <message>
        <source>Co&amp;llective only</source>
        <translation>仅显示集体争议(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>新建案件(&amp;N)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Working-day &amp;calendar…</source>
        <translation>工作日日历(&amp;C)…</translation>
    </message>
    <message>
        <source>%1: by %2 (%3)</source>
        <translation>%1：截至 %2（%3）</translation>
    </message>
    <message>
        <source>(no holiday calendar entered for that year: weekends only)</source>
        <translation>（该年度未录入节假日日历：仅按周末计算）</translation>
    </message>
    <message>
        <source>Collective</source>
        <translation>集体争议</translation>
    </message>
    <message>
        <source>Workers involved</source>
        <translation>涉及职工人数</translation>
    </message>
    <message>
        <source>Agreed (yuan)</source>
        <translation>协议金额（元）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Export the case list</source>
        <translation>导出案件列表</translation>
    </message>
    <message>
        <source>cases.xlsx</source>
        <translation>调解案件.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source> — show them</source>
        <translation> — 点击查看</translation>
    </message>
    <message>
        <source>All deadlines</source>
        <translation>全部期限</translation>
    </message>
    <message numerus="yes">
        <source>Due within %n day(s) or overdue</source>
        <translation>
            <numerusform>%n 天内到期或已超期</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>仅超期</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>统计(&amp;S)…</translation>
    </message>
    <message numerus="yes">
        <source>open cases with a deadline within %n day(s) or overdue</source>
        <translation>
            <numerusform>%n 天内到期或已逾期的未结案件</numerusform>
        </translation>
    </message>
    <message>
        <source>open cases past a deadline</source>
        <translation>已逾期的未结案件</translation>
    </message>
    <message>
        <source>search “%1”</source>
        <translation>搜索“%1”</translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>dispute type: %1</source>
        <translation>争议类型：%1</translation>
    </message>
    <message>
        <source>mediator “%1”</source>
        <translation>调解员“%1”</translation>
    </message>
    <message>
        <source>received %1 to %2</source>
        <translation>收到申请 %1 至 %2</translation>
    </message>
    <message>
        <source>collective disputes only</source>
        <translation>仅集体争议</translation>
    </message>
    <message>
        <source>%1+ cases, counting…</source>
        <translation>%1+ 件，正在计数…</translation>
    </message>
    <message>
        <source>No cases yet. Register the first one with “New case…” (Alt+N).</source>
        <translation>还没有案件。请用“新建案件…”（Alt+N）登记第一件。</translation>
    </message>
    <message>
        <source>No cases match the filters: %1.
To see every case, press “Show all cases” (Alt+A) above, or clear the search and set the filters back to “All”.</source>
        <translation>没有符合条件的案件：%1。
要查看全部案件，请按上方的“显示全部案件”（Alt+A），或清空搜索框并把筛选条件改回“全部”。</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>已取消导出，未写入任何文件。</translation>
    </message>
    <message>
        <source>Reading the cases to export…</source>
        <translation>正在读取要导出的案件…</translation>
    </message>
    <message numerus="yes">
        <source>%1 with a deadline in the next %2 day(s)</source>
        <translation>
            <numerusform>%1 件将在 %2 天内到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 case(s)</source>
        <translation>
            <numerusform>共 %1 件案件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 case(s) past a deadline</source>
        <translation>
            <numerusform>%1 件案件已超期</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ud::MediationStatisticsDialog</name>
    <message>
        <source>Mediation statistics</source>
        <translation>调解统计</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation>半年</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Any days</source>
        <translation>自定义日期</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Choose a period.</source>
        <translation>请选择统计期间。</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1：%2 至 %3</translation>
    </message>
    <message>
        <source>There are no figures to export: choose a valid period first.</source>
        <translation>没有可导出的数据：请先选择有效的统计期间。</translation>
    </message>
    <message>
        <source>Choose a file name ending in .csv, .xlsx or .json.</source>
        <translation>请选择以 .csv、.xlsx 或 .json 结尾的文件名。</translation>
    </message>
    <message>
        <source>mediation-statistics-%1.xlsx</source>
        <translation>调解统计-%1.xlsx</translation>
    </message>
    <message>
        <source>Export the statistics</source>
        <translation>导出统计</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv);;JSON (*.json)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Counting the cases of %1…</source>
        <translation>正在统计%1的案件…</translation>
    </message>
    <message>
        <source>Cancelled: the figures shown are still those of %1.</source>
        <translation>已取消：当前显示的仍是%1的统计数据。</translation>
    </message>
</context>
<context>
    <name>ud::MediatorDialog</name>
    <message>
        <source>Appointed on</source>
        <translation>聘任日期</translation>
    </message>
    <message>
        <source>Appointed until</source>
        <translation>聘任期至</translation>
    </message>
    <message>
        <source>Active (may be put on new cases)</source>
        <translation>正常（可指派办理新案件）</translation>
    </message>
    <message>
        <source>Add training</source>
        <translation>添加培训</translation>
    </message>
    <message>
        <source>Remove training</source>
        <translation>删除培训</translation>
    </message>
    <message>
        <source>New mediator</source>
        <translation>新建调解员</translation>
    </message>
    <message>
        <source>Mediator %1</source>
        <translation>调解员 %1</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>Where she works, if not an employer of the register</source>
        <translation>工作单位（如不是信息库中的用人单位）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>培训内容</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>性别(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>联系电话(&amp;P)：</translation>
    </message>
    <message>
        <source>Works for (&amp;employer):</source>
        <translation>工作单位（用人单位）(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Workplace:</source>
        <translation>其他工作单位(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Qualification:</source>
        <translation>资格(&amp;Q)：</translation>
    </message>
    <message>
        <source>Certificates, &amp;licence:</source>
        <translation>证书、执业证(&amp;L)：</translation>
    </message>
    <message>
        <source>Appointment:</source>
        <translation>聘任：</translation>
    </message>
    <message>
        <source>Appointed &amp;by:</source>
        <translation>聘任单位(&amp;B)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Trainings:</source>
        <translation>培训：</translation>
    </message>
</context>
<context>
    <name>ud::MediatorReceptionButtons</name>
    <message>
        <source>Register of mediators</source>
        <translation>调解员名册</translation>
    </message>
    <message>
        <source>Reception log</source>
        <translation>接待登记</translation>
    </message>
    <message>
        <source>Me&amp;diators…</source>
        <translation>调解员(&amp;D)…</translation>
    </message>
    <message>
        <source>The register of mediators: qualification, appointment, trainings</source>
        <translation>调解员名册：资格、聘任、培训</translation>
    </message>
    <message>
        <source>Rece&amp;ption log…</source>
        <translation>接待登记(&amp;P)…</translation>
    </message>
    <message>
        <source>Consultations and visits that are not a case (咨询 / 接待, 代写文书)</source>
        <translation>未立案的来访咨询与接待、代写文书</translation>
    </message>
</context>
<context>
    <name>ud::MediatorsPage</name>
    <message>
        <source>Show &amp;inactive mediators</source>
        <translation>显示已停用的调解员(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Add mediator…</source>
        <translation>添加调解员(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>资格</translation>
    </message>
    <message>
        <source>Works for</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Appointed on</source>
        <translation>聘任日期</translation>
    </message>
    <message>
        <source>Appointed until</source>
        <translation>聘任期至</translation>
    </message>
    <message>
        <source>Training hours</source>
        <translation>培训学时</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Appointment ended</source>
        <translation>聘期已满</translation>
    </message>
    <message>
        <source>Not yet appointed</source>
        <translation>尚未聘任</translation>
    </message>
    <message>
        <source>Choose a mediator first.</source>
        <translation>请先选择一名调解员。</translation>
    </message>
    <message>
        <source>%1 removed from the register.</source>
        <translation>已将 %1 从调解员名册中删除。</translation>
    </message>
</context>
<context>
    <name>ud::MergeDialog</name>
    <message>
        <source>(not found)</source>
        <translation>（未找到）</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>用人单位</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>最后修改</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>所属行业</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>职工人数</translation>
    </message>
    <message>
        <source>District</source>
        <translation>所在区</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>职工</translation>
    </message>
    <message>
        <source>Merge two workers</source>
        <translation>合并两条职工记录</translation>
    </message>
    <message>
        <source>Merge two employers</source>
        <translation>合并两条用人单位记录</translation>
    </message>
    <message>
        <source>These two records are the same person. Choose the record to keep: it takes over what only the other one knows, and the other one leaves the register. Both histories stay in the audit log. This cannot be undone.</source>
        <translation>这两条记录是同一个人。请选择保留哪一条：保留的记录会补上只有另一条才有的信息，另一条将移出信息库。两条记录的历史都保留在审计日志中。此操作无法撤销。</translation>
    </message>
    <message>
        <source>These two records are the same employer. Choose the record to keep: it takes over what only the other one knows and its workers, and the other one leaves the register. Both histories stay in the audit log. This cannot be undone.</source>
        <translation>这两条记录是同一个用人单位。请选择保留哪一条：保留的记录会补上只有另一条才有的信息并接收其职工，另一条将移出信息库。两条记录的历史都保留在审计日志中。此操作无法撤销。</translation>
    </message>
    <message>
        <source>&amp;Keep this one</source>
        <translation>保留这一条(&amp;K)</translation>
    </message>
    <message>
        <source>Keep &amp;this one</source>
        <translation>保留这一条(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Reason (recorded in the audit log):</source>
        <translation>理由（记入审计日志）(&amp;R)：</translation>
    </message>
    <message>
        <source>Say why the two records are the same; the reason is kept in the audit log.</source>
        <translation>请说明两条记录为何是同一对象；理由将记入审计日志。</translation>
    </message>
</context>
<context>
    <name>ud::OrgTreeModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
</context>
<context>
    <name>ud::OrgUnitDialog</name>
    <message>
        <source>Edit organisation unit</source>
        <translation>编辑组织机构</translation>
    </message>
    <message>
        <source>Add organisation unit</source>
        <translation>添加组织机构</translation>
    </message>
    <message>
        <source>Area code, or the union&apos;s unified social credit code</source>
        <translation>行政区划代码，或工会的统一社会信用代码</translation>
    </message>
    <message>
        <source>Reason to keep the code:</source>
        <translation>保留此代码的理由：</translation>
    </message>
    <message>
        <source>Under:</source>
        <translation>上级单位：</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>代码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>全称(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation>简称(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>层级(&amp;T)：</translation>
    </message>
    <message>
        <source>The full name is required.</source>
        <translation>全称为必填项。</translation>
    </message>
    <message>
        <source>The code is required.</source>
        <translation>代码为必填项。</translation>
    </message>
    <message>
        <source>%1 To keep this code anyway, give a reason (it is recorded).</source>
        <translation>%1如仍要保留此代码，请填写理由（理由将被记录）。</translation>
    </message>
    <message>
        <source>Area codes have 6, 9 or 12 digits (GB/T 2260 and the statistical division code).</source>
        <translation>区划代码为 6 位、9 位或 12 位数字（GB/T 2260 行政区划代码及统计用区划代码）。</translation>
    </message>
</context>
<context>
    <name>ud::OrgUnitsPage</name>
    <message>
        <source>Search units by name or code (e.g. 朝阳 or 110105)</source>
        <translation>按名称或代码搜索单位（如“朝阳”或“110105”）</translation>
    </message>
    <message>
        <source>&amp;Add unit under this…</source>
        <translation>添加下级单位(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Change history:</source>
        <translation>变更历史：</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a unit in the tree.&lt;/p&gt;</source>
        <translation>&lt;p&gt;请在组织机构树中选择一个单位。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;Code: &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;Tier: %3&lt;br&gt;Place in the tree: %4&lt;br&gt;Version: %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;代码：&lt;b&gt;%2&lt;/b&gt;&lt;br&gt;层级：%3&lt;br&gt;在机构树中的位置：%4&lt;br&gt;版本：%5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1  %2 by %3 (version %4)</source>
        <translation>%1  %2，操作人：%3（版本 %4）</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>添加“%1”</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>未添加</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>重命名“%1”</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除“%1”</translation>
    </message>
    <message>
        <source>Why is this unit being deleted? (recorded in the audit log)</source>
        <translation>删除该单位的原因（将记入审计日志）：</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>未删除</translation>
    </message>
    <message>
        <source>created</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>No changes recorded for this unit (bundled reference data).</source>
        <translation>该单位没有变更记录（随软件提供的基础数据）。</translation>
    </message>
    <message>
        <source>No unit&apos;s name or code contains “%1”.</source>
        <translation>没有名称或代码包含“%1”的单位。</translation>
    </message>
</context>
<context>
    <name>ud::PaymentEditDialog</name>
    <message>
        <source>Correct payment</source>
        <translation>更正支付</translation>
    </message>
    <message>
        <source>&amp;Date paid:</source>
        <translation>支付日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Amount (yuan):</source>
        <translation>金额（元）(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;How paid:</source>
        <translation>支付方式(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Paid a&amp;t signing</source>
        <translation>签订时当场履行(&amp;T)</translation>
    </message>
    <message>
        <source>What was entered wrongly, and how it was found</source>
        <translation>哪项录错了，是如何发现的</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Save correction</source>
        <translation>保存更正(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+Return also confirms.</source>
        <translation>也可按 Ctrl+回车 确认。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>A payment must be more than zero.</source>
        <translation>支付金额必须大于零。</translation>
    </message>
    <message>
        <source>Give the reason for the correction; it is kept with the change.</source>
        <translation>请填写更正原因，原因将随本次变更一并保存。</translation>
    </message>
</context>
<context>
    <name>ud::ReasonDialog</name>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Ctrl+Return also confirms.</source>
        <translation>也可按 Ctrl+回车 确认。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Give the reason; it is kept with the change.</source>
        <translation>请填写原因，原因将随本次变更一并保存。</translation>
    </message>
</context>
<context>
    <name>ud::ReceptionDialog</name>
    <message>
        <source>Migrant &amp;workers (农民工)</source>
        <translation>农民工(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Referred to:</source>
        <translation>转介至(&amp;R)：</translation>
    </message>
    <message>
        <source>Log a reception</source>
        <translation>接待登记</translation>
    </message>
    <message>
        <source>Reception of %1</source>
        <translation>接待 %1</translation>
    </message>
    <message>
        <source>Worker of the register (optional)</source>
        <translation>信息库中的职工（选填）</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>（未说明）</translation>
    </message>
    <message>
        <source>What the visitor asked or reported</source>
        <translation>来访人咨询或反映的事项</translation>
    </message>
    <message>
        <source>What was advised, or which document was written</source>
        <translation>答复意见，或代写的文书</translation>
    </message>
    <message>
        <source>Case number, if it became a case</source>
        <translation>案号（如已立案）</translation>
    </message>
    <message>
        <source>Receiving body, e.g. the district&apos;s labour inspection</source>
        <translation>接收单位，例如区劳动保障监察大队</translation>
    </message>
    <message>
        <source>&amp;Date and kind:</source>
        <translation>日期和类别(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Visitor and phone:</source>
        <translation>来访人和电话(&amp;V)：</translation>
    </message>
    <message>
        <source>Wor&amp;ker:</source>
        <translation>职工(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Employer:</source>
        <translation>用人单位(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Number of workers:</source>
        <translation>职工人数(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Asked:</source>
        <translation>咨询事项(&amp;A)：</translation>
    </message>
    <message>
        <source>Advi&amp;sed or written:</source>
        <translation>答复或代写(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Outcome, handled by:</source>
        <translation>处理结果、接待人(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Case it became:</source>
        <translation>转成的案件(&amp;C)：</translation>
    </message>
    <message>
        <source>No case numbered &quot;%1&quot;.</source>
        <translation>没有案号为“%1”的案件。</translation>
    </message>
</context>
<context>
    <name>ud::ReceptionPage</name>
    <message>
        <source>&amp;Log a reception…</source>
        <translation>登记接待(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Search visitor, employer, question or answer</source>
        <translation>搜索来访人、用人单位、咨询事项或答复</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>来访人</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>用人单位</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>职工人数</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>咨询事项</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>接待人</translation>
    </message>
    <message>
        <source>From</source>
        <translation>自</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source> (migrant)</source>
        <translation>（农民工）</translation>
    </message>
    <message>
        <source> (referred)</source>
        <translation>（已转介）</translation>
    </message>
    <message>
        <source>Choose an entry first.</source>
        <translation>请先选择一条记录。</translation>
    </message>
    <message>
        <source>Entry removed.</source>
        <translation>记录已删除。</translation>
    </message>
    <message numerus="yes">
        <source>%1 reception(s)</source>
        <translation>
            <numerusform>共 %1 条接待登记</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ud::RegisterDetailPane</name>
    <message>
        <source>&amp;Reveal full ID number</source>
        <translation>显示完整身份证号码(&amp;R)</translation>
    </message>
    <message>
        <source>Shows this worker&apos;s full ID number once; the look is recorded in the access log.</source>
        <translation>显示该职工的完整身份证号码一次；查看行为会记入访问日志。</translation>
    </message>
    <message>
        <source>Select a worker or an employer to see the details.</source>
        <translation>选择一名职工或一个用人单位以查看详情。</translation>
    </message>
    <message>
        <source>This record was deleted.</source>
        <translation>此记录已删除。</translation>
    </message>
    <message>
        <source>This record was merged into another one.</source>
        <translation>此记录已合并到另一条记录。</translation>
    </message>
    <message>
        <source>Open the record it was merged into</source>
        <translation>打开合并后的记录</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Hukou</source>
        <translation>户口性质</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>用人单位</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Union member</source>
        <translation>工会会员</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>最后修改</translation>
    </message>
    <message>
        <source>(check character fails; kept because: %1)</source>
        <translation>（校验位不符；保留理由：%1）</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>单位类型</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>所属行业</translation>
    </message>
    <message>
        <source>100 or more (百人以上)</source>
        <translation>百人以上</translation>
    </message>
    <message>
        <source>under 100</source>
        <translation>不足百人</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>职工人数</translation>
    </message>
    <message>
        <source>founded %1</source>
        <translation>%1 建会</translation>
    </message>
    <message>
        <source>Union founded</source>
        <translation>已建工会</translation>
    </message>
    <message>
        <source>Workers&apos; congress</source>
        <translation>职代会</translation>
    </message>
    <message>
        <source>Open factory affairs</source>
        <translation>厂务公开</translation>
    </message>
    <message>
        <source>Collective bargaining</source>
        <translation>集体协商</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>District / street</source>
        <translation>所在区 / 街道</translation>
    </message>
    <message>
        <source>Workers in the register: %1</source>
        <translation>信息库中的职工：%1 人</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>…… 另有 %1 人。</translation>
    </message>
    <message>
        <source>ID number not shown</source>
        <translation>未显示身份证号码</translation>
    </message>
    <message>
        <source>The access could not be recorded, so the number is not shown: %1</source>
        <translation>无法记录此次查看，因此不显示号码：%1</translation>
    </message>
    <message>
        <source>Collective contracts and hardship files of this record will be listed here once those workspaces exist.</source>
        <translation>集体合同和困难职工档案的工作区建成后，与此记录有关的内容将列在这里。</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>area code %1 is in no list</source>
        <translation>行政区划代码 %1 不在任何列表中</translation>
    </message>
    <message>
        <source>(kept because: %1)</source>
        <translation>（保留理由：%1）</translation>
    </message>
    <message>
        <source>Place in the ID number</source>
        <translation>证件号码中的地区</translation>
    </message>
</context>
<context>
    <name>ud::RegisterListTab</name>
    <message>
        <source>&amp;Add worker…</source>
        <translation>添加职工(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Merge two…</source>
        <translation>合并两条(&amp;M)…</translation>
    </message>
    <message>
        <source>Select the two records of the same person, then merge them</source>
        <translation>选中同一个人的两条记录，然后合并</translation>
    </message>
    <message>
        <source>&amp;Add employer…</source>
        <translation>添加用人单位(&amp;A)…</translation>
    </message>
    <message>
        <source>Select the two records of the same employer, then merge them</source>
        <translation>选中同一用人单位的两条记录，然后合并</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Select exactly two records (Ctrl+click) to merge.</source>
        <translation>请选中两条记录（按住 Ctrl 单击）再合并。</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>修改(&amp;C)…</translation>
    </message>
    <message>
        <source>(The search found more than %1 records; the first %1 are listed. Type more to narrow it.)</source>
        <translation>（查到超过 %1 条记录，仅列出前 %1 条。请多输入几个字缩小范围。）</translation>
    </message>
</context>
<context>
    <name>ud::RegisterPage</name>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import workers or employers (the open tab) from a CSV or Excel file</source>
        <translation>从 CSV 或 Excel 文件导入职工或用人单位（按当前标签页）</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Export the open list, as filtered, to a CSV or Excel file</source>
        <translation>将当前列表（按筛选条件）导出为 CSV 或 Excel 文件</translation>
    </message>
    <message>
        <source>Workers (职工)</source>
        <translation>职工</translation>
    </message>
    <message>
        <source>Employers (用人单位)</source>
        <translation>用人单位</translation>
    </message>
    <message>
        <source>Export workers</source>
        <translation>导出职工</translation>
    </message>
    <message>
        <source>Export employers</source>
        <translation>导出用人单位</translation>
    </message>
    <message>
        <source>workers.xlsx</source>
        <translation>职工.xlsx</translation>
    </message>
    <message>
        <source>employers.xlsx</source>
        <translation>用人单位.xlsx</translation>
    </message>
    <message>
        <source>Write full ID numbers into the file? Only do so if the recipient needs them; the export is recorded in the access log either way.</source>
        <translation>是否在文件中写入完整身份证号码？仅在接收方确实需要时才这样做；无论如何，此次导出都会记入访问日志。</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>未导出</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <source>%1 rows written to %2.</source>
        <translation>已将 %1 行写入 %2。</translation>
    </message>
    <message>
        <source>Import workers</source>
        <translation>导入职工</translation>
    </message>
    <message>
        <source>Import employers</source>
        <translation>导入用人单位</translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>workers-template.csv</source>
        <translation>职工名册模板.csv</translation>
    </message>
    <message>
        <source>employers-template.csv</source>
        <translation>用人单位名册模板.csv</translation>
    </message>
    <message>
        <source>Filter the lists: names, employers, addresses, posts, credit codes (e.g. 于阳 or 朝阳)</source>
        <translation>筛选列表：姓名、单位、地址、岗位、信用代码（如 于阳 或 朝阳）</translation>
    </message>
    <message>
        <source>Checking and saving the rows…</source>
        <translation>正在检查并保存各行…</translation>
    </message>
</context>
<context>
    <name>ud::ReviewDialog</name>
    <message>
        <source>Review queue</source>
        <translation>审核队列</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>职工</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>用人单位</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Not reviewed yet or changed since</source>
        <translation>未审核或审核后有修改</translation>
    </message>
    <message>
        <source>Never reviewed</source>
        <translation>从未审核</translation>
    </message>
    <message>
        <source>Changed since the last review</source>
        <translation>上次审核后有修改</translation>
    </message>
    <message>
        <source>Returned, not corrected yet</source>
        <translation>已退回、尚未更正</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部记录</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>组织机构</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last review</source>
        <translation>最近一次审核</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Why it is returned (required to return)</source>
        <translation>退回原因（退回时必填）</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;turn</source>
        <translation>退回(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解除锁定(&amp;U)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新报送</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>有修改</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>%1 (version %2) by %3</source>
        <translation>%1（第 %2 版），审核人：%3</translation>
    </message>
    <message>
        <source>Nothing waits for review here.</source>
        <translation>这里没有待审核的记录。</translation>
    </message>
    <message>
        <source>Decision recorded; it reaches the station at its next sync.</source>
        <translation>审核意见已记录；服务站下次同步时即可收到。</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>已解除锁定</translation>
    </message>
    <message>
        <source>Same number</source>
        <translation>相同号码</translation>
    </message>
    <message>
        <source>The &amp;same person or employer</source>
        <translation>是同一人或同一单位(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Different ones</source>
        <translation>不是同一个(&amp;D)</translation>
    </message>
    <message>
        <source>Registered by two units with the same ID number or credit code. This is not an error; say whether they are the same.</source>
        <translation>两个组织机构登记了相同的证件号码或统一社会信用代码。这不是错误，请判断是否为同一人或同一单位。</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>审核队列(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Possibly the same</source>
        <translation>疑似重复(&amp;P)</translation>
    </message>
    <message>
        <source>No possible duplicates wait here.</source>
        <translation>这里没有待判断的疑似重复。</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>已记录。</translation>
    </message>
</context>
<context>
    <name>ud::SessionDialog</name>
    <message>
        <source>New mediation session record</source>
        <translation>新建调解笔录</translation>
    </message>
    <message>
        <source>Mediation session record</source>
        <translation>调解笔录</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>日期和时间(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>地点(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Mediators:</source>
        <translation>调解员(&amp;M)：</translation>
    </message>
    <message>
        <source>Re&amp;corder:</source>
        <translation>记录人(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Attended:</source>
        <translation>到场人员(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Statements of the parties:</source>
        <translation>当事人陈述(&amp;S)：</translation>
    </message>
    <message>
        <source>P&amp;roposals:</source>
        <translation>调解方案(&amp;R)：</translation>
    </message>
    <message>
        <source>Pro&amp;gress:</source>
        <translation>调解进展(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Next step:</source>
        <translation>下一步安排(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>ud::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>The &quot;backups&quot; folder beside the database</source>
        <translation>数据库所在目录下的 backups 文件夹</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> 份</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>备份文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>保留最新的(&amp;K)：</translation>
    </message>
</context>
<context>
    <name>ud::SetupWizard</name>
    <message>
        <source>Set up UnionDesk</source>
        <translation>设置工会工作台</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <source>Everything this node records is kept in one database file on this computer.</source>
        <translation>本节点记录的所有内容都保存在本机的一个数据库文件中。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>New database file</source>
        <translation>新数据库文件</translation>
    </message>
    <message>
        <source>UnionDesk database (*.db)</source>
        <translation>工会工作台数据库 (*.db)</translation>
    </message>
    <message>
        <source>Database &amp;file:</source>
        <translation>数据库文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Organisation unit</source>
        <translation>组织机构</translation>
    </message>
    <message>
        <source>Pick the union this node works for: a city or district federation, a street or township union, an enterprise union or an industry union.</source>
        <translation>请选择本节点服务的工会：市总工会或区总工会、街道（乡镇）工会、企业工会或产业（行业）工会。</translation>
    </message>
    <message>
        <source>Name or code, e.g. 八里庄 or 110105</source>
        <translation>名称或代码，如“八里庄”或“110105”</translation>
    </message>
    <message>
        <source>Defaults to the organisation unit&apos;s name</source>
        <translation>默认使用组织机构名称</translation>
    </message>
    <message>
        <source>The bundled organisation tree could not be read.</source>
        <translation>无法读取内置的组织机构树。</translation>
    </message>
    <message>
        <source>Selected: %1 (%2)</source>
        <translation>已选择：%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>层级(&amp;T)：</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>显示名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>The administrator manages the user accounts of this node. Keep the password safe: nobody can read it back, not even from the database.</source>
        <translation>管理员负责管理本节点的用户账号。请妥善保管密码：任何人都无法读回密码，即使从数据库中也不能。</translation>
    </message>
    <message>
        <source>e.g. 王芳</source>
        <translation>例如 王芳</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>姓名(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>确认密码(&amp;R)：</translation>
    </message>
    <message>
        <source>At least 8 characters.</source>
        <translation>至少 8 个字符。</translation>
    </message>
    <message>
        <source>Ready to create the node</source>
        <translation>准备创建节点</translation>
    </message>
    <message>
        <source>Choose where the database file goes.</source>
        <translation>请选择数据库文件的保存位置。</translation>
    </message>
    <message>
        <source>%1 is a folder; add a file name such as node.db.</source>
        <translation>%1 是文件夹，请加上文件名，例如 node.db。</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name, or open the existing database instead.</source>
        <translation>%1 已存在。请另选文件名，或改为打开已有的数据库。</translation>
    </message>
    <message>
        <source>Cannot write to %1; choose another folder.</source>
        <translation>无法写入 %1，请另选文件夹。</translation>
    </message>
    <message>
        <source>Pick the organisation unit this node serves from the list.</source>
        <translation>请从列表中选择本节点服务的组织机构。</translation>
    </message>
    <message>
        <source>The two passwords are not the same; type the password again in both fields.</source>
        <translation>两次输入的密码不一致，请在两个输入框中重新输入密码。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&lt;p&gt;Database file: &lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Organisation unit: &lt;b&gt;%2&lt;/b&gt; (%3)&lt;br&gt;Tier: %4&lt;br&gt;Node name: &lt;b&gt;%5&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Administrator: &lt;b&gt;%6&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Click Finish to create the database.&lt;/p&gt;</source>
        <translation>&lt;p&gt;数据库文件：&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;组织机构：&lt;b&gt;%2&lt;/b&gt;（%3）&lt;br&gt;层级：%4&lt;br&gt;节点名称：&lt;b&gt;%5&lt;/b&gt;&lt;/p&gt;&lt;p&gt;管理员：&lt;b&gt;%6&lt;/b&gt;&lt;/p&gt;&lt;p&gt;单击“完成”创建数据库。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 already exists; go back and choose a new file name.</source>
        <translation>%1 已存在，请返回并另选文件名。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>first administrator, created at set-up</source>
        <translation>首位管理员，于初始设置时创建</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>无法创建 %1。</translation>
    </message>
</context>
<context>
    <name>ud::SyncClient</name>
    <message>
        <source>This database has no node identity yet; set the node up first.</source>
        <translation>此数据库尚未设置节点身份；请先设置节点。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a hub address; it looks like https://hub.example:8443.</source>
        <translation>“%1”不是枢纽地址；枢纽地址形如 https://hub.example:8443。</translation>
    </message>
    <message>
        <source>This computer has no hub to sync with yet. Enroll it with the union above first.</source>
        <translation>本机尚无可同步的枢纽。请先向上级工会申请接入。</translation>
    </message>
    <message>
        <source>The hub&apos;s answer could not be read: %1</source>
        <translation>无法读取枢纽的答复：%1</translation>
    </message>
    <message>
        <source>The hub has not approved this computer yet. Its changes are kept and sent once the hub&apos;s administrator approves it.</source>
        <translation>枢纽尚未批准本机。本机的更改予以保留，待枢纽管理员批准后发送。</translation>
    </message>
    <message>
        <source>The number block from the hub could not be saved: %1</source>
        <translation>无法保存枢纽分配的编号段：%1</translation>
    </message>
    <message>
        <source>The hub&apos;s administrator has revoked this computer&apos;s enrollment.</source>
        <translation>枢纽管理员已撤销本机的接入。</translation>
    </message>
    <message>
        <source>The changes to send could not be read: %1</source>
        <translation>无法读取待上传的更改：%1</translation>
    </message>
    <message>
        <source>The hub&apos;s answer could not be recorded: %1</source>
        <translation>无法记录枢纽的答复：%1</translation>
    </message>
    <message>
        <source>What came from the hub could not be saved: %1</source>
        <translation>无法保存从枢纽接收的数据：%1</translation>
    </message>
</context>
<context>
    <name>ud::SyncDock</name>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
</context>
<context>
    <name>ud::SyncIndicator</name>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Sending changes to the hub at %1</source>
        <translation>正在向位于 %1 的枢纽上传更改</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>同步失败</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>已同步 %1</translation>
    </message>
    <message>
        <source>%1
Last successful sync: %2. Click for the sync panel.</source>
        <translation>%1
最近一次成功同步：%2。点击打开同步面板。</translation>
    </message>
    <message>
        <source>Last successful sync: %1. Click for the sync panel.</source>
        <translation>最近一次成功同步：%1。点击打开同步面板。</translation>
    </message>
</context>
<context>
    <name>ud::SyncPanel</name>
    <message>
        <source>&lt;b&gt;Sync with the union above&lt;/b&gt;</source>
        <translation>&lt;b&gt;与上级工会同步&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Sync no&amp;w</source>
        <translation>立即同步(&amp;W)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>En&amp;roll with a hub…</source>
        <translation>接入枢纽(&amp;R)…</translation>
    </message>
    <message>
        <source>Records the hub refused (edit a record to send it again):</source>
        <translation>枢纽拒收的记录（修改记录后将重新上传）：</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>数据表</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>This computer is not enrolled with a hub: its records stay here. An administrator enrolls it with &quot;Enroll with a hub&quot;.</source>
        <translation>本机尚未接入枢纽：记录仅保存在本机。管理员可通过“接入枢纽”申请接入。</translation>
    </message>
    <message>
        <source>Approved by the hub.</source>
        <translation>已获枢纽批准。</translation>
    </message>
    <message>
        <source>Approved by the hub for unit %1.</source>
        <translation>已获枢纽批准，组织机构：%1。</translation>
    </message>
    <message>
        <source>The hub&apos;s administrator revoked this computer&apos;s enrollment: nothing is sent. Ask them why; an administrator can enroll again.</source>
        <translation>枢纽管理员已撤销本机的接入：不会上传任何内容。请向其询问原因；管理员可重新申请接入。</translation>
    </message>
    <message>
        <source>Waiting for the hub&apos;s administrator to approve this computer. Read out its key fingerprint so they can compare it: %1</source>
        <translation>正在等待枢纽管理员批准本机。请宣读本机的密钥指纹，供其核对：%1</translation>
    </message>
    <message>
        <source>(not available: %1)</source>
        <translation>（无法获取：%1）</translation>
    </message>
    <message>
        <source>Hub: none yet</source>
        <translation>枢纽：尚无</translation>
    </message>
    <message>
        <source>Hub: %1</source>
        <translation>枢纽：%1</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>最近一次成功同步：%1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Waiting to be sent: %1 · sent, not yet answered: %2 · refused by the hub: %3 · open conflicts: %4</source>
        <translation>待上传：%1 · 已上传未答复：%2 · 枢纽拒收：%3 · 未解决的冲突：%4</translation>
    </message>
    <message>
        <source>Received but not applied here: %1</source>
        <translation>已接收但未在本机应用：%1</translation>
    </message>
    <message>
        <source>A sync is already going on.</source>
        <translation>同步正在进行中。</translation>
    </message>
    <message>
        <source>Connecting to the hub…</source>
        <translation>正在连接枢纽…</translation>
    </message>
    <message>
        <source>Sent %1 record(s), %2 still to send; received %3 item(s)…</source>
        <translation>已上传 %1 条记录，尚余 %2 条；已接收 %3 项…</translation>
    </message>
    <message>
        <source>Sync done: %1 record(s) sent, %2 refused, %3 conflict(s); %4 item(s) received.</source>
        <translation>同步完成：上传 %1 条记录，拒收 %2 条，冲突 %3 处；接收 %4 项。</translation>
    </message>
    <message>
        <source>Sync did not finish.</source>
        <translation>同步未完成。</translation>
    </message>
    <message>
        <source>C&amp;onflicts…</source>
        <translation>冲突(&amp;O)…</translation>
    </message>
</context>
<context>
    <name>ud::SyncTransport</name>
    <message>
        <source>The hub answered with an error (HTTP %1). Try again later; if it persists, tell the hub&apos;s administrator.</source>
        <translation>枢纽返回错误（HTTP %1）。请稍后再试；如问题持续存在，请告知枢纽管理员。</translation>
    </message>
    <message>
        <source>Sync was stopped. Nothing is lost: what was not sent goes next time.</source>
        <translation>同步已停止。数据不会丢失：未上传的内容将在下次发送。</translation>
    </message>
    <message>
        <source>The hub&apos;s certificate kept for this computer cannot be read. Enroll with the hub again.</source>
        <translation>无法读取本机保存的枢纽证书。请重新申请接入枢纽。</translation>
    </message>
    <message>
        <source>The hub&apos;s certificate is not the one this computer trusts (%1). If the hub got a new certificate, enroll with it again.</source>
        <translation>枢纽的证书不是本机所信任的证书（%1）。如枢纽更换了证书，请重新申请接入。</translation>
    </message>
    <message>
        <source>The hub at %1 cannot be reached (%2). Check the network; the changes are kept and sent at the next attempt.</source>
        <translation>无法连接位于 %1 的枢纽（%2）。请检查网络；更改予以保留，将在下次尝试时发送。</translation>
    </message>
</context>
<context>
    <name>ud::TransitionDialog</name>
    <message>
        <source>Why it ended:</source>
        <translation>终止原因：</translation>
    </message>
    <message>
        <source>Change the status of %1</source>
        <translation>变更 %1 的状态</translation>
    </message>
    <message>
        <source>&amp;New status:</source>
        <translation>新状态(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>日期(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Reason / note:</source>
        <translation>理由/备注(&amp;R)：</translation>
    </message>
    <message>
        <source>The parties may apply for labour-dispute arbitration; the termination notice says so.</source>
        <translation>当事人可以申请劳动争议仲裁；终止调解通知书中会写明这一点。</translation>
    </message>
    <message>
        <source>The agreement takes effect when both parties have signed or sealed it, the mediator has signed it and the body&apos;s seal is applied (art. 14).</source>
        <translation>调解协议书由双方当事人签名或者盖章，经调解员签名并加盖调解组织印章后生效（第十四条）。</translation>
    </message>
    <message>
        <source>The worker may apply for arbitration (art. 15), or for a payment order for wages, work-injury medical costs, compensation or damages (art. 16).</source>
        <translation>劳动者可以申请仲裁（第十五条）；就支付拖欠劳动报酬、工伤医疗费、经济补偿或者赔偿金事项达成调解协议的，也可以向人民法院申请支付令（第十六条）。</translation>
    </message>
    <message>
        <source>Reason for not &amp;accepting:</source>
        <translation>不予受理的理由(&amp;A)：</translation>
    </message>
    <message>
        <source>Reason for &amp;going ahead:</source>
        <translation>继续操作的理由(&amp;G)：</translation>
    </message>
    <message>
        <source>Applicant withdrew the application</source>
        <translation>申请人撤回申请</translation>
    </message>
    <message>
        <source>Why the move is right despite the warning (recorded with the case)</source>
        <translation>不顾警告仍进行此操作的理由（与案件一并记录）</translation>
    </message>
    <message>
        <source>The reason goes into the written notice of non-acceptance; &quot;Other&quot; needs it in words.</source>
        <translation>该理由将写入不予受理书面通知；选择“其他”时须用文字说明。</translation>
    </message>
    <message>
        <source>The applicant withdrew before the case was accepted: the case ends here, without a notice of non-acceptance. The reason in words is optional.</source>
        <translation>申请人在受理前撤回申请：案件到此结束，不出具不予受理通知书。文字说明的理由为选填。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
</context>
<context>
    <name>ud::UserChangeDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Set a new password</source>
        <translation>设置新密码</translation>
    </message>
    <message>
        <source>New password for %1. This also lifts a lock-out after failed logins.</source>
        <translation>为 %1 设置新密码。此操作同时解除因登录失败导致的锁定。</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>确认密码(&amp;E)：</translation>
    </message>
    <message>
        <source>Change the role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <source>Role of %1, now: %2.</source>
        <translation>%1 的当前角色：%2。</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>Enable the account</source>
        <translation>启用账号</translation>
    </message>
    <message>
        <source>Disable the account</source>
        <translation>停用账号</translation>
    </message>
    <message>
        <source>Enable %1 again? The user can log in with the current password.</source>
        <translation>是否重新启用 %1？该用户可使用当前密码登录。</translation>
    </message>
    <message>
        <source>Disable %1? The user can no longer log in; the records and the history stay as they are.</source>
        <translation>是否停用 %1？该用户将无法登录；其记录和历史保持不变。</translation>
    </message>
    <message>
        <source>Goes into the audit log</source>
        <translation>将记入审计日志</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>理由(&amp;S)：</translation>
    </message>
    <message>
        <source>The two passwords are not the same; type the password again in both fields.</source>
        <translation>两次输入的密码不一致，请在两个输入框中重新输入密码。</translation>
    </message>
    <message>
        <source>Give a reason; it goes into the audit log.</source>
        <translation>请填写理由，理由将记入审计日志。</translation>
    </message>
</context>
<context>
    <name>ud::UsersModel</name>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未登录</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Organisation unit</source>
        <translation>组织机构</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>最后登录</translation>
    </message>
</context>
<context>
    <name>ud::UsersPage</name>
    <message>
        <source>User accounts of this node. Every change is recorded in the audit log with your name.</source>
        <translation>本节点的用户账号。每次变更都会以您的名义记入审计日志。</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>添加用户(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;New password…</source>
        <translation>设置新密码(&amp;N)…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>更改角色(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Enable…</source>
        <translation>启用(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>停用(&amp;D)…</translation>
    </message>
    <message>
        <source>Nobody can change their own role or disable their own account; ask another administrator.</source>
        <translation>任何人都不能更改自己的角色或停用自己的账号；请联系其他管理员。</translation>
    </message>
</context>
<context>
    <name>ud::WorkerDialog</name>
    <message>
        <source>Edit worker – %1</source>
        <translation>编辑职工 – %1</translation>
    </message>
    <message>
        <source>Add worker</source>
        <translation>添加职工</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>身份证号码(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>出生日期(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>性别(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Hukou:</source>
        <translation>户口性质(&amp;H)：</translation>
    </message>
    <message>
        <source>E&amp;mployer:</source>
        <translation>用人单位(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Post:</source>
        <translation>岗位(&amp;P)：</translation>
    </message>
    <message>
        <source>Phon&amp;e:</source>
        <translation>电话(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Union:</source>
        <translation>工会：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Union member</source>
        <translation>工会会员(&amp;U)</translation>
    </message>
    <message>
        <source>From the ID number</source>
        <translation>按身份证号码</translation>
    </message>
    <message>
        <source>Leave empty to take the birth date from the ID number; if given, it must match it.</source>
        <translation>留空则按身份证号码取出生日期；如填写，须与身份证号码一致。</translation>
    </message>
    <message>
        <source>Type part of the name to search</source>
        <translation>输入单位名称的一部分进行搜索</translation>
    </message>
    <message>
        <source>%1 (type to replace)</source>
        <translation>%1（输入新号码可替换）</translation>
    </message>
    <message>
        <source>18 digits, or 15 for an old card</source>
        <translation>18 位，旧证为 15 位</translation>
    </message>
    <message>
        <source>%1 (from the ID number)</source>
        <translation>%1（按身份证号码）</translation>
    </message>
    <message>
        <source>yyyy-mm-dd, or empty</source>
        <translation>yyyy-mm-dd，或留空</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>A worker with this ID number is already in the register: %1. Nothing was saved.</source>
        <translation>已登记过此身份证号码的职工：%1。未保存任何内容。</translation>
    </message>
    <message>
        <source>Open the existing record instead:</source>
        <translation>改为打开已有记录：</translation>
    </message>
    <message>
        <source>Possibly the same person is already in the register. Open that record, or create a new one anyway.</source>
        <translation>信息库中可能已有同一个人。请打开那条记录，或仍然新建。</translation>
    </message>
    <message>
        <source>Choose the employer from the list (type part of its name), or leave it empty.</source>
        <translation>请从列表中选择用人单位（输入名称的一部分），或留空。</translation>
    </message>
    <message>
        <source>ID &amp;type:</source>
        <translation>证件类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Reason to keep it:</source>
        <translation>保留理由(&amp;R)：</translation>
    </message>
    <message>
        <source>e.g. checked against the card; issued before the code was listed</source>
        <translation>例如：已与证件核对；证件签发早于该代码列入标准</translation>
    </message>
    <message>
        <source>As printed on the document</source>
        <translation>按证件上所印填写</translation>
    </message>
    <message>
        <source>Ethni&amp;city:</source>
        <translation>民族(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>ud::WorkersModel</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>用人单位</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步状态</translation>
    </message>
</context>
<context>
    <name>ud::WorkersTab</name>
    <message>
        <source>&amp;District:</source>
        <translation>所在区(&amp;D)：</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>全部区</translation>
    </message>
    <message>
        <source>U&amp;nion:</source>
        <translation>工会(&amp;N)：</translation>
    </message>
    <message>
        <source>Members and others</source>
        <translation>会员及非会员</translation>
    </message>
    <message>
        <source>Union members</source>
        <translation>工会会员</translation>
    </message>
    <message>
        <source>Not members</source>
        <translation>非会员</translation>
    </message>
    <message>
        <source>%1 workers</source>
        <translation>共 %1 名职工</translation>
    </message>
    <message>
        <source>%1 of %2 workers loaded (scroll for more)</source>
        <translation>已载入 %1 名，共 %2 名职工（向下滚动载入更多）</translation>
    </message>
    <message>
        <source>No worker matches “%1” (names, employers, addresses, posts and phones are searched).</source>
        <translation>没有与“%1”相符的职工（查找范围：姓名、单位、地址、岗位、电话）。</translation>
    </message>
</context>
</TS>
