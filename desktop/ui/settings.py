"""Every user setting of the desktop app, declared once with its type and default (QSettings)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "Speerpunt"
APPLICATION = "Speerpunt"
# Raise when a key changes meaning; upgrade() below then converts old values.
SETTINGS_VERSION = 1
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
# Project path -> document id -> the code point at the top of its pane when last read there: a document reopens
# where the analyst left it (also the analyst's desk, not the project's).
READING_POSITIONS: Key[dict] = Key("projects/reading_positions", dict, {})
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


def reading_position(project_path: str, document_id: str) -> int:
    """The code point at the top of ``document_id``'s pane when it was last read (0: its beginning)."""
    value = get(READING_POSITIONS).get(project_path, {})
    offset = value.get(document_id, 0) if isinstance(value, dict) else 0
    return offset if isinstance(offset, int) and offset > 0 else 0


def set_reading_position(project_path: str, document_id: str, offset: int) -> None:
    value = get(READING_POSITIONS)
    positions = value.get(project_path)
    positions = positions if isinstance(positions, dict) else {}
    positions[document_id] = int(offset)
    value[project_path] = positions
    put(READING_POSITIONS, value)


def upgrade() -> None:
    """Convert settings written by an older version; nothing to convert yet."""
    if get(VERSION) != SETTINGS_VERSION:
        put(VERSION, SETTINGS_VERSION)
