"""What a sound row of each shared table holds: the checks applied to every row that comes from outside.

One list of column kinds serves three readers: a bundle or another project being
merged (every row is checked before the transaction opens, and a bad one refuses
the whole merge), and a project that already holds a bad row (from an older
version or a hand edit: the row is reported and skipped, never fatal).
"""

from __future__ import annotations

import json
import re
from datetime import datetime

from desktop.domain.text import clean_text
from desktop.store.schema import PASSAGE_KIND_NAMES

ASSESSMENTS = ("positive", "concern", "missing")
DOCUMENT_KINDS = ("agreement", "position", "other")
# A finding's place after a revised agreement (desktop.domain.reanchor.AnchorStatus); None before any revision.
ANCHORS = ("exact", "moved", "changed", "orphaned", "confirmed", None)
# The same list the partial index of unsound passages (schema version 8) is made with.
PASSAGE_KINDS = PASSAGE_KIND_NAMES
# No real key, code or title comes near these; they stop a hostile file from storing megabytes in a key.
MAX_KEY = 200
MAX_TEXT = 5_000_000
# SQLite stores integers up to 2**63 - 1; a larger number cannot even be written.
MAX_INTEGER = 2**63 - 1

# The report parts that name one agreement, stored per agreement as "report.<part>.<sha256>"
# (desktop.store.agreement_names); a name or title is one line, well under MAX_NAME.
AGREEMENT_PARTS = ("agreement_name", "title")
MAX_NAME = 300
_SHA256 = re.compile(r"[0-9a-f]{64}")

_TIMES = ("created", "modified", "deleted", "detected", "resolved")

COLUMN_KINDS: dict[str, dict[str, object]] = {
    "documents": {"title": "text", "kind": DOCUMENT_KINDS, "source_name": "text", "pages": "count?",
                  "date": "text?", "parties": "text?", "author": "text?", "issuer": "text?",
                  "categories": "categories", "period": "text?", "short_name": "text?",
                  "superseded_by": "text?", "modified": "time", "deleted": "time?"},
    "frameworks": {"name": "text", "description": "text", "author": "text?", "modified": "time",
                   "deleted": "time?"},
    "themes": {"framework_id": "key", "code": "text", "title": "text", "colour": "text", "position": "integer",
               "author": "text?", "modified": "time", "deleted": "time?"},
    "speerpunten": {"theme_id": "key", "code": "text", "title": "text", "formulation": "text", "colour": "text",
                    "position": "integer", "author": "text?", "modified": "time", "deleted": "time?"},
    "findings": {"document_id": "key", "document_sha256": "text", "speerpunt_id": "key",
                 "assessment": ASSESSMENTS, "start": "count?", "end": "count?", "quote": "text",
                 "prefix": "text", "suffix": "text", "note": "text", "source_document_id": "key?",
                 "source_start": "count?", "source_end": "count?", "author": "text", "created": "time",
                 "modified": "time", "deleted": "time?", "anchor": ANCHORS, "anchor_score": "score?"},
    "reactions": {"speerpunt_id": "key", "document_id": "key?", "text": "text", "drafted_from": "text?",
                  "author": "text?", "created": "time", "modified": "time", "deleted": "time?"},
    "project_settings": {"value": "text", "author": "text?", "modified": "time"},
}
# Which table each reference column points into.
REFERENCES = {
    ("themes", "framework_id"): "frameworks",
    ("speerpunten", "theme_id"): "themes",
    ("findings", "speerpunt_id"): "speerpunten",
    ("findings", "document_id"): "documents",
    ("findings", "source_document_id"): "documents",
    ("reactions", "speerpunt_id"): "speerpunten",
    ("reactions", "document_id"): "documents",
}
CONFLICT_KINDS: dict[str, object] = {
    "id": "key", "table_name": tuple(COLUMN_KINDS), "record_key": "key", "version_hash": "key", "data": "object",
    "winner_hash": "key", "detected": "time", "resolved": "time?", "resolution": "text?",
}
# Spans: (start column, end column, document column) that must lie inside that document's text.
SPANS = (("start", "end", "document_id"), ("source_start", "source_end", "source_document_id"))


def describe(value: object) -> str:
    """A bad value as a user can recognise it, short and on one line (repr escapes line breaks)."""
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "…"


def is_time(value: object) -> bool:
    if not isinstance(value, str) or len(value) > 40:
        return False
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def is_text(value: object, limit: int = MAX_TEXT) -> bool:
    if not isinstance(value, str) or len(value) > limit:
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: SQLite cannot store it
        return False
    return True


def value_problem(column: str, kind: object, value: object) -> str | None:
    """Why ``value`` does not fit ``kind``, or None when it does."""
    if isinstance(kind, str) and kind.endswith("?"):
        if value is None:
            return None
        kind = kind[:-1]
    if isinstance(kind, tuple):
        named = ", ".join(str(choice) for choice in kind if choice is not None)
        return None if value in kind else f"{column} is {describe(value)}, not one of {named}"
    if kind == "text":
        return None if is_text(value) else f"{column} is {describe(value)}, not text"
    if kind == "key":
        return None if is_text(value, MAX_KEY) and value else f"{column} is {describe(value)}, not an id"
    if kind == "time":
        return None if is_time(value) else f"{column} is {describe(value)}, not a date and time"
    if kind == "score":
        if not isinstance(value, (int, float)) or isinstance(value, bool) or not 0 <= value <= 100:
            return f"{column} is {describe(value)}, not a score from 0 to 100"
        return None
    if kind in ("integer", "count"):
        if not isinstance(value, int) or isinstance(value, bool) or abs(value) > MAX_INTEGER:
            return f"{column} is {describe(value)}, not a whole number"
        if kind == "count" and value < 0:
            return f"{column} is {value}, a negative number"
        return None
    if kind == "categories":
        try:
            names = json.loads(value) if isinstance(value, str) else None
        except (ValueError, RecursionError):
            names = None
        if not isinstance(names, list) or not all(is_text(name, MAX_KEY) for name in names):
            return f"{column} is {describe(value)}, not a list of category names"
        return None
    if kind == "object":
        try:
            data = json.loads(value) if is_text(value) else None
        except (ValueError, RecursionError):
            data = None
        return None if isinstance(data, dict) else f"{column} is {describe(value)}, not a stored version"
    raise ValueError(f"unknown column kind {kind!r}")


def row_problem(table: str, row: object, lengths: dict[str, int] | None = None) -> str | None:
    """Why ``row`` (a dict of the synced columns) is not a sound row of ``table``, or None.

    ``lengths`` maps document keys to the length of their text; when given, spans
    must lie inside it (a document not in it is not checked here).
    """
    kinds = COLUMN_KINDS[table]
    if not isinstance(row, dict):
        return f"is {describe(row)}, not a row"
    if set(row) != set(kinds):
        missing = sorted(set(kinds) - set(row))
        extra = sorted(shown(c) for c in set(row) - set(kinds))
        return "; ".join(part for part in (missing and f"lacks {', '.join(missing)}",
                                           extra and f"has unknown columns {', '.join(extra)}") if part)
    for column, kind in kinds.items():
        problem = value_problem(column, kind, row[column])
        if problem:
            return problem
    if table == "findings":
        for start_column, end_column, document_column in SPANS:
            start, end = row[start_column], row[end_column]
            if (start is None) != (end is None):
                return f"{start_column} and {end_column} must both be given or both be empty"
            if start is None:
                continue
            if start > end:
                return f"{start_column} {start} lies after {end_column} {end}"
            length = (lengths or {}).get(row[document_column]) if row[document_column] else None
            if length is not None and end > length:
                return f"{end_column} {end} lies outside the document (its text has {length} characters)"
    return None


def setting_problem(key: object, value: object) -> str | None:
    """Why a ``project_settings`` row is not a sound per-agreement part (its key names no document's SHA-256,
    or its value is not one short line), or None; other keys, the unbound parts among them, pass."""
    for part in AGREEMENT_PARTS:
        prefix = f"report.{part}."
        if isinstance(key, str) and key.startswith(prefix):
            if not _SHA256.fullmatch(key.removeprefix(prefix)):
                return f"{part} is stored for {describe(key.removeprefix(prefix))}, not a document's SHA-256"
            if not isinstance(value, str) or len(value) > MAX_NAME or "\n" in value or "\r" in value:
                return f"{part} is {describe(value)}, not one line of at most {MAX_NAME} characters"
    return None


def conflict_problem(conflict: object) -> str | None:
    if not isinstance(conflict, dict):
        return f"is {describe(conflict)}, not a conflict entry"
    missing = sorted(set(CONFLICT_KINDS) - set(conflict))
    if missing:
        return f"lacks {', '.join(missing)}"
    extra = sorted(shown(c) for c in set(conflict) - set(CONFLICT_KINDS))
    if extra:
        return f"has unknown fields {', '.join(extra)}"
    for column, kind in CONFLICT_KINDS.items():
        problem = value_problem(column, kind, conflict[column])
        if problem:
            return problem
    # The stored version can be restored into its table, so it must be a sound row there.
    data = json.loads(conflict["data"])
    problem = row_problem(conflict["table_name"], data)
    if problem is None and conflict["table_name"] == "project_settings":
        problem = setting_problem(conflict["record_key"], data.get("value"))
    return f"its stored version {problem}" if problem else None


def clean_row(table: str, row: dict) -> dict:
    """``row`` with control characters taken out of its text columns (see desktop.domain.text)."""
    kinds = COLUMN_KINDS[table]
    return {column: clean_text(value) if kinds[column] in ("text", "text?") and isinstance(value, str) else value
            for column, value in row.items()}


def shown(value: object, limit: int = 40) -> str:
    """A name or key from a file, safe to print in one line: unprintable characters as "?", cut at ``limit``."""
    text = "".join(c if c.isprintable() else "?" for c in str(value))
    return text if len(text) <= limit else text[: limit - 1] + "…"


def short_key(key: object) -> str:
    text = shown(key)
    return text[:8] if len(text) > 12 else text
