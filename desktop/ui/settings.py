"""Every user setting of the desktop app, declared once with its type and default (QSettings)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from desktop.domain.reading_place import ReadingPlace

ORGANISATION = "Speerpunt"
APPLICATION = "Speerpunt"
# Raise when a key changes meaning; upgrade() below then converts old values.
SETTINGS_VERSION = 2
RECENT_LIMIT = 8

T = TypeVar("T")


@dataclass(frozen=True)
class Key(Generic[T]):
    """One setting: where it lives, what type it has and what it is when never set."""

    name: str
    type: type
    default: T


ANALYST_NAME: Key[str] = Key("analyst/name", str, "")
LANGUAGE: Key[str] = Key("interface/language", str, "nl")  # "nl" or "en"
# Text size of documents in points; 0 keeps the system's size.
FONT_SIZE: Key[int] = Key("interface/font_size", int, 0)
OUTLINE_VISIBLE: Key[bool] = Key("interface/outline_visible", bool, True)
# Assessment colours: "standard" (green / amber / red) or "colour_blind" (blue / orange / purple).
PALETTE: Key[str] = Key("interface/palette", str, "standard")
WINDOW_GEOMETRY: Key[bytes] = Key("window/geometry", bytes, b"")
WINDOW_STATE: Key[bytes] = Key("window/state", bytes, b"")  # docks and toolbars
PANES_SPLITTER: Key[bytes] = Key("window/panes_splitter", bytes, b"")
# The window's width when WINDOW_STATE was saved: opened in a wider window, the left column may grow.
STATE_WIDTH: Key[int] = Key("window/state_width", int, 0)
RECENT_PROJECTS: Key[list] = Key("projects/recent", list, [])
LAST_PROJECT: Key[str] = Key("projects/last", str, "")
# Project path -> the document id shown in each pane ("" for an empty pane); what is open belongs to the
# analyst's desk, not to the shared project file.
OPEN_DOCUMENTS: Key[dict] = Key("projects/open_documents", dict, {})
# The organisation the last new project was made for: the default when the next one asks.
LAST_ORGANISATION: Key[str] = Key("projects/last_organisation", str, "")
# Project path -> document id -> where its pane was last read (desktop.domain.reading_place: the code point at the
# top and the words there): a document, or its new version, reopens where the analyst left it (also the analyst's
# desk, not the project's). Least recently read first; kept to the last READING_PROJECTS projects and
# READING_DOCUMENTS documents of each (docs/WORKSPACE.md).
READING_POSITIONS: Key[dict] = Key("projects/reading_positions", dict, {})
READING_PROJECTS = 12
READING_DOCUMENTS = 50
VERSION: Key[int] = Key("meta/version", int, SETTINGS_VERSION)

ALL_KEYS = (ANALYST_NAME, LANGUAGE, FONT_SIZE, PALETTE, OUTLINE_VISIBLE, WINDOW_GEOMETRY, WINDOW_STATE, STATE_WIDTH, PANES_SPLITTER,
            RECENT_PROJECTS, LAST_PROJECT, OPEN_DOCUMENTS, LAST_ORGANISATION, READING_POSITIONS, VERSION)
LANGUAGES = ("nl", "en")


def qsettings() -> QSettings:
    """The settings file; tests point QSettings.setPath at a temporary folder first."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION)


def get(key: Key[T]) -> T:
    """The stored value of ``key``, or its default when absent or unreadable."""
    raw = qsettings().value(key.name)
    if raw is None:
        return _copy(key.default)
    try:
        return _decode(key, raw)
    except (TypeError, ValueError):
        # A hand-edited or damaged value must not stop the app from starting.
        return _copy(key.default)


def put(key: Key[T], value: T) -> None:
    store = qsettings()
    store.setValue(key.name, _encode(key, value))
    store.sync()


def _decode(key: Key, raw: Any) -> Any:
    if key.type is bytes:
        return bytes(raw.data()) if isinstance(raw, QByteArray) else bytes(raw)
    if key.type in (list, dict):
        value = json.loads(raw)
        if not isinstance(value, key.type):
            raise ValueError(f"{key.name} is not a {key.type.__name__}")
        return value
    if key.type is int:
        return int(raw)
    if key.type is bool:
        # The INI format gives back "true"/"false" strings.
        return raw if isinstance(raw, bool) else str(raw).lower() in ("true", "1")
    return key.type(raw)


def _encode(key: Key, value: Any) -> Any:
    if key.type is bytes:
        return QByteArray(bytes(value))
    if key.type in (list, dict):
        return json.dumps(value, ensure_ascii=False)
    return key.type(value)


def _copy(value: T) -> T:
    return json.loads(json.dumps(value)) if isinstance(value, list | dict) else value


def remember_project(path: str) -> None:
    """Put ``path`` first in the recent projects and make it the last one opened."""
    recent = [p for p in get(RECENT_PROJECTS) if p != path]
    put(RECENT_PROJECTS, [path, *recent][:RECENT_LIMIT])
    put(LAST_PROJECT, path)


def forget_project(path: str) -> None:
    put(RECENT_PROJECTS, [p for p in get(RECENT_PROJECTS) if p != path])
    if get(LAST_PROJECT) == path:
        put(LAST_PROJECT, "")


def open_documents(project_path: str) -> list[str]:
    """The document id shown in each pane when ``project_path`` was last closed ("" for none)."""
    value = get(OPEN_DOCUMENTS).get(project_path, [])
    return [item if isinstance(item, str) else "" for item in value] if isinstance(value, list) else []


def set_open_documents(project_path: str, panes: list[str]) -> None:
    value = get(OPEN_DOCUMENTS)
    value[project_path] = panes
    put(OPEN_DOCUMENTS, value)


def reading_place(project_path: str, document_id: str) -> ReadingPlace | None:
    """Where ``document_id``'s pane was last read in ``project_path`` (None: never, or the value is unreadable)."""
    value = get(READING_POSITIONS).get(project_path, {})
    return ReadingPlace.from_value(value.get(document_id)) if isinstance(value, dict) else None


def set_reading_place(project_path: str, document_id: str, place: ReadingPlace) -> None:
    """Remember ``place`` as the latest read; the least recently read projects and documents beyond the limits go."""
    value = get(READING_POSITIONS)
    positions = value.pop(project_path, None)
    positions = positions if isinstance(positions, dict) else {}
    positions.pop(document_id, None)
    positions[document_id] = place.as_dict()  # last in the dict: the most recently read (JSON keeps the order)
    value[project_path] = positions
    put(READING_POSITIONS, trimmed_reading_positions(value))


def trimmed_reading_positions(value: dict) -> dict:
    """``value`` kept to its last READING_PROJECTS projects and the last READING_DOCUMENTS documents of each."""
    projects = [(path, positions) for path, positions in value.items() if isinstance(positions, dict)]
    return {path: dict(list(positions.items())[-READING_DOCUMENTS:])
            for path, positions in projects[-READING_PROJECTS:]}


def upgrade() -> None:
    """Convert settings written by an older version.

    Version 2 (2026-12-02): reading positions were never trimmed; they are cut to the limits once here
    (a bare offset stays readable and becomes a place with words the next time the document is left).
    """
    # Version 1 never wrote its number (it was the default): a file without one is from version 1.
    version = get(VERSION) if qsettings().contains(VERSION.name) else 1
    if version < 2:
        put(READING_POSITIONS, trimmed_reading_positions(get(READING_POSITIONS)))
    if version != SETTINGS_VERSION:
        put(VERSION, SETTINGS_VERSION)
