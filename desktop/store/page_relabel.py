"""Printed page labels for passages stored before version 4, which kept only the PDF page index.

Each PDF document's original file is stored with it, so its labels are derived again from
that file (its page labels, or the numbers its running headers and footers print), exactly
as an import would. Only the labels change: the text, the passages and their offsets stay
as imported, so findings keep their anchors. A document whose file cannot be read keeps
its page index as its label.
"""

from __future__ import annotations

import sqlite_utils


def relabel_pages(db: sqlite_utils.Database) -> None:
    # Imported here: opening a current project never loads PDFium.
    from desktop.ingest.pdf import read_page_labels

    # Hand SQL: a migration step rewrites a column across every passage; the table API updates one row at a time.
    db.execute("UPDATE passages SET page = CAST(pdf_page AS TEXT) WHERE pdf_page IS NOT NULL")
    rows = db.execute(
        "SELECT s.document_id, s.data FROM document_sources s "
        "WHERE EXISTS (SELECT 1 FROM passages p WHERE p.document_id = s.document_id AND p.pdf_page IS NOT NULL)"
    ).fetchall()
    for document_id, data in rows:
        if not isinstance(data, bytes) or b"%PDF" not in data[:1024]:
            continue
        try:
            labels = read_page_labels(data)
        except Exception:  # noqa: BLE001 - a file that no longer reads keeps its index labels
            continue
        pages = [row[0] for row in db.execute(
            "SELECT DISTINCT pdf_page FROM passages WHERE document_id = ? AND pdf_page IS NOT NULL", [document_id]
        ).fetchall()]
        db.conn.executemany(
            "UPDATE passages SET page = ? WHERE document_id = ? AND pdf_page = ?",
            [(labels.get(page), document_id, page) for page in pages],
        )
