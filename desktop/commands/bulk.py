"""Reading bulk files for `tag --from` and `meta --from`: JSON lines (or the JSON `findings --json` writes) or CSV.

The CSV may be the CSV export's own (Dutch or English headings, ";" and a byte-order mark,
a quote starting with "=" escaped by "'") or any CSV with the same column names. Every
line is checked here for its form; desktop.operations.bulk checks it against the project.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from desktop.operations.bulk import BulkRefused, FindingLine
from desktop.operations.documents import EDITABLE_FIELDS
from exporters.labels import LABELS
from exporters.tabular import FORMULA_STARTS

MAX_BYTES = 64 * 1024 * 1024  # far above 3,420 findings with notes; refuses a wrong file before reading it
WORKBOOK_MAGIC = b"PK\x03\x04"  # XLSX (a zip), given where a CSV was meant

# CSV headings (the export's labels in every language, and the plain field names) to FindingLine fields.
FINDING_COLUMNS = {"document": "document", "document_sha256": "document_sha256", "page": "page", "quote": "quote", "speerpunt_code": "speerpunt",
                   "speerpunt": "speerpunt", "assessment": "assessment", "note": "note", "author": "author",
                   "start": "start", "end": "end", "occurrence": "occurrence", "speerpunt_title": "speerpunt_title"}
# Read past: facts of the finding in its own project (its re-anchoring status after a revised
# agreement among them), not of the finding the line makes here.
IGNORED_COLUMNS = {"theme", "created", "modified", "id", "title", "anchor", "anchor_score"}


def read_source(path: Path) -> str:
    """The file's text: UTF-8 (with or without a byte-order mark), UTF-16 with its mark, or Windows-1252.

    Dutch Excel saves "CSV (gescheiden door lijstscheidingsteken)" in Windows-1252 with ";",
    so a file that is not UTF-8 is read as Windows-1252 rather than refused. The size is
    checked before anything is read: a wrong file of hundreds of megabytes is refused at once.
    """
    try:
        if not path.is_file():
            raise ValueError(f"{path.name}: not a file" if path.exists() else f"{path.name}: no such file")
        size = path.stat().st_size
    except OSError as error:
        raise ValueError(f"{path.name}: cannot be read ({error.strerror or error})") from None
    if size > MAX_BYTES:
        raise ValueError(f"{path.name}: too large for a bulk file ({size:,} bytes; at most {MAX_BYTES:,})")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ValueError(f"{path.name}: cannot be read ({error.strerror or error})") from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's "Unicode text"
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise BulkRefused(path.name, _line_at(data, error.start), "not readable as UTF-16 text") from None
    if data.startswith(WORKBOOK_MAGIC):
        raise BulkRefused(path.name, 1, "this is a workbook (XLSX), not a CSV; save it as CSV first")
    if b"\x00" in data:
        raise BulkRefused(path.name, _line_at(data, data.index(b"\x00")), "not a text file (it holds NUL bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as error:
        raise BulkRefused(path.name, _line_at(data, error.start),
                          f"not UTF-8 or Windows-1252 text (byte {data[error.start]:#04x})") from None


def _line_at(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def _heading_names() -> dict[str, str]:
    """Heading (case aside) to column: the export's labels first, then field names.

    "Speerpunt" is the export's title column (beside "Code"); a file without a code column has
    its "speerpunt" column read as code, id or title (see finding_lines).
    """
    names: dict[str, str] = {}
    for key in ("speerpunt_title", *FINDING_COLUMNS, *IGNORED_COLUMNS):
        for labels in LABELS.values():
            if key in labels:
                names.setdefault(labels[key].strip().casefold(), key)
    for key in (*FINDING_COLUMNS, *IGNORED_COLUMNS):
        names.setdefault(key, key)
    return names


def _csv_rows(text: str, name: str) -> tuple[int, list[str], list[tuple[int, list[str]]]]:
    """(heading line number, headings, [(line number, cells)]) of a CSV as Excel and others write it.

    The separator is the one the heading line has most of (";" from Dutch Excel); Excel's own
    "sep=;" first line is honoured. Blank lines are passed over. Columns without a heading at the
    end (Excel's trailing ";;;") are dropped while they stay empty.
    """
    lines = text.split("\n", 2)
    first = lines[0].strip().lstrip("\ufeff")
    chosen = first[4:5] if first.casefold().startswith("sep=") and len(first) == 5 else ""
    heading_line = next((line for line in lines[1 if chosen else 0:] if line.strip()), "")
    delimiter = chosen or (max(("\t", ",", ";"), key=heading_line.count)
                           if any(c in heading_line for c in "\t,;") else ",")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"')
    rows: list[tuple[int, list[str]]] = []
    header: list[str] | None = None
    header_at = 1
    try:
        for cells in reader:
            if chosen and reader.line_num == 1:
                continue
            if not any(cell.strip() for cell in cells):
                continue
            if header is None:
                header, header_at = [cell.strip() for cell in cells], reader.line_num
                continue
            rows.append((reader.line_num, cells))
    except csv.Error as error:
        raise BulkRefused(name, reader.line_num, f"not readable as CSV ({error})") from None
    if not header:
        raise BulkRefused(name, 1, "the file is empty")
    while header and not header[-1]:
        header.pop()
    if "" in header:
        raise BulkRefused(name, header_at, f"column {header.index('') + 1} has no heading")
    for number, cells in rows:
        if any(cell.strip() for cell in cells[len(header):]):
            raise BulkRefused(name, number, f"a value beyond the last column ('{header[-1]}'), under no heading")
    rows = [(number, cells[:len(header)]) for number, cells in rows]
    if not rows:
        raise BulkRefused(name, header_at, "only a heading line, no rows to read")
    return header_at, header, rows


def _unescape(cell: str) -> str:
    """The CSV export writes "'=…" so Excel never runs a text as a formula; read it back as written."""
    return cell[1:] if cell.startswith("'") and cell[1:2] and cell[1:2] in FORMULA_STARTS else cell


def finding_lines(path: Path) -> list[FindingLine]:
    text = read_source(path)
    stripped = text.lstrip()
    if not stripped:
        raise BulkRefused(path.name, 1, "the file is empty")
    if stripped.startswith("["):
        try:
            items = json.loads(text)
        except json.JSONDecodeError as error:
            raise BulkRefused(path.name, error.lineno, f"not valid JSON ({error.msg})") from None
        if not isinstance(items, list) or not items:
            raise BulkRefused(path.name, 1, "no findings in the file (an empty JSON list)")
        return [_finding_from_object(path.name, number, item) for number, item in enumerate(items, start=1)]
    if stripped.startswith("{"):
        lines = []
        for number, raw in enumerate(text.splitlines(), start=1):
            if not raw.strip():
                continue
            try:
                item = json.loads(raw)
            except json.JSONDecodeError as error:
                raise BulkRefused(path.name, number, f"not valid JSON ({error.msg})") from None
            lines.append(_finding_from_object(path.name, number, item))
        return lines
    header_at, header, rows = _csv_rows(text, path.name)
    names = _heading_names()
    columns: list[str | None] = []
    for heading in header:
        key = names.get(heading.casefold())
        if key is None:
            raise BulkRefused(path.name, header_at, f"unknown column '{heading}' (the CSV export's columns, or "
                                            f"{', '.join(sorted(set(FINDING_COLUMNS.values())))})")
        columns.append(FINDING_COLUMNS.get(key) or key)
    if "speerpunt" not in columns and "speerpunt_title" in columns:
        columns[columns.index("speerpunt_title")] = "speerpunt"  # by title when no code column is given
    columns = [column if column in FINDING_COLUMNS.values() else None for column in columns]
    for needed in ("document", "speerpunt", "assessment"):
        if needed not in columns:
            raise BulkRefused(path.name, header_at, f"no '{needed}' column")
    lines = []
    for number, cells in rows:
        if len(cells) > len(columns):
            raise BulkRefused(path.name, number, f"{len(cells)} cells but {len(columns)} columns")
        values = {column: _unescape(cell) for column, cell in zip(columns, cells, strict=False) if column}
        lines.append(FindingLine(line=number, **values))
    return lines


TEXT_FIELDS = ("document", "speerpunt", "speerpunt_title", "assessment", "quote", "note", "author", "page")


def _finding_from_object(name: str, number: int, item: object) -> FindingLine:
    if not isinstance(item, dict):
        raise BulkRefused(name, number, "each line must be a JSON object with the fields of `findings --json`")
    unknown = set(item) - set(FINDING_COLUMNS) - IGNORED_COLUMNS
    if unknown:
        raise BulkRefused(name, number, f"unknown field '{sorted(unknown)[0]}'")
    for text_field in TEXT_FIELDS:
        value = item.get(text_field)
        if value is not None and not isinstance(value, str | int | float):
            raise BulkRefused(name, number, f"'{text_field}' must be text")
    values = {FINDING_COLUMNS[key]: value for key, value in item.items() if key in FINDING_COLUMNS}
    for text_field in TEXT_FIELDS:
        if text_field in values:
            values[text_field] = "" if values[text_field] is None else str(values[text_field])
    return FindingLine(line=number, **values)


DOCUMENT_KEYS = ("id", "file", "source_name", "document")
# Dutch headings an analyst types in Excel, to the `meta` keys.
DUTCH_KEYS = {"bestand": "file", "bestandsnaam": "file", "titel": "title", "soort": "kind", "datum": "date",
              "partijen": "parties", "uitgever": "issuer", "categorie": "categories", "categorieën": "categories",
              "periode": "period", "korte_naam": "short_name", "naam": "short_name"}


def detail_rows(path: Path) -> list[tuple[int, str, dict[str, str]]]:
    """(line, document, {key: value}) from a CSV: first the document (id or file name), then `meta` keys."""
    text = read_source(path)
    header_at, header, rows = _csv_rows(text, path.name)
    keys = [heading.strip().casefold().replace("-", "_").replace(" ", "_") for heading in header]
    keys = [DUTCH_KEYS.get(key, key) for key in keys]
    if not keys or keys[0] not in DOCUMENT_KEYS:
        raise BulkRefused(path.name, header_at, "the first column must be 'id' or 'file' (the document's file name), "
                                        f"not '{header[0] if header else ''}'")
    for key in keys[1:]:
        if key not in EDITABLE_FIELDS:
            raise BulkRefused(path.name, header_at, f"unknown column '{key}'; choose from {', '.join(EDITABLE_FIELDS)}")
    if len(set(keys)) != len(keys):
        raise BulkRefused(path.name, header_at, "a column appears twice")
    result = []
    for number, cells in rows:
        if len(cells) > len(keys):
            raise BulkRefused(path.name, number, f"{len(cells)} cells but {len(keys)} columns")
        cells = cells + [""] * (len(keys) - len(cells))
        result.append((number, cells[0], dict(zip(keys[1:], (_unescape(c) for c in cells[1:]), strict=True))))
    return result
