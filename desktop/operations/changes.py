"""What an operation changed, so views refresh only what they must."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass
class Changes:
    documents: set[str] = field(default_factory=set)
    findings: set[str] = field(default_factory=set)
    frameworks: set[str] = field(default_factory=set)
    reactions: set[str] = field(default_factory=set)
    settings: set[str] = field(default_factory=set)
    # True when the change cannot be listed (another program wrote the file, a
    # backup was restored): every view reloads everything it shows.
    everything_changed: bool = False

    @classmethod
    def everything(cls, **ids: Iterable[str]) -> Changes:
        """Everything may have changed; ``ids`` (documents=..., findings=...) still name the
        records, so views that refresh by id reload them all."""
        return cls(everything_changed=True, **{name: set(values) for name, values in ids.items()})

    def merge(self, other: Changes) -> Changes:
        for name in ("documents", "findings", "frameworks", "reactions", "settings"):
            getattr(self, name).update(getattr(other, name))
        self.everything_changed = self.everything_changed or other.everything_changed
        return self

    def __bool__(self) -> bool:
        return self.everything_changed or any(
            (self.documents, self.findings, self.frameworks, self.reactions, self.settings)
        )
