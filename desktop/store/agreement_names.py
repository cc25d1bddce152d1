"""Which stored agreement name (and title) belongs to which agreement (the rule is in docs/EXPORTS.md).

The report parts that name the agreement, ``agreement_name`` and ``title``, are stored
per agreement under ``report.<part>.<sha256>``: documents are keyed by their SHA-256 in
every copy of a project, so the part travels with merges, bundles and team folders and
still names the same agreement. A part stored under the plain ``report.<part>`` (projects
before this rule) belongs to the agreement that was the newest when it was last saved:
the one the export then used it for. A part applies to its agreement and to the later
versions that replaced it; any other agreement gets its own default.
"""

from __future__ import annotations

from desktop.store.checks.damage import damaged_keys
from desktop.store.checks.row_checks import AGREEMENT_PARTS, MAX_NAME  # noqa: F401 (defined with the checks)
from desktop.store.documents import DocumentRecord, list_documents
from desktop.store.project import Project
from desktop.wording import default_agreement_name, document_kind


def agreement_part_key(part: str, agreement: DocumentRecord | None) -> str:
    """The report part (without "report.") that holds ``part`` for ``agreement``; without an agreement
    (none imported yet) the unbound key, which the first agreement imported takes."""
    return f"{part}.{agreement.sha256}" if agreement is not None else part


def default_name(agreement: DocumentRecord) -> str:
    """How the reaction names ``agreement`` when no stored name belongs to it and none is given."""
    kind = document_kind(agreement.citation_name, agreement.title, agreement.source_name)
    return default_agreement_name(agreement.citation_name, kind, agreement.period)


def stored_agreement_part(project: Project, part: str, agreement: DocumentRecord | None,
                          documents: list[DocumentRecord] | None = None) -> str | None:
    """The stored ``part`` that belongs to ``agreement`` ("" when it was cleared for it), or None when none
    does, so the agreement's own default is used."""
    if agreement is None:
        return None
    documents = list_documents(project) if documents is None else documents
    rows = project.db.execute(
        "SELECT key, value, modified FROM project_settings WHERE key = ? OR key LIKE ?",
        [f"report.{part}", f"report.{part}.%"],
    ).fetchall()
    damaged = damaged_keys(project, "project_settings")
    by_sha: dict[str, str] = {}
    unbound: tuple[str, str] | None = None
    for key, value, modified in rows:
        if key in damaged or not isinstance(value, str):
            continue
        if key == f"report.{part}":
            unbound = (value, modified or "")
        elif key.startswith(f"report.{part}."):
            by_sha[key.removeprefix(f"report.{part}.")] = value
    versions = _versions_back(agreement, documents)
    # This version's own part first, then that of each version it replaced, the nearest first.
    for sha in versions:
        if sha in by_sha:
            return by_sha[sha]
    if unbound is not None and unbound[0].strip():
        bound = unbound_agreement(documents, unbound[1])
        if bound is not None and bound.sha256 in versions:
            return unbound[0]
    return None


def unbound_agreement(documents: list[DocumentRecord], saved: str) -> DocumentRecord | None:
    """The agreement a part without a recorded agreement belongs to: the newest agreement imported when the
    part was saved (``saved``, its ``modified`` time), or the first agreement when it was saved before any."""
    agreements = sorted((d for d in documents if d.kind == "agreement"), key=lambda d: (d.imported_at or "", d.title))
    before = [d for d in agreements if (d.imported_at or "") <= saved]
    return before[-1] if before else (agreements[0] if agreements else None)


def _versions_back(agreement: DocumentRecord, documents: list[DocumentRecord]) -> list[str]:
    """``agreement``'s SHA-256 and those of the earlier versions it replaced, the nearest first."""
    replaced = {d.superseded_by: d.sha256 for d in documents if d.superseded_by}
    chain = [agreement.sha256]
    while chain[-1] in replaced and replaced[chain[-1]] not in chain:
        chain.append(replaced[chain[-1]])
    return chain
