"""Snippets for search hits in very long passages, fast however long the passage is.

FTS5's ``snippet()`` scores every window of the passage against every match:
on a 2 MB paragraph without line breaks holding a searched word 100,000 times
one search took minutes. Passages longer than SNIPPET_DIRECT_LIMIT characters
are cut into pieces of PIECE characters in a temporary in-memory FTS5 table
with the project's own tokenizer; the engine finds the first piece that matches
and makes its snippet there, so the marked words are exactly the ones FTS5 matches.
"""

from __future__ import annotations

import re
import sqlite3

from desktop.store.project import Project

# Real passages are paragraphs of at most a few thousand characters; only a hostile
# or broken file comes near this, and below it snippet() takes milliseconds.
SNIPPET_DIRECT_LIMIT = 20_000
PIECE = 2_000
_TOKENIZE = re.compile(r"tokenize\s*=\s*('(?:[^']|'')*'|\"(?:[^\"]|\"\")*\")", re.IGNORECASE)


def tokenizer_clause(project: Project) -> str:
    """The ``tokenize=…`` option of the project's passages_fts table ('' when it uses the default)."""
    row = project.db.execute("SELECT sql FROM sqlite_master WHERE name = 'passages_fts'").fetchone()
    match = _TOKENIZE.search(row[0]) if row and row[0] else None
    return f", tokenize={match.group(1)}" if match else ""


def long_passage_snippet(project: Project, passage_id: int, expression: str, marks: tuple[str, str],
                         tokens: int = 16) -> str:
    """The snippet of the first piece of a long passage that matches ``expression`` (an FTS5 query)."""
    text = project.db.execute("SELECT text FROM passages WHERE id = ?", [passage_id]).fetchone()[0]
    pieces = [text[index:index + PIECE] for index in range(0, len(text), PIECE)]
    memory = sqlite3.connect(":memory:")
    try:
        memory.execute(f"CREATE VIRTUAL TABLE piece USING fts5(text{tokenizer_clause(project)})")
        memory.executemany("INSERT INTO piece (rowid, text) VALUES (?, ?)", enumerate(pieces, 1))
        row = memory.execute(
            "SELECT snippet(piece, 0, ?, ?, '…', ?) FROM piece WHERE piece MATCH ? ORDER BY rowid LIMIT 1",
            [marks[0], marks[1], tokens, expression],
        ).fetchone()
    except sqlite3.Error:
        row = None
    finally:
        memory.close()
    if row is not None:
        return row[0]
    # The words span two pieces (a phrase across a cut): show the passage's start unmarked.
    return " ".join(text[:PIECE // 10].split()) + "…"
