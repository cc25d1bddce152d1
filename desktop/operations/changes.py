"""What an operation changed, so views refresh only what they must."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Changes:
    documents: set[str] = field(default_factory=set)
    findings: set[str] = field(default_factory=set)
    frameworks: set[str] = field(default_factory=set)
    reactions: set[str] = field(default_factory=set)
    settings: set[str] = field(default_factory=set)

    def merge(self, other: Changes) -> Changes:
        for name in ("documents", "findings", "frameworks", "reactions", "settings"):
            getattr(self, name).update(getattr(other, name))
        return self

    def __bool__(self) -> bool:
        return any((self.documents, self.findings, self.frameworks, self.reactions, self.settings))
