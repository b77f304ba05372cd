#!/usr/bin/env python3
"""Fills zh_CN translations into Qt .ts catalogues from a TSV file (source<TAB>translation).

Usage: scripts/ts-fill.py TRANSLATIONS.tsv resources/i18n/*.ts
       scripts/ts-fill.py --missing resources/i18n/*.ts   (lists sources still untranslated)
A source with a plural form (%n) takes its translation for every form.
"""
import re
import sys
import xml.etree.ElementTree as ET


def write_like_lupdate(tree, path):
    """Writes the catalogue as lupdate does, so that filling and refreshing never rewrite each
    other's quoting: a double-quoted declaration, the DOCTYPE, &apos; and &quot; in text."""
    body = ET.tostring(tree.getroot(), encoding="unicode", short_empty_elements=False)
    body = re.sub(r">([^<]*)<",
                  lambda m: ">" + m.group(1).replace("'", "&apos;").replace('"', "&quot;") + "<",
                  body)
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")


def unfinished(message):
    t = message.find("translation")
    return t is None or t.get("type") == "unfinished" or not (t.text or "").strip() and not len(t)


def main(argv):
    if len(argv) >= 2 and argv[0] == "--missing":
        missing = 0
        for path in argv[1:]:
            for message in ET.parse(path).getroot().iter("message"):
                if unfinished(message):
                    print(f"{message.findtext('source')}")
                    missing += 1
        return 1 if missing else 0
    table = {}
    with open(argv[0], encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#") or "\t" not in line:
                continue
            source, translation = line.split("\t", 1)
            table[source.replace("\\n", "\n")] = translation.replace("\\n", "\n")
    for path in argv[1:]:
        tree = ET.parse(path)
        changed = False
        for message in tree.getroot().iter("message"):
            source = message.findtext("source")
            if source not in table or not unfinished(message):
                continue
            t = message.find("translation")
            if t is None:
                t = ET.SubElement(message, "translation")
            t.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                for child in list(t):
                    t.remove(child)
                t.text = "\n" + " " * 12  # laid out as lupdate lays it out
                form = ET.SubElement(t, "numerusform")
                form.text = table[source]
                form.tail = "\n" + " " * 8
            else:
                t.text = table[source]
            changed = True
        if changed:
            write_like_lupdate(tree, path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
