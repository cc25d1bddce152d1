"""Fill empty <translation> elements of a Qt .ts file from a table, or with the source text.

The .ts file stays the source of truth: filled entries are written into it and never
overwritten. Usage:
    python scripts/fill_translations.py resources/translations/speerpunt_nl.ts table.tsv
    python scripts/fill_translations.py resources/translations/speerpunt_en.ts --copy-source
    python scripts/fill_translations.py resources/translations/speerpunt_nl.ts --missing
The table has one line per text: context, TAB, source, TAB, translation ("*" as context
matches any); "\\n" in a cell stands for a line break.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def _cell(text: str) -> str:
    return text.replace("\\n", "\n").replace("\\t", "\t")


def load_table(path: Path) -> dict[tuple[str, str], str]:
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        context, source, translation = line.split("\t")
        table[(context, _cell(source))] = _cell(translation)
    return table


def messages(root: ET.Element):
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def fill(ts_path: Path, table: dict[tuple[str, str], str] | None) -> list[tuple[str, str]]:
    """Fill what the table (or the source, when table is None) gives; returns what is still missing."""
    tree = ET.parse(ts_path)
    missing = []
    for context, message in messages(tree.getroot()):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") == "obsolete":
            continue
        if translation.get("type") != "unfinished" and (translation.text or list(translation)):
            continue
        text = source if table is None else table.get((context, source), table.get(("*", source)))
        if text is None:
            missing.append((context, source))
            continue
        if message.get("numerus") == "yes":
            translation.clear()
            for _form in range(2):
                ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = text
        translation.attrib.pop("type", None)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return missing


def main(argv: list[str]) -> int:
    ts_path = Path(argv[0])
    if argv[1] == "--missing":
        tree = ET.parse(ts_path)
        for context, message in messages(tree.getroot()):
            translation = message.find("translation")
            if translation is not None and translation.get("type") == "unfinished":
                source = (message.findtext("source") or "").replace("\n", "\\n")
                print(f"{context}\t{source}")
        return 0
    table = None if argv[1] == "--copy-source" else load_table(Path(argv[1]))
    missing = fill(ts_path, table)
    for context, source in missing:
        print(f"untranslated: {context}: {source!r}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
