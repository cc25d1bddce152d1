"""Filling "%1", "%2", … in a (translated) sentence with values, in one pass, as Qt's QString.arg does.

PySide6 has no QString, and chained ``str.replace("%1", a).replace("%2", b)`` replaces
the "%2" inside ``a`` too: a document titled "Plan %2" became "Plan 12". Here every marker
of the template is replaced once, from left to right; text that comes in with a value is
never read again. A marker without a value ("%3" given two values) stays as it is.
"""

from __future__ import annotations

import re

_MARKER = re.compile(r"%(\d{1,2})")


def fill(template: str, *values: object) -> str:
    """``template`` with "%1" as ``values[0]``, "%2" as ``values[1]`` …; each value as ``str(value)``."""
    texts = [str(value) for value in values]

    def value_for(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return texts[number - 1] if 1 <= number <= len(texts) else match.group(0)

    return _MARKER.sub(value_for, template)
