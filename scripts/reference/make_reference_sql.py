#!/usr/bin/env python3
"""Generate resources/sql/0002_reference_data.sql from the reference TSV files.

Inputs (all UTF-8, tab-separated, '#' lines and blank lines ignored, first other line = header):
  resources/reference/org_units_beijing.tsv  code, parent_code, tier, short_name, name
  resources/reference/code_lists.tsv         list, code, parent_code, name_zh, name_en, note, sort_order
  resources/reference/gbt2260.tsv            code, province, prefecture, county  (list 'division')

Output: resources/sql/0002_reference_data.sql (byte-for-byte deterministic).

Run by a developer from anywhere; the generated SQL is committed, the build does not run this.
Once 0002 has shipped it must never be rewritten: put later changes to reference data into a
new numbered migration instead (this script can be adapted to write that file).

Usage:
  python3 scripts/reference/make_reference_sql.py            write the SQL file
  python3 scripts/reference/make_reference_sql.py --check    exit 1 if the committed file is stale
  python3 scripts/reference/make_reference_sql.py --output PATH

Only the Python standard library is used.
"""
import argparse
import re
import sys
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
REF = ROOT / "resources" / "reference"
ORG_TSV = REF / "org_units_beijing.tsv"
CODES_TSV = REF / "code_lists.tsv"
GBT_TSV = REF / "gbt2260.tsv"
DEFAULT_OUT = ROOT / "resources" / "sql" / "0002_reference_data.sql"

# Fixed namespace: every node derives the same id for the same reference row.
NAMESPACE = uuid.UUID("6f1c2b0e-8a7d-4c3e-9b21-5d4e3f2a1b00")

# Common synced-record columns, identical for every reference row.
COMMON = {
    "org_unit": "110000",
    "origin_node": "reference",
    "version": 1,
    "base_version": 0,
    "hlc": "0000000000000000-00000",
    "created_at": "2026-01-01T00:00:00.000Z",
    "created_by": "system",
    "updated_at": "2026-01-01T00:00:00.000Z",
    "updated_by": "system",
    "deleted": 0,
}
COMMON_COLS = list(COMMON)

TIERS = ("city", "district", "street", "enterprise", "industry")  # CHECK constraint in 0001
CHUNK = 500  # rows per INSERT statement

ORG_COLS = ["id", "code", "name", "short_name", "parent_code", "tier"] + COMMON_COLS
CODE_COLS = ["id", "list", "code", "parent_code", "name_zh", "name_en", "note", "sort_order",
             "active"] + COMMON_COLS


class InputError(Exception):
    pass


def read_tsv(path, expected_header, header_line=True):
    """Yields (line_no, dict) for each data row; checks the header and the column count.

    With header_line=False the file has no header row (gbt2260.tsv names its columns in a
    '#' comment) and expected_header gives the columns.
    """
    header = None if header_line else list(expected_header)
    with open(path, encoding="utf-8", newline="") as f:
        for no, raw in enumerate(f, 1):
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = [c.strip() for c in cells]
                if header != expected_header:
                    raise InputError(f"{path}:{no}: header {header} != {expected_header}")
                continue
            if len(cells) != len(header):
                raise InputError(f"{path}:{no}: {len(cells)} columns, expected {len(header)}")
            yield no, {h: c.strip() for h, c in zip(header, cells)}
    if header is None:
        raise InputError(f"{path}: no header line")


def sql_value(v):
    if v is None:
        return "NULL"
    if isinstance(v, int):
        return str(v)
    s = str(v)
    if any(ord(ch) < 0x20 for ch in s):
        raise InputError(f"control character in value {s!r}")
    return "'" + s.replace("'", "''") + "'"


def insert_statements(table, cols, rows):
    out = []
    for start in range(0, len(rows), CHUNK):
        chunk = rows[start:start + CHUNK]
        out.append(f"INSERT INTO {table} ({', '.join(cols)}) VALUES\n")
        out.append(",\n".join("(" + ", ".join(sql_value(r[c]) for c in cols) + ")" for r in chunk))
        # A row already there (e.g. the org tree synced down before schema 2) is kept as it is.
        out.append("\nON CONFLICT DO NOTHING;\n\n")
    return "".join(out)


def load_org_units():
    rows = {}
    for no, r in read_tsv(ORG_TSV, ["code", "parent_code", "tier", "short_name", "name"]):
        where = f"{ORG_TSV.name}:{no}"
        code, parent, tier = r["code"], r["parent_code"], r["tier"]
        if not re.fullmatch(r"\d{6}|\d{9}", code):
            raise InputError(f"{where}: code {code!r} is not 6 or 9 digits")
        if code in rows:
            raise InputError(f"{where}: duplicate code {code}")
        if tier not in TIERS:
            raise InputError(f"{where}: tier {tier!r} not in {TIERS}")
        if not r["name"] or not r["short_name"]:
            raise InputError(f"{where}: empty name or short_name")
        if tier == "street":
            if len(code) != 9 or parent != code[:6]:
                raise InputError(f"{where}: street code {code} must be parent {parent} + 3 digits")
            if not 1 <= int(code[6:]) <= 599:
                raise InputError(f"{where}: street suffix {code[6:]} outside 001-599")
        rows[code] = {"code": code, "parent_code": parent or None, "tier": tier,
                      "short_name": r["short_name"], "name": r["name"]}
    for code, r in rows.items():
        p = r["parent_code"]
        if p is not None and p not in rows:
            raise InputError(f"{ORG_TSV.name}: parent {p} of {code} is not in the file")

    def depth(code, seen=()):
        p = rows[code]["parent_code"]
        if p is None:
            return 0
        if code in seen:
            raise InputError(f"{ORG_TSV.name}: parent cycle at {code}")
        return 1 + depth(p, seen + (code,))

    # Parents first (foreign key parent_code -> code), then by code.
    ordered = sorted(rows.values(), key=lambda r: (depth(r["code"]), r["code"]))
    for r in ordered:
        r["id"] = str(uuid.uuid5(NAMESPACE, "org_units:" + r["code"]))
        r.update(COMMON)
    return ordered


def load_code_items():
    lists = {}  # list name -> list of row dicts, in file order (dict keeps first-seen order)
    seen = set()
    for no, r in read_tsv(CODES_TSV, ["list", "code", "parent_code", "name_zh", "name_en",
                                      "note", "sort_order"]):
        where = f"{CODES_TSV.name}:{no}"
        lst, code = r["list"], r["code"]
        if not re.fullmatch(r"[a-z][a-z0-9_]*", lst):
            raise InputError(f"{where}: bad list name {lst!r}")
        if not re.fullmatch(r"[A-Za-z0-9_]+", code):
            raise InputError(f"{where}: code {code!r} must be ASCII letters, digits or _")
        if (lst, code) in seen:
            raise InputError(f"{where}: duplicate {lst}:{code}")
        seen.add((lst, code))
        if not r["name_zh"]:
            raise InputError(f"{where}: empty name_zh")
        so = r["sort_order"]
        if so and not re.fullmatch(r"-?\d+", so):
            raise InputError(f"{where}: sort_order {so!r} is not an integer")
        lists.setdefault(lst, []).append({
            "list": lst, "code": code, "parent_code": r["parent_code"] or None,
            "name_zh": r["name_zh"], "name_en": r["name_en"], "note": r["note"],
            "sort_order": int(so) if so else None})

    # GB/T 2260 county codes (current and retired) join the 'division' supplements.
    division = lists.setdefault("division", [])
    supplements = {r["code"] for r in division}
    for no, r in read_tsv(GBT_TSV, ["code", "province", "prefecture", "county"],
                          header_line=False):
        if not re.fullmatch(r"\d{6}", r["code"]):
            raise InputError(f"{GBT_TSV.name}:{no}: bad code {r['code']!r}")
        if r["code"] in supplements:
            raise InputError(f"{CODES_TSV.name}: division {r['code']} is already in {GBT_TSV.name}")
        division.append({"list": "division", "code": r["code"], "parent_code": None,
                         "name_zh": r["county"], "name_en": "",
                         "note": f"{r['province']}/{r['prefecture']}", "sort_order": None})
    division.sort(key=lambda r: r["code"])
    for i, r in enumerate(division, 1):
        r["sort_order"] = i

    for lst, rows in lists.items():
        codes = {r["code"] for r in rows}
        for i, r in enumerate(rows, 1):
            if r["sort_order"] is None:
                r["sort_order"] = i
            if r["parent_code"] is not None and r["parent_code"] not in codes:
                raise InputError(f"{CODES_TSV.name}: {lst}:{r['code']} has unknown parent "
                                 f"{r['parent_code']}")
            r["id"] = str(uuid.uuid5(NAMESPACE, f"code_items:{lst}:{r['code']}"))
            r["active"] = 1
            r.update(COMMON)
    if "tier" in lists:
        bad = {r["code"] for r in lists["tier"]} ^ set(TIERS)
        if bad:
            raise InputError(f"{CODES_TSV.name}: list 'tier' must hold exactly {TIERS}; off: {bad}")
    return lists


def render(org_rows, lists):
    tiers = {}
    for r in org_rows:
        tiers[r["tier"]] = tiers.get(r["tier"], 0) + 1
    n_items = sum(len(v) for v in lists.values())
    out = [
        "-- UnionDesk schema 2: bundled reference data (Beijing org tree, code lists).\n",
        "-- GENERATED by scripts/reference/make_reference_sql.py from resources/reference/*.tsv.\n",
        "-- Do not edit by hand. Shipped migrations are never rewritten: change reference data in a\n",
        "-- new numbered migration. The application wraps this file in a transaction.\n",
        "-- Reference rows have name-based ids (UUIDv5), so every node holds the same id per row.\n",
        "--\n",
        f"-- org_units: {len(org_rows)} rows ("
        + ", ".join(f"{t} {tiers[t]}" for t in TIERS if t in tiers) + ")\n",
        f"-- code_items: {n_items} rows in {len(lists)} lists\n",
    ]
    for lst, rows in lists.items():
        out.append(f"--   {lst}: {len(rows)}\n")
    out.append("\n")
    out.append("-- org_units, parents first\n")
    out.append(insert_statements("org_units", ORG_COLS, org_rows))
    for lst, rows in lists.items():
        out.append(f"-- code_items: {lst}\n")
        out.append(insert_statements("code_items", CODE_COLS, rows))
    return "".join(out).rstrip("\n") + "\n"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--output", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--check", action="store_true",
                    help="compare with the existing output instead of writing it")
    args = ap.parse_args(argv)
    try:
        org_rows = load_org_units()
        lists = load_code_items()
    except InputError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    text = render(org_rows, lists).encode("utf-8")
    if args.check:
        try:
            current = args.output.read_bytes()
        except FileNotFoundError:
            current = b""
        if current != text:
            print(f"{args.output} is out of date; run {Path(__file__).name}", file=sys.stderr)
            return 1
        print(f"{args.output} is up to date")
        return 0
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_bytes(text)
    n_items = sum(len(v) for v in lists.values())
    print(f"wrote {args.output}: {len(org_rows)} org_units, {n_items} code_items "
          f"in {len(lists)} lists")
    return 0


if __name__ == "__main__":
    sys.exit(main())
