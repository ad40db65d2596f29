"""Fill French translations into resources/i18n/visavis_fr.ts from a TSV file.

Each line of the TSV is ``context<TAB>English source<TAB>French translation`` (``\\n`` in a
field stands for a newline).  Only messages still marked ``unfinished`` (or whose translation
is empty) are filled; the .qm is recompiled by ``update_translations.sh`` afterwards.

    python packaging/fill_translations.py my-texts.tsv [more.tsv ...]

Run ``packaging/update_translations.sh`` first so that new texts are in the catalogue.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parent.parent / "resources" / "i18n" / "visavis_fr.ts"


def load_tsv(paths: list[str]) -> dict[tuple[str, str], str]:
    wanted: dict[tuple[str, str], str] = {}
    for path in paths:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            context, source, french = (part.replace("\\n", "\n") for part in line.split("\t", 2))
            wanted[(context, source)] = french
    return wanted


def fill(ts: Path, wanted: dict[tuple[str, str], str]) -> tuple[int, list[tuple[str, str]]]:
    tree = ET.parse(ts)
    filled = 0
    missing: list[tuple[str, str]] = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                continue
            if translation.get("type") != "unfinished" and (translation.text or ""):
                continue
            french = wanted.get((name, source))
            if french is None:
                missing.append((name, source))
                continue
            translation.text = french
            translation.attrib.pop("type", None)
            filled += 1
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                  encoding="utf-8")
    return filled, missing


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    filled, missing = fill(TS, load_tsv(argv))
    print(f"filled {filled} translation(s)")
    for context, source in missing:
        print(f"still untranslated: [{context}] {source!r}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
