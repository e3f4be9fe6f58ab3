#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills unfinished messages of the French and Dutch .ts files from a JSON map.

    python3 translations/fill_translations.py MAP.json [translations]

MAP.json: {"English source": {"fr": "...", "nl": "..."}, ...}; a plural
message (numerus="yes") takes a list of forms. A key "Context|English source"
applies to one context only. Only messages still marked unfinished change;
the script prints what it filled and what stays unfinished, so that a release
never ships an English sentence in a French window unnoticed.
"""
import html
import json
import re
import sys
from pathlib import Path

MESSAGE = re.compile(r"(<message(?P<attrs>[^>]*)>)(?P<body>.*?)(</message>)", re.S)
CONTEXT = re.compile(r"<context>\s*<name>(?P<name>.*?)</name>(?P<body>.*?)</context>", re.S)


def escape(text):
    return html.escape(text, quote=False).replace("'", "&apos;").replace('"', "&quot;")


def fill(path, language, table):
    text = path.read_text(encoding="utf-8")
    filled = []
    left = []

    def fill_context(context_match):
        context = html.unescape(context_match.group("name"))

        def fill_message(match):
            body = match.group("body")
            if 'type="unfinished"' not in body:
                return match.group(0)
            source = html.unescape(re.search(r"<source>(.*?)</source>", body, re.S).group(1))
            entry = table.get(f"{context}|{source}") or table.get(source)
            if not entry or language not in entry:
                left.append(f"{context}: {source}")
                return match.group(0)
            value = entry[language]
            if 'numerus="yes"' in match.group("attrs"):
                forms = value if isinstance(value, list) else [value]
                inner = "".join(f"\n            <numerusform>{escape(f)}</numerusform>" for f in forms)
                translation = f"<translation>{inner}\n        </translation>"
            else:
                translation = f"<translation>{escape(value)}</translation>"
            body = re.sub(r"<translation[^>]*>.*?</translation>", lambda _: translation, body, flags=re.S)
            filled.append(source)
            return match.group(1) + body + match.group(4)

        whole = context_match.group(0)
        return whole.replace(context_match.group("body"),
                             MESSAGE.sub(fill_message, context_match.group("body")), 1)

    text = CONTEXT.sub(fill_context, text)
    # French typography: a no-break space is written as a character reference, as lupdate does.
    text = text.replace("\u00a0", "&#xa0;")
    path.write_text(text, encoding="utf-8")
    print(f"{path.name}: {len(filled)} filled, {len(left)} unfinished")
    for message in left:
        print(f"  unfinished: {message}")
    return not left


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    table = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    folder = Path(sys.argv[2] if len(sys.argv) == 3 else Path(__file__).parent)
    complete = True
    for language in ("fr", "nl"):
        complete &= fill(folder / f"wattelier_{language}.ts", language, table)
    sys.exit(0 if complete else 1)


if __name__ == "__main__":
    main()
