"""A REFI-QDA round trip of a real agreement (../shared/corpus): 138 pages, hundreds of findings."""

from __future__ import annotations

import pytest

from desktop.operations.documents import import_document
from desktop.operations.exchange import import_qdpx
from desktop.operations.findings import add_finding
from desktop.store import create_project
from desktop.store.documents import document_text, list_documents, list_passages
from exporters import export
from tests.builders import add_small_framework
from tests.exchange_helpers import assert_valid, q, read_export, refi_schema
from tests.operations.test_exchange import findings_as_seen

pytestmark = [pytest.mark.corpus, pytest.mark.slow]


def test_a_real_programme_round_trips_with_every_finding(project, corpus_dir, shared_dir, tmp_path) -> None:
    schema = refi_schema(shared_dir)
    document = import_document(project, corpus_dir / "nl-regeerprogramma-2024.pdf").document
    codes = list(add_small_framework(project).values())
    text = document_text(project, document.id)
    passages = [p for p in list_passages(project, document.id) if p.end - p.start > 40]
    for index, passage in enumerate(passages[::3]):
        add_finding(project, document.id, codes[index % 3], ("positive", "concern")[index % 2],
                    passage.start + 5, passage.end - 5, note=f"Punt {index}", author=("Ans", "Bram")[index % 2])
    add_finding(project, document.id, codes[2], "missing", note="Niets over de onderkant.", author="Ans")
    out = tmp_path / "regeerprogramma.qdpx"
    export(project, "qdpx", out)
    read = read_export(out)
    assert_valid(schema, read.root)
    [source] = read.root.find(q("Sources"))
    plain = read.text_of(source)
    assert plain == text.replace("\r\n", "\n")
    with create_project(tmp_path / "leeg.speerpunt") as target:
        result = import_qdpx(target, out)
        assert result.warnings == []
        assert findings_as_seen(target) == findings_as_seen(project)
        assert len(findings_as_seen(target)) > 300
        [copy] = list_documents(target)
        assert document_text(target, copy.id) == text
