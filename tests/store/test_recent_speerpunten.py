"""The speerpunten an analyst tagged last, offered first in the tag picker."""

from __future__ import annotations

from desktop.operations.findings import add_finding, delete_findings
from desktop.store.findings import recent_speerpunt_ids
from tests.builders import add_document, add_small_framework


def test_recent_speerpunten_are_newest_first_per_author_and_skip_deleted(project):
    codes = add_small_framework(project)
    document_id = add_document(project, ["Een tekst over wonen en werk."])
    add_finding(project, document_id, codes["1.1"], "positive", 0, 3, author="Anna")
    add_finding(project, document_id, codes["2.1"], "concern", 4, 8, author="Anna")
    add_finding(project, document_id, codes["1.2"], "concern", 4, 8, author="Bram")
    last = add_finding(project, document_id, codes["1.1"], "concern", 9, 12, author="Anna")
    assert recent_speerpunt_ids(project, "Anna") == [codes["1.1"], codes["2.1"]]
    assert recent_speerpunt_ids(project) == [codes["1.1"], codes["1.2"], codes["2.1"]]
    assert recent_speerpunt_ids(project, limit=1) == [codes["1.1"]]
    delete_findings(project, [last.id])
    assert recent_speerpunt_ids(project, "Anna") == [codes["2.1"], codes["1.1"]]
