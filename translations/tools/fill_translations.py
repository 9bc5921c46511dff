#!/usr/bin/env python3
"""Fill the .ts files from the translation catalog in catalog.py.

Usage: fill_translations.py translations/hookyard_de.ts translations/hookyard_en.ts \
           translations/hookyard_fr.ts

For every message lupdate extracted, looks up (context, source) and then source in
catalog.CATALOG and writes the translation of the file's language (the <TS language=...>
attribute). Messages the catalog lacks stay unfinished and are listed on stderr; the exit status
is then 1. The catalog is checked on the way: placeholders (%1..%99, %n), leading and trailing white
space and the keyboard accelerator (&) must match the English.

Run lupdate afterwards (cmake --build <build> --target update_translations), which rewrites the
files in its own layout; .ci/check-translations compares against exactly that layout.
"""

import os
import re
import sys
import xml.etree.ElementTree as ET

sys.dont_write_bytecode = True

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalog import CATALOG, EN_PLURALS  # noqa: E402

PLACEHOLDER = re.compile(r"%(?:n|L?\d{1,2})")
ACCEL = re.compile(r"&(?![&\s]|[a-z]+;|#\d+;)")


def french_typography(text):
    """No-break space before : ; ? ! and inside « » (written with plain spaces in the catalog)."""
    text = re.sub(r" ([:;?!])(?=\s|$|[»)\"'.,])", "\u00a0\\1", text)
    text = text.replace("« ", "«\u00a0").replace(" »", "\u00a0»")
    return text


def problems(source, translation, numerus):
    found = []
    forms = translation if isinstance(translation, list) else [translation]
    src_ph = sorted(set(PLACEHOLDER.findall(source)))
    for form in forms:
        ph = sorted(set(PLACEHOLDER.findall(form)))
        if numerus:
            # A singular form may say "one" instead of %n.
            if sorted(set(src_ph) - {"%n"}) != sorted(set(ph) - {"%n"}):
                found.append("placeholders %s, not %s" % (ph, src_ph))
        elif ph != src_ph:
            found.append("placeholders %s, not %s" % (ph, src_ph))
        lead = lambda s: s[: len(s) - len(s.lstrip(" \t\n"))]
        trail = lambda s: s[len(s.rstrip(" \t\n")):]
        if lead(form) != lead(source) or trail(form) != trail(source):
            found.append("leading or trailing white space differs")
        if len(ACCEL.findall(form)) != len(ACCEL.findall(source)):
            found.append("accelerator (&) count differs")
        if not form.strip() and source.strip():
            found.append("empty translation")
        if re.search(r"-&[^&]", form):
            # Qt 6.4 measures such a label one character short: "Standard-&Toleranz (s):" showed
            # without its colon. Put the accelerator on another letter.
            found.append("accelerator right after '-' (Qt cuts the label's last character)")
    if numerus and not any("%n" in f for f in forms[1:]) and "%n" in source:
        found.append("plural forms lack %n")
    return found


def fill(path):
    tree = ET.parse(path)
    root = tree.getroot()
    lang = root.get("language", "").split("_")[0]
    missing, bad, filled = [], [], 0
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            numerus = message.get("numerus") == "yes"
            translation_el = message.find("translation")
            if lang == "en":
                # English is the source language: its file only gives the plural forms English
                # has ("1 event", "2 events" for "%n event(s)"); every other text is the source.
                value = EN_PLURALS.get(source) if numerus else source
                if value is None:
                    missing.append((name, source))
                    continue
            else:
                entry = CATALOG.get((name, source), CATALOG.get(source))
                if entry is None or lang not in entry:
                    missing.append((name, source))
                    continue
                value = entry[lang]
            if lang == "fr":
                value = ([french_typography(v) for v in value] if isinstance(value, list)
                         else french_typography(value))
            issues = problems(source, value, numerus)
            if issues:
                bad.append((name, source, issues))
            for child in list(translation_el):
                translation_el.remove(child)
            translation_el.text = None
            if numerus:
                if not isinstance(value, list):
                    value = [value]
                count = max(2, len(value))
                forms = (value + [value[-1]] * count)[:count]
                translation_el.text = "\n            "
                for i, form in enumerate(forms):
                    el = ET.SubElement(translation_el, "numerusform")
                    el.text = form
                    el.tail = "\n        " if i == len(forms) - 1 else "\n            "
            else:
                if isinstance(value, list):
                    bad.append((name, source, ["plural forms for a message that has none"]))
                    value = value[0]
                translation_el.text = value
            translation_el.attrib.pop("type", None)
            filled += 1
    with open(path, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
    return filled, missing, bad


def main(argv):
    status = 0
    for path in argv:
        filled, missing, bad = fill(path)
        print("%s: %d filled, %d missing, %d with problems" % (path, filled, len(missing), len(bad)))
        for name, source in missing:
            print("  missing  [%s] %r" % (name, source), file=sys.stderr)
        for name, source, issues in bad:
            print("  problem  [%s] %r: %s" % (name, source, "; ".join(issues)), file=sys.stderr)
        if missing or bad:
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
