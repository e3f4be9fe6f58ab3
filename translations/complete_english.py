#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Completes wattelier_en.ts after `update_translations`.

English is the source language, so each entry's translation is its source
text, except plural entries ("%n appliance(s)"), which get a singular and a
plural form. Run from the repository root:  python3 translations/complete_english.py
"""
import re
import sys
import xml.etree.ElementTree as ET

PATH = "translations/wattelier_en.ts"


def forms(source):
    """Singular and plural of a source with "(s)" markers, e.g. "household(s)"."""
    return re.sub(r"\(s\)", "", source), re.sub(r"\(s\)", "s", source)


def main():
    with open(PATH, encoding="utf-8") as f:
        head = f.read().split("<TS", 1)[0]  # keep the XML declaration and DOCTYPE
    tree = ET.parse(PATH)
    changed = 0
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation.get("type") not in (None, "unfinished"):
            continue  # vanished or obsolete: lupdate -no-obsolete drops them
        if message.get("numerus") == "yes":
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for text in forms(source):
                form = ET.SubElement(translation, "numerusform")
                form.text = text
        elif translation.get("type") == "unfinished":
            translation.text = source
        else:
            continue
        translation.attrib.pop("type", None)
        changed += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    with open(PATH, "w", encoding="utf-8") as f:
        f.write(head + body + "\n")
    print(f"{PATH}: {changed} entries completed")


if __name__ == "__main__":
    sys.exit(main())
