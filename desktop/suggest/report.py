"""What `speerpunt suggest` prints: passages with their likely speerpunten, and the missing candidates."""

from __future__ import annotations

from desktop.store.findings import list_findings
from desktop.store.project import Project
from desktop.suggest.project_model import NothingToSuggest, ProjectSuggester


def suggestion_report(project: Project, model: ProjectSuggester, document_id: str,
                      speerpunt_id: str | None = None, missing_only: bool = False) -> dict:
    """``{"passages": [...], "missing": [...]}`` for one document, offsets in code points.

    With ``speerpunt_id`` only that speerpunt: the passages that most likely treat it, best first,
    and whether it is a missing candidate. With ``missing_only`` no passages.
    """
    if document_id not in model.document_ids:
        raise NothingToSuggest("this document is a position paper: suggestions are made for agreements")
    units = model.units_of(document_id)
    if not units:
        raise NothingToSuggest("this document has no passages to suggest speerpunten for")
    suggester = model.suggester
    code = {key: sp.code for key, sp in model.speerpunten.items()}
    passages: list[dict] = []
    if not missing_only:
        if speerpunt_id is not None:
            for n, score in suggester.passages_for(speerpunt_id, {document_id}):
                unit = suggester.units[n]
                passages.append({"start": unit.start, "end": unit.end,
                                 "suggestions": [{"speerpunt": code[speerpunt_id], "score": round(score, 3)}]})
        else:
            for n in units:
                found = suggester.suggestions(n)
                if found:
                    unit = suggester.units[n]
                    passages.append({"start": unit.start, "end": unit.end, "suggestions": [
                        {"speerpunt": code[key], "score": round(score, 3)} for key, score in found]})
    treated = {f.speerpunt_id for f in list_findings(project, document_id=document_id)}
    missing = []
    for candidate in suggester.missing(document_id, treated):
        if speerpunt_id is not None and candidate.topic != speerpunt_id:
            continue
        best = None
        if candidate.best is not None:
            unit = suggester.units[candidate.best]
            best = {"start": unit.start, "end": unit.end}
        missing.append({"speerpunt": code[candidate.topic], "score": round(candidate.score, 3), "best": best})
    return {"passages": passages, "missing": missing}
