"""A REFI-QDA round trip: export a reaction project, import it into an empty one, compare what a reader sees."""

from __future__ import annotations

from desktop.domain.finding import Assessment
from desktop.operations.exchange import import_qdpx
from desktop.store import create_project
from desktop.store.documents import document_text, get_document, list_documents
from desktop.store.findings import list_findings
from desktop.store.frameworks import list_frameworks
from exporters import export
from tests.operations.test_exchange import findings_as_seen, framework_as_seen


def test_a_round_trip_into_an_empty_project_keeps_findings_framework_and_documents(reaction_project,
                                                                                   tmp_path) -> None:
    source = reaction_project.project
    out = tmp_path / "uitwisseling.qdpx"
    export(source, "qdpx", out)
    with create_project(tmp_path / "leeg.speerpunt") as target:
        result = import_qdpx(target, out)
        assert result.warnings == [] and result.unassessed == 0
        assert findings_as_seen(target) == findings_as_seen(source)
        assert [f.assessment for f in list_findings(target)].count(Assessment.MISSING) == 1
        assert framework_as_seen(target) == framework_as_seen(source)
        [document] = list_documents(target)
        original = get_document(source, reaction_project.document_id)
        assert (document.title, document.kind) == (original.title, original.kind)
        assert document_text(target, document.id) == reaction_project.text
        # The findings keep their ids, so importing the same file again adds nothing.
        assert {f.id for f in list_findings(target)} == {f.id for f in list_findings(source)}
        again = import_qdpx(target, out)
        assert again.findings == 0 and again.already_present == 5 and again.reused_documents == [document.id]
        assert len(list_findings(target)) == 5 and len(list_frameworks(target)) == 1


def test_document_details_travel_as_variables(reaction_project, tmp_path) -> None:
    from desktop.operations.documents import update_document

    update_document(reaction_project.project, reaction_project.document_id, kind="position", short_name="M25",
                    categories="G40,middelgroot", period="2026-2030")
    out = tmp_path / "details.qdpx"
    export(reaction_project.project, "qdpx", out)
    with create_project(tmp_path / "leeg.speerpunt") as target:
        import_qdpx(target, out)
        [document] = list_documents(target)
        assert (document.kind, document.short_name, document.categories, document.period) == \
            ("position", "M25", ("G40", "middelgroot"), "2026-2030")


