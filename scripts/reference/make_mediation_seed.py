#!/usr/bin/env python3
"""Print the reference rows of migration 0005 (mediation): the claim-item code list, policy
numbers and the working-day calendar for 2024-2026. Ids are uuid5 in the same namespace as
make_reference_sql.py, so every node gets the same ids for the same reference rows.

The output was pasted into resources/sql/0005_mediation.sql once; shipped migrations are never
rewritten, so later years go into a new migration (or are entered by an administrator).
"""
import uuid

NAMESPACE = uuid.UUID("6f1c2b0e-8a7d-4c3e-9b21-5d4e3f2a1b00")
SYSTEM = ("'110000'", "'reference'", "1", "0", "'0000000000000000-00000'",
          "'2026-01-01T00:00:00.000Z'", "'system'", "'2026-01-01T00:00:00.000Z'", "'system'", "0")
SYSTEM_COLS = "org_unit, origin_node, version, base_version, hlc, created_at, created_by, updated_at, updated_by, deleted"

CLAIM_ITEMS = [  # code, zh, en, note
    ("wage", "拖欠工资（劳动报酬）", "Unpaid wages", "[P] art. 16: 支付令 eligible"),
    ("overtime", "加班费", "Overtime pay", ""),
    ("compensation", "经济补偿金", "Economic compensation", "[P] art. 16: 支付令 eligible"),
    ("damages", "赔偿金", "Damages", "[P] art. 16: 支付令 eligible"),
    ("injury_medical", "工伤医疗费", "Work-injury medical costs", "[P] art. 16: 支付令 eligible"),
    ("social_insurance", "社会保险", "Social insurance", ""),
    ("leave_pay", "未休年休假工资", "Pay for untaken annual leave", ""),
    ("double_wage", "未签劳动合同二倍工资", "Double wages for no written contract", ""),
    ("other", "其他", "Other", ""),
]

POLICY = [  # key, value, note
    ("mediation.accept_working_days", "3", "[U] 人社部令第17号 ch. 3: decide on acceptance within 3 working days"),
    ("mediation.window_days", "15", "[P] 劳动争议调解仲裁法 art. 14: 15 days from receipt"),
    ("mediation.arbitration_review_days", "15", "[S] 办案规则 art. 74: joint application within 15 days of effect"),
    ("mediation.judicial_confirmation_days", "30", "[P] 民诉法 2023 art. 205: within 30 days of effect"),
    ("mediation.limitation_months", "12", "[P] 劳动争议调解仲裁法 art. 27: arbitration within 1 year"),
    ("mediation.follow_up_days", "30", "[U] 回访 after the agreement is performed"),
    ("mediation.due_soon_days", "3", "[U] shown as due soon this many days ahead"),
    ("mediation.collective_threshold", "10", "[P] art. 7: 10 or more workers with a common claim"),
    ("mediation.representatives_min", "3", "[S] 办案规则 art. 5"),
    ("mediation.representatives_max", "5", "[S] 办案规则 art. 5"),
    ("attachment.max_bytes", "20971520", "largest evidence file accepted (20 MiB)"),
]

# State Council holiday notices (国务院办公厅 放假安排) [S]; editable per year in the app.
HOLIDAYS = {
    2024: [("元旦", ["2024-01-01"], []),
           ("春节", ["2024-02-10", "2024-02-11", "2024-02-12", "2024-02-13", "2024-02-14", "2024-02-15",
                    "2024-02-16", "2024-02-17"], ["2024-02-04", "2024-02-18"]),
           ("清明节", ["2024-04-04", "2024-04-05", "2024-04-06"], ["2024-04-07"]),
           ("劳动节", ["2024-05-01", "2024-05-02", "2024-05-03", "2024-05-04", "2024-05-05"], ["2024-04-28", "2024-05-11"]),
           ("端午节", ["2024-06-10"], []),
           ("中秋节", ["2024-09-15", "2024-09-16", "2024-09-17"], ["2024-09-14"]),
           ("国庆节", ["2024-10-01", "2024-10-02", "2024-10-03", "2024-10-04", "2024-10-05", "2024-10-06",
                     "2024-10-07"], ["2024-09-29", "2024-10-12"])],
    2025: [("元旦", ["2025-01-01"], []),
           ("春节", ["2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31", "2025-02-01", "2025-02-02",
                    "2025-02-03", "2025-02-04"], ["2025-01-26", "2025-02-08"]),
           ("清明节", ["2025-04-04", "2025-04-05", "2025-04-06"], []),
           ("劳动节", ["2025-05-01", "2025-05-02", "2025-05-03", "2025-05-04", "2025-05-05"], ["2025-04-27"]),
           ("端午节", ["2025-05-31", "2025-06-01", "2025-06-02"], []),
           ("国庆节、中秋节", ["2025-10-01", "2025-10-02", "2025-10-03", "2025-10-04", "2025-10-05", "2025-10-06",
                         "2025-10-07", "2025-10-08"], ["2025-09-28", "2025-10-11"])],
    2026: [("元旦", ["2026-01-01", "2026-01-02", "2026-01-03"], ["2026-01-04"]),
           ("春节", ["2026-02-15", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20",
                    "2026-02-21", "2026-02-22", "2026-02-23"], ["2026-02-14", "2026-02-28"]),
           ("清明节", ["2026-04-04", "2026-04-05", "2026-04-06"], []),
           ("劳动节", ["2026-05-01", "2026-05-02", "2026-05-03", "2026-05-04", "2026-05-05"], ["2026-05-09"]),
           ("端午节", ["2026-06-19", "2026-06-20", "2026-06-21"], []),
           ("中秋节", ["2026-09-25", "2026-09-26", "2026-09-27"], []),
           ("国庆节", ["2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04", "2026-10-05", "2026-10-06",
                     "2026-10-07"], ["2026-09-20", "2026-10-10"])],
}


def q(s):
    return "'" + s.replace("'", "''") + "'"


def main():
    out = []
    out.append("-- code_items: claim_item")
    out.append("INSERT INTO code_items (id, list, code, parent_code, name_zh, name_en, note, sort_order, active, "
               + SYSTEM_COLS + ") VALUES")
    rows = []
    for i, (code, zh, en, note) in enumerate(CLAIM_ITEMS, 1):
        rid = uuid.uuid5(NAMESPACE, f"code_items:claim_item:{code}")
        rows.append(f"({q(str(rid))}, 'claim_item', {q(code)}, NULL, {q(zh)}, {q(en)}, {q(note)}, {i}, 1, "
                    + ", ".join(SYSTEM) + ")")
    out.append(",\n".join(rows) + "\nON CONFLICT DO NOTHING;\n")

    out.append("-- policy_values")
    out.append("INSERT INTO policy_values (id, key, value, note, " + SYSTEM_COLS + ") VALUES")
    rows = []
    for key, value, note in POLICY:
        rid = uuid.uuid5(NAMESPACE, f"policy_values:{key}")
        rows.append(f"({q(str(rid))}, {q(key)}, {q(value)}, {q(note)}, " + ", ".join(SYSTEM) + ")")
    out.append(",\n".join(rows) + ";\n")

    out.append("-- calendar_days 2024-2026")
    out.append("INSERT INTO calendar_days (id, day, kind, name, " + SYSTEM_COLS + ") VALUES")
    rows = []
    for year in sorted(HOLIDAYS):
        for name, off, work in HOLIDAYS[year]:
            for d in off:
                rid = uuid.uuid5(NAMESPACE, f"calendar_days:{d}")
                rows.append(f"({q(str(rid))}, {q(d)}, 'holiday', {q(name)}, " + ", ".join(SYSTEM) + ")")
            for d in work:
                rid = uuid.uuid5(NAMESPACE, f"calendar_days:{d}")
                rows.append(f"({q(str(rid))}, {q(d)}, 'workday', {q(name + '调休上班')}, " + ", ".join(SYSTEM) + ")")
    out.append(",\n".join(rows) + ";")
    print("\n".join(out))


if __name__ == "__main__":
    main()
