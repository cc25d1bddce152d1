"""Identifiers and timestamps for rows a user creates."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from desktop.reasons import Reason


def new_id() -> str:
    return str(uuid.uuid4())


def now() -> str:
    """UTC time as ISO 8601 with microseconds: sorts as text, compares across machines."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class NotFound(LookupError):
    """A reference (id, id prefix or code) that matches nothing, or more than one thing.

    Raised with a ``Reason`` (docs/I18N.md): the command line prints its English, the window shows it in
    its own language, e.g. when a finding was removed meanwhile (undo, the team folder, another window).
    """


def resolve_prefix(candidates: list[str], ref: str, what: str) -> str:
    """Find the one id that equals or starts with ``ref``, as git does with commit ids.

    ``what`` is "document", "finding" or "open conflict": the refusal names it.
    """
    ref = ref.strip()
    if ref in candidates:
        return ref
    matches = [c for c in candidates if c.startswith(ref)] if ref else []
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise NotFound(_no_such(what, ref))
    raise NotFound(_several(what, ref, len(matches)))


def _no_such(what: str, ref: str) -> Reason:
    # One literal template per kind, so a translation can give each its own words (and lupdate finds them).
    if what == "document":
        return Reason("no document with id '{id}'", id=ref)
    if what == "finding":
        return Reason("no finding with id '{id}'", id=ref)
    return Reason("no open conflict with id '{id}'", id=ref)


def _several(what: str, ref: str, count: int) -> Reason:
    if what == "document":
        return Reason("the id '{id}' fits {count} documents; give more characters", id=ref, count=count)
    if what == "finding":
        return Reason("the id '{id}' fits {count} findings; give more characters", id=ref, count=count)
    return Reason("the id '{id}' fits {count} open conflicts; give more characters", id=ref, count=count)
