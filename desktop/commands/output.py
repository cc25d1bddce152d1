"""Plain-text rendering of command results (the JSON form is the result itself)."""

from __future__ import annotations


def render_text(result: object) -> str:
    if isinstance(result, list):
        if not result:
            return "(none)"
        if all(isinstance(row, dict) for row in result):
            return _table(result)
        return "\n".join(str(row) for row in result)
    if isinstance(result, dict):
        if "message" in result and len(result) == 1:
            return str(result["message"])
        width = max(len(key) for key in result)
        return "\n".join(f"{key.ljust(width)}  {_cell(value, 200)}" for key, value in result.items())
    return str(result)


def _cell(value: object, limit: int = 60) -> str:
    if value is None:
        return "-"
    if isinstance(value, list | tuple):
        value = " > ".join(str(item) for item in value)
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _snippet(value: object, limit: int = 60) -> str:
    """A search snippet cut around its first marked match ("[woningbouw]"), not at its start,
    so the word searched for is in the terminal's column however far into the passage it stands."""
    text = " ".join(str(value or "").split())
    mark = text.find("[")
    if len(text) <= limit or mark < limit // 3:
        return _cell(text, limit)
    start = mark - limit // 3
    return ("…" + text[start + 1:start + limit - 1] + "…") if start + limit < len(text) else "…" + text[-(limit - 1):]


def _table(rows: list[dict]) -> str:
    columns = list(rows[0])
    cells = [[(_snippet if column == "snippet" else _cell)(row.get(column)) for column in columns] for row in rows]
    widths = [max(len(column), *(len(line[index]) for line in cells)) for index, column in enumerate(columns)]
    lines = ["  ".join(column.ljust(width) for column, width in zip(columns, widths, strict=True))]
    lines += ["  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip() for line in cells]
    return "\n".join(lines)
