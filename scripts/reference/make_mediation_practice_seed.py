#!/usr/bin/env python3
"""Print the reference rows of migration 0010 (mediation as practising mediators need it): the new
code lists, the renamed code items and the new policy numbers. Ids are uuid5 in the same namespace
as make_reference_sql.py and make_mediation_seed.py, so every node gets the same ids.

The output was pasted into resources/sql/0010_mediation_practice.sql once; shipped migrations are
never rewritten, so later changes go into a new migration.
"""
import uuid

NAMESPACE = uuid.UUID("6f1c2b0e-8a7d-4c3e-9b21-5d4e3f2a1b00")
SYSTEM = ("'110000'", "'reference'", "1", "0", "'0000000000000000-00000'",
          "'2026-12-07T00:00:00.000Z'", "'system'", "'2026-12-07T00:00:00.000Z'", "'system'", "0")
SYSTEM_COLS = "org_unit, origin_node, version, base_version, hlc, created_at, created_by, updated_at, updated_by, deleted"

# list -> [(code, zh, en, note)]
LISTS = {
    "case_source": [  # added to the six of 0002
        ("court_delegated", "法院委派调解（诉前）", "Delegated by a court before filing (委派调解)",
         "[S] 特邀调解规定: period of its own (policy mediation.delegated_days)"),
    ],
    "case_close_reason": [  # added to the four of 0002
        ("settled_withdrawn", "和解后撤回申请", "Withdrawn after the parties settled", "[U] counted with withdrawals"),
    ],
    "non_acceptance_reason": [
        ("not_labour_dispute", "不属于劳动争议", "Not a labour dispute",
         "[P] 劳动争议调解仲裁法 art. 2; the notice must not point to arbitration"),
        ("respondent_refused", "被申请人不同意调解", "The respondent does not agree to mediation",
         "[P] 人社部令第17号 art. 23: both parties must agree"),
        ("already_in_proceedings", "已进入仲裁或诉讼程序", "Already before arbitration or a court",
         "[U] 人社部令第17号 art. 23"),
        ("already_decided", "已经仲裁裁决或法院判决", "Already decided by an award or a judgment", "[U]"),
        ("outside_scope", "不属于本调解组织受理范围", "Outside this body's remit", "[U]"),
        ("incomplete", "申请材料不全且逾期未补正", "Application incomplete and not completed in time", "[U]"),
        ("other", "其他", "Other", ""),
    ],
    "mediation_document": [
        ("intake_form", "劳动争议调解申请书（受理登记表）", "Application / intake form", "[P] art. 12"),
        ("acceptance_notice", "受理通知书", "Notice of acceptance", "[U] 人社部令第17号 ch. 3"),
        ("rights_notice", "权利义务告知书", "Notice of rights and duties", "[S] domain.md §1.3"),
        ("non_acceptance", "不予受理通知书", "Notice of non-acceptance", "[P] 人社部令第17号 art. 23"),
        ("extension", "延期调解确认书", "Extension of mediation, signed by both parties", "[P] art. 14: by consent"),
        ("suggestion", "调解建议书", "Mediation proposal", "[S] Beijing target: one in every case"),
        ("agreement", "调解协议书", "Mediation agreement", "[P] art. 14"),
        ("supplement", "补充协议", "Supplementary agreement", "[U]"),
        ("termination", "终止调解通知书", "Notice that mediation has ended", "[P] art. 14"),
        ("nonperformance_notice", "不履行调解协议通知书", "Notice of non-performance", "[P] 人社部令第17号 art. 30"),
        ("follow_up", "回访记录", "Follow-up record", "[S] domain.md §1.3"),
        ("other", "其他文书", "Other document", ""),
    ],
    "service_method": [
        ("in_person", "直接送达", "Handed over in person", "[P] 民事诉讼法 art. 88"),
        ("left_at_address", "留置送达", "Left at the address", "[P] 民事诉讼法 art. 89"),
        ("post", "邮寄送达", "By post", "[P] 民事诉讼法 art. 91"),
        ("electronic", "电子送达（短信、邮件等）", "Electronically (text message, e-mail)",
         "[P] 民事诉讼法 art. 90: with the recipient's consent"),
        ("entrusted", "委托送达", "Through another body", "[P] 民事诉讼法 art. 91"),
        ("other", "其他方式", "Other", ""),
    ],
    "follow_up_method": [
        ("phone", "电话回访", "By phone", ""),
        ("visit", "上门回访", "Visit", ""),
        ("at_station", "来站回访", "At the station", ""),
        ("message", "短信、微信回访", "By message", ""),
    ],
    "referral_kind": [
        ("labour_inspection", "劳动保障监察", "Labour inspection (劳动监察)", "[S] 欠薪, social insurance, no contract, child labour"),
        ("legal_aid", "法律援助", "Legal aid", "[S]"),
        ("arbitration", "劳动人事争议仲裁", "Labour arbitration", "[P] 劳动争议调解仲裁法 arts. 14, 15"),
        ("court", "人民法院", "People's court", "[P] art. 16, 法释〔2020〕26号 art. 13"),
        ("other", "其他部门", "Other body", ""),
    ],
    "referral_reason": [
        ("wage_arrears", "拖欠工资", "Unpaid wages (欠薪)", ""),
        ("social_insurance", "未缴纳社会保险", "Unpaid social insurance", ""),
        ("no_contract", "未签订劳动合同", "No written labour contract", ""),
        ("child_labour", "使用童工", "Child labour (under 16)", "[P] 禁止使用童工规定"),
        ("no_agreement", "调解不成", "No agreement in mediation", "[P] art. 14"),
        ("breach", "不履行调解协议", "Agreement not performed", "[P] art. 15"),
        ("needs_legal_aid", "经济困难需法律援助", "Cannot afford a lawyer", ""),
        ("other", "其他", "Other", ""),
    ],
    "mediator_qualification": [
        ("union_staff", "工会工作人员", "Union staff", "[P] 劳动争议调解仲裁法 art. 11"),
        ("lawyer", "律师", "Lawyer", "[P] art. 11: legal knowledge"),
        ("legal_worker", "法律工作者", "Legal worker", "[P] art. 11"),
        ("hr_professional", "人力资源专业人员", "HR professional", "[P] art. 11: policy knowledge"),
        ("volunteer", "志愿者", "Volunteer", "[P] art. 11: fair adult citizen"),
        ("other", "其他", "Other", ""),
    ],
    "reception_kind": [
        ("consultation", "来访咨询", "Walk-in consultation", "[S] Songjiang: 咨询"),
        ("phone", "电话咨询", "Phone consultation", "[S]"),
        ("document_drafting", "代写文书", "Documents written for the worker", "[S] Songjiang: 代写文书"),
        ("complaint", "来访反映", "Complaint or report", "[U]"),
        ("other", "其他接待", "Other", ""),
    ],
    "reception_outcome": [
        ("answered", "当场解答", "Answered on the spot", ""),
        ("case_opened", "转为调解案件", "Opened as a mediation case", ""),
        ("referred", "引导至其他部门", "Referred to another body", ""),
        ("document_written", "已代写文书", "Document written", ""),
        ("other", "其他", "Other", ""),
    ],
}

# Renamed items (list, code) -> zh: the words a mediator uses (issue 11, item 11).
RENAMES = [
    ("case_source", "own_initiative", "主动调解（经双方同意）"),
    ("case_source", "arbitration_referral", "仲裁委委托调解（裁前）"),
    ("case_source", "court_referral", "法院委托调解（诉中）"),
]

POLICY = [  # key, value, note
    ("mediation.delegated_days", "30", "[S] 特邀调解规定: a case delegated by a court is mediated within 30 days"),
    ("mediation.recovered_basis", "paid",
     "[U] which amount the report labels 挽回经济损失: 'paid' (实际履行金额, by payment date) or 'agreed' (协议金额, by agreement date)"),
]


def q(s):
    return "'" + s.replace("'", "''") + "'"


def main():
    out = []
    out.append("INSERT INTO code_items (id, list, code, parent_code, name_zh, name_en, note, sort_order, active, "
               + SYSTEM_COLS + ") VALUES")
    rows = []
    for lst, items in LISTS.items():
        start = {"case_source": 7, "case_close_reason": 5}.get(lst, 1)
        for i, (code, zh, en, note) in enumerate(items, start):
            rid = uuid.uuid5(NAMESPACE, f"code_items:{lst}:{code}")
            rows.append(f"({q(str(rid))}, {q(lst)}, {q(code)}, NULL, {q(zh)}, {q(en)}, {q(note)}, {i}, 1, "
                        + ", ".join(SYSTEM) + ")")
    out.append(",\n".join(rows) + "\nON CONFLICT DO NOTHING;\n")
    for lst, code, zh in RENAMES:
        out.append(f"UPDATE code_items SET name_zh = {q(zh)}, version = version + 1, "
                   f"updated_at = '2026-12-07T00:00:00.000Z', updated_by = 'system' "
                   f"WHERE list = {q(lst)} AND code = {q(code)} AND origin_node = 'reference' AND version = 1;")
    out.append("")
    out.append("INSERT INTO policy_values (id, key, value, note, " + SYSTEM_COLS + ") VALUES")
    rows = []
    for key, value, note in POLICY:
        rid = uuid.uuid5(NAMESPACE, f"policy_values:{key}")
        rows.append(f"({q(str(rid))}, {q(key)}, {q(value)}, {q(note)}, " + ", ".join(SYSTEM) + ")")
    out.append(",\n".join(rows) + "\nON CONFLICT DO NOTHING;")
    print("\n".join(out))


if __name__ == "__main__":
    main()
