#!/usr/bin/env python3
"""Fill unfinished entries of translations/uniondesk_zh_CN.ts from TSV files.

Usage: fill_translations.py TS_FILE TSV [TSV ...]
Each TSV line: context<TAB>source<TAB>translation (source and translation with \\n for newlines).
A row whose context is "*" applies to that source in any context. Plural forms: translation
may hold one form (Chinese has one). Prints the unfinished entries that no TSV covers, as TSV
lines with an empty translation, so they can be translated and fed back in.
Run `cmake --build <dir> --target update_translations` first so the .ts lists every string.
"""
import sys
import xml.etree.ElementTree as ET


def unescape(s):
    return s.replace("\\n", "\n").replace("\\t", "\t")


def main():
    ts_path, tsvs = sys.argv[1], sys.argv[2:]
    table = {}
    for path in tsvs:
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if not line or line.startswith("#"):
                    continue
                parts = line.split("\t")
                if len(parts) < 3 or not parts[2]:
                    continue
                table[(parts[0], unescape(parts[1]))] = unescape(parts[2])
    tree = ET.parse(ts_path)
    missing = []
    filled = 0
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") != "unfinished":
                continue
            src = msg.findtext("source")
            text = table.get((name, src), table.get(("*", src)))
            if text is None:
                missing.append((name, src))
                continue
            if msg.get("numerus") == "yes":
                for child in list(tr):
                    tr.remove(child)
                tr.text = None
                form = ET.SubElement(tr, "numerusform")
                form.text = text
            else:
                tr.text = text
            del tr.attrib["type"]
            filled += 1
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    # lupdate writes <!DOCTYPE TS>; ElementTree drops it: put it back.
    with open(ts_path, encoding="utf-8") as f:
        body = f.read()
    if "<!DOCTYPE TS>" not in body:
        body = body.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
    with open(ts_path, "w", encoding="utf-8") as f:
        f.write(body)
    print(f"filled {filled}, missing {len(missing)}", file=sys.stderr)
    for name, src in missing:
        print(f"{name}\t{src.replace(chr(10), chr(92) + 'n')}\t")


if __name__ == "__main__":
    main()
