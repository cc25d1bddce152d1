"""Frameworks: themes holding speerpunten, each with a code, title and formulation."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Speerpunt:
    code: str
    title: str
    formulation: str = ""
    colour: str = ""
    id: str = ""


@dataclass
class Theme:
    title: str
    code: str = ""
    colour: str = ""
    speerpunten: list[Speerpunt] = field(default_factory=list)
    id: str = ""


@dataclass
class Framework:
    name: str
    themes: list[Theme] = field(default_factory=list)
    description: str = ""
    id: str = ""

    def all_speerpunten(self) -> list[Speerpunt]:
        return [sp for theme in self.themes for sp in theme.speerpunten]
