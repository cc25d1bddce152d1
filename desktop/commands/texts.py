"""Reading the command line's KEY=VALUE pairs and long texts (from a file or standard input)."""

from __future__ import annotations

import sys
from pathlib import Path

# A foreword or a reaction is a few pages at most; a bigger "text" is the wrong file.
MAX_TEXT_BYTES = 1_000_000


def key_values(pairs: list[str], allowed: tuple[str, ...]) -> dict[str, str]:
    """``["title=Reactie", "date=2026-02-23"]`` as a dict; refuses an unknown key or a pair without "="."""
    found: dict[str, str] = {}
    for pair in pairs:
        key, equals, value = pair.partition("=")
        key = key.strip()
        if not equals:
            raise ValueError(f"'{pair}' is not KEY=VALUE")
        if key not in allowed:
            raise ValueError(f"unknown key '{key}' (use one of: {', '.join(allowed)})")
        if key in found:
            raise ValueError(f"'{key}' is given twice")
        found[key] = value
    if sum(1 for value in found.values() if value == "-") > 1:
        raise ValueError("only one text can come from standard input ('-')")
    return found


def read_text(value: str, what: str) -> str:
    """The value itself, or with "-" standard input."""
    if value != "-":
        return value
    return _checked(sys.stdin.buffer.read(MAX_TEXT_BYTES + 1), "standard input", what)


def read_text_file(path: Path | str, what: str) -> str:
    """A UTF-8 text file's content; refuses a missing, oversized or binary file in one line."""
    path = Path(path)
    if str(path) == "-":
        return read_text("-", what)
    if not path.is_file():
        raise ValueError(f"{path.name}: no such file for the {what}")
    with path.open("rb") as handle:
        return _checked(handle.read(MAX_TEXT_BYTES + 1), path.name, what)


def _checked(data: bytes, source: str, what: str) -> str:
    if len(data) > MAX_TEXT_BYTES:
        raise ValueError(f"{source}: the {what} is longer than {MAX_TEXT_BYTES // 1000} kB; is this the right file?")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValueError(f"{source}: the {what} is not UTF-8 text") from None
    if "\x00" in text:
        raise ValueError(f"{source}: the {what} is not text")
    return text.replace("\r\n", "\n")
