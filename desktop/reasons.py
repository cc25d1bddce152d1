"""A refusal's reason as a template with named values, so the interface can show it in its own language.

The core never imports Qt (docs/I18N.md). A refusal's reason is a ``Reason``: the English text
itself (a ``str``, so the command line, logs and ``str(refusal)`` read exactly as before) that
also keeps its template and values::

    raise ImportRefused(filename, Reason("not a readable PDF (page {page} is damaged)", page=index + 1))

The interface translates ``template`` through Qt's catalogue (context ``REASON_CONTEXT``) and
fills in the values, translating a value that is itself a ``Reason`` the same way
(``desktop.ui.i18n.reason_text``). ``scripts/update-translations.sh`` has pyside6-lupdate read
the core too and take every ``Reason("…")`` call as a text to translate (``-tr-function-alias
QT_TR_NOOP+=Reason``): the template must be a literal string (adjacent literals are joined), the
values keyword arguments. A test fails for a template without a Dutch translation.
"""

from __future__ import annotations

from typing import Any

# The context lupdate gives a QT_TR_NOOP outside a Qt class, and so the one the interface looks a template up in.
REASON_CONTEXT = ""


class Reason(str):
    """The English reason (the string itself), with ``template`` and ``params`` for a translation."""

    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, **params: Any) -> Reason:
        text = super().__new__(cls, template.format(**params) if params else template)
        text.template = template
        text.params = params
        return text

    def __reduce__(self) -> tuple[Any, ...]:
        # Crosses from a reader process to the writer: rebuilt from the template, not from the rendered text.
        return _rebuild, (self.template, self.params)


def _rebuild(template: str, params: dict[str, Any]) -> Reason:
    return Reason(template, **params)


def joined(items: list[str]) -> str:
    """Two or more names as "a and b" ("a and b and c"), with the "and" translatable; one name as it is."""
    if len(items) < 2:
        return "".join(items)
    return Reason("{first} and {second}", first=joined(items[:-1]), second=items[-1])


def message_of(error: BaseException) -> str:
    """An exception's whole message, as the Reason it was raised with when it was one (else its English text).

    For a refusal that passes another one's message on (``MergeRefused(message_of(error))``): the
    interface can then still translate it.
    """
    return error.args[0] if len(error.args) == 1 and isinstance(error.args[0], Reason) else str(error)
