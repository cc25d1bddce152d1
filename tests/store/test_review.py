"""Review reads: one row per live finding with page and names; counts per speerpunt."""

from __future__ import annotations

from desktop.operations.findings import add_finding, delete_findings
from desktop.store.analysis.review import assessment_counts, findings_in_cell, list_finding_rows
from desktop.store.documents import document_text
from tests.builders import add_document, add_small_framework


def test_rows_carry_page_names_and_skip_deleted_findings(project):
    codes = add_small_framework(project)
    document_id = add_document(project, ["Eerste alinea over wonen.", "Tweede alinea over werk."])
    second = document_text(project, document_id).index("Tweede")
    kept = add_finding(project, document_id, codes["2.1"], "concern", second, second + 6, note="n", author="A")
    gone = add_finding(project, document_id, codes["1.1"], "positive", 0, 6, author="A")
    missing = add_finding(project, document_id, codes["1.2"], "missing", author="B")
    delete_findings(project, [gone.id])
    rows = {row.id: row for row in list_finding_rows(project)}
    assert set(rows) == {kept.id, missing.id}
    row = rows[kept.id]
    assert (row.page, row.quote, row.speerpunt_code, row.theme_title, row.colour, row.author) == (
        "2", "Tweede", "2.1", "Werk", "#E69F00", "A"
    )
    assert rows[missing.id].page is None
    assert [row.id for row in list_finding_rows(project, [gone.id, missing.id])] == [missing.id]
    assert list_finding_rows(project, []) == []


def test_counts_per_speerpunt_in_one_document_or_all(project):
    codes = add_small_framework(project)
    first = add_document(project, ["Over wonen."], title="A")
    second = add_document(project, ["Over werk."], title="B")
    add_finding(project, first, codes["1.1"], "positive", 0, 4, author="A")
    add_finding(project, second, codes["1.1"], "concern", 0, 4, author="A")
    later = add_finding(project, second, codes["1.1"], "concern", 5, 9, author="A")
    assert assessment_counts(project)[codes["1.1"]] == {"positive": 1, "concern": 2}
    assert assessment_counts(project, first)[codes["1.1"]] == {"positive": 1}
    assert findings_in_cell(project, codes["1.1"], second)[-1] == later.id
