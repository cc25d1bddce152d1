"""Data shipped with Speerpunt: frameworks, templates, translations and the demo."""

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent
FRAMEWORKS = RESOURCES / "frameworks"
TEMPLATES = RESOURCES / "templates"
TRANSLATIONS = RESOURCES / "translations"
DEMO = RESOURCES / "demo"
ICONS = RESOURCES / "icons"
LICENCES = RESOURCES / "licences"
