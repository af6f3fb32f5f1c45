#!/usr/bin/env python3
"""Write resources/reference/gbt2260.tsv from python-stdnum's cn/loc.dat (Debian python3-stdnum).

loc.dat lists 3,377 GB/T 2260 county-level codes, current and retired (National Bureau of
Statistics list); ID numbers issued before a merger keep the old code, so both must be known.
Run once when the source updates; the TSV is committed so builds need no Python.
"""
import re
import sys

src = sys.argv[1] if len(sys.argv) > 1 else "/usr/lib/python3/dist-packages/stdnum/cn/loc.dat"
out = sys.argv[2] if len(sys.argv) > 2 else "resources/reference/gbt2260.tsv"
rows = []
for line in open(src, encoding="utf-8"):
    if line.startswith("#") or not line.strip():
        continue
    code = line[:6]
    attrs = dict(re.findall(r'(\w+)="([^"]*)"', line))
    rows.append((code, attrs.get("province", ""), attrs.get("prefecture", ""), attrs.get("county", "")))
with open(out, "w", encoding="utf-8", newline="\n") as f:
    f.write("# code\tprovince\tprefecture\tcounty  (GB/T 2260, current and retired; from python-stdnum cn/loc.dat)\n")
    for r in sorted(set(rows)):
        f.write("\t".join(r) + "\n")
print(f"{len(rows)} codes -> {out}")
