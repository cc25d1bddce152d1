"""Framework files: the hand-writable YAML format ``speerpunt-framework/1`` and the Markdown outline.

The YAML format::

    format: speerpunt-framework/1        # required
    name: G40 Strategische agenda        # required
    description: ...                     # optional
    themes:
      - code: "1"                        # optional
        title: Wonen                     # required
        colour: "#1f77b4"                # optional, #RRGGBB (#RGB is widened)
        speerpunten:
          - code: "1.1"                  # required, unique in the framework
            title: ...                   # required
            formulation: ...             # optional, longer text
            colour: ...                  # optional

Every value is read as text, so an unquoted ``code: 1.10`` stays "1.10" (YAML would
otherwise make it the number 1.1). Dutch key names (naam, titel, kleur, formulering,
omschrijving, thema's) are accepted as well. Themes without a colour get one from
``desktop.frameworks.palette``.
"""

from __future__ import annotations

import os
from pathlib import Path

import yaml

from desktop.domain.framework import Framework, Speerpunt, Theme
from desktop.files.reading import FileRefused, read_regular_file
from desktop.frameworks.errors import FrameworkFormatError
from desktop.frameworks.palette import assign_default_colours, normalise_colour
from desktop.reasons import Reason

MAX_FRAMEWORK_BYTES = 5 * 1024 * 1024

FORMAT = "speerpunt-framework"
VERSION = 1
FORMAT_LINE = f"{FORMAT}/{VERSION}"

_ALIASES = {
    "naam": "name",
    "omschrijving": "description",
    "beschrijving": "description",
    "thema's": "themes",
    "themas": "themes",
    "titel": "title",
    "kleur": "colour",
    "color": "colour",
    "formulering": "formulation",
}
_TOP_KEYS = ("format", "name", "description", "themes")
_THEME_KEYS = ("code", "title", "colour", "speerpunten")
_SPEERPUNT_KEYS = ("code", "title", "formulation", "colour")
_NULL = "tag:yaml.org,2002:null"

__all__ = ["FORMAT_LINE", "FrameworkFormatError", "dump_framework", "load_framework"]


def load_framework(source: str | os.PathLike[str]) -> Framework:
    """Read a framework from a file path or from the text itself.

    A ``Path`` (or a one-line string naming an existing file) is read as a file; any other
    string is the content. ``.md``/``.markdown`` files are Markdown outlines, ``.yaml``/``.yml``
    files YAML; for other names and for plain text the content decides.
    Raises FrameworkFormatError with the file name and line for anything it cannot use.
    """
    text, name, suffix = _read(source)
    if suffix in (".md", ".markdown") or (suffix not in (".yaml", ".yml") and _looks_like_markdown(text)):
        from desktop.frameworks.outline import parse_outline

        default_name = Path(name).stem if name != "text" else ""
        framework = parse_outline(text, name, default_name)
    else:
        framework = _parse_yaml(text, name)
    return assign_default_colours(framework)


def dump_framework(framework: Framework) -> str:
    """The framework as ``speerpunt-framework/1`` YAML; empty optional fields are left out."""
    themes = []
    for theme in framework.themes:
        entry: dict[str, object] = {}
        if theme.code:
            entry["code"] = theme.code
        entry["title"] = theme.title
        if theme.colour:
            entry["colour"] = theme.colour
        entry["speerpunten"] = [_speerpunt_entry(sp) for sp in theme.speerpunten]
        themes.append(entry)
    document: dict[str, object] = {"format": FORMAT_LINE, "name": framework.name}
    if framework.description:
        document["description"] = framework.description
    document["themes"] = themes
    return yaml.dump(
        document, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False
    )


class _Dumper(yaml.SafeDumper):
    """Indents list entries under their key and writes multi-line text as a ``|`` block, as a person would."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


def _represent_text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    if "\n" in value:
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|")
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


_Dumper.add_representer(str, _represent_text)


def _speerpunt_entry(speerpunt: Speerpunt) -> dict[str, str]:
    entry = {"code": speerpunt.code, "title": speerpunt.title}
    if speerpunt.formulation:
        entry["formulation"] = speerpunt.formulation
    if speerpunt.colour:
        entry["colour"] = speerpunt.colour
    return entry


def _read(source: str | os.PathLike[str]) -> tuple[str, str, str]:
    """(text, name for messages, lower-case suffix) of ``source``."""
    if isinstance(source, str) and ("\n" in source or not source.strip() or not Path(source).is_file()):
        looks_like_a_name = "\n" not in source and source.strip().lower().endswith((".yaml", ".yml", ".md", ".markdown"))
        if not looks_like_a_name:
            return source, "text", ""
    path = Path(source)
    try:
        # Only a regular file, and no framework file is megabytes long: a pipe or device is refused, not read forever.
        data = read_regular_file(path, MAX_FRAMEWORK_BYTES, "framework file")
    except FileRefused as error:
        raise FrameworkFormatError(path.name, error.reason) from None
    except FileNotFoundError:
        raise FrameworkFormatError(path.name, Reason("no such file")) from None
    except OSError as error:
        raise FrameworkFormatError(path.name, Reason("cannot be read: {error}", error=error.strerror or str(error))) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Word and older editors on Windows still save as cp1252; its é and ë are common in Dutch.
        text = data.decode("cp1252", errors="replace")
    return text, path.name, path.suffix.lower()


def _looks_like_markdown(text: str) -> bool:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if any(line.startswith(("format:", "themes:", "thema's:")) for line in lines):
        return False
    return any(line.startswith("#") and line.lstrip("#").startswith(" ") for line in lines)


def _parse_yaml(text: str, source: str) -> Framework:
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else None
        raise FrameworkFormatError(source, Reason("not valid YAML: {error}", error=str(error.problem or error)), line) from None
    except yaml.YAMLError as error:
        raise FrameworkFormatError(source, Reason("not valid YAML: {error}", error=str(error))) from None
    if root is None:
        raise FrameworkFormatError(source, Reason("the file is empty"))
    reader = _Reader(source, text.splitlines())
    top = reader.mapping(root, "", _TOP_KEYS)
    _check_format(reader, top, root)
    name = reader.text(top.get("name"), "", "name", required=True, parent=root)
    description = reader.text(top.get("description"), "", "description")
    themes_node = top.get("themes")
    if themes_node is None or (isinstance(themes_node, yaml.ScalarNode) and themes_node.tag == _NULL):
        raise FrameworkFormatError(source, Reason("no 'themes:' list"), _line(root))
    framework = Framework(name=name, description=description)
    seen_codes: dict[str, str] = {}
    for number, theme_node in enumerate(reader.sequence(themes_node, "themes"), start=1):
        framework.themes.append(_theme(reader, theme_node, number, seen_codes))
    if not framework.themes:
        raise FrameworkFormatError(source, Reason("the 'themes:' list is empty"), _line(themes_node))
    return framework


def _check_format(reader: _Reader, top: dict[str, yaml.Node], root: yaml.Node) -> None:
    declared = reader.text(top.get("format"), "", "format")
    if not declared:
        raise FrameworkFormatError(
            reader.source, Reason("no 'format: {format}' line; is this a speerpunten framework file?", format=FORMAT_LINE),
            _line(root),
        )
    kind, _, version = declared.partition("/")
    line = _line(top["format"])
    if kind.strip() != FORMAT:
        raise FrameworkFormatError(
            reader.source, Reason("format '{declared}' is not '{expected}'", declared=declared, expected=FORMAT_LINE), line
        )
    if not version.strip().isdigit():
        raise FrameworkFormatError(reader.source, Reason("format '{declared}' has no version number", declared=declared),
                                   line)
    if int(version) > VERSION:
        raise FrameworkFormatError(
            reader.source,
            Reason("written in version {version} of the framework format; this Speerpunt reads version "
                   "{supported} and older. Update Speerpunt to open it", version=int(version), supported=VERSION),
            line,
        )
    if int(version) < 1:
        raise FrameworkFormatError(reader.source, Reason("unknown format version '{version}'", version=version), line)


def _theme(reader: _Reader, node: yaml.Node, number: int, seen_codes: dict[str, str]) -> Theme:
    where = Reason("theme {number}", number=number)
    fields = reader.mapping(node, where, _THEME_KEYS)
    title = reader.text(fields.get("title"), where, "title")
    if not title:
        raise FrameworkFormatError(reader.source, Reason("theme {number} has no title", number=number), _line(node))
    where = Reason("theme {number} '{title}'", number=number, title=title)
    theme = Theme(
        title=title,
        code=reader.text(fields.get("code"), where, "code"),
        colour=reader.colour(fields.get("colour"), where),
    )
    speerpunten = fields.get("speerpunten")
    if speerpunten is None:
        return theme
    for position, sp_node in enumerate(reader.sequence(speerpunten, Reason("{theme}: speerpunten", theme=where)), start=1):
        theme.speerpunten.append(_speerpunt(reader, sp_node, where, position, seen_codes))
    return theme


def _speerpunt(reader: _Reader, node: yaml.Node, theme_where: str, position: int, seen: dict[str, str]) -> Speerpunt:
    where = Reason("{theme}: speerpunt {position}", theme=theme_where, position=position)
    fields = reader.mapping(node, where, _SPEERPUNT_KEYS)
    code = reader.text(fields.get("code"), where, "code")
    title = reader.text(fields.get("title"), where, "title")
    if not title:
        problem = Reason("speerpunt '{code}' without a title", code=code) if code else Reason("speerpunt without a title")
        raise FrameworkFormatError(reader.source, problem, _line(node), theme_where)
    where = Reason("{theme}: speerpunt {position}", theme=theme_where, position=code or position)
    if not code:
        raise FrameworkFormatError(reader.source, Reason("speerpunt '{title}' without a code", title=title), _line(node),
                                   theme_where)
    if code in seen:
        raise FrameworkFormatError(
            reader.source, Reason("code '{code}' is also used by {other}; codes must be unique", code=code, other=seen[code]),
            _line(node), where,
        )
    seen[code] = f"'{title}'"
    return Speerpunt(
        code=code,
        title=title,
        formulation=reader.text(fields.get("formulation"), where, "formulation", keep_lines=True),
        colour=reader.colour(fields.get("colour"), where),
    )


def _line(node: yaml.Node | None) -> int | None:
    return node.start_mark.line + 1 if node is not None and node.start_mark else None


class _Reader:
    """Turns YAML nodes into text, lists and dicts, with the place of every problem."""

    def __init__(self, source: str, lines: list[str]) -> None:
        self.source = source
        self.lines = lines

    def fail(self, problem: str, node: yaml.Node | None, where: str) -> FrameworkFormatError:
        return FrameworkFormatError(self.source, problem, _line(node), where)

    def mapping(self, node: yaml.Node, where: str, allowed: tuple[str, ...]) -> dict[str, yaml.Node]:
        if not isinstance(node, yaml.MappingNode):
            expected = Reason("the framework (format, name, themes)") if not where else Reason("'key: value' lines")
            raise self.fail(Reason("expected {expected}, found {found}", expected=expected, found=_describe(node)),
                            node, where)
        fields: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            key = str(key_node.value).strip()
            key = _ALIASES.get(key.lower(), key.lower())
            if key not in allowed:
                raise self.fail(Reason("unknown key '{key}'; expected one of {keys}", key=str(key_node.value),
                                       keys=", ".join(allowed)), key_node, where)
            if key in fields:
                raise self.fail(Reason("'{key}' given twice", key=key), key_node, where)
            fields[key] = value_node
        return fields

    def sequence(self, node: yaml.Node, where: str) -> list[yaml.Node]:
        if isinstance(node, yaml.ScalarNode) and node.tag == _NULL:
            return []
        if not isinstance(node, yaml.SequenceNode):
            raise self.fail(Reason("expected a list of '- ' entries, found {found}", found=_describe(node)), node, where)
        return list(node.value)

    def text(
        self,
        node: yaml.Node | None,
        where: str,
        key: str,
        required: bool = False,
        parent: yaml.Node | None = None,
        keep_lines: bool = False,
    ) -> str:
        if node is None or (isinstance(node, yaml.ScalarNode) and node.tag == _NULL):
            if required:
                raise self.fail(Reason("no '{key}'", key=key), parent, where)
            return ""
        if not isinstance(node, yaml.ScalarNode):
            raise self.fail(Reason("'{key}' must be text, found {found}", key=key, found=_describe(node)), node, where)
        value = str(node.value).strip()
        if not keep_lines:
            value = " ".join(value.split())
        if required and not value:
            raise self.fail(Reason("'{key}' is empty", key=key), node, where)
        return value

    def colour(self, node: yaml.Node | None, where: str) -> str:
        value = self.text(node, where, "colour")
        if not value and node is not None and node.start_mark.line < len(self.lines):
            # `colour: #1f77b4` unquoted is a YAML comment; read it as the colour the writer meant.
            _, _, comment = self.lines[node.start_mark.line].partition("#")
            meant = normalise_colour("#" + comment.split()[0]) if comment.split() else None
            return meant or ""
        if not value:
            return ""
        colour = normalise_colour(value)
        if colour is None:
            raise self.fail(Reason("colour '{value}' is not of the form #RRGGBB (e.g. \"#1f77b4\"; quote it)", value=value),
                            node, where)
        return colour


def _describe(node: yaml.Node) -> str:
    if isinstance(node, yaml.MappingNode):
        return Reason("'key: value' lines")
    if isinstance(node, yaml.SequenceNode):
        return Reason("a list")
    return f"'{node.value}'" if node.value else Reason("nothing")
