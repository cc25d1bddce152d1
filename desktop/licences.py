"""The licence notices of the libraries Speerpunt redistributes, for Help → About Speerpunt.

resources/licences/notices.yaml is the checked list (name, licence, copyright); the full licence
texts come from each distribution's installed metadata (the app bundle carries it) and, where a
wheel ships none (Qt's LGPL, Python's licence), from files beside the list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import metadata

import yaml

from resources import LICENCES

NOTICES = LICENCES / "notices.yaml"
# In a .dist-info folder: LICENSE, COPYING, NOTICE, AUTHORS…, or anything under licenses/ (PEP 639).
_LICENCE_FILE = re.compile(r"\.dist-info/(licen[cs]es/|.*(licen[cs]e|copying|notice|authors)[^/]*$)", re.IGNORECASE)


@dataclass(frozen=True)
class Notice:
    name: str
    licence: str
    copyright: str
    distribution: str = ""
    version: str = ""
    source: str = ""
    note: str = ""
    texts: tuple[str, ...] = field(default=())

    def full_text(self) -> str:
        """The notice's header and every licence text it has, each under its file name."""
        header = [f"{self.name} {self.version}".strip(), f"Licence: {self.licence}", f"Copyright: {self.copyright}"]
        if self.source:
            header.append(f"Source: {self.source}")
        if self.note:
            header += ["", self.note]
        parts = ["\n".join(header)]
        for title, text in licence_texts(self):
            parts.append(f"——— {title} ———\n\n{text.strip()}")
        return "\n\n".join(parts) + "\n"


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def listed() -> list[dict]:
    """The checked list as written, installed or not."""
    return yaml.safe_load(NOTICES.read_text(encoding="utf-8"))


def notices() -> list[Notice]:
    """Python plus every listed library that is installed (in the bundle: every bundled one), with its version."""
    import platform

    result = []
    for entry in listed():
        distribution = normalise(entry.get("distribution", ""))
        if distribution:
            try:
                version = metadata.version(distribution)
            except metadata.PackageNotFoundError:
                continue
        else:
            version = platform.python_version()
        result.append(Notice(name=entry["name"], licence=entry["licence"], copyright=entry["copyright"],
                             distribution=distribution, version=version, source=entry.get("source", ""),
                             note=entry.get("note", ""), texts=tuple(entry.get("texts", ()))))
    return result


def licence_texts(notice: Notice) -> list[tuple[str, str]]:
    """(title, text) of the licence files in the distribution's metadata, then the listed files."""
    texts: list[tuple[str, str]] = []
    if notice.distribution:
        try:
            files = metadata.distribution(notice.distribution).files or []
        except metadata.PackageNotFoundError:
            files = []
        for file in sorted(files, key=str):
            if _LICENCE_FILE.search(str(file)):
                try:
                    texts.append((str(file).split(".dist-info/", 1)[1], file.read_text(encoding="utf-8")))
                except (OSError, UnicodeDecodeError):
                    continue
    for name in notice.texts:
        texts.append((name, (LICENCES / name).read_text(encoding="utf-8")))
    return texts
