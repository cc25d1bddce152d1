"""Identifiers and timestamps for rows a user creates."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime


def new_id() -> str:
    return str(uuid.uuid4())


def now() -> str:
    """UTC time as ISO 8601 with microseconds: sorts as text, compares across machines."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class NotFound(LookupError):
    """A reference (id, id prefix or code) that matches nothing, or more than one thing."""


def resolve_prefix(candidates: list[str], ref: str, what: str) -> str:
    """Find the one id that equals or starts with ``ref``, as git does with commit ids."""
    ref = ref.strip()
    if ref in candidates:
        return ref
    matches = [c for c in candidates if c.startswith(ref)] if ref else []
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise NotFound(f"no {what} with id '{ref}'")
    raise NotFound(f"the id '{ref}' fits {len(matches)} {what}s; give more characters")
