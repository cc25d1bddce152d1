"""Every refusal reason the core can raise has a Dutch translation the app loads, with the same values.

A new refusal without one fails here: the core's reasons are found in its source (each ``Reason("…")``
call, as pyside6-lupdate finds them), the translations in the compiled catalogue the Dutch app loads.
"""

from __future__ import annotations

import ast
import string
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from desktop.reasons import REASON_CONTEXT
from desktop.ui.i18n import translation_file

REPO = Path(__file__).resolve().parents[2]
# The core: everything but the Qt layer. The command line (desktop/commands) is English only.
CORE = sorted(path for folder in ("desktop", "exporters") for path in (REPO / folder).rglob("*.py")
              if path.relative_to(REPO).parts[1:2] not in (("ui",), ("commands",)))
REBUILD = "desktop/reasons.py"  # its _rebuild makes a Reason again from a template it is handed
# Refusals whose reason the analyst reads in the window: each is raised with a Reason, never plain text.
TRANSLATED_REFUSALS = {"ImportRefused": 1, "FileRefused": 1, "ProjectRefused": 0, "RevisionRefused": 0,
                       "MergeRefused": 0, "BundleRefused": 0, "FrameworkRefused": 0, "ExportRefused": 0,
                       "OutputRefused": 0, "FrameworkFormatError": 1, "FindingRefused": 0,
                       "NotFound": 0}
# The refusals of a project the machine will not let us write name `speerpunt backup`: the command line's only.
COMMAND_LINE_ONLY = {"desktop/store/read_only.py"}
# Templates that read the same in Dutch.
SAME_IN_DUTCH = {"{name}: {reason}", "{megabytes} MB", "{count} bytes", "document", "{theme}: speerpunten",
                 "{theme}: speerpunt {position}"}


def _calls(path: Path):
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            yield node


def reason_templates() -> dict[str, str]:
    """Every Reason template in the core, with where it is."""
    found = {}
    for path in CORE:
        for call in _calls(path):
            if call.func.id == "Reason" and call.args:
                first = call.args[0]
                where = f"{path.relative_to(REPO)}:{call.lineno}"
                if str(path.relative_to(REPO)) == REBUILD and isinstance(first, ast.Name):
                    continue
                assert isinstance(first, ast.Constant) and isinstance(first.value, str), \
                    f"{where}: a Reason's template must be a literal text, or lupdate cannot find it"
                found.setdefault(first.value, where)
    return found


def _fields(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field is not None}


def test_the_core_has_reasons_to_translate() -> None:
    templates = reason_templates()
    assert "no text layer: OCR is not supported (a scanned PDF holds only images)" in templates
    assert "already in the project as '{title}' ({id})" in templates


def test_every_reason_has_a_dutch_translation_with_the_same_values(qapp) -> None:
    translator = QTranslator()
    assert translator.load(translation_file("nl"))
    missing, wrong = [], []
    for template, where in reason_templates().items():
        dutch = translator.translate(REASON_CONTEXT, template)
        if not dutch or (dutch == template and template not in SAME_IN_DUTCH):
            missing.append(f"{where}: {template}")
        elif _fields(dutch) != _fields(template):
            wrong.append(f"{where}: {template} -> {dutch}")
    assert missing == [], "no Dutch translation (run scripts/update-translations.sh and fill it in)"
    assert wrong == [], "the Dutch translation names other values than the English template"


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_catalogue_holds_exactly_the_reasons_of_the_core(language) -> None:
    """No reason lupdate missed, and none left over from a refusal that is gone."""
    root = ET.parse(REPO / "resources" / "translations" / f"speerpunt_{language}.ts").getroot()
    sources = {message.findtext("source") for context in root.iter("context")
               if (context.findtext("name") or "") == REASON_CONTEXT for message in context.iter("message")}
    assert sources == set(reason_templates())


def test_no_refusal_the_window_shows_is_raised_with_plain_text() -> None:
    """A plain (or f-) string would reach the Dutch window in English: the reason must be a Reason."""
    plain = []
    for path in CORE:
        for call in _calls(path):
            position = TRANSLATED_REFUSALS.get(call.func.id)
            if position is None or len(call.args) <= position or str(path.relative_to(REPO)) in COMMAND_LINE_ONLY:
                continue
            argument = call.args[position]
            if isinstance(argument, ast.JoinedStr | ast.BinOp) or (
                    isinstance(argument, ast.Constant) and isinstance(argument.value, str)):
                plain.append(f"{path.relative_to(REPO)}:{call.lineno}")
    assert plain == []
